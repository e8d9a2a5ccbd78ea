import AttributionAnalysis
import AttributionDocuments
import AttributionExtraction
import AttributionGraph
import AttributionMap
import AttributionReport
import Foundation

/// Graphs and cases built by hand for the report tests.
enum ReportFixtures {
  /// The scripts in `html`, each as written between its tags.
  static func scripts(in html: String) -> [String] {
    html.components(separatedBy: "<script>").dropFirst().map { $0.components(separatedBy: "</script>")[0] }
  }

  /// The package root, found from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The seed case folder.
  static let seedCase = packageRoot.appendingPathComponent("Graphs/north-korean-troops-kursk")

  /// Evidence from `document` at `line`; `sourced: false` makes it agentless.
  static func evidence(
    _ document: String, line: Int, outlet: String?, sentence: String = "A sentence.",
    sourced: Bool = true
  ) -> Evidence {
    Evidence(
      document: document, outlet: outlet, sentence: sentence,
      sentenceSpan: TextSpan(line * 100, line * 100 + 50),
      source: sourced ? [TextSpan(line * 100, line * 100 + 5)] : [],
      cue: Mention(text: "said", spans: [TextSpan(line * 100 + 6, line * 100 + 10)]),
      content: [TextSpan(line * 100 + 11, line * 100 + 40)], line: line)
  }

  /// The report of `graph` over `documents`, map drawn (with the overview and chain maps), as HTML.
  static func html(
    graph: AttributionGraph, documents: [Document], drawsMap: Bool = true
  ) throws -> String {
    let aCase = Case(
      name: "case", directory: URL(fileURLWithPath: "/cases/case"), documents: documents)
    let svg =
      drawsMap
      ? try AttributionMap(graph: graph, assessments: CorroborationModel().assess(graph))
        .render(.svg).data : nil
    var report = CaseReport(case: aCase, graph: graph, svg: svg)
    if drawsMap { try report.drawSmallMaps(graph: graph) }
    return HTMLReport().render(report)
  }
}
