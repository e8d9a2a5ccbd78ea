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

  @Flag(help: "Only claims that are not corroborated.")
  var uncorroborated = false

  @Option(name: .customLong("status"), help: "Only claims with this status (\(ClaimStatus.allCases.map(\.rawValue).joined(separator: ", "))); repeatable: claims with any of them.")
  var statuses: [ClaimStatus] = []

  @Option(name: .customLong("outlet"), help: "Only claims stated, checked or denied in articles of this outlet (its name or initials); repeatable.")
  var outlets: [String] = []

  @Option(help: "Only claims with evidence from articles dated on or after this day (YYYY-MM-DD).")
  var since: String?

  @Option(help: "Only claims with evidence from articles dated on or before this day (YYYY-MM-DD).")
  var until: String?

  @Option(help: "Output format.")
  var format: ClaimsFormat = .table

  @Flag(help: "With the table, show each score's derivation and the evidence not counted.")
  var explain = false

  @Option(help: "How statements are matched into claims: semantic (the default) or lexical (words only).")
  var matcher: ClaimMatching = .semantic

  @OptionGroup var timeLimit: TimeLimitOption

  func validate() throws {
    try FocusOptions.validate(since: since, until: until)
  }

  func run() throws {
    let graph = try CaseLoader(strict: false).graph(caseFolder, matching: matcher)
    // Statuses and scores are the whole case's; outlets and dates choose which claims to list.
    let articles = GraphFilter(outlets: Set(outlets), since: since, until: until)
    if !articles.isEmpty {
      FocusOptions.warnOfEmptyFilters(outlets: outlets, since: since, until: until, in: graph)
    }
    let assessments = CorroborationModel().assess(graph).filter { assessment in
      (!uncorroborated || !assessment.isCorroborated)
        && (statuses.isEmpty || !Set(assessment.status).isDisjoint(with: statuses))
        && (articles.isEmpty || graph.edges(to: assessment.id).contains { $0.evidence.contains(where: articles.keeps) })
    }
    try StandardOutput.write(
      format.reporter(explain: explain, graph: graph).report(assessments, title: graph.title), isJSON: format == .json)
  }
}
