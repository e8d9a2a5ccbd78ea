import Foundation
import Graphviz
import Testing

/// Text that Graphviz would not show literally, or that would break SVG.
private let hostileTexts = [
  #"He said "no" and 'maybe'"#,
  #"C:\Users\N \N \G \E \T \H \L \n \l \r \\ end\"#,
  "first line\nsecond line\r\nthird line\rfourth",
  "<script>alert(1)</script>",
  "<b>bold?</b> & &amp; &lt; &#60; &#1; &#x1; &bogus; &",
  "Путин заявил, что «всё в порядке»",
  "대변인은 \"확인할 수 없다\"고 말했다",
  "bell\u{7} escape\u{1B}[31m nul\u{0} del\u{7F} c1\u{85}\u{9B} tab\tend",
  "--> <!-- ]]> <![CDATA[ x",
]

/// What a plain label of `text` must show: one entry per line, control
/// characters removed, tabs as spaces.
private func expectedLines(_ text: String) -> [String] {
  var lines = [""]
  var afterCarriageReturn = false
  for scalar in text.unicodeScalars {
    defer { afterCarriageReturn = scalar == "\r" }
    switch scalar.value {
    case 0x0A where afterCarriageReturn: continue
    case 0x0A, 0x0D, 0x85: lines.append("")
    case 0x09: lines[lines.count - 1] += " "
    case 0x00..<0x20, 0x7F...0x9F: continue
    default: lines[lines.count - 1].unicodeScalars.append(scalar)
    }
  }
  return lines
}

@Suite struct LabelSafetyTests {
  @Test(arguments: hostileTexts)
  func plainLabelIsShownLiterallyInWellFormedSVG(text: String) throws {
    let graph = Graph(
      name: "g",
      nodes: [Node("n", attributes: [.label: .label(.text(text)), .tooltip: .string(text)])],
      edges: [
        Edge(from: "n", to: "m", attributes: [.label: .string(text), .xlabel: .string(text)])
      ])
    let svg = try SVGDocument(graph)
    #expect(try svg.elements("script").isEmpty)
    #expect(try svg.textLines(inGroupTitled: "n") == expectedLines(text))
    #expect(try svg.textLines(inGroupTitled: "n->m") == expectedLines(text) + expectedLines(text))
    let tooltip = try svg.document.nodes(forXPath: "//@*[local-name()='title']")
      .compactMap(\.stringValue)
    #expect(tooltip == [expectedLines(text).joined(separator: "\n")])
  }

  @Test(arguments: hostileTexts)
  func hostileNodeIdentifiersKeepSVGWellFormed(id: String) throws {
    let graph = Graph(name: id, nodes: [Node(id)], edges: [Edge(from: id, to: "other")])
    let svg = try SVGDocument(graph)
    #expect(try svg.elements("script").isEmpty)
    #expect(try svg.groupTitles(class: "node").count == 2)
    #expect(try svg.textLines(inGroupTitled: "other") == ["other"])
    let shown = try svg.groupTitles(class: "node")[0]
    let controlPictures = id.unicodeScalars.map { scalar in
      scalar.value < 0x20 ? String(Unicode.Scalar(0x2400 + scalar.value)!) : String(scalar)
    }
    #expect(shown.unicodeScalars.count == id.unicodeScalars.count)
    if !id.unicodeScalars.contains(where: { (0x7F...0x9F).contains($0.value) }) {
      #expect(shown == controlPictures.joined())
    }
  }

  @Test func leftAndRightAlignedLabelsKeepTheirLines() throws {
    for alignment in TextAlignment.allCases {
      let graph = Graph(
        name: "g",
        nodes: [Node("n", attributes: [.label: .label(.text("a\\b\nc", alignment: alignment))])])
      let svg = try SVGDocument(graph)
      #expect(try svg.textLines(inGroupTitled: "n") == [#"a\b"#, "c"])
    }
  }

  @Test func htmlLabelEscapesItsText() throws {
    let table = HTMLTable(
      rows: [
        HTMLRow([HTMLCell(.bold(["<script>alert('x')</script>"]))]),
        HTMLRow([
          HTMLCell(.font(HTMLFont(face: "Helvetica", color: "gray40", pointSize: 10), ["A & B"])),
          HTMLCell(.italic([#"C:\path \N \\ "quoted""#]), alignment: .left),
        ]),
        HTMLRow([HTMLCell(.text(["Путин", .lineBreak, "대변인\u{1}"]))]),
        HTMLRow([]),
      ],
      border: 0, cellBorder: 1)
    let graph = Graph(
      name: "g", nodes: [Node("n", attributes: [.label: .label(.html(.table(table)))])])
    let dot = try graph.dotSource()
    #expect(dot.contains("&lt;script&gt;alert('x')&lt;/script&gt;"))
    #expect(!dot.contains("<script"))
    let svg = try SVGDocument(graph)
    #expect(try svg.elements("script").isEmpty)
    #expect(
      try svg.textLines(inGroupTitled: "n")
        == ["<script>alert('x')</script>", "A & B", #"C:\path \N \\ "quoted""#, "Путин", "대변인"])
    #expect(svg.diagnostics.isEmpty)
  }

  @Test func htmlTextLabelWithoutTable() throws {
    let label = HTMLLabel.text([.bold(["Reuters"]), " <i>cited</i>"])
    let graph = Graph(name: "g", nodes: [Node("n", attributes: [.label: .label(.html(label))])])
    let svg = try SVGDocument(graph)
    #expect(try svg.textLines(inGroupTitled: "n") == ["Reuters", " <i>cited</i>"])
  }

  /// Graphviz's HTML grammar refuses an element with nothing in it: a name that comes out empty
  /// (an article's source made only of markup, say) must still lay out.
  @Test func htmlLabelsWithEmptyTextLayOut() throws {
    let labels: [HTMLLabel] = [
      .text([.bold([.plain("")])]),
      .text([.italic([]), .underline([.plain("")])]),
      .text([.font(HTMLFont(color: "gray40"), [.bold([])])]),
      .text([]),
      .text([.bold([.plain("")]), .lineBreak, .plain("unnamed outlet")]),
    ]
    for (index, label) in labels.enumerated() {
      let graph = Graph(name: "g", nodes: [Node("n\(index)", attributes: [.label: .label(.html(label))])])
      let svg = try SVGDocument(graph)
      #expect(try svg.groupTitles(class: "node") == ["n\(index)"])
    }
  }

  @Test func htmlAndPlainLabelsWithTheSameTextStayApart() throws {
    let graph = Graph(
      name: "g",
      nodes: [
        Node("html", attributes: [.label: .label(.html(.text([#"a\\b"#])))]),
        Node("plain", attributes: [.label: #"a\b"#]),
      ])
    let svg = try SVGDocument(graph)
    #expect(try svg.textLines(inGroupTitled: "html") == [#"a\\b"#])
    #expect(try svg.textLines(inGroupTitled: "plain") == [#"a\b"#])
  }

  @Test func htmlAttributeValuesCannotInjectMarkup() {
    let font = HTMLFont(face: #"Times" onload="alert(1)"#)
    let graph = Graph(
      name: "g",
      nodes: [Node("n", attributes: [.label: .label(.html(.text([.font(font, ["x"])])))])])
    #expect(throws: GraphvizError.self) { try graph.render(.svg) }
  }
}
