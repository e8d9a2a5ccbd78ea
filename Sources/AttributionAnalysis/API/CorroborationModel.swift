import AttributionGraph

/// Scores how well each claim of an attribution graph is corroborated, and explains the score.
///
/// The model counts independent origins, not mentions: every piece of evidence is followed back
/// along its sourcing chain to the original statement, so many outlets relaying one statement
/// count once. Origins are grouped by party (independence class): a government confirming its
/// own officials' claim adds no independent corroboration. Each party contributes according to
/// its best-identified source (``SourcingGrade``); could-not-verify and denials lower the score;
/// a claim whose figure other claims dispute is contested.
public struct CorroborationModel: Sendable {
  /// What one party contributes per unit of source weight.
  public var partyWeight: Double
  /// What a party gains from a second source of its own (not independent, but not nothing).
  public var samePartyBonus: Double
  /// The fraction of the score a could-not-verify removes, per unit of its source's weight.
  public var couldNotVerifyPenalty: Double
  /// The fraction of the score a denial removes, per unit of its source's weight.
  public var denialPenalty: Double
  /// The factor applied to a contested claim.
  public var contestedFactor: Double

  /// A model with these weights; the defaults are the ones the README section states.
  public init(
    partyWeight: Double = 0.6, samePartyBonus: Double = 0.05, couldNotVerifyPenalty: Double = 0.2,
    denialPenalty: Double = 0.4, contestedFactor: Double = 0.85
  ) {
    self.partyWeight = partyWeight
    self.samePartyBonus = samePartyBonus
    self.couldNotVerifyPenalty = couldNotVerifyPenalty
    self.denialPenalty = denialPenalty
    self.contestedFactor = contestedFactor
  }

  /// Every claim of `graph`, best supported first: by score, then status, then text.
  public func assess(_ graph: AttributionGraph) -> [ClaimAssessment] {
    let scorer = ClaimScorer(model: self, graph: graph)
    // Each claim on its own, on all cores.
    let assessments = graph.nodes(of: .claim).parallelMap { scorer.assess($0) }
    // Positions sorted, not the assessments themselves (large values, moved at every swap); ids
    // are unique, so the order is the same whatever the sort.
    return assessments.indices.sorted { Self.ranks(assessments[$0], assessments[$1]) }.map { assessments[$0] }
  }

  /// The assessment of the claim with node id `claim`, or nil when the graph has no such claim.
  public func assess(claim: String, in graph: AttributionGraph) -> ClaimAssessment? {
    guard let node = graph.node(claim), node.kind == .claim else { return nil }
    return ClaimScorer(model: self, graph: graph).assess(node)
  }

  /// The report order: higher score first; on a tie, the better status, then the text.
  public static func ranks(_ lhs: ClaimAssessment, _ rhs: ClaimAssessment) -> Bool {
    if lhs.score != rhs.score { return lhs.score > rhs.score }
    let left = lhs.status.first ?? .unsourced
    let right = rhs.status.first ?? .unsourced
    if left != right { return left < right }
    return (lhs.text, lhs.id) < (rhs.text, rhs.id)
  }
}
