import AttributionDocuments
import AttributionExtraction
import AttributionGraph
import Foundation
import Testing

@testable import AttributionEvaluation

@Suite("Claim merging evaluation")
struct ClaimScoringTests {
  static let text = "Alpha said the sky is green. Beta said the sea is red. Gamma said that the sky was green."
  static let document = Document(id: "a", text: text)

  static func span(_ piece: String, in text: String = text) -> TextSpan {
    let scalars = Array(text.unicodeScalars)
    let needle = Array(piece.unicodeScalars)
    let start = (0...(scalars.count - needle.count)).first { scalars[$0..<($0 + needle.count)].elementsEqual(needle) }!
    return TextSpan(start, start + needle.count)
  }

  /// A graph with one claim node per group of contents.
  static func graph(_ groups: [[String]]) -> AttributionGraph {
    var graph = AttributionGraph(title: "test")
    graph.add(Node(id: "person:x", kind: .person, label: "X"))
    for (index, group) in groups.enumerated() {
      let id = "claim:\(index)"
      graph.add(Node(id: id, kind: .claim, label: group[0]))
      for content in group {
        let evidence = Evidence(
          document: "a", sentence: content, sentenceSpan: span(content), source: [],
          cue: Mention(text: "said", spans: []), content: [span(content)], line: 1)
        graph.add(Edge(kind: .said, from: "person:x", to: id, evidence: [evidence]))
      }
    }
    return graph
  }

  static let gold = """
    claims:
      - id: sky
        statements:
          - {article: a, text: "the sky is green"}
          - {article: a, text: "the sky was green"}
      - id: sea
        statements:
          - {article: a, text: "sea is red"}
    """

  static func score(_ groups: [[String]], gold: String = gold) throws -> ClaimEvaluationReport {
    try ClaimScoring.score(
      graph: graph(groups), documents: [document], gold: ClaimGold.parse(gold, path: "gold.yaml"), goldPath: "gold.yaml")
  }

  @Test("A graph that groups as the gold does scores 1.0")
  func perfect() throws {
    let report = try Self.score([["the sky is green", "the sky was green"], ["the sea is red"]])
    #expect(report.precision == 1 && report.recall == 1 && report.f1 == 1)
    #expect(report.statementRecall == 1)
    #expect(report.claimNodesPerGoldClaim == 1)
    #expect(report.worstSplits.isEmpty && report.wrongMerges.isEmpty)
  }

  @Test("A no-break space in the article matches a plain space in the gold")
  func spaces() throws {
    let document = Document(id: "a", text: "Alpha said the sky\u{00A0}is green.")
    let gold = try ClaimGold.parse("claims:\n  - id: sky\n    statements: [{article: a, text: \"sky is green\"}]\n", path: "g")
    #expect(ClaimScoring.find("sky is green", in: document) == [TextSpan(15, 27)])
    _ = gold
  }

  @Test("A split claim lowers recall; a wrong merge lowers precision")
  func splitsAndMerges() throws {
    let split = try Self.score([["the sky is green"], ["the sky was green"], ["the sea is red"]])
    #expect(split.precision == 1)
    #expect(abs(split.recall - (0.5 + 0.5 + 1) / 3) < 1e-9)
    #expect(split.claimNodesPerGoldClaim == 2)
    #expect(split.worstSplits.map(\.goldClaim) == ["sky"])
    let merged = try Self.score([["the sky is green", "the sky was green", "the sea is red"]])
    #expect(merged.recall == 1)
    #expect(abs(merged.precision - (2.0 / 3 + 2.0 / 3 + 1.0 / 3) / 3) < 1e-9)
    #expect(merged.wrongMerges.map(\.goldClaims) == [["sea", "sky"]])
  }

  @Test("A statement the graph does not have counts against statement recall only")
  func missedStatement() throws {
    let report = try Self.score([["the sky is green"], ["the sea is red"]])
    #expect(report.matchedStatements == 2 && report.goldStatements == 3)
    #expect(report.precision == 1 && report.recall == 1)
    #expect(report.unmatched == ["a: the sky was green"])
  }

  @Test("Rival figures are counted as joined only through a contradicts edge")
  func rivals() throws {
    let gold = Self.gold + "\nrivals:\n  - [sky, sea]\n"
    var graph = Self.graph([["the sky is green", "the sky was green"], ["the sea is red"]])
    let parsed = try ClaimGold.parse(gold, path: "gold.yaml")
    var report = try ClaimScoring.score(graph: graph, documents: [Self.document], gold: parsed, goldPath: "gold.yaml")
    #expect(report.rivalPairs == 1 && report.rivalPairsJoined == 0)
    graph.add(Edge(kind: .contradicts, from: "claim:1", to: "claim:0", evidence: []))
    report = try ClaimScoring.score(graph: graph, documents: [Self.document], gold: parsed, goldPath: "gold.yaml")
    #expect(report.rivalPairsJoined == 1)
  }

  @Test("Bad gold is an error naming the file and line", arguments: [
    ("claims:\n  - id: x\n    statements:\n      - {article: b, text: sky}\n", 4, "no article 'b'"),
    ("claims:\n  - id: x\n    statements:\n      - {article: a, text: purple}\n", 4, "is not in article"),
    ("claims:\n  - id: x\n    statements: [{article: a, text: sky}]\n  - id: x\n    statements: [{article: a, text: sea}]\n", 4, "used twice"),
    ("claims:\n  - id: x\n    statements:\n      - {article: a, text: sky, stance: maybe}\n", 4, "unknown stance"),
    ("claims:\n  - id: x\n    statment: []\n", 3, "unknown key 'statment'"),
    ("rivals: []\n", 1, "'claims' must be a list"),
    ("claims:\n  - id: x\n    statements: [{article: a, text: sky}]\nrivals:\n  - [x, y]\n", 5, "rival 'y'"),
    ("claims: [\n", 2, "invalid YAML"),
  ])
  func badGold(_ yaml: String, line: Int, message: String) throws {
    let error = #expect(throws: InputError.self) {
      let gold = try ClaimGold.parse(yaml, path: "gold.yaml")
      _ = try ClaimScoring.score(graph: Self.graph([["the sky is green"]]), documents: [Self.document], gold: gold, goldPath: "gold.yaml")
    }
    #expect(error?.file == "gold.yaml")
    #expect(error?.line == line, "\(String(describing: error))")
    #expect(error?.message.contains(message) == true, "\(String(describing: error))")
  }
}
