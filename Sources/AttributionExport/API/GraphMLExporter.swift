import AttributionGraph
import Foundation

/// The graph as typed GraphML, for Gephi, Cytoscape, yEd and NetworkX.
///
/// Every attribute is declared by a `<key>` with its `attr.type`. Nodes carry `kind`, `label`,
/// `aliases` (joined by "; "), `role`, `affiliation`, `independenceClass`, `anonymous` and
/// `unnamed` (boolean) and `url`. Edges carry `kind`, `label` (the kind, for display),
/// `evidenceCount` (int), `firstSentence`, `firstDocument`, `firstLine` (int), `documents`
/// (every article, joined by "; ") and, for contradictions, `figures` ("claim-id=figure" pairs
/// joined by "; "), `firstDate` and `lastDate` (the earliest and latest article dates, for a
/// timeline). Claim nodes given a ``ClaimJudgement`` carry `status` (every status, joined by
/// "; "), `primaryStatus`, `score` (double) and `contestedRange`, so Gephi can colour and filter
/// by them. Absent facts have no `<data>` element. Text is XML-escaped and characters XML 1.0
/// forbids are dropped.
public struct GraphMLExporter: GraphExporter {
  /// What the corroboration model concluded, by claim id.
  public var judgements: [String: ClaimJudgement]

  /// An exporter; `judgements` are written on their claim nodes.
  public init(judgements: [String: ClaimJudgement] = [:]) {
    self.judgements = judgements
  }

  public func export(_ graph: AttributionGraph) throws -> Data {
    Data(GraphMLDocument(graph, judgements: judgements).text.utf8)
  }
}
