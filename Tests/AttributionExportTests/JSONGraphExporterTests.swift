import AttributionExport
import AttributionGraph
import Foundation
import Testing

@Suite struct JSONGraphExporterTests {
  @Test func claimsCarryTheirJudgement() throws {
    let judgements = [
      "claim:8000-troops": ClaimJudgement(statuses: ["corroborated"], primaryStatus: "corroborated", score: 0.84)
    ]
    let data = try JSONGraphExporter(judgements: judgements).export(SampleGraph.kursk)
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let nodes = try #require(json["nodes"] as? [[String: Any]])
    let claim = try #require(nodes.first { $0["id"] as? String == "claim:8000-troops" })
    #expect(claim["status"] as? [String] == ["corroborated"])
    #expect(claim["primaryStatus"] as? String == "corroborated")
    #expect(claim["score"] as? Double == 0.84)
    #expect(claim["contestedRange"] is NSNull)
    #expect(nodes.filter { $0["score"] != nil }.count == 1)
  }

  @Test func matchesTheGoldenFile() throws {
    try golden.check(try JSONGraphExporter().export(SampleGraph.kursk), against: "kursk.json")
  }

  @Test func isDeterministic() throws {
    let exporter = JSONGraphExporter()
    #expect(try exporter.export(SampleGraph.kursk) == exporter.export(SampleGraph.kursk))
  }

  @Test func carriesTheSchemaVersionAndEveryNodeAndEdge() throws {
    let data = try JSONGraphExporter().export(SampleGraph.kursk)
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(root["schemaVersion"] as? Int == JSONGraphExporter.schemaVersion)
    #expect(root["title"] as? String == "North Korean troops in Kursk")
    let nodes = try #require(root["nodes"] as? [[String: Any]])
    let edges = try #require(root["edges"] as? [[String: Any]])
    #expect(nodes.count == SampleGraph.kursk.nodes.count)
    #expect(edges.count == SampleGraph.kursk.edges.count)
    let blinken = try #require(nodes.first { $0["id"] as? String == "person:antony-blinken" })
    #expect(blinken["independenceClass"] is NSNull)
    #expect(blinken["role"] as? String == "US Secretary of State")
    let said = try #require(
      edges.first { $0["id"] as? String == "person:andrii-kovalenko-said-claim:troops-under-fire" })
    let evidence = try #require((said["evidence"] as? [[String: Any]])?.first)
    #expect(evidence["cue"] as? String == "said")
    #expect(evidence["cueSpans"] as? [[Int]] == [[195, 199]])
    #expect(evidence["sentenceSpan"] as? [Int] == [100, 256])
    #expect(evidence["line"] as? Int == 12)
  }

  @Test func keepsHostileTextExactly() throws {
    let data = try JSONGraphExporter().export(SampleGraph.hostileGraph)
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(root["title"] as? String == SampleGraph.hostile)
    let nodes = try #require(root["nodes"] as? [[String: Any]])
    #expect(nodes.first?["label"] as? String == SampleGraph.hostile)
    #expect(nodes.first?["id"] as? String == "person:\(SampleGraph.hostile)")
    let edges = try #require(root["edges"] as? [[String: Any]])
    let evidence = try #require((edges.first?["evidence"] as? [[String: Any]])?.first)
    #expect(evidence["sentence"] as? String == SampleGraph.hostile)
  }
}
