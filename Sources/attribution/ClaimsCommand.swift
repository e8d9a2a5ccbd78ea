import ArgumentParser
import AttributionAnalysis
import AttributionGraph

extension ClaimsFormat: ExpressibleByArgument {}
extension ClaimStatus: ExpressibleByArgument {}

/// `attribution claims CASE`: every claim with its corroboration status, score, sources and
/// reason, best supported first.
struct ClaimsCommand: ParsableCommand, TimeLimited {
  static let configuration = CommandConfiguration(
    commandName: "claims",
    abstract: "List a case's claims by corroboration score, with status, sources and reason.",
    discussion: """
      A claim is corroborated when at least two independent parties state it. Statuses: \
      \(ClaimStatus.allCases.map(\.rawValue).joined(separator: ", ")).
      """)

  @Argument(help: "The case folder (articles and case.yaml).")
  var caseFolder: String

  @OptionGroup(title: "Focus and filters (as for map, audit, report and export)")
  var focus: FocusOptions

  @Option(help: "Output format.")
  var format: ClaimsFormat = .table

  @Flag(help: "With the table, show each score's derivation and the evidence not counted.")
  var explain = false

  @Option(help: "How statements are matched into claims: semantic (the default; the encoder up to 3,000 contents), static (the static sentence vectors only, faster) or lexical (words only).")
  var matcher: ClaimMatching = .semantic

  @OptionGroup var extractions: ExtractionsOption

  @OptionGroup var timeLimit: TimeLimitOption

  func run() throws {
    let graph = try extractions.loader(strict: false).graph(caseFolder, matching: matcher)
    // Statuses and scores are the whole case's; the options choose which claims to list.
    let assessments = try focus.select(CorroborationModel().assess(graph), in: graph)
    try StandardOutput.write(
      format.reporter(explain: explain, graph: graph).report(assessments, title: graph.title), isJSON: format == .json)
  }
}
