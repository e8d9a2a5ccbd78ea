@testable import AttributionExport
import AttributionGraph
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct GraphMLExporterTests {
  @Test func matchesTheGoldenFile() throws {
    try golden.check(try GraphMLExporter().export(SampleGraph.kursk), against: "kursk.graphml")
  }

  @Test func parsesBackWithEveryNodeEdgeAndTypedKey() throws {
    let parsed = try ParsedGraphML(try GraphMLExporter().export(SampleGraph.kursk))
    #expect(parsed.nodes.count == SampleGraph.kursk.nodes.count)
    #expect(parsed.edges.count == SampleGraph.kursk.edges.count)
    #expect(parsed.keyTypes["n_anonymous"] == "boolean")
    #expect(parsed.keyTypes["e_evidenceCount"] == "int")
    let official = try #require(
      parsed.nodes.first { $0.id == "person:unnamed-ukrainian-intelligence-official" })
    #expect(official.data["n_anonymous"] == "true")
    #expect(official.data["n_independenceClass"] == "Ukraine")
    let contradiction = try #require(parsed.edges.first { $0.data["e_kind"] == "contradicts" })
    #expect(contradiction.data["e_figures"] == "claim:10000-troops=10,000; claim:8000-troops=8,000")
    #expect(contradiction.data["e_evidenceCount"] == "0")
    let said = try #require(
      parsed.edges.first { $0.id == "person:andrii-kovalenko-said-claim:troops-under-fire" })
    #expect(said.source == "person:andrii-kovalenko")
    #expect(said.data["e_firstSentence"] == SampleGraph.kovalenkoSentence)
    #expect(said.data["e_firstLine"] == "12")
  }

  @Test func claimsCarryTheirJudgementAndEdgesTheirDates() throws {
    let judgements = [
      "claim:8000-troops": ClaimJudgement(
        statuses: ["single-source", "contested"], primaryStatus: "single-source", score: 0.51, contestedRange: "8,000–10,000")
    ]
    let parsed = try ParsedGraphML(try GraphMLExporter(judgements: judgements).export(SampleGraph.kursk))
    #expect(parsed.keyTypes["n_score"] == "double")
    let claim = try #require(parsed.nodes.first { $0.id == "claim:8000-troops" })
    #expect(claim.data["n_status"] == "single-source; contested")
    #expect(claim.data["n_primaryStatus"] == "single-source")
    #expect(claim.data["n_score"] == "0.51")
    #expect(claim.data["n_contestedRange"] == "8,000–10,000")
    // A claim without a judgement, and other nodes, have none.
    #expect(parsed.nodes.filter { $0.data["n_score"] != nil }.count == 1)
    let said = try #require(parsed.edges.first { $0.id == "person:andrii-kovalenko-said-claim:troops-under-fire" })
    #expect(said.data["e_firstDate"] == "2024-10-29" && said.data["e_lastDate"] == "2024-10-29")
  }

  @Test func hostileTextCannotBreakTheXML() throws {
    let parsed = try ParsedGraphML(try GraphMLExporter().export(SampleGraph.hostileGraph))
    #expect(parsed.graphData["g_title"] == SampleGraph.hostileInXML)
    let person = try #require(parsed.nodes.first)
    #expect(person.id == "person:\(SampleGraph.hostileInXML)")
    #expect(person.data["n_label"] == SampleGraph.hostileInXML)
    #expect(person.data["n_url"] == SampleGraph.hostileInXML)
    #expect(parsed.nodes.count == 3)
    #expect(parsed.edges.count == 3)
    let said = try #require(parsed.edges.first { $0.data["e_kind"] == "said" })
    #expect(said.source == "person:\(SampleGraph.hostileInXML)")
    #expect(said.target == "claim:<&>")
    #expect(said.data["e_firstSentence"] == SampleGraph.hostileInXML)
  }

  @Test func escapingDropsWhatXMLForbidsAndKeepsWhitespace() {
    #expect(XMLText.escaped("a\u{0}b\u{8}c\u{FFFE}") == "abc")
    #expect(XMLText.escaped("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;")
    #expect(XMLText.escaped("\t\n\r") == "&#9;&#10;&#13;")
    #expect(XMLText.escaped("Zelenskyy 🇺🇦") == "Zelenskyy 🇺🇦")
  }
}

/// The nodes, edges and keys of a GraphML document, read with Foundation's XMLParser.
private struct ParsedGraphML {
  struct Element {
    var id = ""
    var source = ""
    var target = ""
    var data: [String: String] = [:]
  }

  var keyTypes: [String: String] = [:]
  var graphData: [String: String] = [:]
  var nodes: [Element] = []
  var edges: [Element] = []

  init() {}

  init(_ data: Data) throws {
    let delegate = Delegate()
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    guard parser.parse() else {
      throw parser.parserError ?? CocoaError(.coderReadCorrupt)
    }
    self = delegate.result
  }

  private final class Delegate: NSObject, XMLParserDelegate {
    var result = ParsedGraphML()
    private var current: Element?
    private var dataKey: String?
    private var text = ""

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      switch name {
      case "key": result.keyTypes[attributes["id"] ?? ""] = attributes["attr.type"]
      case "node", "edge":
        current = Element(
          id: attributes["id"] ?? "", source: attributes["source"] ?? "",
          target: attributes["target"] ?? "")
      case "data":
        dataKey = attributes["key"]
        text = ""
      default: break
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if dataKey != nil { text += string }
    }

    func parser(
      _ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      switch name {
      case "data":
        if let key = dataKey {
          if current != nil { current?.data[key] = text } else { result.graphData[key] = text }
        }
        dataKey = nil
      case "node":
        if let current { result.nodes.append(current) }
        current = nil
      case "edge":
        if let current { result.edges.append(current) }
        current = nil
      default: break
      }
    }
  }
}
