import AttributionAnalysis
import AttributionDocuments
import AttributionGraph

/// How a case's graph and its scores agree with the rubric of its gold file: the status each
/// claim should be shown by, who made each statement and for which party, and which claims are
/// opinion (see ``ClaimGold``).
///
/// A gold claim is judged by the claim node that holds most of its matched statements (ties go
/// to the smaller node id): a claim split over several nodes is shown by a fragment, and is
/// wrong when the fragment's status is. Only what the rubric states is scored.
public struct RubricReport: Codable, Sendable, Equatable {
  public var schemaVersion = 1
  /// Gold claims with an expected status and at least one matched statement.
  public var statusesScored: Int
  /// Of those, the claims whose node is shown by the expected status.
  public var statusesRight: Int
  /// For each expected status, how often each status was shown.
  public var statusConfusion: [String: [String: Int]]
  /// Claim nodes shown as corroborated whose main gold claim has an expected status.
  public var corroboratedShown: Int
  /// Of those, the ones whose main gold claim is expected corroborated.
  public var corroboratedRight: Int
  /// Gold claims expected corroborated with a matched statement, and those shown corroborated.
  public var corroboratedExpected: Int
  public var corroboratedFound: Int
  /// Matched gold statements with a source, and those whose graph source is that source (an
  /// unnamed source for an unnamed one).
  public var sourcesScored: Int
  public var sourcesRight: Int
  /// Pairs of different gold sources asserting one claim, and those the graph puts in the same
  /// relation (one party, or independent) as the rubric does.
  public var independencePairs: Int
  public var independenceRight: Int
  /// Pairs the graph counts as independent that the rubric puts in one party: each can fake
  /// corroboration.
  public var falseIndependence: Int
  /// Gold claims scored for opinion: expected opinion, marked opinion, and both.
  public var opinionScored: Int
  public var opinionExpected: Int
  public var opinionMarked: Int
  public var opinionBoth: Int
  /// Claims shown by another status than expected, first in gold order.
  public var wrongStatuses: [StatusMiss]
  /// Statements given to another source than the rubric's, first in gold order.
  public var wrongSources: [SourceMiss]

  public struct StatusMiss: Codable, Sendable, Equatable {
    public var goldClaim: String
    public var expected: String
    public var shown: String
    public var claimNode: String
  }

  public struct SourceMiss: Codable, Sendable, Equatable {
    public var article: String
    public var text: String
    public var expected: String
    public var found: String
  }
}

public enum RubricScoring {
  /// Scores `graph` (built from `documents`) and its `assessments` against the rubric in
  /// `gold`; `goldPath` names the file in errors, which are those of ``ClaimScoring``.
  public static func score(
    graph: AttributionGraph, assessments: [ClaimAssessment], documents: [Document], gold: ClaimGold,
    goldPath: String, listLimit: Int = 15
  ) throws -> RubricReport {
    let matches = try ClaimScoring.match(graph: graph, documents: documents, gold: gold, goldPath: goldPath)
    let assessmentOf = Dictionary(assessments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let claims = Dictionary(gold.claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var report = RubricReport(
      statusesScored: 0, statusesRight: 0, statusConfusion: [:], corroboratedShown: 0, corroboratedRight: 0,
      corroboratedExpected: 0, corroboratedFound: 0, sourcesScored: 0, sourcesRight: 0, independencePairs: 0,
      independenceRight: 0, falseIndependence: 0, opinionScored: 0, opinionExpected: 0, opinionMarked: 0,
      opinionBoth: 0, wrongStatuses: [], wrongSources: [])

    // Each gold claim's node, and each node's main gold claim: by most matched statements.
    var nodeCounts: [String: [String: Int]] = [:]
    var goldCounts: [String: [String: Int]] = [:]
    for match in matches {
      guard let node = match.claimNode else { continue }
      nodeCounts[match.goldClaim, default: [:]][node, default: 0] += 1
      goldCounts[node, default: [:]][match.goldClaim, default: 0] += 1
    }
    func most(_ counts: [String: Int]) -> String? {
      counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    for claim in gold.claims {
      guard let node = nodeCounts[claim.id].flatMap(most), let assessment = assessmentOf[node] else { continue }
      if let expected = claim.status {
        let shown = assessment.primaryStatus.rawValue
        report.statusesScored += 1
        report.statusConfusion[expected, default: [:]][shown, default: 0] += 1
        if shown == expected {
          report.statusesRight += 1
        } else if report.wrongStatuses.count < listLimit {
          report.wrongStatuses.append(.init(goldClaim: claim.id, expected: expected, shown: shown, claimNode: node))
        }
        if expected == ClaimStatus.corroborated.rawValue {
          report.corroboratedExpected += 1
          if assessment.primaryStatus == .corroborated { report.corroboratedFound += 1 }
        }
        report.opinionScored += 1
        let opinion = claim.opinion ?? false
        if opinion { report.opinionExpected += 1 }
        if assessment.opinion { report.opinionMarked += 1 }
        if opinion, assessment.opinion { report.opinionBoth += 1 }
      }
    }
    for assessment in assessments where assessment.primaryStatus == .corroborated {
      guard let main = goldCounts[assessment.id].flatMap(most), let expected = claims[main]?.status else { continue }
      report.corroboratedShown += 1
      if expected == ClaimStatus.corroborated.rawValue { report.corroboratedRight += 1 }
    }

    // Sources, and the independence of each pair of sources of one claim.
    var pairsSeen: Set<String> = []
    for (index, match) in matches.enumerated() {
      guard let expected = match.statement.source, let sourceID = match.sourceNode, let node = graph.node(sourceID)
      else { continue }
      report.sourcesScored += 1
      if SourceNames.matches(expected, anonymous: match.statement.anonymous, node: node) {
        report.sourcesRight += 1
      } else if report.wrongSources.count < listLimit {
        report.wrongSources.append(
          .init(
            article: match.statement.article, text: match.statement.text,
            expected: match.statement.anonymous ? "unnamed: \(expected)" : expected,
            found: node.anonymous ? "unnamed: \(node.label)" : node.label))
      }
      guard match.statement.stance == nil, let party = match.statement.party else { continue }
      for other in matches[(index + 1)...] where other.goldClaim == match.goldClaim && other.statement.stance == nil {
        guard let otherSource = other.statement.source, let otherParty = other.statement.party,
          let otherID = other.sourceNode, let otherNode = graph.node(otherID),
          SourceNames.key(otherSource) != SourceNames.key(expected)
        else { continue }
        let pair = [SourceNames.key(expected), SourceNames.key(otherSource)].sorted().joined(separator: "|")
        guard pairsSeen.insert("\(match.goldClaim)|\(pair)").inserted else { continue }
        let goldIndependent = party != otherParty
        let graphIndependent = partyKey(node) != partyKey(otherNode)
        report.independencePairs += 1
        if goldIndependent == graphIndependent { report.independenceRight += 1 }
        if graphIndependent, !goldIndependent { report.falseIndependence += 1 }
      }
    }
    return report
  }

  /// The party the scorer puts a source in: its independence class, or itself.
  static func partyKey(_ node: Node) -> String {
    node.independenceClass.map { "class:\($0)" } ?? "node:\(node.id)"
  }
}
