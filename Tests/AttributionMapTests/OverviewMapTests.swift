import AttributionAnalysis
import AttributionGraph
import Foundation
import Graphviz
import Testing

@testable import AttributionMap

@Suite("Overview map")
struct OverviewMapTests {
  /// Two outlets carry one claim from two officials of one government; a third source of
  /// another party states a second claim.
  static let graph: AttributionGraph = {
    var graph = AttributionGraph(title: "Overview")
    let e = SampleMap.evidence("They said so.", line: 2)
    graph.add(Node(id: "outlet:a", kind: .outlet, label: "Outlet A"))
    graph.add(Node(id: "outlet:b", kind: .outlet, label: "Outlet B"))
    graph.add(Node(id: "person:p1", kind: .person, label: "Official One", independenceClass: "Ukraine government"))
    graph.add(Node(id: "person:p2", kind: .person, label: "Official Two", independenceClass: "Ukraine government"))
    graph.add(Node(id: "person:p3", kind: .person, label: "Analyst", independenceClass: "Think tank"))
    graph.add(Node(id: "claim:c1", kind: .claim, label: "Troops moved"))
    graph.add(Node(id: "claim:c2", kind: .claim, label: "Troops fought"))
    graph.add(Edge(kind: .cited, from: "outlet:a", to: "person:p1", evidence: [e]))
    graph.add(Edge(kind: .cited, from: "outlet:b", to: "person:p2", evidence: [e]))
    graph.add(Edge(kind: .cited, from: "outlet:b", to: "person:p3", evidence: [e]))
    // Three statements, each in a sentence of its own (one cue shared would be a joint statement).
    graph.add(Edge(kind: .said, from: "person:p1", to: "claim:c1", evidence: [e]))
    graph.add(Edge(kind: .said, from: "person:p2", to: "claim:c1", evidence: [SampleMap.evidence("They said so.", line: 3)]))
    graph.add(Edge(kind: .said, from: "person:p3", to: "claim:c2", evidence: [SampleMap.evidence("They said so.", line: 4)]))
    return graph
  }()

  @Test("Sources of one party are one node counting them; edges count claims")
  func tally() throws {
    let assessments = CorroborationModel().assess(Self.graph)
    let overview = OverviewMap(title: "Overview", assessments: assessments)
    let tally = overview.tally()
    #expect(tally.partySources["Ukraine government"]?.count == 2)
    #expect(tally.partyClaims["Ukraine government"] == ["claim:c1"])
    #expect(tally.partySources["Think tank"]?.count == 1)
    #expect(tally.carried[.init(from: "Outlet B", to: "Think tank")] == ["claim:c2"])
    #expect(tally.carried[.init(from: "Outlet A", to: "Ukraine government")] == ["claim:c1"])
    // One government's two officials do not corroborate: the claim is single-party.
    #expect(tally.stated[.init(from: "Ukraine government", to: "single-party")] == ["claim:c1"])
    let graph = overview.graphviz
    #expect(graph.nodes.count == 2 + 2 + Set(assessments.map(\.primaryStatus)).count)
    let svg = String(decoding: try overview.render(.svg).data, as: UTF8.self)
    #expect(svg.contains("2 sources · 1 claim"))
  }

  @Test("Parties past the limit are one node, and the overview's size stays bounded")
  func bounded() {
    var graph = AttributionGraph(title: "Many")
    let e = SampleMap.evidence("Someone said so.", line: 2)
    for index in 0..<(OverviewMap.partyLimit + 10) {
      graph.add(Node(id: "person:\(index)", kind: .person, label: "Person \(index)"))
      graph.add(Node(id: "claim:\(index)", kind: .claim, label: "Claim number \(index) happened"))
      graph.add(Edge(kind: .said, from: "person:\(index)", to: "claim:\(index)", evidence: [e]))
    }
    let overview = OverviewMap(title: "Many", assessments: CorroborationModel().assess(graph))
    let tally = overview.tally()
    #expect(tally.partyClaims.count == OverviewMap.partyLimit + 1)
    #expect(tally.partyClaims[OverviewMap.otherParties]?.count == 10)
  }

  @Test("An outlet-party edge is drawn only among the largest of its outlet or its party")
  func strongestEdges() {
    var graph = AttributionGraph(title: "Grid")
    let e = SampleMap.evidence("Someone said so.", line: 2)
    for outlet in 0..<6 {
      graph.add(Node(id: "outlet:\(outlet)", kind: .outlet, label: "Outlet \(outlet)"))
      for party in 0..<6 {
        let person = "person:\(outlet)-\(party)"
        graph.add(Node(id: person, kind: .person, label: "Person \(outlet) \(party)", independenceClass: "Party \(party)"))
        graph.add(Node(id: "claim:\(outlet)-\(party)", kind: .claim, label: "Claim \(outlet) \(party) was made"))
        graph.add(Edge(kind: .cited, from: "outlet:\(outlet)", to: person, evidence: [e]))
        graph.add(Edge(kind: .said, from: person, to: "claim:\(outlet)-\(party)", evidence: [e]))
      }
    }
    let tally = OverviewMap(title: "Grid", assessments: CorroborationModel().assess(graph)).tally()
    // 36 edges of one claim each; those of outlets 4 and 5 to parties 4 and 5 are in neither's top 4.
    #expect(tally.carried.count == 32)
    #expect(tally.carried[.init(from: "Outlet 4", to: "Party 4")] == nil)
    #expect(tally.carried[.init(from: "Outlet 0", to: "Party 5")] != nil)
    #expect(tally.outletClaims["Outlet 5"]?.count == 6)
  }
}
