import AttributionExport
import AttributionGraph
import Foundation
import Testing

@Suite struct PROVExporterTests {
  /// The `@graph` of the PROV export of `graph`, keyed by `@id`, and the `@context`.
  private func export(_ graph: AttributionGraph) throws -> (
    context: [String: Any], resources: [String: [String: Any]]
  ) {
    let data = try PROVExporter().export(graph)
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let context = try #require(root["@context"] as? [String: Any])
    let items = try #require(root["@graph"] as? [[String: Any]])
    var resources: [String: [String: Any]] = [:]
    for item in items {
      let id = try #require(item["@id"] as? String)
      #expect(resources[id] == nil, "\(id) appears twice")
      resources[id] = item
    }
    return (context, resources)
  }

  private func ids(_ value: Any?) -> [String] {
    if let one = value as? [String: Any] { return [one["@id"] as? String ?? ""] }
    return (value as? [[String: Any]] ?? []).map { $0["@id"] as? String ?? "" }
  }

  @Test func declaresItsNamespaces() throws {
    let (context, _) = try export(SampleGraph.kursk)
    #expect(context["prov"] as? String == "http://www.w3.org/ns/prov#")
    #expect(context["xsd"] as? String == "http://www.w3.org/2001/XMLSchema#")
    #expect(context["ag"] as? String == PROVExporter().vocabulary)
    #expect(context["agr"] as? String == PROVExporter().resources)
  }

  @Test func typesAgentsEntitiesAndChannels() throws {
    let (_, resources) = try export(SampleGraph.kursk)
    let types = { (id: String) in resources[id]?["@type"] as? [String] ?? [] }
    #expect(types("agr:node/person:andrii-kovalenko") == ["prov:Agent", "prov:Person"])
    #expect(types("agr:node/institution:pentagon") == ["prov:Agent", "prov:Organization"])
    #expect(types("agr:node/outlet:financial-times").contains("prov:Organization"))
    #expect(types("agr:node/channel:telegram") == ["ag:Channel"])
    #expect(types("agr:node/claim:8000-troops") == ["prov:Entity", "ag:Claim"])
    #expect(types("agr:article/000_business-insider") == ["prov:Entity", "ag:Article"])
    let claim = try #require(resources["agr:node/claim:8000-troops"])
    #expect(claim["ag:figure"] as? [String] == ["8,000"])
    #expect(ids(claim["ag:contradicts"]) == ["agr:node/claim:10000-troops"])
  }

  @Test func followsTheSourcingChainThroughTheRelay() throws {
    let (_, resources) = try export(SampleGraph.kursk)
    let statementID = "agr:statement/person:andrii-kovalenko-said-claim:troops-under-fire"
    let reportID = "agr:report/outlet:the-new-voice-of-ukraine/" + statementID.dropFirst(14)
    let statement = try #require(resources[statementID])
    #expect(ids(statement["prov:wasAttributedTo"]) == ["agr:node/person:andrii-kovalenko"])
    #expect(ids(statement["ag:about"]) == ["agr:node/claim:troops-under-fire"])
    #expect(ids(statement["ag:channel"]) == ["agr:node/channel:telegram"])
    #expect(statement["ag:stance"] as? String == "said")

    let report = try #require(resources[reportID])
    #expect(ids(report["prov:wasAttributedTo"]) == ["agr:node/outlet:the-new-voice-of-ukraine"])
    #expect(ids(report["prov:wasQuotedFrom"]) == [statementID])
    #expect(ids(report["prov:hadPrimarySource"]) == [statementID])

    let article = try #require(resources["agr:article/000_business-insider"])
    #expect(ids(article["prov:wasAttributedTo"]) == ["agr:node/outlet:business-insider"])
    #expect(article["ag:outletName"] as? String == "Business Insider")
    #expect(
      article["ag:url"] as? String == "https://www.businessinsider.com/north-korean-troops-kursk")
    #expect(article["ag:date"] as? String == "2024-10-29")
    #expect(ids(article["prov:wasQuotedFrom"]).contains(reportID))
    #expect(!ids(article["prov:wasQuotedFrom"]).contains(statementID))
    #expect(ids(article["prov:hadPrimarySource"]).contains(statementID))
    let quotations = try #require(article["prov:qualifiedQuotation"] as? [[String: Any]])
    let quotation = try #require(quotations.first { ids($0["prov:entity"]) == [reportID] })
    #expect(quotation["@type"] as? String == "prov:Quotation")
    #expect(ids(quotation["prov:agent"]) == ["agr:node/outlet:the-new-voice-of-ukraine"])
    #expect(quotation["ag:cue"] as? String == "said")
    #expect(quotation["ag:cueStart"] as? Int == 195)
    #expect(quotation["ag:cueEnd"] as? Int == 199)
    #expect(quotation["ag:line"] as? Int == 12)
    #expect(
      quotation["ag:content"] as? String
        == "The first North Korean troops have already come under fire in Kursk Oblast")
  }

  @Test func quotesDirectSourcesWithoutAReport() throws {
    let (_, resources) = try export(SampleGraph.kursk)
    let article = try #require(resources["agr:article/002_financial-times"])
    let official = "agr:statement/person:unnamed-ukrainian-intelligence-official-confirmed-claim:troops-under-fire"
    #expect(ids(article["prov:wasQuotedFrom"]).contains(official))
    let quotations = try #require(article["prov:qualifiedQuotation"] as? [[String: Any]])
    let quotation = try #require(quotations.first { ids($0["prov:entity"]) == [official] })
    #expect(ids(quotation["prov:agent"]) == ["agr:node/person:unnamed-ukrainian-intelligence-official"])
    let agent = try #require(resources["agr:node/person:unnamed-ukrainian-intelligence-official"])
    #expect(agent["ag:anonymous"] as? Bool == true)
  }

  @Test func anAgentlessStatementIsTheOutletsOwn() throws {
    let (_, resources) = try export(SampleGraph.kursk)
    let own = "agr:statement/outlet:business-insider-couldNotVerify-claim:troops-under-fire"
    let statement = try #require(resources[own])
    #expect(ids(statement["prov:wasAttributedTo"]) == ["agr:node/outlet:business-insider"])
    #expect(ids(statement["ag:reportedIn"]) == ["agr:article/000_business-insider"])
    let article = try #require(resources["agr:article/000_business-insider"])
    #expect(!ids(article["prov:wasQuotedFrom"]).contains(own))
  }

  @Test func hostileTextStaysValidJSONAndIRIsStayPercentEncoded() throws {
    let (_, resources) = try export(SampleGraph.hostileGraph)
    for id in resources.keys {
      #expect(id.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 && $0 != "\"" })
    }
    let claim = try #require(resources["agr:node/claim:%3C%26%3E"])
    #expect(claim["prov:value"] as? String == SampleGraph.hostile)
  }

  @Test func isDeterministic() throws {
    #expect(try PROVExporter().export(SampleGraph.kursk) == PROVExporter().export(SampleGraph.kursk))
  }
}
