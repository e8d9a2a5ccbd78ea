import AttributionGraph
import Foundation

/// The whole graph as versioned JSON: `schemaVersion`, `title`, every node with all its fields
/// (absent facts as `null`) and every edge with all its evidence. Keys are sorted and the output
/// is byte-for-byte deterministic.
///
/// Offsets are Unicode code-point offsets into the article file; spans are `[start, end]`.
/// Claim nodes given a ``ClaimJudgement`` also carry `status` (every status), `primaryStatus`,
/// `score` and, when contested, `contestedRange`.
public struct JSONGraphExporter: GraphExporter {
  /// The version of the JSON layout; it changes when a field is renamed, removed or re-typed.
  public static let schemaVersion = 1

  /// What the corroboration model concluded, by claim id.
  public var judgements: [String: ClaimJudgement]

  /// An exporter; `judgements` are written on their claim nodes.
  public init(judgements: [String: ClaimJudgement] = [:]) {
    self.judgements = judgements
  }

  public func export(_ graph: AttributionGraph) throws -> Data {
    // Nodes and edges encoded in chunks on all cores, spliced into the bytes of one encoding.
    let document = JSONGraphDocument(graph, judgements: judgements)
    var data = try JSONText.splice(
      JSONText.data(document.withoutNodesAndEdges),
      ["nodes": JSONText.items(document.nodes), "edges": JSONText.items(document.edges)])
    data.append(0x0A)
    return data
  }
}
