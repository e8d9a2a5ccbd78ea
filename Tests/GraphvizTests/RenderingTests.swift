import Foundation
import Graphviz
import Testing

/// A small attribution-like graph: two people, an outlet cluster, edges.
private let sample = Graph(
  name: "sample",
  nodeDefaults: [.shape: "box"],
  nodes: [Node("spokesperson"), Node("minister", attributes: [.label: "Minister"])],
  subgraphs: [
    Subgraph(
      name: "outlets", attributes: [.label: "Outlets", .color: "gray40"],
      nodes: [Node("reuters", attributes: [.label: "Reuters"])])
  ],
  edges: [
    Edge(from: "spokesperson", to: "minister", attributes: [.label: "confirmed"]),
    Edge(from: "reuters", to: "minister", attributes: [.label: "cited"]),
  ])

@Suite struct RenderingTests {
  @Test func svgHasATitleForEveryNodeAndEdge() throws {
    let svg = try SVGDocument(sample)
    let titles = try svg.strings(of: "title")
    #expect(titles.contains("spokesperson"))
    #expect(titles.contains("minister"))
    #expect(titles.contains("reuters"))
    #expect(titles.contains("spokesperson->minister"))
    #expect(try svg.textLines(inGroupTitled: "minister") == ["Minister"])
  }

  @Test func nodeWithoutLabelShowsItsIdentifierLiterally() throws {
    let graph = Graph(name: "g", nodes: [Node(#"a\N&amp;\n"#)])
    let svg = try SVGDocument(graph)
    #expect(try svg.textLines(inGroupTitled: #"a\N&amp;\n"#) == [#"a\N&amp;\n"#])
  }

  @Test func clustersAreDrawnWithTheirLabels() throws {
    let svg = try SVGDocument(sample)
    #expect(try svg.groupTitles(class: "cluster") == ["cluster_outlets"])
    #expect(try svg.textLines(inGroupTitled: "cluster_outlets") == ["Outlets"])
  }

  @Test func plainSubgraphNamedClusterIsNotDrawnAsACluster() throws {
    let graph = Graph(
      name: "g", subgraphs: [Subgraph(name: "cluster_like", isCluster: false, nodes: [Node("a")])])
    let svg = try SVGDocument(graph)
    #expect(try svg.strings(of: "title") == ["g", "a"])
  }

  @Test(arguments: [LayoutEngine.dot, .neato, .fdp, .sfdp, .circo, .twopi])
  func everyEngineLaysOutTheGraph(engine: LayoutEngine) throws {
    let svg = try SVGDocument(sample, layout: engine)
    #expect(try svg.strings(of: "title").contains("reuters"))
  }

  @Test func dotPngPdfJsonAndSvgRenderTheirFormats() throws {
    let png = try sample.render(.png).data
    #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    let pdf = try sample.render(.pdf).data
    #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    let svg = String(decoding: try sample.render(.svg).data, as: UTF8.self)
    #expect(svg.contains("<svg"))
    let dot = String(decoding: try sample.render(.dot).data, as: UTF8.self)
    #expect(dot.hasPrefix("digraph sample {"))
    #expect(dot.contains("pos="))
    let json = try JSONSerialization.jsonObject(with: try sample.render(.json).data)
    let objects = (json as? [String: Any])?["objects"] as? [[String: Any]] ?? []
    #expect(objects.compactMap { $0["name"] as? String }.contains("reuters"))
  }

  @Test func everyListedFormatRendersDataOrSaysItCannot() throws {
    var linked = sample
    linked.nodes[0].attributes[.url] = "https://example.com/spokesperson"
    let directory = FileManager.default.currentDirectoryPath
    let filesBefore = try FileManager.default.contentsOfDirectory(atPath: directory)
    defer {
      let filesAfter = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
      #expect(Set(filesAfter).subtracting(filesBefore).isEmpty, "rendering wrote files")
    }
    for format in try GraphvizInstallation.outputFormats() {
      do {
        #expect(!(try linked.render(format).data.isEmpty), "format \(format)")
      } catch GraphvizError.unsupportedFormat(let refused, _) {
        #expect(refused == format)
      }
    }
  }

  @Test func renderingIsDeterministic() throws {
    #expect(try sample.render(.svg).data == sample.render(.svg).data)
    #expect(try sample.render(.svg, layout: .sfdp).data == sample.render(.svg, layout: .sfdp).data)
  }

  @Test func unknownEngineThrowsGraphvizsMessage() throws {
    let error = try #require(throws: GraphvizError.self) {
      try sample.render(.svg, layout: "no-such-engine")
    }
    guard case .graphviz(_, let messages) = error else {
      Issue.record("unexpected error \(error)")
      return
    }
    #expect(messages.first?.severity == .error)
    #expect(
      messages.first?.message.contains(#"Layout type: "no-such-engine" not recognized"#) == true)
    #expect(error.description.contains("no-such-engine"))
  }

  @Test func unknownFormatThrowsGraphvizsMessage() throws {
    let error = try #require(throws: GraphvizError.self) { try sample.render("no-such-format") }
    guard case .graphviz(_, let messages) = error else {
      Issue.record("unexpected error \(error)")
      return
    }
    #expect(messages.first?.severity == .error)
    #expect(messages.first?.message.contains("no-such-format") == true)
  }

  @Test func errorsDoNotLeakIntoTheNextRender() throws {
    _ = try? sample.render("no-such-format")
    let rendered = try sample.render(.svg)
    #expect(rendered.diagnostics.isEmpty)
  }

  @Test func graphvizWarningsBecomeDiagnostics() throws {
    let graph = Graph(name: "g", nodes: [Node("a", attributes: [.color: "no-such-colour"])])
    let rendered = try graph.render(.svg)
    #expect(!rendered.data.isEmpty)
    #expect(
      rendered.diagnostics == [Diagnostic(.warning, "no-such-colour is not a known color.")])
  }

  @Test func interactiveFormatsAreRefused() throws {
    #expect {
      try sample.render("x11")
    } throws: { error in
      guard case GraphvizError.unsupportedFormat("x11", _) = error else { return false }
      return true
    }
  }

  @Test func emptyNamesAreRefused() throws {
    #expect(throws: GraphvizError.emptyName(object: "graph \"\"")) {
      try Graph(name: "").dotSource()
    }
    #expect(throws: GraphvizError.emptyName(object: "node \"\"")) {
      try Graph(name: "g", edges: [Edge(from: "a", to: "")]).dotSource()
    }
  }
}

@Suite("Formats refused because they write files, run code or break")
struct RefusedFormatTests {
  @Test(arguments: ["vrml", "vrml:vrml", "VRML:vrml", "png:vrml", "tk", "tk:tk", "pov", "vml", "x11:xlib", "gtk:gtk"])
  func refusedInAnySpelling(_ name: String) {
    let format = OutputFormat(rawValue: name)
    #expect(format.refusal != nil)
    #expect(throws: GraphvizError.self) { try sample.render(format) }
  }

  @Test func refusedFormatsAreNotListedAsAvailable() throws {
    let available = try GraphvizInstallation.outputFormats().map(\.rawValue)
    for name in ["tk", "pov", "vml", "vrml"] { #expect(!available.contains(name)) }
    #expect(available.contains("svg"))
  }

  @Test func aLinkWithAQuoteGivesAWholePDF() throws {
    var linked = sample
    for index in linked.nodes.indices {
      linked.nodes[index].attributes[.url] = "https://en.wikipedia.org/wiki/People's_Republic"
    }
    for index in linked.edges.indices {
      linked.edges[index].attributes[.url] = "https://example.com/it's?a='b'"
    }
    let pdf = try linked.render(.pdf).data
    let text = String(decoding: pdf, as: UTF8.self)
    #expect(text.contains("/Type /Page"))
    #expect(text.contains("People%27s_Republic"))
  }
}
