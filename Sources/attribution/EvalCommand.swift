import ArgumentParser
import AttributionEvaluation
import AttributionExtraction
import Foundation

/// `attribution eval`: scores the extractor (`extraction`, the default) or claim merging
/// (`claims`) against hand-made gold.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Score extraction against a BRAT-annotated corpus, or claim merging against gold claims.",
    subcommands: [EvalExtractionCommand.self, EvalClaimsCommand.self],
    defaultSubcommand: EvalExtractionCommand.self)
}

/// `attribution eval [extraction]`: runs the extractor over a BRAT-annotated corpus split and
/// scores it.
struct EvalExtractionCommand: ParsableCommand, TimeLimited {
  static let configuration = CommandConfiguration(
    commandName: "extraction",
    abstract: "Score the attribution extractor against a BRAT-annotated corpus split.",
    discussion: """
      The folder holds text/NAME.txt and attributions/NAME_ANNOTATOR.ann (as PolNeAR's train/ \
      and dev/ do). Source, cue, content and whole attributions are scored under exact span \
      match and partial match (token Jaccard >= 0.5), one-to-one, micro-averaged.
      """)

  @Argument(
    help: ArgumentHelp(
      "A corpus split folder with text/ and attributions/.", valueName: "corpus-dir"),
    completion: .directory)
  var corpusDirectory: String

  /// The report's form, as every command that prints a report takes it.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
  }

  @Option(help: "table, or json (with a schemaVersion field).")
  var format: Format = .table

  /// `--json`, the older spelling of `--format json`, still accepted.
  @Flag(help: .hidden)
  var json = false

  private var asJSON: Bool { json || format == .json }

  @Option(help: ArgumentHelp("Score only the first N texts, in name order.", valueName: "n"))
  var limit: Int?

  @Option(
    help: ArgumentHelp(
      "Extraction tier to score: fast (the default, the linear taggers) or accurate (the fine-tuned transformer).",
      valueName: "tier"))
  var tier: ExtractionTier = .fast

  @Option(help: ArgumentHelp("Score the accurate tier with this tagger file instead of the shipped one (as Scripts/train-tagger writes it).", valueName: "file"))
  var taggerWeights: String?

  @OptionGroup var timeLimit: TimeLimitOption

  /// Corpora can be large: no limit unless one is given.
  static let defaultTimeLimit: Double = 0

  func validate() throws {
    if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
  }

  func run() throws {
    let corpus = try BratCorpus.read(
      directory: URL(fileURLWithPath: corpusDirectory), limit: limit)
    let extractor: AttributionExtractor
    do {
      if let taggerWeights {
        extractor = try AttributionExtractor(taggerWeights: URL(fileURLWithPath: taggerWeights))
      } else {
        extractor = try AttributionExtractor(tier: tier)
      }
    } catch {
      throw CommandFailure("\(error)")
    }
    var report = AttributionEvaluation.score(corpus: corpus, extractor: extractor)
    report.corpus = corpusDirectory
    try StandardOutput.write(
      (asJSON ? try EvaluationJSON.render(report) : EvaluationTable.render(report)) + "\n", isJSON: asJSON)
  }
}

/// The report as pretty-printed JSON with sorted keys.
private enum EvaluationJSON {
  static func render(_ report: EvaluationReport) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(report), as: UTF8.self)
  }
}

/// The report as a plain-text table: one row per component and matching rule.
private enum EvaluationTable {
  static func render(_ report: EvaluationReport) -> String {
    var lines = [
      "Corpus \(report.corpus): \(report.documents) documents, \(report.goldAttributions) gold attributions"
        + " (\(report.incompleteGoldEvents) incomplete events left out), \(report.predictedAttributions) predicted",
      "Extraction: \(String(format: "%.2f", report.extractionSeconds)) s"
        + (report.extractionSeconds > 0
          ? String(
            format: " (%.1f documents/s, %.0f characters/s)",
            Double(report.documents) / report.extractionSeconds,
            Double(report.characters) / report.extractionSeconds) : ""),
      "",
      row(["component", "match", "gold", "pred", "tp", "fp", "fn", "P", "R", "F1"]),
    ]
    for component in AttributionComponent.allCases {
      let counts = report.scores[component]
      for (rule, match) in [("exact", counts.exact), ("partial", counts.partial)] {
        lines.append(
          row([
            component.rawValue, rule, "\(match.truePositives + match.falseNegatives)",
            "\(match.truePositives + match.falsePositives)", "\(match.truePositives)",
            "\(match.falsePositives)", "\(match.falseNegatives)", percent(match.precision),
            percent(match.recall), percent(match.f1),
          ]))
      }
    }
    return lines.joined(separator: "\n")
  }

  private static let widths = [12, 8, 6, 6, 6, 6, 6, 7, 7, 7]

  private static func row(_ cells: [String]) -> String {
    zip(cells, widths).enumerated().map { index, pair in
      let (cell, width) = pair
      let padding = String(repeating: " ", count: max(0, width - cell.count))
      return index < 2 ? cell + padding : padding + cell
    }.joined(separator: " ")
  }

  /// A score as a percentage with one decimal, or "–" when undefined.
  private static func percent(_ value: Double?) -> String {
    value.map { String(format: "%.1f", $0 * 100) } ?? "–"
  }
}
