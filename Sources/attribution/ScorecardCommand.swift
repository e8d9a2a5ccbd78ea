import ArgumentParser
import AttributionAnalysis
import AttributionDocuments
import AttributionReport
import Foundation

/// `attribution scorecard EXTRACTIONS…`: how a corpus sources what it prints, per outlet and
/// month, from `extract` output (JSON Lines or a JSON array), read as a stream.
struct ScorecardCommand: ParsableCommand, TimeLimited {
  static let configuration = CommandConfiguration(
    commandName: "scorecard",
    abstract: "Score a corpus's sourcing per outlet and month from extract output.",
    discussion: """
      Reads what `attribution extract` writes (--format jsonl, read line by line in bounded \
      memory, or --format json) and gives, per outlet and month: articles, attributions, the \
      shares with a named source, an anonymous source and none, the share that could not be \
      verified, and the five commonest cues. Error records (--errors-as-records) are counted and \
      skipped. The Spark job's scorecard gives the same figures.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, html
  }

  @Argument(help: "Files written by `attribution extract` (.jsonl, or .json arrays), or - for standard input.")
  var paths: [String]

  @Option(help: "table, csv, json, or html (one page with a bar per month; no script).")
  var format: Format = .table

  @Option(name: .shortAndLong, help: "The file to write; standard output when omitted.")
  var output: String?

  @OptionGroup var timeLimit: TimeLimitOption

  /// Corpora can be large: no limit unless one is given.
  static let defaultTimeLimit: Double = 0

  /// The part of an extraction record the scorecard reads.
  struct Record: Decodable {
    struct Metadata: Decodable {
      var outlet: String?
      var date: String?
    }
    struct Source: Decodable {
      var anonymous: Bool
    }
    struct Cue: Decodable {
      var text: String
    }
    struct Attribution: Decodable {
      var kind: String
      var cue: Cue
      var source: Source?
    }
    var attributions: [Attribution]?
    var metadata: Metadata?
    var error: String?
  }

  func run() throws {
    var scorecard = CorpusScorecard()
    var errorRecords = 0
    var unreadable = 0
    func add(_ record: Record, at place: String) {
      if record.error != nil {
        errorRecords += 1
        return
      }
      guard let attributions = record.attributions else {
        unreadable += 1
        Diagnostics.warn("\(place): not an `attribution extract` record (no attributions); skipped")
        return
      }
      scorecard.add(
        outlet: record.metadata?.outlet, date: record.metadata?.date,
        attributions: attributions.map {
          CorpusScorecard.Attribution(kind: $0.kind, cue: $0.cue.text, anonymousSource: $0.source?.anonymous)
        })
    }
    for path in paths {
      try ExtractOutputFile.read(path, as: Record.self) { place, problem in
        unreadable += 1
        Diagnostics.warn("\(place): \(problem); skipped")
      } record: { place, record in
        add(record, at: place)
      }
    }
    if errorRecords > 0 {
      Diagnostics.warn("\(errorRecords) error record(s) of inputs extract could not read were skipped")
    }
    try OutputFile(path: output).write(Data(render(scorecard).utf8))
    if unreadable > 0 { throw ExitCode.failure }
  }

  private func render(_ scorecard: CorpusScorecard) -> String {
    let rows = scorecard.rows
    func percent(_ share: Double?) -> String { share.map { String(format: "%.1f%%", $0 * 100) } ?? "–" }
    func ratio(_ share: Double?) -> String { share.map { String(format: "%.4f", $0) } ?? "" }
    switch format {
    case .html:
      return CorpusScorecardPage().render(scorecard)
    case .json:
      struct Document: Encodable {
        var schemaVersion = 1
        var rows: [CorpusScorecard.Row]
      }
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      return String(decoding: (try? encoder.encode(Document(rows: rows))) ?? Data(), as: UTF8.self) + "\n"
    case .csv:
      var lines = [[
        "outlet", "month", "articles", "attributions", "named_share", "anonymous_share",
        "no_source_share", "could_not_verify_share", "top_cues",
      ]]
      for row in rows {
        lines.append([
          row.outlet, row.month, String(row.articles), String(row.attributions), ratio(row.share(row.named)),
          ratio(row.share(row.anonymous)), ratio(row.share(row.noSource)), ratio(row.share(row.couldNotVerify)),
          row.topCues.joined(separator: "; "),
        ])
      }
      return lines.map { $0.map(CSVClaimsReporter.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    case .table:
      var text = "outlet\tmonth\tarticles\tattributions\tnamed\tanonymous\tno source\tcould not verify\ttop cues\n"
      for row in rows {
        text += [
          row.outlet, row.month.isEmpty ? "–" : row.month, String(row.articles), String(row.attributions),
          percent(row.share(row.named)), percent(row.share(row.anonymous)), percent(row.share(row.noSource)),
          percent(row.share(row.couldNotVerify)), row.topCues.joined(separator: ", "),
        ].joined(separator: "\t") + "\n"
      }
      return text
    }
  }
}
