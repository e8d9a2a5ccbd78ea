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

  @Option(help: "With --claim or --status: how many steps from the claims to show.")
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
    for date in [since, until].compactMap({ $0 }) where !Self.isISODate(date) {
      throw ValidationError("'\(date)' is not a date of the form YYYY-MM-DD")
    }
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
    return graph.filtered(GraphFilter(
      focus: focus, depth: depth, kinds: try edgeKinds(), outlets: Set(outlets), since: since,
      until: until))
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

  private static func isISODate(_ text: String) -> Bool {
    let parts = text.split(separator: "-")
    return parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
      && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
  }
}
