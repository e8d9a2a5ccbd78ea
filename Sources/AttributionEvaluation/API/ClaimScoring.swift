import AttributionDocuments
import AttributionGraph
import Foundation

/// How well a graph's claim nodes match a case's gold claims.
///
/// Each gold statement is found in its article (its text, verbatim) and matched to the graph's
/// statement whose content overlaps it most; B-cubed precision and recall are computed over the
/// matched statements (a statement the extractor missed counts in statement recall, not here).
public struct ClaimEvaluationReport: Codable, Sendable, Equatable {
  public var schemaVersion = 1
  public var goldStatements: Int
  public var matchedStatements: Int
  public var goldClaims: Int
  /// Gold claims with at least two matched statements: the ones a merger can split.
  public var multiStatementClaims: Int
  public var precision: Double
  public var recall: Double
  public var f1: Double
  /// Matched statements over gold statements.
  public var statementRecall: Double
  /// Mean number of claim nodes a gold claim's matched statements fall in (1 is perfect), over
  /// the gold claims with at least two matched statements.
  public var claimNodesPerGoldClaim: Double
  /// Rival-figure pairs of gold claims that the graph joins by `contradicts`, and all such pairs.
  public var rivalPairsJoined: Int
  public var rivalPairs: Int
  /// `contradicts` edges between claim nodes whose gold claims are in no rival group together
  /// (wrong), of those whose both ends hold gold statements.
  public var wrongContradictions: Int
  public var contradictionsScored: Int
  /// Gold claims spread over several claim nodes, most split first.
  public var worstSplits: [Split]
  /// Claim nodes holding statements of several gold claims, largest first.
  public var wrongMerges: [Merge]
  /// Gold statements no graph statement overlaps (article and text).
  public var unmatched: [String]

  public struct Split: Codable, Sendable, Equatable {
    public var goldClaim: String
    public var claimNodes: [String]
  }

  public struct Merge: Codable, Sendable, Equatable {
    public var claimNode: String
    public var goldClaims: [String]
  }
}

public enum ClaimScoring {
  /// Scores `graph` (built from `documents`) against `gold`; `goldPath` names the file in errors.
  /// Throws when a gold statement names an article the case does not have, or text its article
  /// does not contain.
  public static func score(
    graph: AttributionGraph, documents: [Document], gold: ClaimGold, goldPath: String, listLimit: Int = 10
  ) throws -> ClaimEvaluationReport {
    let matches = try match(graph: graph, documents: documents, gold: gold, goldPath: goldPath)
    let items = matches.compactMap { match in match.claimNode.map { (gold: match.goldClaim, claim: $0) } }
    let unmatched = matches.filter { $0.claimNode == nil }.map { "\($0.statement.article): \($0.statement.text)" }
    let total = matches.count
    // B-cubed over the matched statements.
    var bySystem: [String: [String: Int]] = [:]
    var byGold: [String: [String: Int]] = [:]
    for item in items {
      bySystem[item.claim, default: [:]][item.gold, default: 0] += 1
      byGold[item.gold, default: [:]][item.claim, default: 0] += 1
    }
    var precision = 0.0
    var recall = 0.0
    for item in items {
      let shared = Double(bySystem[item.claim]![item.gold]!)
      precision += shared / Double(bySystem[item.claim]!.values.reduce(0, +))
      recall += shared / Double(byGold[item.gold]!.values.reduce(0, +))
    }
    let count = Double(max(items.count, 1))
    precision = items.isEmpty ? 0 : precision / count
    recall = items.isEmpty ? 0 : recall / count
    let multi = byGold.filter { $0.value.values.reduce(0, +) >= 2 }
    let nodesPerClaim = multi.isEmpty ? 1 : Double(multi.values.map(\.count).reduce(0, +)) / Double(multi.count)
    // Rival figures: joined when a claim node of one has a `contradicts` edge to one of the other.
    var contradicting: Set<String> = []
    for edge in graph.edges where edge.kind == .contradicts {
      contradicting.insert("\(edge.from)|\(edge.to)")
      contradicting.insert("\(edge.to)|\(edge.from)")
    }
    var rivalPairs = 0
    var joined = 0
    for group in gold.rivals {
      for (i, a) in group.enumerated() {
        for b in group[(i + 1)...] {
          rivalPairs += 1
          let nodesA = Set((byGold[a] ?? [:]).keys)
          let nodesB = Set((byGold[b] ?? [:]).keys)
          if nodesA.contains(where: { x in nodesB.contains { contradicting.contains("\(x)|\($0)") } }) { joined += 1 }
        }
      }
    }
    var rivalsOf: [String: Set<String>] = [:]
    for group in gold.rivals { for claim in group { rivalsOf[claim, default: []].formUnion(group) } }
    var goldOfNode: [String: Set<String>] = [:]
    for (goldClaim, nodes) in byGold { for node in nodes.keys { goldOfNode[node, default: []].insert(goldClaim) } }
    var wrongContradictions = 0
    var contradictionsScored = 0
    for edge in graph.edges where edge.kind == .contradicts {
      guard let goldA = goldOfNode[edge.from], let goldB = goldOfNode[edge.to] else { continue }
      contradictionsScored += 1
      if !goldA.contains(where: { a in !(rivalsOf[a] ?? []).isDisjoint(with: goldB.subtracting([a])) }) {
        wrongContradictions += 1
      }
    }
    let splits = byGold.filter { $0.value.count > 1 }
      .map { ClaimEvaluationReport.Split(goldClaim: $0.key, claimNodes: $0.value.keys.sorted()) }
      .sorted { ($0.claimNodes.count, $1.goldClaim) > ($1.claimNodes.count, $0.goldClaim) }
    let merges = bySystem.filter { $0.value.count > 1 }
      .map { ClaimEvaluationReport.Merge(claimNode: $0.key, goldClaims: $0.value.keys.sorted()) }
      .sorted { ($0.goldClaims.count, $1.claimNode) > ($1.goldClaims.count, $0.claimNode) }
    return ClaimEvaluationReport(
      goldStatements: total, matchedStatements: items.count, goldClaims: gold.claims.count,
      multiStatementClaims: multi.count, precision: precision, recall: recall,
      f1: precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0,
      statementRecall: total == 0 ? 0 : Double(items.count) / Double(total),
      claimNodesPerGoldClaim: nodesPerClaim, rivalPairsJoined: joined, rivalPairs: rivalPairs,
      wrongContradictions: wrongContradictions, contradictionsScored: contradictionsScored,
      worstSplits: Array(splits.prefix(listLimit)), wrongMerges: Array(merges.prefix(listLimit)),
      unmatched: unmatched)
  }

  /// A gold statement and the graph's statement that overlaps it most, if any.
  struct Match {
    var goldClaim: String
    var statement: ClaimGold.Statement
    /// The claim node of the graph's statement.
    var claimNode: String?
    /// The node the graph's statement comes from (its source).
    var sourceNode: String?
  }

  /// Every gold statement, in gold order, matched to the graph's statement whose content
  /// overlaps its text most. Throws when a gold statement names an article the case does not
  /// have, or text its article does not contain.
  static func match(
    graph: AttributionGraph, documents: [Document], gold: ClaimGold, goldPath: String
  ) throws -> [Match] {
    let documentsByID = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    // The graph's statements: each piece of evidence of an edge into a claim, by article.
    var statements: [String: [(content: [TextSpan], claim: String, source: String)]] = [:]
    var seen: Set<String> = []
    for edge in graph.edges where edge.kind != .contradicts && edge.kind != .via {
      guard graph.node(edge.to)?.kind == .claim else { continue }
      for evidence in edge.evidence {
        let key = "\(evidence.document)|\(evidence.content.map { "\($0.start)-\($0.end)" })|\(edge.to)"
        guard seen.insert(key).inserted else { continue }
        statements[evidence.document, default: []].append((evidence.content, edge.to, edge.from))
      }
    }
    var matches: [Match] = []
    for claim in gold.claims {
      for statement in claim.statements {
        guard let document = documentsByID[statement.article] else {
          throw InputError(file: goldPath, line: statement.line, "no article '\(statement.article)' in the case")
        }
        let occurrences = find(statement.text, in: document)
        guard !occurrences.isEmpty else {
          throw InputError(
            file: goldPath, line: statement.line, "text '\(statement.text)' is not in article '\(statement.article)'")
        }
        var best: (overlap: Int, claim: String, source: String)?
        for candidate in statements[statement.article] ?? [] {
          let overlap = occurrences.map { occurrence in
            candidate.content.reduce(0) { $0 + max(0, min($1.end, occurrence.end) - max($1.start, occurrence.start)) }
          }.max() ?? 0
          if overlap > 0, overlap > (best?.overlap ?? 0) { best = (overlap, candidate.claim, candidate.source) }
        }
        matches.append(
          Match(goldClaim: claim.id, statement: statement, claimNode: best?.claim, sourceNode: best?.source))
      }
    }
    return matches
  }

  /// Every place `text` occurs in the document's body, as code-point spans. Any space character
  /// matches any other (articles carry no-break spaces a gold file's author cannot see).
  static func find(_ text: String, in document: Document) -> [TextSpan] {
    func plain(_ scalar: Unicode.Scalar) -> Unicode.Scalar { scalar.properties.isWhitespace ? " " : scalar }
    let needle = text.unicodeScalars.map(plain)
    let haystack = document.scalars.map(plain)
    guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
    var found: [TextSpan] = []
    var start = document.body.start
    while start + needle.count <= min(haystack.count, document.body.end) {
      if haystack[start] == needle[0], haystack[start..<(start + needle.count)].elementsEqual(needle) {
        found.append(TextSpan(start, start + needle.count))
      }
      start += 1
    }
    return found
  }
}
