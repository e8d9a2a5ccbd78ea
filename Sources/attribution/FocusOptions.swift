import ArgumentParser
import AttributionAnalysis
import AttributionGraph

/// The focus and filters that `map`, `claims`, `audit`, `report` and `export` share: which claims
/// (ids, statuses, not corroborated, edge kinds, outlets, dates) and, for maps and exports, how far
/// up their chains to draw. Statuses and scores are always the whole case's.
struct FocusOptions: ParsableArguments {
  @Option(name: .customLong("claim"), help: "Only this claim (its id, as `attribution claims` lists it); repeatable.")
  var claims: [String] = []

  @Option(name: .customLong("status"), help: "Only claims with this status (\(ClaimStatus.allCases.map(\.rawValue).joined(separator: ", "))); repeatable: any of them.")
  var statuses: [ClaimStatus] = []

  @Flag(help: "Only claims that are not corroborated, statements of opinion left out (see --all).")
  var uncorroborated = false

  @Flag(help: "With --uncorroborated: also claims that are statements of opinion.")
  var all = false

  @Option(help: "Maps and exports, with --claim, --status or --uncorroborated: how many steps up the claims' chains to draw (1: their sources; 2: also who relays them).")
  var depth: Int = 2

  @Option(name: .customLong("kind"), help: "Only edges of this kind (said, confirmed, cited, could-not-verify, denied, contradicts, via), and claims that have one; repeatable.")
  var kinds: [String] = []

  @Option(name: .customLong("outlet"), help: "Only evidence from articles of this outlet (its name or initials), and claims that have some; repeatable.")
  var outlets: [String] = []

  @Option(help: "Only evidence from articles dated on or after this day (YYYY-MM-DD), and claims that have some.")
  var since: String?

  @Option(help: "Only evidence from articles dated on or before this day (YYYY-MM-DD), and claims that have some.")
  var until: String?

  func validate() throws {
    try Self.validate(since: since, until: until)
    _ = try edgeKinds()
    if depth < 0 { throw ValidationError("--depth must be 0 or more") }
    if all, !uncorroborated { throw ValidationError("--all only widens --uncorroborated; give both") }
  }

  /// The part of `graph` these options keep; an unknown claim id is an error. An outlet or date
  /// that matches nothing is a warning, unless `warns` is false (the caller warned already).
  func apply(
    to graph: AttributionGraph, assessments: [ClaimAssessment], warns: Bool = true
  ) throws -> AttributionGraph {
    try checkClaimIDs(in: graph)
    // The claims to focus on are those every claim-choosing option keeps, as `select` chooses.
    var focus: [String] = []
    if !claims.isEmpty || !statuses.isEmpty || uncorroborated {
      if !statuses.isEmpty, !assessments.contains(where: { !Set($0.status).isDisjoint(with: statuses) }) {
        throw CommandFailure("no claim has status \(statuses.map(\.rawValue).joined(separator: " or "))")
      }
      if uncorroborated, assessments.allSatisfy(\.isCorroborated) {
        throw CommandFailure("every claim of this case is corroborated")
      }
      if uncorroborated, !all, assessments.allSatisfy({ $0.isCorroborated || $0.opinion }) {
        throw CommandFailure("every claim of this case that is not corroborated is opinion; add --all to see them")
      }
      focus = assessments.filter(chooses).map(\.id)
      if focus.isEmpty {
        throw CommandFailure("no claim is chosen by --claim, --status and --uncorroborated together")
      }
    }
    let filter = GraphFilter(
      focus: focus, depth: depth, kinds: try edgeKinds(), outlets: Set(outlets), since: since,
      until: until)
    if warns { Self.warnOfEmptyFilters(outlets: outlets, since: since, until: until, in: graph) }
    return graph.filtered(filter)
  }

  /// Whether any option narrows the case.
  var isEmpty: Bool {
    claims.isEmpty && statuses.isEmpty && !uncorroborated && kinds.isEmpty && outlets.isEmpty
      && since == nil && until == nil
  }

  /// The claims of `assessments` (the whole case's, in their order) these options choose:
  /// every option must hold; an unknown claim id is an error, an outlet or date that matches
  /// nothing a warning.
  func select(_ assessments: [ClaimAssessment], in graph: AttributionGraph) throws -> [ClaimAssessment] {
    guard !isEmpty else { return assessments }
    try checkClaimIDs(in: graph)
    let kinds = try edgeKinds()
    let articles = GraphFilter(outlets: Set(outlets), since: since, until: until)
    if !articles.isEmpty {
      Self.warnOfEmptyFilters(outlets: outlets, since: since, until: until, in: graph)
    }
    return assessments.filter { assessment in
      let edges = graph.edges(to: assessment.id)
      return chooses(assessment)
        && (kinds.isEmpty || edges.contains { kinds.contains($0.kind) })
        && (articles.isEmpty || edges.contains { $0.evidence.contains(where: articles.keeps) })
    }
  }

  /// Whether the claim-choosing options (`--claim`, `--status`, `--uncorroborated`, `--all`) all keep
  /// `assessment`.
  private func chooses(_ assessment: ClaimAssessment) -> Bool {
    (claims.isEmpty || claims.contains(assessment.id))
      && (statuses.isEmpty || !Set(assessment.status).isDisjoint(with: statuses))
      && (!uncorroborated || (!assessment.isCorroborated && (all || !assessment.opinion)))
  }

  /// Refuses a `--claim` that names no claim of `graph`.
  private func checkClaimIDs(in graph: AttributionGraph) throws {
    for claim in claims where graph.node(claim)?.kind != .claim {
      throw CommandFailure("no claim \(claim) in this case; `attribution claims CASE` lists them")
    }
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
