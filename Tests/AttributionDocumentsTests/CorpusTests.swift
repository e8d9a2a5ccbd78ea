import Foundation
import Testing

@testable import AttributionDocuments

@Suite("Corpora as JSON Lines")
struct CorpusTests {
  /// The lines of `text` read through chunks of `chunk` bytes, as numbers and texts (or lengths).
  static func lines(_ text: String, chunk: Int = 3, maximumBytes: Int = 1_000) throws -> [String] {
    var data = Data(text.utf8)
    var lines = CorpusLines(maximumBytes: maximumBytes) {
      guard !data.isEmpty else { return nil }
      defer { data.removeFirst(min(chunk, data.count)) }
      return data.prefix(chunk)
    }
    var found: [String] = []
    while let line = try lines.next() {
      switch line {
      case .text(let number, let bytes): found.append("\(number): \(String(decoding: bytes, as: UTF8.self))")
      case .tooLong(let number, let bytes): found.append("\(number): too long (\(bytes))")
      }
    }
    return found
  }

  @Test("Lines are numbered as in the file: blank lines skipped, CR LF ends, a last line without an end")
  func lineNumbers() throws {
    #expect(try Self.lines("{\"a\":1}\n\n  \r\n{\"b\":2}\r\n{\"c\":3}") == ["1: {\"a\":1}", "4: {\"b\":2}", "5: {\"c\":3}"])
    #expect(try Self.lines("") == [])
    #expect(try Self.lines("\n\n") == [])
  }

  @Test("A line over the limit is reported with its number and length and skipped, never held whole")
  func longLine() throws {
    let long = String(repeating: "x", count: 25)
    for chunk in [1, 4, 7, 100] {
      #expect(
        try Self.lines("ok\n\(long)\nafter\n\(long)", chunk: chunk, maximumBytes: 10)
          == ["1: ok", "2: too long (25)", "3: after", "4: too long (25)"], "chunk \(chunk)")
    }
  }

  @Test("A record becomes an article: fields renamed, ids from numbers or the text's hash")
  func records() throws {
    var fields = CorpusFields()
    try fields.rename("text=body")
    try fields.rename("outlet=source")
    let line = Data(#"{"id": 42, "body": "Umerov said it.", "source": "KBS", "date": "2024-10-28", "title": null}"#.utf8)
    let document = try CorpusRecord.document(from: line, number: 3, path: "c.jsonl", fields: fields)
    #expect(document.id == "42")
    #expect(document.text == "Umerov said it.")
    #expect(document.metadata == ArticleMetadata(outlet: "KBS", date: "2024-10-28"))
    #expect(document.path == "c.jsonl:3")
    let anonymous = try CorpusRecord.document(from: Data(#"{"text": "abc"}"#.utf8), number: 1, path: "c.jsonl")
    // FNV-1a of "abc": the same on every machine, whatever order lines are read in.
    #expect(anonymous.id == "doc-e71fa2190541574b")
    #expect(CorpusRecord.contentID(of: "abc") == "doc-e71fa2190541574b")
  }

  @Test(
    "Bad records name the file, the line and what is wrong",
    arguments: [
      (#"{"text": "x""#, "c.jsonl:9: not valid JSON"),
      (#"[1, 2]"#, "c.jsonl:9: not a JSON object"),
      (#"{"title": "t"}"#, "c.jsonl:9: no 'text' field (the article's text)"),
      (#"{"text": 5}"#, "c.jsonl:9: 'text' is not a string"),
      (#"{"text": "  "}"#, "c.jsonl:9: 'text' is empty"),
      (#"{"text": "x", "id": true}"#, "c.jsonl:9: 'id' is not a string or a number"),
      (#"{"text": "x", "outlet": ["a"]}"#, "c.jsonl:9: 'outlet' is not a string"),
    ])
  func badRecords(_ line: String, _ message: String) {
    #expect(throws: InputError.self) { try CorpusRecord.document(from: Data(line.utf8), number: 9, path: "c.jsonl") }
    do {
      _ = try CorpusRecord.document(from: Data(line.utf8), number: 9, path: "c.jsonl")
    } catch {
      #expect(error.localizedDescription.hasPrefix(message), "\(error)")
    }
  }

  @Test("A URL that is not http(s) is ignored with a warning; the article is kept")
  func badURL() throws {
    let document = try CorpusRecord.document(
      from: Data(#"{"text": "x", "url": "javascript:alert(1)"}"#.utf8), number: 2, path: "c.jsonl")
    #expect(document.metadata.url == nil)
    #expect(document.warnings.map(\.description) == ["c.jsonl:2: 'url' is not an http or https address: ignored"])
  }

  @Test("Field renames are checked")
  func fieldRenames() {
    var fields = CorpusFields()
    #expect(throws: InputError.self) { try fields.rename("body") }
    #expect(throws: InputError.self) { try fields.rename("author=byline") }
    #expect(throws: InputError.self) { try fields.rename("text=") }
  }
}
