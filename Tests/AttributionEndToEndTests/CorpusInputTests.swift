import Foundation
import Testing

/// `extract` over a corpus in JSON Lines, as a researcher runs it.
@Suite("extract over a JSON Lines corpus")
struct CorpusInputTests {
  /// A record per seed article: the file as `text`, its name as `id`.
  static func seedCorpus() throws -> (jsonl: Data, folder: URL) {
    let articles = CommandRunner.seedCase.appendingPathComponent("articles")
    var lines = Data()
    for name in try FileManager.default.contentsOfDirectory(atPath: articles.path).sorted() {
      let text = try String(contentsOf: articles.appendingPathComponent(name), encoding: .utf8)
      // The whole file is the text, front matter included, so that offsets match the files'
      // (the front matter's lines hold no attribution to find).
      var record: [String: String] = ["id": (name as NSString).deletingPathExtension, "text": text]
      // The front matter's outlet and date as the record's fields, as a corpus would carry them.
      let fileLines = text.split(separator: "\n", omittingEmptySubsequences: false)
      for line in fileLines.dropFirst().prefix(while: { $0 != "---" }) where fileLines.first == "---" {
        for key in ["outlet", "date", "title"] where line.hasPrefix("\(key): ") {
          record[key] = String(line.dropFirst(key.count + 2)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
      }
      lines.append(try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]))
      lines.append(UInt8(ascii: "\n"))
    }
    return (lines, articles)
  }

  @Test("The same articles give the same lines from a corpus on standard input as from their files")
  func sameAsFiles() throws {
    let (corpus, articles) = try Self.seedCorpus()
    let fromCorpus = try CommandRunner.run(["extract", "-", "--input", "jsonl", "--format", "jsonl"], input: corpus)
    #expect(fromCorpus.status == 0, "\(fromCorpus.stderr)")
    let fromFiles = try CommandRunner.run(["extract", articles.path, "--format", "jsonl"])
    #expect(fromFiles.status == 0)
    #expect(fromCorpus.output == fromFiles.output)
    #expect(fromCorpus.output.split(separator: "\n").count == 5)
  }

  @Test("Bad lines are reported with their numbers and skipped; the rest is written, in input order; status 1")
  func badLines() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let corpus = folder.appendingPathComponent("news.jsonl")
    let lines = [
      #"{"id": "a", "body": "Kovalenko said on Telegram that the troops had arrived."}"#,
      #"{"id": "b", "body": "#,
      "",
      #"{"id": "c", "text": "no body field"}"#,
      #"{"id": "d", "body": 5}"#,
      #"{"id": 17, "body": "Umerov confirmed the report in an interview with KBS."}"#,
      #"{"body": "Officials said the clash was small."}"#,
    ]
    try lines.joined(separator: "\n").write(to: corpus, atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["extract", corpus.path, "--format", "jsonl", "--field", "text=body"])
    #expect(result.status == 1)
    let ids = result.output.split(separator: "\n").map { line in
      (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["document"] as? String
    }
    #expect(ids == ["a", "17", "doc-441fcd79268194ac"])
    #expect(result.stderr.contains("news.jsonl:2: not valid JSON"))
    #expect(result.stderr.contains("news.jsonl:4: no 'body' field (the article's text)"))
    #expect(result.stderr.contains("news.jsonl:5: 'body' is not a string"))
    // --strict: the first bad line stops the command; what came before it is written.
    let strict = try CommandRunner.run(["extract", corpus.path, "--format", "jsonl", "--field", "text=body", "--strict"])
    #expect(strict.status == 1)
    #expect(strict.output.split(separator: "\n").count == 1)
    #expect(strict.stderr.contains("news.jsonl:2:") && !strict.stderr.contains("news.jsonl:4:"))
  }

  @Test("--errors-as-records: a bad line becomes an error line in its place, and the command succeeds")
  func errorsAsRecords() throws {
    let corpus = Data("{\"id\": \"a\", \"text\": \"Umerov said it.\"}\n{oops\n{\"id\": \"b\", \"text\": \"Officials said so.\"}\n".utf8)
    let result = try CommandRunner.run(
      ["extract", "-", "--input", "jsonl", "--format", "jsonl", "--errors-as-records"], input: corpus)
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.output.split(separator: "\n").map { line in
      try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    }
    #expect(lines.map { $0?["document"] as? String } == ["a", nil, "b"])
    #expect((lines[1]?["error"] as? String)?.hasPrefix("stdin:2: not valid JSON") == true)
    #expect(result.stderr.isEmpty)
    let json = try CommandRunner.run(["extract", "-", "--input", "jsonl", "--errors-as-records"], input: corpus)
    #expect(json.status == 64)
  }

  @Test("A line over the limit is reported and skipped without being held; a bad --field is refused")
  func longLineAndBadField() throws {
    var corpus = Data(#"{"id": "big", "text": ""#.utf8)
    corpus.append(Data(repeating: UInt8(ascii: "x"), count: 34 << 20))
    corpus.append(Data("\"}\n{\"id\": \"after\", \"text\": \"Umerov said the clash was small.\"}\n".utf8))
    let result = try CommandRunner.run(["extract", "-", "--input", "jsonl", "--format", "jsonl"], input: corpus)
    #expect(result.status == 1)
    #expect(result.stderr.contains("stdin:1: the line is 35651609 bytes, over the 34603008 a corpus line may hold: skipped"))
    #expect(result.output.contains(#""document":"after""#))
    let bad = try CommandRunner.run(["extract", "-", "--input", "jsonl", "--field", "author=byline"], input: corpus)
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("unknown field 'author'"))
  }
}
