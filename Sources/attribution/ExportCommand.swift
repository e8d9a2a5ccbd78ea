import ArgumentParser
import AttributionAnalysis
import AttributionExport

/// `attribution export`: writes a case's attribution graph as JSON, GraphML or PROV-O JSON-LD.
struct ExportCommand: ParsableCommand, TimeLimited {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export a case's attribution graph as JSON, GraphML or W3C PROV-O (JSON-LD).",
    discussion: """
      The format comes from --format, else from the output file's extension (.json, .graphml, \
      .jsonld), else JSON. A file is written atomically: to a temporary file in the same folder, \
      then renamed. Articles that cannot be read are reported and left out (use --strict to fail \
      instead).
      """)

  @Argument(help: "The case folder (articles/ and an optional case.yaml).")
  var caseDirectory: String

  @Option(help: "The format; by default the output file's extension decides, else json.")
  var format: ExportFormat?

  @Option(name: .shortAndLong, help: "The output file; standard output when omitted.")
  var output: String?

  @Flag(help: "Fail, writing nothing, when any article cannot be read.")
  var strict = false

  @OptionGroup(title: "Focus and filters (as for map, claims, audit and report)")
  var focus: FocusOptions

  /// The format asked for, else the one the output file's extension names.
  private var chosenFormat: ExportFormat? {
    format ?? OutputFile(path: output).pathExtension.flatMap { ExportFormat(fileExtension: $0) }
  }

  @OptionGroup var extractions: ExtractionsOption

  @OptionGroup var timeLimit: TimeLimitOption

  func validate() throws {
    if let output, chosenFormat == nil {
      throw ValidationError(
        "cannot tell the format from '\(output)'; use --format json|graphml|prov or a .json, .graphml or .jsonld file"
      )
    }
  }

  func run() throws {
    let whole = try extractions.loader(strict: strict).graph(caseDirectory)
    // Judgements are the whole case's; the options choose what part of the graph is written.
    let assessments = CorroborationModel().assess(whole)
    let graph = try focus.apply(to: whole, assessments: assessments)
    var judgements: [String: ClaimJudgement] = [:]
    for assessment in assessments {
      judgements[assessment.id] = ClaimJudgement(
        statuses: assessment.status.map(\.rawValue), primaryStatus: assessment.primaryStatus.rawValue,
        score: assessment.score, contestedRange: assessment.contest?.range)
    }
    try OutputFile(path: output).write(try (chosenFormat ?? .json).exporter(judgements: judgements).export(graph))
  }
}

extension ExportFormat: ExpressibleByArgument {}
