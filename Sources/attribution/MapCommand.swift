import ArgumentParser
import AttributionAnalysis
import AttributionGraph
import AttributionMap
import Foundation
import Graphviz

/// `attribution map`: renders a case's attribution map through Graphviz.
struct MapCommand: ParsableCommand, TimeLimited {
  static let configuration = CommandConfiguration(
    commandName: "map",
    abstract: "Render a case's attribution map (SVG, DOT, PNG, PDF, JSON) through Graphviz.",
    discussion: """
      The format comes from --format, else from the output file's extension, else SVG. \
      DOT output is the graph before layout and is byte-for-byte reproducible. \
      Without --engine, graphs of up to \(AttributionMap.dotNodeLimit) nodes with at most \
      \(AttributionMap.dotExtraEdgeLimit) edges beyond a tree are laid out with dot, others with sfdp.

      Articles that cannot be read are reported and left out (use --strict to fail instead).
      """)

  @Argument(help: "The case folder (articles/ and an optional case.yaml).")
  var caseDirectory: String

  @Option(name: .shortAndLong, help: "The output file; standard output when omitted.")
  var output: String?

  @Option(help: "svg, dot, png, pdf, json, or another format the installed Graphviz offers.")
  var format: String?

  @Option(help: "Layout engine: dot, neato, fdp, sfdp, circo or twopi.")
  var engine: String?

  @OptionGroup(title: "Focus and filters (as for claims, audit, report and export)")
  var focus: FocusOptions

  @Flag(help: "Leave out the legend.")
  var noLegend = false

  @Flag(help: "Fail, writing nothing, when any article cannot be read.")
  var strict = false

  @Option(help: "Stop a layout that takes longer than this many seconds (0: no limit).")
  var timeout: Double = 120

  @Flag(name: .customLong("layout-worker"), help: .hidden)
  var isLayoutWorker = false

  @OptionGroup var extractions: ExtractionsOption

  @OptionGroup var timeLimit: TimeLimitOption

  func validate() throws {
    try LayoutWorker.validate(timeout: timeout)
  }

  func run() throws {
    if isLayoutWorker { LayoutWorker.stopWithParent() }
    let file = OutputFile(path: output)
    let format = OutputFormat(rawValue: (format ?? file.pathExtension ?? "svg").lowercased())
    if format != .dot, timeout > 0, !isLayoutWorker {
      try LayoutWorker.run(seconds: timeout, output: output)
      return
    }
    try GraphvizInstallation.verify()
    let whole = try extractions.loader(strict: strict).graph(caseDirectory)
    let assessments = CorroborationModel().assess(whole)
    let map = AttributionMap(
      graph: try focus.apply(to: whole, assessments: assessments), assessments: assessments,
      showsLegend: !noLegend)
    let chosen = engine.map { LayoutEngine(rawValue: $0) } ?? map.defaultEngine
    StageProgress.step("laying out the map of \(map.graph.nodes.count) nodes with \(chosen.rawValue)")
    if isLayoutWorker { LayoutWorker.announce(engine: chosen.rawValue, nodes: map.graph.nodes.count) }
    let rendered = try map.render(format, engine: chosen)
    StageProgress.clear()
    for diagnostic in rendered.diagnostics { Diagnostics.warn("graphviz: \(diagnostic.message)") }
    try file.write(rendered.data)
  }
}
