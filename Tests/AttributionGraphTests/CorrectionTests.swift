import AttributionDocuments
import AttributionExtraction
import Foundation
import Testing

@testable import AttributionGraph

@Suite("Case file corrections")
struct CorrectionTests {
  static func article() -> Article {
    var a = Article("a", outlet: "Business Insider", [
      "Kovalenko said troops came under fire in Kursk.",
      "A source said 18 soldiers were detained.",
      "Clinton said Pyongyang sent pilots.",
    ])
    a.attribute("Kovalenko", "said", "troops came under fire in Kursk", in: "Kovalenko said troops came under fire in Kursk.")
    a.attribute("A source", "said", "18 soldiers were detained", in: "A source said 18 soldiers were detained.")
    a.attribute("Clinton", "said", "Pyongyang sent pilots", in: "Clinton said Pyongyang sent pilots.")
    return a
  }

  static func build(_ yaml: String) throws -> (graph: AttributionGraph, warnings: [InputError]) {
    let file = try CaseFile.parse(yaml, path: "case.yaml")
    let a = article()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corrections-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try a.document.text.write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    var aCase = Case(name: "t", directory: folder, documents: [a.document], file: file)
    aCase.documents[0].metadata.outlet = "Business Insider"
    return AttributionGraphBuilder(extractor: FixedExtractor(a.attributions)).assemble(aCase)
  }

  @Test("suppress drops an attribution; source reassigns one; both are matched")
  func suppressAndSource() throws {
    let result = try Self.build("""
      corrections:
        - suppress: {document: a, line: 2, cue: said}
        - source: {document: a.txt, line: 3, entity: Bill Clinton}
      """)
    #expect(result.warnings.isEmpty)
    #expect(!result.graph.nodes(of: .claim).contains { $0.label.contains("detained") })
    #expect(result.graph.node("person:bill-clinton") != nil)
  }

  @Test("merge claims and split claim act on the claims; stale corrections are reported by line")
  func claims() throws {
    let merged = try Self.build("""
      corrections:
        - merge claims: ["troops came under fire in Kursk", "Pyongyang sent pilots"]
        - suppress: {document: a, line: 9}
      """)
    #expect(merged.graph.nodes(of: .claim).count == 2)
    #expect(merged.warnings.map(\.line) == [3])
    #expect(merged.warnings.map(\.message) == [
      "this correction no longer matches anything: no attribution on line 9 of a"
    ])
    let split = try Self.build("""
      corrections:
        - merge claims: ["troops came under fire in Kursk", "Pyongyang sent pilots"]
        - split claim: {claim: troops came under fire in Kursk, document: a, line: 3}
      """)
    #expect(split.graph.nodes(of: .claim).count == 3)
    #expect(split.warnings.isEmpty)
  }

  @Test("malformed corrections name the line")
  func malformed() {
    #expect(throws: InputError(file: "case.yaml", line: 2, "a correction is one of: 'suppress: …', 'source: …', 'merge claims: …', 'split claim: …'")) {
      try CaseFile.parse("corrections:\n  - drop: {document: a, line: 2}\n", path: "case.yaml")
    }
    #expect(throws: InputError(file: "case.yaml", line: 2, "'line' must be a line number, not \"two\"")) {
      try CaseFile.parse("corrections:\n  - suppress: {document: a, line: two}\n", path: "case.yaml")
    }
  }
}
