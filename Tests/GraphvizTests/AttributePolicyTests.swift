import Foundation
import Graphviz
import Testing

private func node(_ attributes: Attributes) -> Graph {
  Graph(name: "g", nodes: [Node("n", attributes: attributes)])
}

@Suite struct AttributePolicyTests {
  @Test(arguments: [
    "javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "data:text/html,<script>",
    "file:///etc/passwd", "/relative/path", "http://", "https://exa mple.com/\"><script>",
  ])
  func nonHTTPLinksAreDroppedWithAWarning(link: String) throws {
    let svg = try SVGDocument(node([.url: .string(link), "href": .string(link)]))
    #expect(try svg.elements("a").isEmpty)
    #expect(!svg.source.contains("javascript"))
    #expect(svg.diagnostics.count == 2)
    #expect(
      svg.diagnostics.allSatisfy { $0.severity == .warning && $0.message.contains("dropped") })
  }

  @Test func httpLinksAreKeptWithTheirQuery() throws {
    let svg = try SVGDocument(node([.url: "https://example.com/a?b=1&c=2#d"]))
    let links = try svg.document.nodes(forXPath: "//@*[local-name()='href']").map(\.stringValue)
    #expect(links == ["https://example.com/a?b=1&c=2#d"])
    #expect(svg.diagnostics.isEmpty)
  }

  @Test(arguments: [
    "image", "shapefile", "imagepath", "fontpath", "stylesheet", "charset", "_background",
  ])
  func attributesThatReadFilesAreRefused(name: String) {
    let graph = node([Attribute(rawValue: name): "/etc/passwd"])
    #expect {
      try graph.render(.svg)
    } throws: { error in
      guard case GraphvizError.refusedAttribute(let attribute, let object, _) = error else {
        return false
      }
      return attribute.rawValue == name && object == #"node "n""#
    }
  }

  @Test func refusedAttributesAreCaughtInDefaultsAndClustersToo() {
    let defaults = Graph(name: "g", nodeDefaults: ["image": "x.png"], nodes: [Node("n")])
    #expect(throws: GraphvizError.self) { try defaults.dotSource() }
    let cluster = Graph(
      name: "g", subgraphs: [Subgraph(name: "c", attributes: ["stylesheet": "x.css"])])
    #expect(throws: GraphvizError.self) { try cluster.dotSource() }
  }

  @Test(arguments: ["record", "Mrecord"])
  func recordShapesAreRefused(shape: String) {
    #expect(throws: GraphvizError.self) { try node([.shape: .string(shape)]).dotSource() }
  }

  @Test(arguments: [
    #"Times" onload="alert(1)"#, "red<script>", "a&b", #"back\slash"#, "line\nbreak", "nul\u{0}",
  ])
  func keywordValuesThatCouldBreakSVGAreRefused(value: String) {
    #expect {
      try node([.fontname: .string(value)]).render(.svg)
    } throws: { error in
      guard case GraphvizError.invalidValue(.fontname, value, #"node "n""#, _) = error else {
        return false
      }
      return true
    }
  }

  @Test func malformedAttributeNamesAreRefused() {
    #expect(throws: GraphvizError.self) { try node([#"color" onload="x"#: "red"]).dotSource() }
    #expect(throws: GraphvizError.self) { try node(["": "red"]).dotSource() }
  }

  @Test func labelsOnlyGoToLabelAttributes() {
    #expect(throws: GraphvizError.self) {
      try node([.tooltip: .label(.html(.text(["x"])))]).dotSource()
    }
  }

  @Test func commentAndClassAreEscaped() throws {
    let svg = try SVGDocument(node(["comment": "--> <script> &", "class": #"a" onload="x"#]))
    #expect(try svg.elements("script").isEmpty)
    let classes = try svg.document.nodes(forXPath: "//*[local-name()='g']/@class").compactMap(
      \.stringValue)
    #expect(classes.contains(#"node a" onload="x"#))
  }

  @Test func idAndTargetAreShownLiterally() throws {
    let svg = try SVGDocument(
      node(["id": #"node\N&1"#, .url: "https://example.com", "target": #"_blank\N"#]))
    let ids = try svg.document.nodes(forXPath: "//*[local-name()='g']/@id").compactMap(
      \.stringValue)
    #expect(ids.contains(#"node\N&1"#))
    let targets = try svg.document.nodes(forXPath: "//@target").compactMap(\.stringValue)
    #expect(targets == [#"_blank\N"#])
  }
}
