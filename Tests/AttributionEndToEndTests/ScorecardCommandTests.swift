import Foundation
import Testing

@Suite("attribution scorecard")
struct ScorecardCommandTests {
  @Test("From extract's JSON Lines and JSON: the same rows; error records and bad lines are skipped and said")
  func fromExtractOutput() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let corpus = folder.appendingPathComponent("corpus.jsonl")
    try Data("""
      {"id": "a", "text": "The ministry said the talks had failed. Officials, who spoke on condition of anonymity, said more troops had arrived.", "outlet": "=Wire", "date": "2024-10-29"}
      {"id": "b", "text": 42}
      {"id": "c", "text": "The claim could not be independently verified, Reuters said.", "outlet": "=Wire", "date": "2024-10-30"}

      """.utf8).write(to: corpus)
    let lines = try CommandRunner.run(["extract", corpus.path, "--format", "jsonl", "--errors-as-records"])
    #expect(lines.status == 0, "\(lines.stderr)")
    let extracted = folder.appendingPathComponent("extracted.jsonl")
    try (lines.stdout + Data("not json\n".utf8)).write(to: extracted)
    let json = try CommandRunner.run(["scorecard", extracted.path, "--format", "json"])
    #expect(json.status == 1)
    #expect(json.stderr.contains("extracted.jsonl:4: not an `attribution extract` record; skipped"))
    #expect(json.stderr.contains("1 error record(s)"))
    let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
    let rows = try #require(object["rows"] as? [[String: Any]])
    #expect(rows.count == 1)
    #expect(rows[0]["outlet"] as? String == "=Wire" && rows[0]["month"] as? String == "2024-10")
    #expect(rows[0]["articles"] as? Int == 2)
    let attributions = try #require(rows[0]["attributions"] as? Int)
    #expect(attributions >= 3)
    #expect(rows[0]["anonymous"] as? Int ?? 0 >= 1)
    #expect(rows[0]["couldNotVerify"] as? Int ?? 0 >= 1)
    // A JSON array gives the same rows.
    let array = try CommandRunner.run(["extract", corpus.path, "--format", "json"])
    let arrayFile = folder.appendingPathComponent("extracted.json")
    try array.stdout.write(to: arrayFile)
    let again = try CommandRunner.run(["scorecard", arrayFile.path, "--format", "json"])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout == json.stdout)
    // CSV escapes a formula-like outlet; HTML is one page with a bar and no script.
    let csv = try CommandRunner.run(["scorecard", arrayFile.path, "--format", "csv"])
    #expect(csv.output.contains("\r\n'=Wire,2024-10,2,"))
    let html = try CommandRunner.run(["scorecard", arrayFile.path, "--format", "html"])
    #expect(html.output.contains("<h2>=Wire</h2>") && html.output.contains("<rect "))
    #expect(!html.output.lowercased().contains("<script"))
  }
}
