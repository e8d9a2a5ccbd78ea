import AttributionDocuments
import AttributionGraph

/// Writes an audit report in one output format. Each format is one small type.
public protocol AuditReporter: Sendable {
  /// `report` as this format's text.
  func report(_ report: AuditReport) -> String
}

/// The formats `attribution audit` writes.
public enum AuditFormat: String, CaseIterable, Sendable {
  /// Trees and compiler-style findings for a terminal.
  case text
  /// JSON with a schema version, for scripts.
  case json

  /// The reporter that writes this format.
  public var reporter: any AuditReporter { reporter(extraction: nil) }

  /// The reporter that writes this format; the JSON names how the articles were read
  /// (`AttributionGraph.extraction`) when `extraction` is given.
  public func reporter(extraction: String?) -> any AuditReporter {
    switch self {
    case .text: TextAuditReporter()
    case .json: JSONAuditReporter(extraction: extraction)
    }
  }
}

/// The audit as text: per claim its sourcing trees, then its findings as
/// `file:line:column: severity: message [kind]` with indented notes; the graph-wide findings and
/// a count close the report.
public struct TextAuditReporter: AuditReporter {
  /// The text reporter.
  public init() {}

  public func report(_ report: AuditReport) -> String {
    var lines = ["Sourcing audit: \(report.title)"]
    for claim in report.claims {
      lines.append("")
      lines.append(
        "\(claim.claim) [\(claim.status.map(\.rawValue).joined(separator: ", "))] \"\(claim.text)\""
      )
      for tree in claim.trees { draw(tree, prefix: "  ", childPrefix: "  ", into: &lines) }
      for finding in report.findings where finding.claim == claim.claim {
        append(finding, indent: "  ", into: &lines)
      }
    }
    let general = report.findings.filter { $0.claim == nil }
    if !general.isEmpty {
      lines.append("")
      lines.append("Across the graph:")
      for finding in general { append(finding, indent: "  ", into: &lines) }
    }
    lines.append("")
    lines.append(
      Severity.allCases.reversed().map { severity in
        let count = report.findings.filter { $0.severity == severity }.count
        return "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
      }.joined(separator: ", "))
    return lines.joined(separator: "\n") + "\n"
  }

  private func draw(
    _ tree: SourcingTree, prefix: String, childPrefix: String, into lines: inout [String]
  ) {
    var line = prefix + tree.label
    if tree.anonymous { line += " (anonymous)" }
    for statement in tree.statements {
      var text = " — \(statement.kind.inWords)"
      if !statement.channels.isEmpty {
        text += " via \(statement.channels.joined(separator: ", "))"
      }
      line += text + " (\(statement.location))"
    }
    lines.append(line)
    for (index, child) in tree.children.enumerated() {
      let last = index == tree.children.count - 1
      draw(
        child, prefix: childPrefix + (last ? "└─ " : "├─ "),
        childPrefix: childPrefix + (last ? "   " : "│  "), into: &lines)
    }
  }

  private func append(_ finding: Finding, indent: String, into lines: inout [String]) {
    let place = finding.location.map { "\($0): " } ?? ""
    lines.append(
      "\(indent)\(place)\(finding.severity.rawValue): \(finding.message) [\(finding.kind.rawValue)]"
    )
    for note in finding.notes { lines.append("\(indent)  note: \(note)") }
  }
}

/// The audit as JSON: `{"schemaVersion": 1, "title": …, "claims": […], "findings": […]}`.
public struct JSONAuditReporter: AuditReporter {
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
    var claims: [ClaimAudit]
    var findings: [Finding]
  }

  public func report(_ report: AuditReport) -> String {
    JSONText.encode(
      Document(
        schemaVersion: Self.schemaVersion, title: report.title, extraction: extraction, claims: [],
        findings: report.findings),
      splicing: report.claims, at: "claims")
  }
}
