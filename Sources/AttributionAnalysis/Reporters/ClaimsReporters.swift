import AttributionDocuments
import AttributionGraph
import Foundation

/// Writes claim assessments in one output format. Each format is one small type.
public protocol ClaimsReporter: Sendable {
  /// The assessments of the graph titled `title`, in the order given, as this format's text.
  func report(_ assessments: [ClaimAssessment], title: String) -> String
}

/// The formats `attribution claims` writes.
public enum ClaimsFormat: String, CaseIterable, Sendable {
  /// Aligned plain text for a terminal.
  case table
  /// JSON with a schema version, for scripts.
  case json
  /// RFC 4180 CSV, for spreadsheets.
  case csv
  /// A Markdown table, for notes and reports.
  case markdown

  /// The reporter that writes this format.
  public var reporter: any ClaimsReporter { reporter(explain: false) }

  /// The reporter that writes this format; with `explain`, the table adds each score's
  /// derivation (the JSON always carries it); with `graph`, the graph assessed, CSV gives a row
  /// per statement with its article, line and sentence.
  public func reporter(explain: Bool, graph: AttributionGraph? = nil) -> any ClaimsReporter {
    switch self {
    case .table: TableClaimsReporter(explain: explain)
    case .json: JSONClaimsReporter(extraction: graph?.extraction)
    case .csv: CSVClaimsReporter(graph: graph)
    case .markdown: MarkdownClaimsReporter()
    }
  }
}

/// Claims as a plain-text table: score, status, id and text on one line, then the sources and
/// the reason indented beneath, and on request the score's derivation and the evidence
/// discounted.
public struct TableClaimsReporter: ClaimsReporter {
  /// The longest claim text shown before it is cut with "…".
  public var claimWidth: Int
  /// True to add each score's derivation and the evidence discounted, a line each.
  public var explain: Bool

  /// A table that cuts claim texts longer than `claimWidth` characters.
  public init(claimWidth: Int = 90, explain: Bool = false) {
    self.claimWidth = claimWidth
    self.explain = explain
  }

  public func report(_ assessments: [ClaimAssessment], title: String) -> String {
    guard !assessments.isEmpty else { return "\(title): no claims\n" }
    let statuses = assessments.map { $0.status.map(\.rawValue).joined(separator: ",") }
    let statusWidth = max(6, statuses.map(\.count).max() ?? 0)
    let idWidth = max(2, assessments.map(\.id.count).max() ?? 0)
    func pad(_ text: String, _ width: Int) -> String {
      text + String(repeating: " ", count: max(0, width - text.count))
    }
    var lines = [
      "\(pad("SCORE", 5))  \(pad("STATUS", statusWidth))  \(pad("ID", idWidth))  CLAIM"
    ]
    for (assessment, status) in zip(assessments, statuses) {
      let text =
        assessment.text.count > claimWidth
        ? String(assessment.text.prefix(claimWidth - 1)) + "…" : assessment.text
      lines.append(
        "\(FixedPoint.text(assessment.score, places: 3))  \(pad(status, statusWidth))  \(pad(assessment.id, idWidth))  \(text)"
      )
      let indent = String(repeating: " ", count: 7)
      lines.append(indent + "sources: " + ClaimsColumns.sources(assessment))
      lines.append(indent + "why: " + assessment.reason)
      if assessment.opinion {
        lines.append(indent + "opinion: most of its statements give a view or a verdict, not a fact")
      }
      if explain {
        lines += assessment.explanation.map { indent + "  " + $0 }
        lines += assessment.discounted.map {
          indent + "  not counted (\($0.reason.rawValue)): " + $0.explanation
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

/// Claims as JSON: `{"schemaVersion": 1, "title": …, "extraction": …, "claims":
/// [ClaimAssessment…]}`, keys sorted; `extraction` (how the articles were read) only when known.
public struct JSONClaimsReporter: ClaimsReporter {
  /// The version of the JSON layout; raised whenever a field changes meaning or disappears.
  public static let schemaVersion = 1
  /// How the case's articles were read (`AttributionGraph.extraction`).
  public var extraction: String?

  /// The JSON reporter.
  public init(extraction: String? = nil) {
    self.extraction = extraction
  }

  private struct Document: Encodable {
    var schemaVersion: Int
    var title: String
    var extraction: String?
    var claims: [ClaimAssessment]
  }

  public func report(_ assessments: [ClaimAssessment], title: String) -> String {
    JSONText.encode(
      Document(schemaVersion: Self.schemaVersion, title: title, extraction: extraction, claims: []),
      splicing: assessments, at: "claims")
  }
}

/// Claims as CSV, one header row, then one row per statement of a claim, the claim's columns
/// repeated on each, so a spreadsheet can filter by claim, speaker or article and go back to the
/// sentence: `article` (the file name without extension), `line` (the cue's, 1-based) and
/// `sentence`. A claim with no statement, or every claim when no graph is given, is one row with
/// those columns empty. Fields holding commas, quotes or line breaks are quoted, with quotes
/// doubled (RFC 4180).
public struct CSVClaimsReporter: ClaimsReporter {
  /// The header row's column names.
  public static let columns = [
    "id", "score", "status", "claim", "sources", "parties", "against", "range", "reason",
    "speaker", "statement", "outlet", "article", "line", "date", "sentence",
  ]

  /// The graph the claims were assessed on, whose statements give the rows' evidence.
  public var graph: AttributionGraph?

  /// The CSV reporter; with `graph`, a row per statement.
  public init(graph: AttributionGraph? = nil) {
    self.graph = graph
  }

  public func report(_ assessments: [ClaimAssessment], title: String) -> String {
    var rows = [Self.columns]
    for assessment in assessments {
      let claim = [
        assessment.id, FixedPoint.text(assessment.score, places: 3),
        assessment.status.map(\.rawValue).joined(separator: " "), assessment.text,
        assessment.origins.map(\.label).joined(separator: "; "),
        assessment.parties.joined(separator: "; "),
        assessment.negative.map(\.label).joined(separator: "; "),
        assessment.contest?.range ?? "", assessment.reason,
      ]
      let statements = statementRows(of: assessment.id)
      if statements.isEmpty { rows.append(claim + Array(repeating: "", count: 7)) }
      rows += statements.map { claim + $0 }
    }
    return rows.map { $0.map(Self.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
  }

  /// Speaker, statement, outlet, article, line, date and sentence of each piece of evidence of
  /// the claim `id`, in article and line order.
  private func statementRows(of id: String) -> [[String]] {
    guard let graph else { return [] }
    var rows: [(key: Evidence, row: [String])] = []
    for edge in graph.edges(to: id) where Statements.all.contains(edge.kind) {
      let speaker = graph.node(edge.from)?.label ?? edge.from
      for evidence in edge.evidence {
        rows.append((evidence, [
          speaker, edge.kind.inWords, evidence.outlet ?? "", evidence.document, String(evidence.line),
          evidence.date ?? "", evidence.sentence,
        ]))
      }
    }
    return rows.sorted {
      ($0.key.document, $0.key.line, $0.row.joined(separator: "\u{1F}"))
        < ($1.key.document, $1.key.line, $1.row.joined(separator: "\u{1F}"))
    }
      .map(\.row)
  }

  /// `value` as one CSV field: quoted when it holds a comma, a quote or a line break; a value
  /// that a spreadsheet would run as a formula (it opens with `=`, `+`, `-`, `@`, a tab or a
  /// carriage return) is prefixed with `'`, so it shows as text (OWASP's rule against CSV
  /// injection).
  public static func field(_ value: String) -> String {
    var value = value
    if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      value = "'" + value
    }
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
      return value
    }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

/// Claims as a Markdown table under the graph's title; text is escaped so that it renders as
/// written, never as markup, links or HTML.
public struct MarkdownClaimsReporter: ClaimsReporter {
  /// The Markdown reporter.
  public init() {}

  public func report(_ assessments: [ClaimAssessment], title: String) -> String {
    var lines = [
      "# Claims: \(Self.cell(title))", "",
      "| Score | Status | Claim | Sources | Why |",
      "|------:|--------|-------|---------|-----|",
    ]
    for assessment in assessments {
      let cells = [
        FixedPoint.text(assessment.score, places: 3),
        Self.cell(assessment.status.map(\.rawValue).joined(separator: ", ")),
        // A claim id is a slug (letters, digits, hyphens and a colon): safe in a code span.
        "\(Self.cell(assessment.text)) (`\(assessment.id)`)",
        Self.cell(ClaimsColumns.sources(assessment)), Self.cell(assessment.reason),
      ]
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `text` made safe for one table cell: line breaks turned into spaces; pipes, brackets,
  /// parentheses, backticks and backslashes escaped, and `<`, `>` and `&` written as HTML
  /// entities, so article text cannot become a link, an image or HTML in any renderer.
  public static func cell(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\r\n", "\n", "\r": result += " "
      case "|", "[", "]", "(", ")", "`", "\\", "*", "_": result += "\\\(character)"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "&": result += "&amp;"
      default: result.append(character)
      }
    }
    return result
  }
}

/// Text shared by the claim reporters.
enum ClaimsColumns {
  /// The counted sources with their party, anonymous ones marked: "Andrii Kovalenko (Ukraine
  /// government), a source (anonymous)".
  static func sources(_ assessment: ClaimAssessment) -> String {
    guard !assessment.origins.isEmpty else { return "none" }
    return assessment.origins.map { origin in
      var notes: [String] = []
      if origin.grade.isAnonymous { notes.append("anonymous") }
      if origin.party != origin.label { notes.append(origin.party) }
      return notes.isEmpty ? origin.label : "\(origin.label) (\(notes.joined(separator: ", ")))"
    }.joined(separator: ", ")
  }
}
