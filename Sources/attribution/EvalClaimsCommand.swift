import ArgumentParser
import AttributionAnalysis
import AttributionEvaluation
import AttributionGraph
import Foundation

/// `attribution eval claims`: builds a case's graph and scores its claim nodes against the
/// case's gold claims.
struct EvalClaimsCommand: ParsableCommand, TimeLimited {
  static let configuration = CommandConfiguration(
    commandName: "claims",
    abstract: "Score a case's claim merging against gold claims (claims-gold.yaml).",
    discussion: """
      Each gold statement is found in its article by its text and matched to the extracted \
      statement whose content overlaps it. Prints B-cubed precision, recall and F1 over the \
      matched statements, statement recall, claim nodes per gold claim, rival figures joined by \
      'contradicts' and contradicts edges between claims that are not rivals, and the worst \
      splits and wrong merges. When the gold file carries a rubric (expected statuses, sources \
      and parties, opinion), also scores statuses, corroborated precision, sources, the \
      independence of sources and opinion marking.
      """)

  @Argument(help: "The case folder (articles and case.yaml).", completion: .directory)
  var caseFolder: String

  @Option(help: ArgumentHelp("The gold file (default: CASE/claims-gold.yaml).", valueName: "file"))
  var gold: String?

  @Option(help: "Output format.")
  var format: Format = .table

  @Option(help: "How statements are matched into claims: semantic (the default), static (the static sentence vectors only) or lexical (the baseline).")
  var matcher: ClaimMatching = .semantic

  @Flag(help: "Fail when an article cannot be read, instead of leaving it out.")
  var strict = false

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json
  }

  @OptionGroup var extractions: ExtractionsOption

  @OptionGroup var timeLimit: TimeLimitOption

  func run() throws {
    let loader = try extractions.loader(strict: strict)
    let aCase = try loader.load(caseFolder)
    let goldURL = gold.map { URL(fileURLWithPath: $0) }
      ?? aCase.directory.appendingPathComponent("claims-gold.yaml")
    let goldClaims = try ClaimGold.read(goldURL)
    let graph = try loader.assemble(aCase, matching: matcher)
    let report = try ClaimScoring.score(
      graph: graph, documents: aCase.documents, gold: goldClaims, goldPath: goldURL.path)
    let hasRubric = goldClaims.claims.contains { $0.status != nil }
      || goldClaims.claims.contains { $0.statements.contains { $0.source != nil } }
    let rubric = try hasRubric
      ? RubricScoring.score(
        graph: graph, assessments: CorroborationModel().assess(graph), documents: aCase.documents, gold: goldClaims,
        goldPath: goldURL.path)
      : nil
    switch format {
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let json = try encoder.encode(Output(claims: report, rubric: rubric))
      try StandardOutput.write(String(decoding: json, as: UTF8.self) + "\n", isJSON: true)
    case .table:
      var text = Self.table(report, graph: graph, matcher: matcher)
      if let rubric { text += "\n\n" + Self.table(rubric, graph: graph) }
      try StandardOutput.write(text + "\n", isJSON: false)
    }
  }

  /// The JSON output: the claim-merging scores, with the rubric's when the gold file has one.
  struct Output: Encodable {
    var claims: ClaimEvaluationReport
    var rubric: RubricReport?

    func encode(to encoder: Encoder) throws {
      try claims.encode(to: encoder)
      var container = encoder.container(keyedBy: Key.self)
      try container.encodeIfPresent(rubric, forKey: .rubric)
    }

    enum Key: String, CodingKey { case rubric }
  }

  static func table(_ rubric: RubricReport, graph: AttributionGraph) -> String {
    func ratio(_ part: Int, _ whole: Int) -> String {
      whole == 0 ? "–" : String(format: "%.3f  (%d of %d)", Double(part) / Double(whole), part, whole)
    }
    let opinionPrecision = ratio(rubric.opinionBoth, rubric.opinionMarked)
    let opinionRecall = ratio(rubric.opinionBoth, rubric.opinionExpected)
    var lines = [
      "Rubric",
      "",
      "statuses right              \(ratio(rubric.statusesRight, rubric.statusesScored))",
      "corroborated precision      \(ratio(rubric.corroboratedRight, rubric.corroboratedShown))",
      "corroborated recall         \(ratio(rubric.corroboratedFound, rubric.corroboratedExpected))",
      "sources right               \(ratio(rubric.sourcesRight, rubric.sourcesScored))",
      "independence right          \(ratio(rubric.independenceRight, rubric.independencePairs))  false independence: \(rubric.falseIndependence)",
      "opinion precision           \(opinionPrecision)",
      "opinion recall              \(opinionRecall)",
    ]
    if !rubric.statusConfusion.isEmpty {
      lines += ["", "Statuses (expected: shown):"]
      for (expected, shown) in rubric.statusConfusion.sorted(by: { $0.key < $1.key }) {
        let counts = shown.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) \($0.value)" }
        lines.append("  \(expected): \(counts.joined(separator: ", "))")
      }
    }
    if !rubric.wrongStatuses.isEmpty {
      lines += ["", "Wrong statuses (gold claim: expected, shown):"]
      lines += rubric.wrongStatuses.map {
        "  \(TerminalText.inert($0.goldClaim)): \($0.expected), shown \($0.shown)"
      }
    }
    if !rubric.wrongSources.isEmpty {
      lines += ["", "Wrong sources (article: statement — expected / found):"]
      lines += rubric.wrongSources.map {
        let text = $0.text.count > 50 ? String($0.text.prefix(49)) + "…" : $0.text
        return "  \(TerminalText.inert($0.article)): \(TerminalText.inert(text)) — \(TerminalText.inert($0.expected)) / \(TerminalText.inert($0.found))"
      }
    }
    return lines.joined(separator: "\n")
  }

  static func table(_ report: ClaimEvaluationReport, graph: AttributionGraph, matcher: ClaimMatching) -> String {
    func number(_ value: Double) -> String { String(format: "%.3f", value) }
    var lines = [
      "Claim merging (\(matcher.rawValue)): \(report.goldStatements) gold statements in \(report.goldClaims) gold claims",
      "",
      "B-cubed precision   \(number(report.precision))",
      "B-cubed recall      \(number(report.recall))",
      "B-cubed F1          \(number(report.f1))",
      "statement recall    \(number(report.statementRecall))  (\(report.matchedStatements) of \(report.goldStatements) found by extraction)",
      "claim nodes per gold claim  \(String(format: "%.2f", report.claimNodesPerGoldClaim))  (over \(report.multiStatementClaims) claims with 2+ statements)",
      "rival figures joined        \(report.rivalPairsJoined) of \(report.rivalPairs)",
      "contradicts, not rivals     \(report.wrongContradictions) of \(report.contradictionsScored)",
    ]
    func label(_ id: String) -> String {
      let text = graph.node(id)?.label ?? id
      return TerminalText.inert(text.count > 90 ? String(text.prefix(89)) + "…" : text)
    }
    if !report.worstSplits.isEmpty {
      lines += ["", "Worst splits (gold claim: the claim nodes it is spread over):"]
      for split in report.worstSplits {
        lines.append("  \(TerminalText.inert(split.goldClaim)): \(split.claimNodes.count) nodes")
        lines += split.claimNodes.map { "    - \(label($0))" }
      }
    }
    if !report.wrongMerges.isEmpty {
      lines += ["", "Wrong merges (claim node: the gold claims it mixes):"]
      for merge in report.wrongMerges {
        lines.append("  \(label(merge.claimNode))")
        lines.append("    gold: \(merge.goldClaims.map(TerminalText.inert).joined(separator: ", "))")
      }
    }
    return lines.joined(separator: "\n")
  }
}

extension ClaimMatching: ExpressibleByArgument {}
