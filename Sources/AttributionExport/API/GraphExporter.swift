import AttributionGraph
import Foundation

/// Turns an attribution graph into the bytes of one file format. Each format is one small type;
/// ``ExportFormat`` names them.
public protocol GraphExporter: Sendable {
  /// The graph in this exporter's format. The same graph always gives the same bytes.
  func export(_ graph: AttributionGraph) throws -> Data
}

/// The standard file formats of the attribution graph.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// Versioned JSON of the whole graph (``JSONGraphExporter``).
  case json
  /// Typed GraphML for Gephi, Cytoscape and NetworkX (``GraphMLExporter``).
  case graphml
  /// W3C PROV-O as JSON-LD (``PROVExporter``).
  case prov

  /// The format a file name's extension stands for (`.json`, `.graphml`, `.jsonld`), if any.
  public init?(fileExtension: String) {
    switch fileExtension.lowercased() {
    case "json": self = .json
    case "graphml": self = .graphml
    case "jsonld": self = .prov
    default: return nil
    }
  }

  /// The usual extension of a file in this format, without the dot.
  public var fileExtension: String {
    switch self {
    case .json: "json"
    case .graphml: "graphml"
    case .prov: "jsonld"
    }
  }

  /// The exporter that writes this format, with its default settings.
  public var exporter: any GraphExporter { exporter(judgements: [:]) }

  /// The exporter that writes this format, carrying `judgements` (by claim id) on claim nodes
  /// where the format has room for them (JSON and GraphML).
  public func exporter(judgements: [String: ClaimJudgement]) -> any GraphExporter {
    switch self {
    case .json: JSONGraphExporter(judgements: judgements)
    case .graphml: GraphMLExporter(judgements: judgements)
    case .prov: PROVExporter()
    }
  }
}
