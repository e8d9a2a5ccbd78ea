/// What the corroboration model concluded about one claim, carried by the exports so that
/// Gephi, NetworkX or a spreadsheet can colour, filter and sort claims by it. The exports do not
/// compute it (that is `AttributionAnalysis`'s job); the caller passes it in, by claim id.
public struct ClaimJudgement: Hashable, Sendable {
  /// Every status of the claim ("corroborated", "contested", …), best first.
  public var statuses: [String]
  /// The status the claim is shown by on maps and reports.
  public var primaryStatus: String
  /// The corroboration score, in [0, 1].
  public var score: Double
  /// The range of rival figures ("8,000–11,000") when the claim is contested.
  public var contestedRange: String?

  public init(statuses: [String], primaryStatus: String, score: Double, contestedRange: String? = nil) {
    self.statuses = statuses
    self.primaryStatus = primaryStatus
    self.score = score
    self.contestedRange = contestedRange
  }
}
