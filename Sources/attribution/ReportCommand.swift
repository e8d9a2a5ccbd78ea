import ArgumentParser
import AttributionAnalysis
import AttributionGraph
import AttributionMap
import AttributionReport
import Foundation
import Graphviz

/// `attribution report CASE -o report.html`: the map, claims, sourcing chains and outlet
/// scorecard in one self-contained HTML file.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write a case's map, claims, sourcing chains and outlet scorecard as one HTML file.",
    discussion: """
      The page is self-contained: the map is inline SVG, the style sheet is inline, and a \
      Content-Security-Policy forbids scripts and loading anything. The same case gives the same \
      bytes. The file is written atomically. Articles that cannot be read are listed in the \
      report and left out (use --strict to fail instead).
      """)

  @Argument(help: "The case folder (articles/ and an optional case.yaml).")
  var caseDirectory: String

  @Option(name: .shortAndLong, help: "The HTML file to write; standard output when omitted.")
  var output: String?

  @Flag(help: "Fail, writing nothing, when any article cannot be read.")
  var strict = false

  @Option(help: "Stop a map layout that takes longer than this many seconds (0: no limit).")
  var timeout: Double = 120

  @Flag(name: .customLong("layout-worker"), help: .hidden)
  var isLayoutWorker = false

  func validate() throws {
    try LayoutWorker.validate(timeout: timeout)
  }

  func run() throws {
    if isLayoutWorker { LayoutWorker.stopWithParent() }
    if timeout > 0, !isLayoutWorker {
      try LayoutWorker.run(
        seconds: timeout, output: output,
        hint: "`attribution map CASE --engine sfdp` shows whether another layout is faster")
      return
    }
    try GraphvizInstallation.verify()
    let aCase = try CaseLoader(strict: strict).load(caseDirectory)
    let (graph, warnings) = AttributionGraphBuilder().assemble(aCase)
    for warning in warnings { Diagnostics.warn(warning.description) }
    let model = CorroborationModel()
    let assessments = model.assess(graph)
    let map = try AttributionMap(graph: graph, assessments: assessments).render(.svg)
    for diagnostic in map.diagnostics { Diagnostics.warn("graphviz: \(diagnostic.message)") }
    let report = CaseReport(case: aCase, graph: graph, model: model, assessments: assessments, svg: map.data)
    try OutputFile(path: output).write(Data(HTMLReport().render(report).utf8))
  }
}
