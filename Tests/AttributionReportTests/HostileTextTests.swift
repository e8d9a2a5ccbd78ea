import AttributionAnalysis
import AttributionDocuments
import AttributionExtraction
import AttributionGraph
import AttributionReport
import Foundation
import Crypto
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Collects the elements and links of a well-formed page.
private final class PageStructure: NSObject, XMLParserDelegate {
  var elements: [String] = []
  var links: [String] = []
  var rels: [String] = []

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    elements.append(name.lowercased())
    for (key, value) in attributes where key.lowercased().hasSuffix("href") {
      links.append(value)
      if name == "a", !value.hasPrefix("#") { rels.append(attributes["rel"] ?? "") }
    }
    for key in attributes.keys where key.lowercased().hasPrefix("on") {
      elements.append("event-handler:\(key)")
    }
  }

  static func parse(_ html: String) -> PageStructure? {
    let structure = PageStructure()
    let parser = XMLParser(data: Data(html.utf8))
    parser.delegate = structure
    return parser.parse() ? structure : nil
  }
}

@Suite("Hostile text cannot break or script the report")
struct HostileTextTests {
  static let hostile = [
    "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "Tom & Jerry's \"News\"",
    "</td></tr></table><h1>injected</h1>", "<!-- comment --> ]]> <![CDATA[ x ]]>",
    "Ctrl\u{0}\u{7}\u{1B}[31m\u{7F}chars", String(repeating: "Verylongname", count: 200),
    "<svg onload=alert(1)>", "javascript:alert(1)",
  ]

  /// A case where every name, claim, sentence, title and URL is hostile.
  static func hostileReport() throws -> String {
    var graph = AttributionGraph(title: "Case <script>alert('title')</script> & co")
    var documents: [Document] = []
    for (index, text) in hostile.enumerated() {
      let document = "doc\(index)"
      let outlet = "outlet \(text)"
      documents.append(
        Document(
          id: document, path: "/cases/case/articles/\(document).txt", text: "Text \(text)\n",
          metadata: ArticleMetadata(
            outlet: outlet, title: "Headline \(text)", date: "2024-10-\(index + 10) \(text)",
            url: index % 2 == 0 ? "javascript:alert(\(index))" : "https://example.com/\(index)?a=1&b=2")))
      let outletID = graph.add(Node(id: "outlet:o\(index)", kind: .outlet, label: outlet))
      let person = graph.add(
        Node(
          id: "person:p\(index)", kind: .person, label: "Person \(text)", role: "role \(text)",
          independenceClass: "party \(text)", anonymous: index % 3 == 0))
      let claim = graph.add(Node(id: "claim:c\(index)", kind: .claim, label: "Claim \(text)"))
      let evidence = ReportFixtures.evidence(document, line: index + 1, outlet: outlet, sentence: "Sentence \(text)")
      graph.add(Edge(kind: .cited, from: outletID, to: person, evidence: [evidence]))
      graph.add(Edge(kind: .said, from: person, to: claim, evidence: [evidence]))
      graph.add(
        Edge(
          kind: .couldNotVerify, from: outletID, to: claim,
          evidence: [ReportFixtures.evidence(document, line: index + 20, outlet: outlet, sourced: false)]))
    }
    graph.add(
      Edge(
        kind: .contradicts, from: "claim:c0", to: "claim:c1",
        figures: ["claim:c0": "<b>8,000</b>", "claim:c1": "10,000 & more"]))
    return try ReportFixtures.html(graph: graph, documents: documents)
  }

  @Test("No script but the report's own, no event handler, no javascript: link; the page is well-formed")
  func cannotScript() throws {
    let html = try Self.hostileReport()
    #expect(ReportFixtures.scripts(in: html) == HTMLReport.inlineScripts)
    #expect(html.lowercased().components(separatedBy: "<script").count - 1 == 2)
    #expect(!html.lowercased().contains("<img"))
    #expect(!html.contains("\u{0}") && !html.contains("\u{1B}") && !html.contains("\u{7F}"))
    let structure = try #require(PageStructure.parse(html), "the report is not well-formed XML")
    #expect(structure.elements.filter { $0 == "script" }.count == 2)
    #expect(!structure.elements.contains("img"))
    #expect(!structure.elements.contains("h1") || structure.elements.filter { $0 == "h1" }.count == 1)
    #expect(structure.elements.filter { $0.hasPrefix("event-handler:") }.isEmpty)
    for link in structure.links {
      #expect(link.hasPrefix("#") || link.hasPrefix("https://"), "\(link)")
    }
    #expect(structure.rels.allSatisfy { $0 == "noopener noreferrer" })
    #expect(structure.links.filter { $0.hasPrefix("https://") }.count == 4)
  }

  @Test("Hostile text shows as text, in the sections it belongs to")
  func showsText() throws {
    let html = try Self.hostileReport()
    #expect(html.contains("<h1>Case &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; co</h1>"))
    #expect(html.contains("Headline &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h1&gt;injected&lt;/h1&gt;"))
    #expect(html.contains("not a web address: javascript:alert(0)"))
    #expect(html.contains("<a href=\"https://example.com/1?a=1&amp;b=2\" rel=\"noopener noreferrer\">"))
    let structure = try #require(PageStructure.parse(html))
    #expect(structure.elements.filter { $0 == "section" }.count == 5)
    // The full map, the overview and a chain map for each claim.
    let claims = html.components(separatedBy: "<li class=\"claim ").count - 1
    #expect(claims > 2)
    #expect(structure.elements.filter { $0 == "svg" }.count == 2 + claims)
    #expect(structure.elements.filter { $0 == "h1" }.count == 1)
  }

  @Test("The page declares a policy that forbids loading anything and runs only its own scripts, pinned by hash")
  func policy() throws {
    let html = try ReportFixtures.html(graph: AttributionGraph(title: "empty"), documents: [], drawsMap: false)
    let hashes = HTMLReport.inlineScripts.map {
      "&#39;sha256-" + Data(SHA256.hash(data: Data($0.utf8))).base64EncodedString() + "&#39;"
    }
    #expect(hashes.count == 2)
    #expect(
      html.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:; script-src \(hashes.joined(separator: " "))\"/>"
      ))
    #expect(ReportFixtures.scripts(in: html) == HTMLReport.inlineScripts)
    #expect(html.contains("The full map was not drawn."))
    #expect(html.contains("No claims were found."))
    #expect(PageStructure.parse(html) != nil)
  }

  @Test("Each script sits in a commented CDATA section it cannot end early, nor end its element")
  func scriptsAreSealed() {
    for script in HTMLReport.inlineScripts {
      #expect(script.hasPrefix("//<![CDATA[\n") && script.hasSuffix("\n//]]>"))
      let inner = script.dropFirst("//<![CDATA[\n".count).dropLast("\n//]]>".count)
      #expect(!inner.contains("]]>"))
      #expect(!inner.lowercased().contains("</script"))
    }
  }

  @Test("Unreadable articles are listed by their path in the case folder, escaped")
  func unreadable() throws {
    let aCase = Case(
      name: "case", directory: URL(fileURLWithPath: "/cases/case"), documents: [],
      problems: [InputError(file: "/cases/case/articles/<b>.txt", line: 1, "the file holds a NUL byte")])
    let report = CaseReport(case: aCase, graph: AttributionGraph(title: "t"), svg: nil)
    #expect(report.unreadable == ["articles/<b>.txt:1: the file holds a NUL byte"])
    let html = HTMLReport().render(report)
    #expect(html.contains("<li><code>articles/&lt;b&gt;.txt:1: the file holds a NUL byte</code></li>"))
    #expect(PageStructure.parse(html) != nil)
  }
}
