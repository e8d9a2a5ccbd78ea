import AttributionAnalysis
import AttributionGraph
import AttributionReport
import Foundation
import Testing

@Suite("A claim's own chain map")
struct ClaimMapsTests {
  /// Outlet A cites Kovalenko for claim 1 only; outlet B cites him for claim 2 only.
  static let graph: AttributionGraph = {
    var graph = AttributionGraph(title: "Chains")
    let one = ReportFixtures.evidence("a", line: 1, outlet: "Outlet A", sentence: "Kovalenko said troops moved.")
    let two = ReportFixtures.evidence("b", line: 2, outlet: "Outlet B", sentence: "Kovalenko said troops fought.")
    graph.add(Node(id: "outlet:a", kind: .outlet, label: "Outlet A"))
    graph.add(Node(id: "outlet:b", kind: .outlet, label: "Outlet B"))
    graph.add(Node(id: "person:k", kind: .person, label: "Kovalenko"))
    graph.add(Node(id: "channel:t", kind: .channel, label: "Telegram"))
    graph.add(Node(id: "claim:1", kind: .claim, label: "Troops moved"))
    graph.add(Node(id: "claim:2", kind: .claim, label: "Troops fought"))
    graph.add(Edge(kind: .cited, from: "outlet:a", to: "person:k", evidence: [one]))
    graph.add(Edge(kind: .cited, from: "outlet:b", to: "person:k", evidence: [two]))
    graph.add(Edge(kind: .said, from: "person:k", to: "claim:1", evidence: [one]))
    graph.add(Edge(kind: .said, from: "person:k", to: "claim:2", evidence: [two]))
    graph.add(Edge(kind: .via, from: "person:k", to: "channel:t", evidence: [one]))
    return graph
  }()

  @Test("Holds the claim, highlighted, and only the chains that carry it")
  func onlyItsChains() throws {
    let assessments = CorroborationModel().assess(Self.graph)
    let audit = SourcingAuditor().audit(Self.graph, assessments: assessments)
    let (maps, note) = ClaimMaps.render(graph: Self.graph, claims: assessments, audit: audit)
    #expect(note == nil)
    // The audit keeps each statement's sentence, which the report quotes.
    let tree = try #require(audit.claims.first { $0.claim == "claim:1" }?.trees.first)
    #expect(tree.children.first?.statements.first?.sentence == "Kovalenko said troops moved.")
    let first = try #require(maps["claim:1"])
    #expect(first.contains("Outlet A") && first.contains("Kovalenko") && first.contains("Telegram"))
    #expect(!first.contains("Outlet B") && !first.contains("Troops fought"))
    #expect(first.contains("stroke-width=\"4\""))
    let second = try #require(maps["claim:2"])
    #expect(second.contains("Outlet B") && !second.contains("Outlet A") && !second.contains("Telegram"))
    // Ids differ between maps sharing one page.
    #expect(!first.contains("id=\"graph0\"") && first.contains("id=\"c"))
  }

  @Test("Past the limit, claims are listed without a map, and the note says so")
  func limit() {
    let assessments = CorroborationModel().assess(Self.graph)
    let audit = SourcingAuditor().audit(Self.graph, assessments: assessments)
    let (maps, note) = ClaimMaps.render(graph: Self.graph, claims: assessments, audit: audit, limit: 1)
    #expect(maps.count == 1)
    #expect(note == "Chain maps are drawn for the first 1 of 2 claims in this order.")
  }

  @Test("Claims that are not corroborated come first, each group in the model's order")
  func checkingOrder() {
    var corroborated = CorroborationModel().assess(Self.graph)[0]
    corroborated.status = [.corroborated]
    var single = corroborated
    single.status = [.singleSource]
    #expect(CaseReport.checkingOrder([corroborated, single, corroborated, single]) == [1, 3, 0, 2])
  }
}
