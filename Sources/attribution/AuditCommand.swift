import ArgumentParser
import AttributionAnalysis
import AttributionGraph
import Foundation

extension AuditFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}

/// `attribution audit CASE`: the sourcing chains of each claim as trees, with findings.
struct AuditCommand: ParsableCommand, TimeLimited {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Show each claim's sourcing chains as trees and report weak sourcing.",
    discussion: """
      Findings: \(FindingKind.allCases.map { "\($0.rawValue) (\($0.severity.rawValue))" }.joined(separator: ", ")).
      With --strict the command exits with status 1 when findings of the given severity or worse \
      exist.
      """)

  @Argument(help: "The case folder (articles and case.yaml).")
  var caseFolder: String

  @OptionGroup(title: "Focus and filters (as for map, claims, report and export)")
  var focus: FocusOptions

  @Option(help: "Output format.")
  var format: AuditFormat = .text

  @Flag(help: "Exit with status 1 when findings of --severity or worse exist.")
  var strict = false

  @Option(help: "With --strict, the least severity that fails (default: warning).")
  var severity: Severity?

  @OptionGroup var extractions: ExtractionsOption

  @OptionGroup var timeLimit: TimeLimitOption

  func validate() throws {
    if severity != nil && !strict {
      throw ValidationError("--severity only applies with --strict")
    }
  }

  func run() throws {
    let loader = try extractions.loader(strict: false)
    let aCase = try loader.load(caseFolder)
    let graph = try loader.assemble(aCase)
    let model = CorroborationModel()
    let assessments = try focus.select(model.assess(graph), in: graph)
    let here = FileManager.default.currentDirectoryPath + "/"
    let documents = aCase.documents.map { document in
      var shown = document
      if shown.path.hasPrefix(here) { shown.path.removeFirst(here.count) }
      return shown
    }
    let report = SourcingAuditor(model: model, documents: documents).audit(graph, assessments: assessments)
    try StandardOutput.write(format.reporter(extraction: graph.extraction).report(report), isJSON: format == .json)
    let threshold = severity ?? .warning
    let failing = report.findings(atLeast: threshold)
    if strict && !failing.isEmpty {
      StandardError.write("audit: \(failing.count) finding(s) of severity \(threshold.rawValue) or worse\n")
      throw ExitCode.failure
    }
  }
}
