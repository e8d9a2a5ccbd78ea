import ArgumentParser
import AttributionAnalysis
import AttributionGraph
import AttributionMap
import AttributionReport
import Foundation
import Graphviz

/// `attribution report CASE -o report.html`: the map, claims, sourcing chains and outlet
/// scorecard in one self-contained HTML file.
struct ReportCommand: ParsableCommand, TimeLimited {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write a case's map, claims, sourcing chains and outlet scorecard as one HTML file.",
    discussion: """
      The page is self-contained: the maps are inline SVG (pan and zoom them), the claims can be \
      filtered by status, outlet, date and kind of source, and searched; each claim opens on its \
      own chain map and the sentences its chains were read from. The style sheet and the two \
      scripts are inline, and a Content-Security-Policy forbids loading anything and running any \
      other script. The same case gives the same bytes. The file is written atomically. Articles that cannot be read are listed in the \
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

  @OptionGroup(title: "Focus and filters (as for map, claims, audit and export): the claims the report shows")
  var focus: FocusOptions

  @Flag(name: .customLong("layout-worker"), help: .hidden)
  var isLayoutWorker = false

  @OptionGroup var extractions: ExtractionsOption

  @OptionGroup var timeLimit: TimeLimitOption

  func validate() throws {
    try LayoutWorker.validate(timeout: timeout)
  }

  func run() throws {
    if isLayoutWorker { LayoutWorker.stopWithParent() }
    if timeout > 0, !isLayoutWorker {
      do {
        try LayoutWorker.run(seconds: timeout, output: output)
      } catch let timedOut as LayoutTimedOut {
        // The map costs the user the full map, never the claims, chains, overview and chain
        // maps: the report is written without it, saying why.
        let note = "The full map could not be laid out: \(timedOut.what). The overview and each "
          + "claim's chain map are drawn. To draw the full map apart, \(timedOut.suggestion) "
          + "(`attribution map CASE`)."
        Diagnostics.warn("\(timedOut.what); the report is written without the full map")
        try write(mapNote: note)
      }
      return
    }
    try write(mapNote: nil)
  }

  /// Reads the case and writes the report, with the map unless `mapNote` says why there is none.
  private func write(mapNote: String?) throws {
    try GraphvizInstallation.verify()
    let loader = try extractions.loader(strict: strict)
    let aCase = try loader.load(caseDirectory)
    let graph = try loader.assemble(aCase)
    let model = CorroborationModel()
    // Statuses and scores are the whole case's; the options choose the claims shown and the
    // part of the graph the full map draws.
    StageProgress.step("scoring \(graph.nodes(of: .claim).count) claims")
    let all = model.assess(graph)
    let assessments = try focus.select(all, in: graph)
    let shown = try focus.apply(to: graph, assessments: all, warns: false)
    var svg: Data?
    var note = mapNote
    if note == nil, shown.nodes.count > CaseReport.fullMapNodeLimit {
      note = "The full map of \(shown.nodes.count) nodes is not drawn in the report (more than "
        + "\(CaseReport.fullMapNodeLimit)); `attribution map CASE` draws it, and --claim, --status "
        + "or --outlet focus it."
    } else if note == nil {
      let full = AttributionMap(graph: shown, assessments: all)
      StageProgress.step("laying out the full map of \(shown.nodes.count) nodes with \(full.defaultEngine.rawValue)")
      if isLayoutWorker { LayoutWorker.announce(engine: full.defaultEngine.rawValue, nodes: shown.nodes.count) }
      let map = try full.render(.svg)
      for diagnostic in map.diagnostics { Diagnostics.warn("graphviz: \(diagnostic.message)") }
      svg = map.data
    }
    var report = CaseReport(case: aCase, graph: graph, model: model, assessments: assessments, svg: svg)
    report.mapNote = note
    StageProgress.step("auditing the chains and drawing the overview and chain maps")
    try report.drawSmallMaps(graph: graph)
    report.mapIsSmall = shown.nodes.count <= CaseReport.smallMapNodeLimit
    StageProgress.step("writing the report")
    try OutputFile(path: output).write(Data(HTMLReport().render(report).utf8))
    StageProgress.clear()
  }
}
