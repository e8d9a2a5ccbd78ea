import AttributionAnalysis
import AttributionGraph
import Foundation
import Graphviz

/// The picture of an attribution graph: each node kind its shape, each edge kind its line,
/// claims marked by corroboration status, actors grouped by affiliation, and a legend. It turns
/// the graph into a Graphviz graph and renders that in-process.
public struct AttributionMap: Sendable {
  /// The graph shown.
  public var graph: AttributionGraph
  /// The claims' assessments, by claim id; a claim without one is drawn unassessed.
  public var assessments: [String: ClaimAssessment]
  /// Whether the map carries a legend.
  public var showsLegend: Bool
  /// Nodes drawn with a heavy outline, to stand out (a claim on its own chain map).
  public var highlighted: Set<String> = []

  /// `dot` lays out graphs up to this many nodes…
  public static let dotNodeLimit = 1500
  /// …and this many edges beyond a tree (edges − nodes); beyond either, `sfdp`.
  ///
  /// dot's time grows with the edges that close cycles more than with size: on random graphs
  /// it took 2 s at 100 nodes and 178 s at 300 with two edges per node, but under 1 s for a
  /// 1,000-node tree. Attribution graphs are nearly trees; measured on PolNeAR articles taken
  /// as one case (debug build, whole command): 1,369 nodes and 101 extra edges, dot 3.7 s and
  /// sfdp 3.5 s; 2,588 nodes and 239 extra edges, dot 13.6 s and sfdp 8.1 s; 13,412 nodes,
  /// dot past 200 s and sfdp 72 s.
  public static let dotExtraEdgeLimit = 200

  /// A map of `graph`, its claims marked by `assessments`.
  public init(graph: AttributionGraph, assessments: [ClaimAssessment] = [], showsLegend: Bool = true) {
    self.graph = graph
    self.assessments = Dictionary(assessments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    self.showsLegend = showsLegend
  }

  /// The engine for this graph's size and shape: `dot` within ``dotNodeLimit`` and
  /// ``dotExtraEdgeLimit``, `sfdp` beyond.
  public var defaultEngine: LayoutEngine {
    let nodes = graph.nodes.count
    let extraEdges = graph.edges.count - nodes
    return nodes > Self.dotNodeLimit || extraEdges > Self.dotExtraEdgeLimit ? .sfdp : .dot
  }

  /// The styled Graphviz graph.
  public var graphviz: Graph {
    MapStyle(
      graph: graph, assessments: assessments, showsLegend: showsLegend, highlighted: highlighted
    ).styledGraph()
  }

  /// Renders the map as `format`, laid out by `engine` (by default ``defaultEngine``).
  /// DOT output is the graph before layout, the same bytes for the same input.
  public func render(_ format: OutputFormat, engine: LayoutEngine? = nil) throws -> RenderedMap {
    let graph = graphviz
    let engine = engine ?? defaultEngine
    if format == .dot {
      return RenderedMap(data: Data(try graph.dotSource().utf8), engine: engine, diagnostics: [])
    }
    let rendered = try graph.render(format, layout: engine)
    return RenderedMap(data: rendered.data, engine: engine, diagnostics: rendered.diagnostics)
  }
}

/// A rendered map: its bytes, the engine that laid it out, and Graphviz's warnings.
public struct RenderedMap: Sendable {
  public var data: Data
  public var engine: LayoutEngine
  public var diagnostics: [Diagnostic]
}
