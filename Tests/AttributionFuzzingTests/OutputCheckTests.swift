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
}
