import Foundation
import Graphviz

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A rendered SVG, parsed; parsing fails on ill-formed XML.
struct SVGDocument {
  let source: String
  let document: XMLDocument
  let diagnostics: [Diagnostic]

  init(_ graph: Graph, layout engine: LayoutEngine = .dot) throws {
    let rendered = try graph.render(.svg, layout: engine)
    source = String(decoding: rendered.data, as: UTF8.self)
    document = try XMLDocument(data: rendered.data, options: [])
    diagnostics = rendered.diagnostics
  }

  /// The elements with local name `name`, anywhere.
  func elements(_ name: String) throws -> [XMLNode] {
    try document.nodes(forXPath: "//*[local-name()='\(name)']")
  }

  /// The string values of the elements with local name `name`.
  func strings(of name: String) throws -> [String] {
    try elements(name).map { $0.stringValue ?? "" }
  }

  /// The titles of the groups of `class` (`node`, `edge`, `cluster`).
  func groupTitles(class name: String) throws -> [String] {
    try document.nodes(
      forXPath: "//*[local-name()='g'][@class='\(name)']/*[local-name()='title']"
    ).map { $0.stringValue ?? "" }
  }

  /// The lines of text drawn inside the group whose `<title>` is `title`.
  func textLines(inGroupTitled title: String) throws -> [String] {
    let groups = try elements("g").compactMap { $0 as? XMLElement }.filter { group in
      group.elements(forName: "title").first?.stringValue == title
    }
    return try groups.flatMap { group in
      try group.nodes(forXPath: ".//*[local-name()='text']").map { $0.stringValue ?? "" }
    }
  }
}
