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

  /// Graphs with more nodes than this are laid out with `sfdp` unless an engine is named;
  /// `dot` reads better but its time grows steeply with size.
  public static let dotNodeLimit = 300

  /// A map of `graph`, its claims marked by `assessments`.
  public init(graph: AttributionGraph, assessments: [ClaimAssessment] = [], showsLegend: Bool = true) {
    self.graph = graph
    self.assessments = Dictionary(assessments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    self.showsLegend = showsLegend
  }

  /// The engine for this graph's size: `dot` for small graphs, `sfdp` beyond ``dotNodeLimit``.
  public var defaultEngine: LayoutEngine {
    graph.nodes.count > Self.dotNodeLimit ? .sfdp : .dot
  }

  /// The styled Graphviz graph.
  public var graphviz: Graph {
    MapStyle(graph: graph, assessments: assessments, showsLegend: showsLegend).styledGraph()
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
