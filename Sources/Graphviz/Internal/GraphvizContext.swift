internal import CGraphviz
import Foundation

/// The process's one Graphviz context. Graphviz keeps global state (error
/// level, layout scratch data) and aborts when two threads lay out at once,
/// even with separate contexts, so every call goes through ``lock``.
final class GraphvizContext: @unchecked Sendable {
  static let shared = GraphvizContext()

  private let lock = NSLock()
  /// The libgvc context; nil if Graphviz could not create one.
  private let context: OpaquePointer?
  /// Messages Graphviz printed while creating the context.
  private let startupMessages: [Diagnostic]

  private init() {
    cgv_disable_file_loading()
    _ = agseterrf { piece in
      if let piece { graphvizMessages.receive(String(cString: piece)) }
      return 0
    }
    graphvizMessages = MessageCollector()
    context = gvContext()
    startupMessages = graphvizMessages.diagnostics
  }

  /// The version of libgvc.
  func version() -> String {
    locked {
      guard let context, let version = gvcVersion(context) else { return "unknown" }
      return String(cString: version)
    }
  }

  /// Names of the installed plugins of `kind` (`layout`, `device`, …), sorted.
  func pluginNames(kind: String) throws -> [String] {
    try locked {
      let context = try requireContext()
      var count: Int32 = 0
      guard let list = gvPluginList(context, kind, &count, nil) else {
        if graphvizReportedErrors() { throw failure("list \(kind) plugins") }
        return []
      }
      defer { free(list) }
      var names: Set<String> = []
      for index in 0..<Int(count) {
        guard let name = list[index] else { continue }
        names.insert(String(cString: name))
        free(name)
      }
      return names.sorted()
    }
  }

  /// Builds `graph` in cgraph, runs `body` on it, and frees everything.
  func withGraph<Result>(_ graph: PreparedGraph, _ body: (GraphSession) throws -> Result)
    throws -> Result
  {
    try locked {
      let session = try GraphSession(context: try requireContext(), name: graph.root.name)
      defer { session.close() }
      try session.build(graph.root)
      return try body(session)
    }
  }

  /// Runs `body` holding the lock, with Graphviz's error state reset.
  private func locked<Result>(_ body: () throws -> Result) rethrows -> Result {
    lock.lock()
    defer { lock.unlock() }
    _ = agreseterrors()
    graphvizMessages = MessageCollector()
    return try body()
  }

  private func requireContext() throws -> OpaquePointer {
    guard let context else {
      throw GraphvizError.graphviz(operation: "create a context", messages: startupMessages)
    }
    return context
  }
}

/// A cgraph graph being built, laid out and rendered; only used while the
/// context lock is held.
final class GraphSession {
  private let context: OpaquePointer
  private let root: UnsafeMutablePointer<Agraph_t>

  fileprivate init(context: OpaquePointer, name: String) throws {
    self.context = context
    guard let root = cgv_open_directed(name) else {
      throw failure("create the graph")
    }
    self.root = root
  }

  /// Graphviz's warnings since the operation began.
  var warnings: [Diagnostic] { graphvizMessages.diagnostics.filter { $0.severity == .warning } }

  /// Lays the graph out with `engine` and renders it as `format`.
  func render(_ format: OutputFormat, layout engine: LayoutEngine) throws -> Data {
    guard gvLayout(context, root, engine.rawValue) == 0, !errorsReported else {
      throw failure("lay out the graph with \(engine)")
    }
    var buffer: UnsafeMutablePointer<CChar>?
    var length: UInt32 = 0
    let status = gvRenderData(context, root, format.rawValue, &buffer, &length)
    defer { if let buffer { gvFreeRenderData(buffer) } }
    guard status == 0, !errorsReported, let buffer else {
      throw failure("render the graph as \(format)")
    }
    return Data(bytes: buffer, count: Int(length))
  }

  /// The graph in DOT, as cgraph writes it.
  func dotSource() throws -> String {
    var length = 0
    guard let buffer = cgv_write_dot(root, &length), !errorsReported else {
      throw failure("write the graph as DOT")
    }
    defer { free(buffer) }
    return String(decoding: UnsafeRawBufferPointer(start: buffer, count: length), as: UTF8.self)
  }

  fileprivate func close() {
    _ = gvFreeLayout(context, root)
    _ = agclose(root)
  }

  /// Creates the contents of the root graph.
  fileprivate func build(_ graph: PreparedSubgraph) throws {
    try fill(root, with: graph)
    if errorsReported { throw failure("build the graph") }
  }

  private func fill(_ graph: UnsafeMutablePointer<Agraph_t>, with prepared: PreparedSubgraph)
    throws
  {
    try set(prepared.attributes, on: graph)
    for (kind, defaults) in [(AGNODE, prepared.nodeDefaults), (AGEDGE, prepared.edgeDefaults)] {
      for attribute in defaults {
        try check(
          cgv_set_default(
            graph, kind, attribute.name, attribute.value, attribute.isHTML ? 1 : 0))
      }
    }
    for node in prepared.nodes {
      let created = try member(node, of: graph)
      try set(node.attributes, on: created)
    }
    for subgraph in prepared.subgraphs {
      guard let created = cgv_subgraph(graph, subgraph.name) else {
        throw failure("create subgraph \(String(reflecting: subgraph.name))")
      }
      try fill(created, with: subgraph)
    }
    for edge in prepared.edges {
      let tail = try member(edge.tail, of: graph)
      let head = try member(edge.head, of: graph)
      guard let created = cgv_create_edge(graph, tail, head) else {
        throw failure(
          "create edge \(String(reflecting: edge.tail.name)) -> "
            + String(reflecting: edge.head.name))
      }
      try set(edge.attributes, on: created)
    }
  }

  /// The node `node` names, made a member of `graph`; created there (with its
  /// fallback label) if the graph has no such node yet.
  private func member(_ node: PreparedNode, of graph: UnsafeMutablePointer<Agraph_t>) throws
    -> UnsafeMutablePointer<Agnode_t>
  {
    if let existing = cgv_find_node(graph, node.name), let member = cgv_add_node(graph, existing) {
      return member
    }
    guard let created = cgv_create_node(graph, node.name) else {
      throw failure("create node \(String(reflecting: node.name))")
    }
    if let label = node.fallbackLabel { try set([label], on: created) }
    return created
  }

  private func set(_ attributes: [PreparedAttribute], on object: UnsafeMutableRawPointer) throws {
    for attribute in attributes {
      try check(cgv_set(object, attribute.name, attribute.value, attribute.isHTML ? 1 : 0))
    }
  }

  private func check(_ status: Int32) throws {
    if status != 0 { throw failure("set an attribute") }
  }

  private var errorsReported: Bool { graphvizReportedErrors() }
}

/// Whether Graphviz reported an error (not just a warning) since the last reset.
private func graphvizReportedErrors() -> Bool {
  agerrors() >= Int32(AGERR.rawValue)
}

/// The error for a failed `operation`, carrying Graphviz's messages.
private func failure(_ operation: String) -> GraphvizError {
  .graphviz(operation: operation, messages: graphvizMessages.diagnostics)
}

/// Graphviz's messages since the last reset. Written by the error callback,
/// which Graphviz only calls from inside calls made with the context lock held.
nonisolated(unsafe) private var graphvizMessages = MessageCollector()

/// Assembles Graphviz's messages from the pieces its error callback receives:
/// `"Error"` or `"Warning"`, then `": "`, then the message; continuation
/// messages arrive without the first two pieces.
struct MessageCollector {
  private var messages: [Diagnostic] = []
  private var pendingSeverity: Diagnostic.Severity?
  private var expectsMessage = false

  /// The messages so far, without trailing line breaks.
  var diagnostics: [Diagnostic] {
    messages.map { message in
      var trimmed = message
      while let last = trimmed.message.last, last.isWhitespace { trimmed.message.removeLast() }
      return trimmed
    }
  }

  mutating func receive(_ piece: String) {
    if expectsMessage, let severity = pendingSeverity {
      messages.append(Diagnostic(severity, piece))
      pendingSeverity = nil
      expectsMessage = false
    } else if pendingSeverity != nil, piece == ": " {
      expectsMessage = true
    } else if piece == "Error" || piece == "Warning" {
      pendingSeverity = piece == "Error" ? .error : .warning
    } else if messages.isEmpty {
      messages.append(Diagnostic(.error, piece))
    } else {
      messages[messages.count - 1].message += piece
    }
  }
}
