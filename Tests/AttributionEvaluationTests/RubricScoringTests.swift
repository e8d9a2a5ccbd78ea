import AttributionAnalysis
import AttributionDocuments
import AttributionExtraction
import AttributionGraph
import Foundation
import Testing

@testable import AttributionEvaluation

@Suite("Scoring against a rubric")
struct RubricScoringTests {
  static let text = "Alpha said the sky is green. Beta said the sky was green. Gamma said the sea is red."
  static let document = Document(id: "a", text: text)

  /// Alpha (party A) and Beta (party `betaParty`) state the sky claim; Gamma, unnamed, the sea claim.
  static func graph(betaParty: String) -> AttributionGraph {
    var graph = AttributionGraph(title: "test")
    graph.add(Node(id: "person:alpha", kind: .person, label: "Alpha Jones", independenceClass: "A"))
    graph.add(Node(id: "person:beta", kind: .person, label: "Beta", independenceClass: betaParty))
    graph.add(Node(id: "person:gamma", kind: .person, label: "a senior official", anonymous: true))
    graph.add(Node(id: "claim:sky", kind: .claim, label: "the sky is green"))
    graph.add(Node(id: "claim:sea", kind: .claim, label: "the sea is red"))
    for (source, content, claim, line) in [
      ("person:alpha", "the sky is green", "claim:sky", 1), ("person:beta", "the sky was green", "claim:sky", 2),
      ("person:gamma", "the sea is red", "claim:sea", 3),
    ] {
      let span = ClaimScoringTests.span(content, in: text)
      let evidence = Evidence(
        document: "a", sentence: content, sentenceSpan: span, source: [],
        cue: Mention(text: "said", spans: [TextSpan(span.start - 5, span.start - 1)]), content: [span], line: line)
      graph.add(Edge(kind: .said, from: source, to: claim, evidence: [evidence]))
    }
    return graph
  }

  static func gold(skyStatus: String, betaParty: String, gammaAnonymous: Bool = true) -> String {
    """
    claims:
      - id: sky
        status: \(skyStatus)
        statements:
          - {article: a, text: "the sky is green", source: "Alpha Jones", party: a}
          - {article: a, text: "the sky was green", source: Beta, party: \(betaParty)}
      - id: sea
        status: anonymous-only
        opinion: true
        statements:
          - {article: a, text: "the sea is red", source: "a senior official", anonymous: \(gammaAnonymous), party: c}
    """
  }

  static func score(graphParty: String, gold: String) throws -> RubricReport {
    let graph = graph(betaParty: graphParty)
    return try RubricScoring.score(
      graph: graph, assessments: CorroborationModel().assess(graph), documents: [document],
      gold: ClaimGold.parse(gold, path: "gold.yaml"), goldPath: "gold.yaml")
  }

  @Test("A graph that agrees with the rubric scores every part right")
  func agrees() throws {
    let report = try Self.score(graphParty: "B", gold: Self.gold(skyStatus: "corroborated", betaParty: "b"))
    #expect(report.statusesScored == 2 && report.statusesRight == 2)
    #expect(report.corroboratedShown == 1 && report.corroboratedRight == 1)
    #expect(report.corroboratedExpected == 1 && report.corroboratedFound == 1)
    #expect(report.sourcesScored == 3 && report.sourcesRight == 3)
    #expect(report.independencePairs == 1 && report.independenceRight == 1 && report.falseIndependence == 0)
    #expect(report.opinionScored == 2 && report.opinionExpected == 1 && report.opinionMarked == 0)
    #expect(report.wrongStatuses.isEmpty && report.wrongSources.isEmpty)
  }

  @Test("Two sources of one party shown as corroboration: a wrong status, a false independence")
  func falseCorroboration() throws {
    let report = try Self.score(graphParty: "B", gold: Self.gold(skyStatus: "single-party", betaParty: "a"))
    #expect(report.statusesRight == 1)
    #expect(report.corroboratedShown == 1 && report.corroboratedRight == 0)
    #expect(report.falseIndependence == 1 && report.independenceRight == 0)
    #expect(report.wrongStatuses == [.init(goldClaim: "sky", expected: "single-party", shown: "corroborated", claimNode: "claim:sky")])
    #expect(report.statusConfusion["single-party"] == ["corroborated": 1])
    // The graph agreeing on one party is right again.
    let agreeing = try Self.score(graphParty: "A", gold: Self.gold(skyStatus: "single-party", betaParty: "a"))
    #expect(agreeing.statusesRight == 2 && agreeing.independenceRight == 1 && agreeing.corroboratedShown == 0)
  }

  @Test("An unnamed node for a named source is a wrong source")
  func wrongSource() throws {
    let report = try Self.score(graphParty: "B", gold: Self.gold(skyStatus: "corroborated", betaParty: "b", gammaAnonymous: false))
    #expect(report.sourcesRight == 2)
    #expect(report.wrongSources.map(\.found) == ["unnamed: a senior official"])
  }

  @Test(
    "Names match by their words or initials, never across first names",
    arguments: [
      ("James Comey", "Comey", true), ("James Comey", "James B. Comey", true),
      ("Federal Bureau of Investigation", "FBI", true), ("The Associated Press", "Associated Press", true),
      ("Hillary Clinton", "Bill Clinton", false), ("Donald Trump", "Trump campaign", false),
    ])
  func names(expected: String, label: String, same: Bool) {
    let node = Node(id: "x", kind: .person, label: label)
    #expect(SourceNames.matches(expected, anonymous: false, node: node) == same)
  }

  @Test("A joint source is matched by either signer")
  func jointSource() {
    let node = Node(id: "x", kind: .person, label: "John Conyers")
    #expect(SourceNames.matches("Elijah Cummings and John Conyers", anonymous: false, node: node))
  }

  @Test("Bad rubric values are errors naming the file and line", arguments: [
    ("claims:\n  - id: x\n    status: proven\n    statements: [{article: a, text: sky}]\n", 2, "unknown status 'proven'"),
    ("claims:\n  - id: x\n    opinion: maybe\n    statements: [{article: a, text: sky}]\n", 3, "'opinion' must be true or false"),
    ("claims:\n  - id: x\n    statements:\n      - {article: a, text: sky, anonymous: true}\n", 4, "needs its 'source'"),
    ("claims:\n  - id: x\n    statements:\n      - {article: a, text: sky, speaker: Bob}\n", 4, "unknown key 'speaker'"),
  ])
  func badRubric(_ yaml: String, line: Int, message: String) {
    let error = #expect(throws: InputError.self) { _ = try ClaimGold.parse(yaml, path: "gold.yaml") }
    #expect(error?.line == line, "\(String(describing: error))")
    #expect(error?.message.contains(message) == true, "\(String(describing: error))")
  }
}
