import AttributionGraph
import Foundation

/// The graph as typed GraphML, for Gephi, Cytoscape, yEd and NetworkX.
///
/// Every attribute is declared by a `<key>` with its `attr.type`. Nodes carry `kind`, `label`,
/// `aliases` (joined by "; "), `role`, `affiliation`, `independenceClass`, `anonymous` and
/// `unnamed` (boolean) and `url`. Edges carry `kind`, `label` (the kind, for display),
/// `evidenceCount` (int), `firstSentence`, `firstDocument`, `firstLine` (int), `documents`
/// (every article, joined by "; ") and, for contradictions, `figures` ("claim-id=figure" pairs
/// joined by "; "). Absent facts have no `<data>` element. Text is XML-escaped and characters
/// XML 1.0 forbids are dropped.
public struct GraphMLExporter: GraphExporter {
  /// An exporter; it has no settings.
  public init() {}

  public func export(_ graph: AttributionGraph) throws -> Data {
    Data(GraphMLDocument(graph).text.utf8)
  }
}
