import Foundation

/// Why a graph could not be rendered.
public enum GraphvizError: Error, Hashable, Sendable, LocalizedError, CustomStringConvertible {
  /// Graphviz reported errors while building, laying out or rendering the
  /// graph; `messages` are Graphviz's own words.
  case graphviz(operation: String, messages: [Diagnostic])
  /// An attribute that reads files or would change how text is read;
  /// `object` names where it was set.
  case refusedAttribute(Attribute, object: String, reason: String)
  /// A value this module cannot pass to Graphviz safely.
  case invalidValue(Attribute, value: String, object: String, reason: String)
  /// A name that Graphviz would treat as anonymous.
  case emptyName(object: String)
  /// A format that cannot be rendered into memory here: it opens a window,
  /// or its plugin produced no data.
  case unsupportedFormat(OutputFormat, reason: String)
  /// Plugins this project needs are not registered with Graphviz.
  case missingPlugins(layoutEngines: [LayoutEngine], outputFormats: [OutputFormat])

  /// What went wrong, in one paragraph.
  public var description: String {
    switch self {
    case .graphviz(let operation, let messages):
      let text = messages.map(\.description).joined(separator: "; ")
      return "Graphviz failed to \(operation): \(text.isEmpty ? "no message" : text)"
    case .refusedAttribute(let attribute, let object, let reason):
      return "attribute \"\(attribute)\" on \(object) is refused: \(reason)"
    case .invalidValue(let attribute, let value, let object, let reason):
      return "attribute \"\(attribute)\" on \(object) has an invalid value "
        + "\(String(reflecting: value)): \(reason)"
    case .emptyName(let object):
      return "\(object) has an empty name; Graphviz would make it anonymous"
    case .unsupportedFormat(let format, let reason):
      return "output format \"\(format)\" cannot be rendered: \(reason)"
    case .missingPlugins(let engines, let formats):
      let missing =
        engines.map { "layout engine \"\($0)\"" } + formats.map { "output format \"\($0)\"" }
      return "Graphviz lacks \(missing.joined(separator: ", ")). If Graphviz is installed, "
        + "register its plugins with `sudo dot -c`; otherwise install it "
        + "(`apt install graphviz libgraphviz-dev`, or `brew install graphviz`)."
    }
  }

  /// Same as ``description``.
  public var errorDescription: String? { description }
}
