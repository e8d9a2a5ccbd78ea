import Foundation

/// A Graphviz layout engine. ``GraphvizInstallation/layoutEngines()`` lists
/// the installed ones.
public struct LayoutEngine: RawRepresentable, Hashable, Comparable, Sendable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The engine's name, as for `dot -K`.
  public let rawValue: String

  /// The engine named `rawValue`.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// The engine named by a string literal.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// Orders engines by name.
  public static func < (lhs: LayoutEngine, rhs: LayoutEngine) -> Bool {
    lhs.rawValue < rhs.rawValue
  }

  /// The engine's name.
  public var description: String { rawValue }

  /// Layered drawing of directed graphs.
  public static let dot: LayoutEngine = "dot"
  /// Spring model (stress majorization), for small undirected-looking graphs.
  public static let neato: LayoutEngine = "neato"
  /// Force-directed placement.
  public static let fdp: LayoutEngine = "fdp"
  /// Multiscale force-directed placement, for large graphs.
  public static let sfdp: LayoutEngine = "sfdp"
  /// Circular layout.
  public static let circo: LayoutEngine = "circo"
  /// Radial layout.
  public static let twopi: LayoutEngine = "twopi"
}

/// A Graphviz output format. ``GraphvizInstallation/outputFormats()`` lists
/// the installed ones.
public struct OutputFormat: RawRepresentable, Hashable, Comparable, Sendable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The format's name, as for `dot -T`.
  public let rawValue: String

  /// The format named `rawValue`.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// The format named by a string literal.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// Orders formats by name.
  public static func < (lhs: OutputFormat, rhs: OutputFormat) -> Bool {
    lhs.rawValue < rhs.rawValue
  }

  /// The format's name.
  public var description: String { rawValue }

  /// DOT with the layout's positions.
  public static let dot: OutputFormat = "dot"
  /// Scalable Vector Graphics.
  public static let svg: OutputFormat = "svg"
  /// PNG image.
  public static let png: OutputFormat = "png"
  /// PDF document.
  public static let pdf: OutputFormat = "pdf"
  /// JSON with the layout's positions and drawing operations.
  public static let json: OutputFormat = "json"

  /// Formats never rendered, with the reason.
  static let refused: [OutputFormat: String] = [
    "gtk": "it opens a window instead of producing data",
    "x11": "it opens a window instead of producing data",
    "xlib": "it opens a window instead of producing data",
    "vdx": "Graphviz's Visio plugin crashes on graphs with links",
    "vrml": "it writes an image file per node into the working directory",
    "tk": "it is a Tcl script, and Graphviz does not escape label text in it",
    "pov": "it is a POV-Ray scene, and Graphviz does not escape label text in it",
    "vml": "it is not well-formed markup and carries a script of Graphviz's own",
  ]

  /// Why the format is refused, or nil: a format is `format[:renderer[:device]]`, and each of
  /// its parts is checked (`vrml:vrml` is `vrml`).
  public var refusal: String? {
    for part in rawValue.lowercased().split(separator: ":") {
      if let reason = Self.refused[OutputFormat(rawValue: String(part))] { return reason }
    }
    return nil
  }

  /// Image maps: they list the graph's links, so a graph without links gives
  /// empty output.
  static let imageMaps: Set<OutputFormat> = [
    "cmap", "cmapx", "cmapx_np", "imap", "imap_np", "ismap",
  ]
}

/// A message from Graphviz, or from this module about a value it changed.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  /// How serious a message is.
  public enum Severity: String, Sendable, Hashable {
    /// The output was produced, perhaps not as intended.
    case warning
    /// The operation failed.
    case error
  }

  /// How serious the message is.
  public var severity: Severity
  /// The message, without Graphviz's `Warning: ` or `Error: ` prefix.
  public var message: String

  /// A message of the given severity.
  public init(_ severity: Severity, _ message: String) {
    self.severity = severity
    self.message = message
  }

  /// The message with its severity, as Graphviz prints it.
  public var description: String { "\(severity): \(message)" }
}

/// A rendered graph: the output bytes and the warnings met on the way.
public struct RenderedGraph: Sendable, Hashable {
  /// The output, in ``format``.
  public var data: Data
  /// The format of ``data``.
  public var format: OutputFormat
  /// The engine that laid the graph out.
  public var engine: LayoutEngine
  /// Warnings from Graphviz (unknown colours, …) and from this module
  /// (dropped links, …).
  public var diagnostics: [Diagnostic]

  /// A rendering with the given contents.
  public init(
    data: Data, format: OutputFormat, engine: LayoutEngine, diagnostics: [Diagnostic] = []
  ) {
    self.data = data
    self.format = format
    self.engine = engine
    self.diagnostics = diagnostics
  }
}

extension Graph {
  /// Lays the graph out with `engine` and renders it as `format`, in this
  /// process.
  ///
  /// Graphviz is not thread-safe: calls from all threads are serialised.
  /// - Throws: ``GraphvizError`` for refused attributes, an unknown engine or
  ///   format, a format that gives no data (other than an image map of a
  ///   graph without links), or any error Graphviz reports.
  public func render(_ format: OutputFormat, layout engine: LayoutEngine = .dot) throws
    -> RenderedGraph
  {
    if let reason = format.refusal {
      throw GraphvizError.unsupportedFormat(format, reason: reason)
    }
    let prepared = try PreparedGraph(self)
    return try GraphvizContext.shared.withGraph(prepared) { session in
      let data = try session.render(format, layout: engine)
      if data.isEmpty && !OutputFormat.imageMaps.contains(format) {
        throw GraphvizError.unsupportedFormat(
          format,
          reason: "Graphviz produced no data (its plugin may be disabled, or write only to files)")
      }
      return RenderedGraph(
        data: data, format: format, engine: engine,
        diagnostics: prepared.diagnostics + session.warnings)
    }
  }

  /// The graph in the DOT language, before layout: exactly what Graphviz
  /// receives, with every value escaped. The same graph always gives the same
  /// text.
  /// - Throws: ``GraphvizError`` for refused attributes or any error Graphviz
  ///   reports.
  public func dotSource() throws -> String {
    let prepared = try PreparedGraph(self)
    return try GraphvizContext.shared.withGraph(prepared) { session in
      try session.dotSource()
    }
  }
}
