import ArgumentParser
import AttributionAnalysis
import AttributionGraph

extension ClaimsFormat: ExpressibleByArgument {}
extension ClaimStatus: ExpressibleByArgument {}

/// `attribution claims CASE`: every claim with its corroboration status, score, sources and
/// reason, best supported first.
struct ClaimsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claims",
    abstract: "List a case's claims by corroboration score, with status, sources and reason.",
    discussion: """
      A claim is corroborated when at least two independent parties state it. Statuses: \
      \(ClaimStatus.allCases.map(\.rawValue).joined(separator: ", ")).
      """)

  @Argument(help: "The case folder (articles and case.yaml).")
  var caseFolder: String

  @Flag(help: "Only claims that are not corroborated.")
  var uncorroborated = false

  @Option(help: "Only claims with this status.")
  var status: ClaimStatus?

  @Option(help: "Output format.")
  var format: ClaimsFormat = .table

  @Flag(help: "With the table, show each score's derivation and the evidence not counted.")
  var explain = false

  @Option(help: "How statements are matched into claims: semantic (the default) or lexical (words only).")
  var matcher: ClaimMatching = .semantic

  func run() throws {
    let graph = try CaseLoader(strict: false).graph(caseFolder, matching: matcher)
    let assessments = CorroborationModel().assess(graph).filter { assessment in
      (!uncorroborated || !assessment.isCorroborated)
        && (status.map { assessment.status.contains($0) } ?? true)
    }
    try StandardOutput.write(
      format.reporter(explain: explain).report(assessments, title: graph.title), isJSON: format == .json)
  }
}
