import AttributionAnalysis
import AttributionGraph
import AttributionReport
import Testing

@Suite("Outlet scorecard")
struct ScorecardTests {
  @Test("Counts attributions once, named and anonymous sources, uncorroborated claims and could-not-verify lines")
  func counts() {
    var graph = AttributionGraph(title: "t")
    let ft = graph.add(Node(id: "outlet:ft", kind: .outlet, label: "Financial Times"))
    let bi = graph.add(Node(id: "outlet:bi", kind: .outlet, label: "Business Insider"))
    let austin = graph.add(Node(id: "person:austin", kind: .person, label: "Lloyd Austin", independenceClass: "US"))
    let official = graph.add(
      Node(id: "person:official", kind: .person, label: "a senior Ukrainian official", independenceClass: "Ukraine", anonymous: true))
    let troops = graph.add(Node(id: "claim:troops", kind: .claim, label: "troops are in Kursk"))
    let fire = graph.add(Node(id: "claim:fire", kind: .claim, label: "troops came under fire"))
    let e1 = ReportFixtures.evidence("ft1", line: 3, outlet: "Financial Times")
    let e2 = ReportFixtures.evidence("ft1", line: 5, outlet: "Financial Times")
    let e3 = ReportFixtures.evidence("bi1", line: 4, outlet: "Business Insider")
    graph.add(Edge(kind: .cited, from: ft, to: austin, evidence: [e1]))
    graph.add(Edge(kind: .said, from: austin, to: troops, evidence: [e1]))
    graph.add(Edge(kind: .cited, from: ft, to: official, evidence: [e2]))
    graph.add(Edge(kind: .said, from: official, to: troops, evidence: [e2]))
    graph.add(Edge(kind: .cited, from: bi, to: official, evidence: [e3]))
    graph.add(Edge(kind: .confirmed, from: official, to: fire, evidence: [e3]))
    let agentless = ReportFixtures.evidence("bi1", line: 9, outlet: "Business Insider", sourced: false)
    graph.add(Edge(kind: .couldNotVerify, from: bi, to: fire, evidence: [agentless]))
    graph.add(Edge(kind: .couldNotVerify, from: bi, to: troops, evidence: [agentless]))
    let assessments = CorroborationModel().assess(graph)
    #expect(assessments.first { $0.id == troops }?.isCorroborated == true)
    #expect(assessments.first { $0.id == fire }?.isCorroborated == false)

    let cards = OutletScorecard.scorecards(
      documents: [("ft1", "Financial Times"), ("bi1", "Business Insider"), ("x1", nil)],
      graph: graph, assessments: assessments)
    #expect(cards.map(\.outlet) == ["Financial Times", "Business Insider", "article x1"])
    #expect(cards[0] == OutletScorecard(
      outlet: "Financial Times", articles: ["ft1"], attributions: 2, sourced: 2, named: 1,
      anonymous: 1, claims: 1, uncorroborated: 0, couldNotVerifyLines: 0))
    #expect(cards[1] == OutletScorecard(
      outlet: "Business Insider", articles: ["bi1"], attributions: 3, sourced: 1, named: 0,
      anonymous: 1, claims: 2, uncorroborated: 1, couldNotVerifyLines: 1))
    #expect(cards[1].namedShare == 0 && cards[1].anonymousShare == 1 && cards[1].uncorroboratedShare == 0.5)
    #expect(cards[2].attributions == 0 && cards[2].namedShare == nil)
  }
}
