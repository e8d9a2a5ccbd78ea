import AttributionDocuments
import AttributionExtraction
import Foundation
import Testing

@testable import AttributionGraph

@Suite("Filtering and focus")
struct GraphFilterTests {
  static let sample: AttributionGraph = {
    var articles = ClaimMergingTests.firstContactArticles()
    articles[0].document.metadata.date = "2024-10-29"
    articles[1].document.metadata.date = "2024-10-28"
    articles[2].document.metadata.date = "2024-10-30"
    return graph(articles)
  }()

  @Test("A focus keeps the claim's neighbourhood to the depth asked")
  func focus() throws {
    let claim = try #require(Self.sample.nodes(of: .claim).first { $0.label.contains("come under fire") })
    let one = Self.sample.filtered(GraphFilter(focus: [claim.id], depth: 1))
    #expect(one.node("person:andrii-kovalenko") != nil)
    #expect(one.node("outlet:the-new-voice-of-ukraine") == nil)
    let two = Self.sample.filtered(GraphFilter(focus: [claim.id], depth: 2))
    #expect(two.node("outlet:the-new-voice-of-ukraine") != nil)
    #expect(two.nodes.count < Self.sample.nodes.count)
    // Other claims of the same sources are not drawn, however deep the walk.
    let deep = Self.sample.filtered(GraphFilter(focus: [claim.id], depth: 6))
    #expect(deep.nodes(of: .claim).map(\.id) == [claim.id])
    #expect(Self.sample.nodes(of: .claim).count > 1)
  }

  @Test("Kinds, outlets and dates filter edges by their evidence")
  func evidenceFilters() {
    let cited = Self.sample.filtered(GraphFilter(kinds: [.cited]))
    #expect(cited.edges.allSatisfy { $0.kind == .cited })
    #expect(cited.nodes(of: .claim).isEmpty)
    let hill = Self.sample.filtered(GraphFilter(outlets: ["the hill"]))
    #expect(hill.edges.flatMap(\.evidence).allSatisfy { $0.outlet == "The Hill" })
    #expect(!hill.edges.isEmpty)
    let late = Self.sample.filtered(GraphFilter(since: "2024-10-29"))
    #expect(Set(late.edges.flatMap(\.evidence).map(\.document)) == ["a", "c"])
    let early = Self.sample.filtered(GraphFilter(until: "2024-10-28"))
    #expect(Set(early.edges.flatMap(\.evidence).map(\.document)) == ["b"])
  }

  @Test("An edge with much evidence keeps each piece once, and the graph round-trips equal")
  func longEdges() throws {
    var g = AttributionGraph(title: "t")
    g.add(Node(id: "person:a", kind: .person, label: "A"))
    g.add(Node(id: "claim:c", kind: .claim, label: "C"))
    let pieces = (0..<40).map { line in
      Evidence(
        document: "d", sentence: "A said C.", sentenceSpan: TextSpan(line * 10, line * 10 + 9), source: [],
        cue: Mention(text: "said", spans: [TextSpan(line * 10 + 2, line * 10 + 6)]), content: [], line: line + 1)
    }
    for piece in pieces + pieces.reversed() {
      g.add(Edge(kind: .said, from: "person:a", to: "claim:c", evidence: [piece]))
    }
    #expect(g.edges.count == 1)
    #expect(g.edges[0].evidence == pieces)
    let copy = try JSONDecoder().decode(AttributionGraph.self, from: JSONEncoder().encode(g))
    #expect(copy == g)
    #expect(copy.hashValue == g.hashValue)
    #expect(g.filtered(GraphFilter(kinds: [.said])) == g)
  }
}


@Suite("Outlet filters")
struct GraphFilterOutletTests {
  @Test("an outlet is named by its name in any case, with or without The, or by its initials", arguments: [
    ("Financial Times", "FT", true), ("Financial Times", "financial times", true),
    ("The New York Times", "NYT", true), ("The New York Times", "new york times", true),
    ("The Wall Street Journal", "wsj", true), ("Institute for the Study of War", "ISW", false),
    ("Business Insider", "FT", false), ("The Hill", "H", false), ("Financial Times", "Financial", false),
    ("BBC", "BBC", true), ("The Hill", "the hill", true),
  ])
  func matches(_ outlet: String, _ query: String, _ expected: Bool) {
    #expect(GraphFilter.outlet(outlet, matches: query) == expected)
  }
}
