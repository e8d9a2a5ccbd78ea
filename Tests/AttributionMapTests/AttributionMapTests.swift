import AttributionAnalysis
import AttributionDocuments
import AttributionExtraction
import AttributionGraph
import Foundation
import GoldenFiles
import Graphviz
import Testing

@testable import AttributionMap

/// A small graph with every node and edge kind: a chain, a corroborated claim, a contested pair.
enum SampleMap {
  static func evidence(_ sentence: String, line: Int) -> Evidence {
    Evidence(
      document: "a", outlet: "Business Insider", sentence: sentence, sentenceSpan: TextSpan(0, sentence.count),
      source: [], cue: Mention(text: "said", spans: [TextSpan(0, 4)]), content: [], line: line,
      url: "https://example.com/a")
  }

  static let graph: AttributionGraph = {
    var graph = AttributionGraph(title: "Sample <case> & \"quotes\"")
    graph.add(Node(id: "outlet:bi", kind: .outlet, label: "Business Insider"))
    graph.add(Node(id: "outlet:sk-media", kind: .outlet, label: "South Korean media", unnamed: true))
    graph.add(Node(id: "person:kovalenko", kind: .person, label: "Andrii Kovalenko", aliases: ["Andriy Kovalenko"], role: "head of the Center for Countering Disinformation", affiliation: "Ukraine"))
    graph.add(Node(id: "person:anon", kind: .person, label: "Unnamed senior Ukrainian intelligence official", affiliation: "Ukraine", anonymous: true))
    graph.add(Node(id: "institution:pentagon", kind: .institution, label: "Pentagon", affiliation: "US"))
    graph.add(Node(id: "channel:telegram", kind: .channel, label: "Telegram"))
    graph.add(Node(id: "claim:fire", kind: .claim, label: "The first North Korean troops have already come under fire in Kursk Oblast, a claim long enough to wrap over several lines of the label"))
    graph.add(Node(id: "claim:8000", kind: .claim, label: "8,000 North Korean troops moved to Kursk"))
    graph.add(Node(id: "claim:10000", kind: .claim, label: "10,000 North Korean troops were in Kursk"))
    let e = evidence("Kovalenko said so <b>on Telegram</b>.", line: 3)
    graph.add(Edge(kind: .cited, from: "outlet:bi", to: "person:kovalenko", evidence: [e]))
    graph.add(Edge(kind: .said, from: "person:kovalenko", to: "claim:fire", evidence: [e]))
    graph.add(Edge(kind: .via, from: "person:kovalenko", to: "channel:telegram", evidence: [e]))
    graph.add(Edge(kind: .confirmed, from: "person:anon", to: "claim:fire", evidence: [evidence("An official confirmed it.", line: 5)]))
    graph.add(Edge(kind: .couldNotVerify, from: "institution:pentagon", to: "claim:fire", evidence: [evidence("The Pentagon was looking into the reports.", line: 7)]))
    graph.add(Edge(kind: .denied, from: "outlet:sk-media", to: "claim:8000", evidence: [evidence("Media denied it.", line: 9)]))
    graph.add(Edge(kind: .said, from: "institution:pentagon", to: "claim:10000", evidence: [evidence("The Pentagon said 10,000.", line: 11)]))
    graph.add(Edge(kind: .contradicts, from: "claim:8000", to: "claim:10000", figures: ["claim:8000": "8,000", "claim:10000": "at least 10,000"]))
    return graph
  }()

  static var map: AttributionMap {
    AttributionMap(graph: graph, assessments: CorroborationModel().assess(graph))
  }
}

@Suite("Attribution map")
struct AttributionMapTests {
  let golden = Golden(besides: #filePath)

  @Test("The DOT of a small map matches the reviewed golden file")
  func goldenDOT() throws {
    try golden.check(try SampleMap.map.render(.dot).data, against: "sample.dot")
  }

  @Test("Claims carry their status in words, and a contested claim a double border")
  func claimStatus() throws {
    let nodes = SampleMap.map.graphviz.nodes
    let contested = try #require(nodes.first { $0.id == "claim:8000" })
    #expect(contested.attributes["peripheries"] == 2)
    let dot = try SampleMap.map.render(.dot).data
    let text = String(decoding: dot, as: UTF8.self)
    #expect(text.contains("CONTESTED"))
    #expect(text.contains("8,000 ≠ at least 10,000"))
  }

  @Test("Actors are grouped by affiliation; the legend shows every kind")
  func clustersAndLegend() {
    let graph = SampleMap.map.graphviz
    #expect(graph.subgraphs.map(\.name) == ["affiliation_US", "affiliation_Ukraine", "legend"])
    let legend = graph.subgraphs.last!
    #expect(legend.edges.count == EdgeKind.allCases.count)
    #expect(AttributionMap(graph: SampleMap.graph, showsLegend: false).graphviz.subgraphs.count == 2)
  }

  @Test("The engine follows size and shape: dot for near-trees, sfdp past the limits")
  func engineChoice() {
    func chain(nodes: Int, extraEdges: Int) -> AttributionGraph {
      var graph = AttributionGraph(title: "t")
      for index in 0..<nodes { graph.add(Node(id: "n\(index)", kind: .person, label: "\(index)")) }
      for index in 1..<nodes { graph.add(Edge(kind: .cited, from: "n\(index - 1)", to: "n\(index)")) }
      for index in 0..<extraEdges { graph.add(Edge(kind: .said, from: "n\(index)", to: "n\((index * 7 + 3) % nodes)")) }
      return graph
    }
    #expect(AttributionMap(graph: chain(nodes: 1200, extraEdges: 150)).defaultEngine == .dot)
    #expect(AttributionMap(graph: chain(nodes: 1600, extraEdges: 0)).defaultEngine == .sfdp)
    #expect(AttributionMap(graph: chain(nodes: 300, extraEdges: 400)).defaultEngine == .sfdp)
  }

  @Test("Long labels wrap at word boundaries and end in an ellipsis when cut")
  func wrapping() {
    #expect(MapStyle.wrap("one two three four", width: 9, lines: 5) == "one two\nthree\nfour")
    #expect(MapStyle.wrap("one two three four five six", width: 9, lines: 2) == "one two\nthree…")
    #expect(MapStyle.wrap(String(repeating: "x", count: 50), width: 10, lines: 2) == "xxxxxxxxx…")
  }

  @Test("Hostile titles and labels render to well-formed SVG without markup")
  func hostileSVG() throws {
    let svg = try SampleMap.map.render(.svg).data
    let text = String(decoding: svg, as: UTF8.self)
    #expect(!text.contains("<b>"))
    #expect(text.contains("Sample &lt;case&gt; &amp; &quot;quotes&quot;"))
  }
}
