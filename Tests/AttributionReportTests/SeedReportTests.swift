import AttributionAnalysis
import AttributionDocuments
import AttributionExtraction
import AttributionGraph
import AttributionMap
import AttributionReport
import Foundation
import Testing

@Suite("The seed case's report")
struct SeedReportTests {
  static func seedReport() throws -> (report: CaseReport, html: String) {
    let aCase = try Case.read(directory: ReportFixtures.seedCase)
    let graph = AttributionGraphBuilder().build(from: aCase)
    let svg = try AttributionMap(graph: graph, assessments: CorroborationModel().assess(graph))
      .render(.svg).data
    var report = CaseReport(case: aCase, graph: graph, svg: svg)
    try report.drawSmallMaps(graph: graph)
    return (report, HTMLReport().render(report))
  }

  @Test("Every section is there, with the case's articles, claims, chains and outlets")
  func sections() throws {
    let (report, html) = try Self.seedReport()
    #expect(html.hasPrefix("<!DOCTYPE html>\n"))
    for id in ["articles", "map", "claims", "audit", "scorecard"] {
      #expect(html.contains("<section id=\"\(id)\">"), "\(id)")
    }
    #expect(html.contains("<h1>North Korean troops in Russia&#39;s Kursk region</h1>"))
    #expect(report.articles.map(\.path).allSatisfy { $0.hasPrefix("articles/") })
    #expect(report.articles.count == 5)
    #expect(!html.contains(ReportFixtures.packageRoot.path))
    #expect(!html.contains("<?xml") && !html.contains("<!DOCTYPE svg"))
    // The overview, the full map and every claim's chain map.
    #expect(report.claimMaps.count == report.claims.count)
    #expect(html.components(separatedBy: "<svg").count - 1 == 2 + report.claims.count)
    let claimRows = html.components(separatedBy: "<details class=\"derivation\"><summary>How the score was derived").count - 1
    #expect(claimRows == report.claims.count)
    #expect(html.components(separatedBy: "<li class=\"claim audit-").count - 1 == report.claims.count)
    #expect(html.contains("articles/000_fc9252da98a64271.txt:"))
    #expect(report.scorecards.map(\.outlet).starts(with: ["Business Insider", "The Hill", "Financial Times"]))
    #expect(report.scorecards.allSatisfy { $0.attributions > 0 })
    #expect(html.contains("<td>Financial Times</td>"))
    #expect(ReportFixtures.scripts(in: html) == HTMLReport.inlineScripts)
  }

  @Test("The same case gives the same bytes")
  func deterministic() throws {
    let first = try Self.seedReport().html
    let second = try Self.seedReport().html
    #expect(first == second)
  }

  @Test("The inline map starts at its <svg> element")
  func inlineSVG() {
    #expect(CaseReport.inlineSVG("<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<!-- x -->\n<svg>\n</svg>\n") == "<svg>\n</svg>")
    #expect(CaseReport.inlineSVG("not svg") == nil)
  }
}

@Suite("A report scores the claims once")
struct ReportScoringTests {
  @Test("assessments handed to the report are the ones it shows and audits, not made again")
  func usesGivenAssessments() throws {
    let aCase = try Case.read(directory: ReportFixtures.seedCase)
    let graph = AttributionGraphBuilder().build(from: aCase)
    var assessments = CorroborationModel().assess(graph)
    let first = try #require(assessments.first)
    assessments[0].reason = "marked by the caller"
    let report = CaseReport(case: aCase, graph: graph, assessments: assessments, svg: nil)
    #expect(report.claims.first?.reason == "marked by the caller")
    #expect(report.claims.count == assessments.count)
    let audited = SourcingAuditor().audit(graph, assessments: Array(assessments.dropFirst()))
    #expect(!audited.claims.contains { $0.claim == first.id })
    #expect(audited.claims.count == assessments.count - 1)
  }
}
