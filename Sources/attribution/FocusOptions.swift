import ArgumentParser
import AttributionAnalysis
import AttributionGraph

/// Options that narrow a graph before it is shown: a claim's neighbourhood, edge kinds, outlets
/// and dates.
struct FocusOptions: ParsableArguments {
  @Option(name: .customLong("claim"), help: "Show only the neighbourhood of this claim (its id, as in `attribution claims`).")
  var claims: [String] = []

  @Option(name: .customLong("status"), help: "Show only claims with this status (\(ClaimStatus.allCases.map(\.rawValue).joined(separator: ", "))) and their sources; repeatable.")
  var statuses: [ClaimStatus] = []

  @Flag(help: "Show only claims that are not corroborated, and their sources.")
  var uncorroborated = false

  @Option(help: "With --claim, --status or --uncorroborated: how many steps from the claims to show.")
  var depth: Int = 2

  @Option(name: .customLong("kind"), help: "Show only edges of this kind (said, confirmed, cited, could-not-verify, denied, contradicts, via); repeatable.")
  var kinds: [String] = []

  @Option(name: .customLong("outlet"), help: "Show only evidence from articles of this outlet; repeatable.")
  var outlets: [String] = []

  @Option(help: "Show only evidence from articles dated on or after this day (YYYY-MM-DD).")
  var since: String?

  @Option(help: "Show only evidence from articles dated on or before this day (YYYY-MM-DD).")
  var until: String?

  func validate() throws {
    try Self.validate(since: since, until: until)
    _ = try edgeKinds()
    if depth < 0 { throw ValidationError("--depth must be 0 or more") }
  }

  /// The part of `graph` these options keep; an unknown claim id is an error.
  func apply(to graph: AttributionGraph, assessments: [ClaimAssessment]) throws -> AttributionGraph {
    for claim in claims where graph.node(claim) == nil {
      throw CommandFailure("no claim \(claim) in this case; `attribution claims CASE` lists them")
    }
    var focus = claims
    if !statuses.isEmpty {
      let matching = assessments.filter { !Set($0.status).isDisjoint(with: statuses) }.map(\.id)
      if matching.isEmpty {
        throw CommandFailure("no claim has status \(statuses.map(\.rawValue).joined(separator: " or "))")
      }
      focus += matching
    }
    if uncorroborated {
      let matching = assessments.filter { !$0.isCorroborated }.map(\.id)
      if matching.isEmpty { throw CommandFailure("every claim of this case is corroborated") }
      focus += matching
    }
    let filter = GraphFilter(
      focus: focus, depth: depth, kinds: try edgeKinds(), outlets: Set(outlets), since: since,
      until: until)
    Self.warnOfEmptyFilters(outlets: outlets, since: since, until: until, in: graph)
    return graph.filtered(filter)
  }

  /// Refuses a --since or --until that is not a day of the calendar.
  static func validate(since: String?, until: String?) throws {
    for date in [since, until].compactMap({ $0 }) where !isISODate(date) {
      throw ValidationError("'\(date)' is not a day of the form YYYY-MM-DD")
    }
  }

  /// A warning for an outlet or date filter that keeps no evidence, naming what the case has.
  static func warnOfEmptyFilters(outlets: [String], since: String?, until: String?, in graph: AttributionGraph) {
    let evidence = graph.edges.flatMap(\.evidence)
    let outletNames = Set(evidence.compactMap(\.outlet)).sorted()
    for query in outlets where !outletNames.contains(where: { GraphFilter.outlet($0, matches: query) }) {
      let known = outletNames.isEmpty ? "no article names its outlet" : "outlets: \(outletNames.joined(separator: ", "))"
      Diagnostics.warn("--outlet \(query) matches no article of this case (\(known))")
    }
    guard since != nil || until != nil else { return }
    let dated = GraphFilter(since: since, until: until)
    if !evidence.contains(where: dated.keeps) {
      let dates = evidence.compactMap { $0.date.map { String($0.prefix(10)) } }
      let known = dates.min().map { "articles are dated \($0) to \(dates.max()!)" } ?? "no article has a date"
      Diagnostics.warn("no article falls within --since/--until (\(known))")
    }
  }

  private func edgeKinds() throws -> Set<EdgeKind> {
    Set(try kinds.flatMap { $0.split(separator: ",") }.map { name in
      let key = name.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "")
      guard let kind = EdgeKind.allCases.first(where: { $0.rawValue.lowercased() == key }) else {
        throw ValidationError("unknown edge kind '\(name)' (expected said, confirmed, cited, could-not-verify, denied, contradicts or via)")
      }
      return kind
    })
  }

  /// Whether `text` is a day of the calendar written YYYY-MM-DD ("2024-02-29", not "2024-13-45").
  static func isISODate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      year >= 1, (1...12).contains(month)
    else { return false }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return (1...days).contains(day)
  }
}
