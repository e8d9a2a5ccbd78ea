import Foundation
import Graphviz
import Testing

@testable import AttributionFuzzing

/// The checks the output fuzz targets apply, shown to catch what they are for: a check that
/// passed everything would make those targets prove nothing.
@Suite("Output checks of the fuzz targets")
struct OutputCheckTests {
  @Test(
    "Active markup is caught",
    arguments: [
      "<html><body><script>alert(1)</script></body></html>",
      "<html><body><img src=\"x\" onerror=\"alert(1)\"/></body></html>",
      "<html><body><a href=\" JaVa\tScript:alert(1)\">x</a></body></html>",
      "<html><body><iframe src=\"https://example.com\"></iframe></body></html>",
      "<html><body><input type=\"text\"/></body></html>",
      "<html><head><meta http-equiv=\"refresh\" content=\"0;url=https://example.com\"/></head></html>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><a xlink:href=\"data:text/html,x\"><text>x</text></a></svg>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>",
    ])
  func activeMarkup(_ markup: String) {
    #expect(MarkupCheck.problem(in: Data(markup.utf8), xml: false) != nil)
  }

  @Test("Inert markup passes, and XML must be well-formed")
  func inertMarkup() {
    let inert = "<html><body><p class=\"x\">&lt;script&gt; onload=1</p><a href=\"https://example.com/?q=javascript:\">x</a><input type=\"checkbox\" id=\"t\"/></body></html>"
    #expect(MarkupCheck.problem(in: Data(inert.utf8), xml: false) == nil)
    #expect(MarkupCheck.problem(in: Data(inert.utf8), xml: true) == nil)
    #expect(MarkupCheck.problem(in: Data("<p>a &nbsp; b</p>".utf8), xml: true) == "not well-formed XML")
    #expect(MarkupCheck.problem(in: Data("<p>a <b>b</p>".utf8), xml: true) == "not well-formed XML")
  }

  @Test("Only the report's own scripts pass, as written and parsed either way")
  func ownScripts() {
    let own = "//<![CDATA[\nif (a < b && c) { run(); }\n//]]>"
    let page = { (script: String) in "<html><body><p>x</p><script>\(script)</script></body></html>" }
    for xml in [false, true] {
      #expect(MarkupCheck.problem(in: Data(page(own).utf8), xml: xml, scripts: [own]) == nil)
      #expect(MarkupCheck.problem(in: Data(page(own).utf8), xml: xml) != nil)
      let other = "//<![CDATA[\nif (a < b && c) { steal(); }\n//]]>"
      #expect(MarkupCheck.problem(in: Data(page(other).utf8), xml: xml, scripts: [own]) != nil)
      let loaded = "<html><body><script src=\"https://example.com/x.js\">\(own)</script></body></html>"
      #expect(MarkupCheck.problem(in: Data(loaded.utf8), xml: xml, scripts: [own]) != nil)
    }
  }

  @Test("Graphviz draws escaped labels as given, and the check reads what Graphviz drew")
  func labelRoundTrip() throws {
    for text in ["\\N and \\n and \\l", "<b>&amp;</b> \"q\"", "one\r\ntwo\tthree\u{1}", "\"]; x -> y; {"] {
      #expect(LabelRoundTrip.problem(with: text) == nil, "\(text)")
    }
    // What is compared is Graphviz's own drawing: a node without a label draws its name (the
    // default label \N, expanded by Graphviz), a label's lines one text operation each.
    let graph = Graph(
      name: "drawn", nodes: [Node("unlabelled"), Node("two", attributes: [.label: .label(.text("first\nsecond"))])])
    let nodes = try LabelRoundTrip.laidOutNodes(graph)
    #expect(nodes.map(LabelRoundTrip.drawnLines) == [["unlabelled"], ["first", "second"]])
    #expect(LabelRoundTrip.expectedLines("a\r\n\r\nb\u{2028}c\t\u{85}") == ["a", "b", "c "])
  }

  @Test("Lines Graphviz can lay out are checked whole; wider ones are refused by Graphviz with an error, not a crash")
  func labelWidth() throws {
    let wide = String(repeating: "\u{4E00}", count: LabelRoundTrip.longestLine)
    #expect(LabelRoundTrip.fitsLayout(wide + "\n" + wide))
    #expect(LabelRoundTrip.problem(with: wide + "\n" + String(repeating: "&", count: LabelRoundTrip.longestLine)) == nil)
    let tooWide = String(repeating: "&", count: 4_000)
    #expect(!LabelRoundTrip.fitsLayout(tooWide))
    // Graphviz 2.43 refuses this one ("Edge length … larger than maximum 65535 allowed"):
    // an error the caller reads, never a crash or a half-drawn label.
    let problem = LabelRoundTrip.problem(with: tooWide)
    #expect(problem == nil || problem!.hasPrefix("Graphviz refused the graph"), "\(problem?.prefix(200) ?? "")")
  }
}
