import AttributionAnalysis
import AttributionGraph
import AttributionMap
import Foundation

/// Each claim's own chain map: the claim, highlighted, with only what carries it to the reader,
/// as its sourcing audit traced it (the reporting outlets, the outlets and people they relay,
/// the sources at the ends and the channels those spoke through), laid out by `dot` without a
/// legend. The report opens one under each claim.
public enum ClaimMaps {
  /// At most this many claims get a map, in the report's order (needs checking first), so a
  /// corpus-sized case keeps a report of bounded size and time; the rest name the command that
  /// draws them.
  public static let limit = 300
  /// A claim whose chains hold more nodes than this is listed without a map: the picture would
  /// not be readable and the layout could be slow.
  public static let nodeLimit = 120

  /// The maps of `claims` of `graph`, by claim id, as inline SVG whose element ids are made
  /// unique per claim; and a note saying which claims have none and why, when some have none.
  public static func render(
    graph: AttributionGraph, claims: [ClaimAssessment], audit: AuditReport, limit: Int = ClaimMaps.limit
  ) -> (maps: [String: String], note: String?) {
    let audits = Dictionary(audit.claims.map { ($0.claim, $0) }, uniquingKeysWith: { first, _ in first })
    var maps: [String: String] = [:]
    var tooLarge = 0
    var failed = 0
    let order = CaseReport.checkingOrder(claims)
    for (position, index) in order.enumerated() where position < limit {
      let claim = claims[index]
      let upstream = chains(of: claim.id, traced: audits[claim.id]?.trees ?? [], in: graph)
      guard upstream.nodes.count <= nodeLimit else {
        tooLarge += 1
        continue
      }
      var map = AttributionMap(graph: upstream, assessments: [claim], showsLegend: false)
      map.highlighted = [claim.id]
      guard let rendered = try? map.render(.svg, engine: .dot),
        let svg = CaseReport.inlineSVG(String(decoding: rendered.data, as: UTF8.self))
      else {
        failed += 1
        continue
      }
      maps[claim.id] = uniqueIDs(svg, prefix: "c\(index + 1)_")
    }
    var notes: [String] = []
    if claims.count > limit {
      notes.append(
        "Chain maps are drawn for the first \(limit) of \(claims.count) claims in this order.")
    }
    if tooLarge > 0 {
      notes.append("\(tooLarge) claim\(tooLarge == 1 ? " has" : "s have") more than \(nodeLimit) nodes in \(tooLarge == 1 ? "its" : "their") chains and no chain map.")
    }
    if failed > 0 { notes.append("Graphviz could not draw \(failed) chain map\(failed == 1 ? "" : "s").") }
    return (maps, notes.isEmpty ? nil : notes.joined(separator: " "))
  }

  /// The part of `graph` that `trees` trace to `claim`: their nodes, the citations between a
  /// node and the one it relays, each end source's statements of the claim, and the channels
  /// those statements name.
  static func chains(of claim: String, traced trees: [SourcingTree], in graph: AttributionGraph)
    -> AttributionGraph
  {
    var result = AttributionGraph(title: graph.title)
    var edges: [Edge] = []
    func walk(_ tree: SourcingTree) {
      if let node = graph.node(tree.node) { result.add(node) }
      let outgoing = graph.edges(from: tree.node)
      let kinds = Set(tree.statements.map(\.kind))
      edges += outgoing.filter { kinds.contains($0.kind) && $0.to == claim }
      let channels = Set(tree.statements.flatMap(\.channels))
      for edge in outgoing where edge.kind == .via {
        if let channel = graph.node(edge.to), channels.contains(channel.label) {
          result.add(channel)
          edges.append(edge)
        }
      }
      for child in tree.children {
        edges += outgoing.filter { $0.kind == .cited && $0.to == child.node }
        walk(child)
      }
    }
    trees.forEach(walk)
    if let node = graph.node(claim) { result.add(node) }
    for edge in edges { result.add(edge) }
    return result
  }

  /// `svg` with each `id="…"` given `prefix`, so several maps can share one page. Graphviz
  /// escapes quotes in text, so ` id="` only ever opens an attribute.
  public static func uniqueIDs(_ svg: String, prefix: String) -> String {
    svg.replacingOccurrences(of: " id=\"", with: " id=\"" + prefix)
  }
}
