import Foundation
import Testing

@Suite("--extractions: a case built from extraction made elsewhere")
struct ExtractionsOptionTests {
  let seed = CommandRunner.seedCase.path

  /// JSON output without its `"extraction"` line, which names where the attributions came from
  /// (records, or the tier that extracted them) and is all that may differ.
  static func withoutExtraction(_ output: Data) -> String {
    String(decoding: output, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.contains("\"extraction\"") }.joined(separator: "\n")
  }

  @Test("From extract's own records the export is byte-identical; JSON Lines and a JSON array alike")
  func sameGraph() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let lines = folder.appendingPathComponent("seed.jsonl")
    let array = folder.appendingPathComponent("seed.json")
    // The case commands' default tier, the accurate one, extracts the records.
    try CommandRunner.run(["extract", seed, "--format", "jsonl", "--tier", "accurate"]).stdout.write(to: lines)
    try CommandRunner.run(["extract", seed, "--format", "json", "--tier", "accurate"]).stdout.write(to: array)
    let here = try CommandRunner.run(["export", seed, "--format", "json"])
    #expect(String(decoding: here.stdout, as: UTF8.self).contains("\"accurate tier\""))
    for file in [lines, array] {
      let there = try CommandRunner.run(["export", seed, "--format", "json", "--extractions", file.path])
      #expect(there.status == 0, "\(there.stderr)")
      #expect(there.stderr.isEmpty)
      #expect(String(decoding: there.stdout, as: UTF8.self).contains("records from \(file.lastPathComponent)"))
      #expect(Self.withoutExtraction(there.stdout) == Self.withoutExtraction(here.stdout))
    }
  }

  @Test("A record that does not fit its article fails with file and line; an article without one is extracted here")
  func mismatchAndMissing() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = try CommandRunner.run(["extract", seed, "--format", "jsonl"]).output  // the fast tier
    var records = output.split(separator: "\n").map(String.init)
    #expect(records.count == 5)
    // The second article's first cue changed: the record no longer reads in its article.
    records[1] = records[1].replacingOccurrences(of: "\"text\":\"according to\"", with: "\"text\":\"whispered\"")
    let bad = folder.appendingPathComponent("bad.jsonl")
    try Data((records.joined(separator: "\n") + "\n").utf8).write(to: bad)
    let failed = try CommandRunner.run(["claims", seed, "--extractions", bad.path])
    #expect(failed.status == 1)
    #expect(failed.stderr.contains("bad.jsonl:2: the record of "))
    #expect(failed.stderr.contains("the cue \"whispered\""))
    // Only the first article recorded, then an error record: the other four are extracted here.
    let part = folder.appendingPathComponent("part.jsonl")
    try Data((records[0] + "\n{\"error\": \"x:1: bad\", \"schemaVersion\": 1}\n").utf8).write(to: part)
    let partial = try CommandRunner.run(["claims", seed, "--format", "json", "--tier", "fast", "--extractions", part.path])
    #expect(partial.status == 0, "\(partial.stderr)")
    #expect(partial.stderr.contains("has no record of 4 article(s)"))
    let whole = try CommandRunner.run(["claims", seed, "--format", "json", "--tier", "fast"])
    #expect(Self.withoutExtraction(partial.stdout) == Self.withoutExtraction(whole.stdout))
    let garbage = folder.appendingPathComponent("garbage.jsonl")
    try Data("{\"document\": 3}\n".utf8).write(to: garbage)
    let refused = try CommandRunner.run(["report", seed, "--extractions", garbage.path, "-o", folder.appendingPathComponent("r.html").path])
    #expect(refused.status != 0 && refused.stderr.contains("garbage.jsonl:1: not an `attribution extract` record"))
  }
}
