/// An attribute checked and escaped, ready to hand to cgraph.
struct PreparedAttribute: Hashable {
  let name: String
  let value: String
  let isHTML: Bool
}

/// A node reference as cgraph receives it. `fallbackLabel` is set on the
/// node if this reference creates it and no default label applies: without
/// it, Graphviz would show the node's name through `\N`, expanding
/// backslashes and entities in it.
struct PreparedNode {
  let name: String
  let fallbackLabel: PreparedAttribute?
  let attributes: [PreparedAttribute]
}

/// An edge as cgraph receives it.
struct PreparedEdge {
  let tail: PreparedNode
  let head: PreparedNode
  let attributes: [PreparedAttribute]
}

/// A graph or subgraph as cgraph receives it.
struct PreparedSubgraph {
  let name: String
  let attributes: [PreparedAttribute]
  let nodeDefaults: [PreparedAttribute]
  let edgeDefaults: [PreparedAttribute]
  let nodes: [PreparedNode]
  let subgraphs: [PreparedSubgraph]
  let edges: [PreparedEdge]
}

/// A ``Graph`` with every name and value checked and escaped, plus the
/// warnings about values that were dropped. Building it touches no C code.
struct PreparedGraph {
  let root: PreparedSubgraph
  let diagnostics: [Diagnostic]

  init(_ graph: Graph) throws {
    var preparer = Preparer()
    root = try preparer.prepare(
      name: graph.name, object: "graph \(String(reflecting: graph.name))",
      attributes: graph.attributes, nodeDefaults: graph.nodeDefaults,
      edgeDefaults: graph.edgeDefaults, nodes: graph.nodes, subgraphs: graph.subgraphs,
      edges: graph.edges, inheritsNodeLabel: false)
    diagnostics = preparer.diagnostics
  }
}

private struct Preparer {
  var diagnostics: [Diagnostic] = []

  private static let labelAttributes: Set<Attribute> = [
    "label", "xlabel", "headlabel", "taillabel",
  ]
  private static let tooltipAttributes: Set<Attribute> = [
    "tooltip", "headtooltip", "tailtooltip", "labeltooltip", "edgetooltip",
  ]
  private static let escapedTextAttributes: Set<Attribute> = ["id", "target"]
  private static let plainTextAttributes: Set<Attribute> = ["comment", "class"]
  private static let linkAttributes: Set<Attribute> = [
    "URL", "href", "headURL", "headhref", "tailURL", "tailhref", "labelURL", "labelhref",
    "edgeURL", "edgehref",
  ]
  private static let refusedAttributes: [Attribute: String] = [
    "image": "it reads an image file",
    "shapefile": "it reads a file",
    "imagepath": "it names directories to read images from",
    "fontpath": "it names directories to read fonts from",
    "stylesheet": "it makes SVG load a style sheet",
    "charset": "this module always writes UTF-8",
  ]
  private static let recordShapes: Set<String> = ["record", "Mrecord"]

  /// Whether `name` has the form of a Graphviz attribute name: ASCII letters,
  /// digits and `_`, starting with a letter.
  private static func isWellFormed(_ name: String) -> Bool {
    func isLetter(_ scalar: Unicode.Scalar) -> Bool {
      ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
    guard let first = name.unicodeScalars.first, isLetter(first) else { return false }
    return name.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) || $0 == "_" }
  }

  mutating func prepare(
    name: String, object: String, attributes: Attributes, nodeDefaults: Attributes,
    edgeDefaults: Attributes, nodes: [Node], subgraphs: [Subgraph], edges: [Edge],
    inheritsNodeLabel: Bool
  ) throws -> PreparedSubgraph {
    guard !name.isEmpty else { throw GraphvizError.emptyName(object: object) }
    let nodeLabelApplies = inheritsNodeLabel || nodeDefaults[.label] != nil
    return PreparedSubgraph(
      name: GraphvizText.identifier(name),
      attributes: try prepare(attributes, object: object),
      nodeDefaults: try prepare(nodeDefaults, object: "node defaults of \(object)"),
      edgeDefaults: try prepare(edgeDefaults, object: "edge defaults of \(object)"),
      nodes: try nodes.map {
        try prepare(
          nodeID: $0.id, attributes: $0.attributes, inheritsLabel: nodeLabelApplies)
      },
      subgraphs: try subgraphs.map { try prepare($0, inheritsNodeLabel: nodeLabelApplies) },
      edges: try edges.map { edge in
        let object = "edge \(String(reflecting: edge.tail)) -> \(String(reflecting: edge.head))"
        return PreparedEdge(
          tail: try prepare(nodeID: edge.tail, attributes: [:], inheritsLabel: nodeLabelApplies),
          head: try prepare(nodeID: edge.head, attributes: [:], inheritsLabel: nodeLabelApplies),
          attributes: try prepare(edge.attributes, object: object))
      })
  }

  private mutating func prepare(_ subgraph: Subgraph, inheritsNodeLabel: Bool) throws
    -> PreparedSubgraph
  {
    let kind = subgraph.isCluster ? "cluster" : "subgraph"
    let name: String
    if subgraph.isCluster {
      name = "cluster_" + subgraph.name
    } else {
      name = subgraph.name.hasPrefix("cluster") ? "_" + subgraph.name : subgraph.name
    }
    return try prepare(
      name: subgraph.name.isEmpty ? "" : name,
      object: "\(kind) \(String(reflecting: subgraph.name))",
      attributes: subgraph.attributes, nodeDefaults: subgraph.nodeDefaults,
      edgeDefaults: subgraph.edgeDefaults, nodes: subgraph.nodes, subgraphs: subgraph.subgraphs,
      edges: subgraph.edges, inheritsNodeLabel: inheritsNodeLabel)
  }

  private mutating func prepare(nodeID: String, attributes: Attributes, inheritsLabel: Bool)
    throws -> PreparedNode
  {
    let object = "node \(String(reflecting: nodeID))"
    guard !nodeID.isEmpty else { throw GraphvizError.emptyName(object: object) }
    let needsLabel = !inheritsLabel && attributes[.label] == nil
    return PreparedNode(
      name: GraphvizText.identifier(nodeID),
      fallbackLabel: needsLabel
        ? PreparedAttribute(
          name: "label", value: GraphvizText.label(nodeID, alignment: .center), isHTML: false)
        : nil,
      attributes: try prepare(attributes, object: object))
  }

  private mutating func prepare(_ attributes: Attributes, object: String) throws
    -> [PreparedAttribute]
  {
    try attributes.sorted { $0.key < $1.key }.compactMap { attribute, value in
      try prepare(attribute, value, object: object)
    }
  }

  private mutating func prepare(_ attribute: Attribute, _ value: AttributeValue, object: String)
    throws -> PreparedAttribute?
  {
    let name = attribute.rawValue
    guard Self.isWellFormed(name) else {
      let reason =
        name.hasPrefix("_")
        ? "attributes starting with \"_\" hold drawing operations, which can read image files"
        : "attribute names are ASCII letters, digits and \"_\", starting with a letter"
      throw GraphvizError.refusedAttribute(attribute, object: object, reason: reason)
    }
    if let reason = Self.refusedAttributes[attribute] {
      throw GraphvizError.refusedAttribute(attribute, object: object, reason: reason)
    }
    let text: String
    switch value {
    case .label(let label):
      guard Self.labelAttributes.contains(attribute) else {
        throw GraphvizError.invalidValue(
          attribute, value: "\(label)", object: object,
          reason: "only label, xlabel, headlabel and taillabel take a label")
      }
      switch label {
      case .text(let text, let alignment):
        return PreparedAttribute(
          name: name, value: GraphvizText.label(text, alignment: alignment), isHTML: false)
      case .html(let html):
        let markup = try HTMLMarkup(attribute: attribute, object: object).markup(html)
        return PreparedAttribute(name: name, value: markup, isHTML: true)
      }
    case .string(let string):
      text = string
    }
    if Self.labelAttributes.contains(attribute) {
      return PreparedAttribute(
        name: name, value: GraphvizText.label(text, alignment: .center), isHTML: false)
    }
    if Self.tooltipAttributes.contains(attribute) {
      return PreparedAttribute(name: name, value: GraphvizText.tooltip(text), isHTML: false)
    }
    if Self.escapedTextAttributes.contains(attribute) {
      return PreparedAttribute(name: name, value: GraphvizText.escapedText(text), isHTML: false)
    }
    if Self.plainTextAttributes.contains(attribute) {
      return PreparedAttribute(name: name, value: GraphvizText.plainText(text), isHTML: false)
    }
    if Self.linkAttributes.contains(attribute) {
      guard let link = GraphvizText.link(text) else {
        diagnostics.append(
          Diagnostic(
            .warning,
            "dropped \(name) \(String(reflecting: text)) on \(object): only absolute http and "
              + "https links are allowed"))
        return nil
      }
      return PreparedAttribute(name: name, value: link, isHTML: false)
    }
    if let problem = GraphvizText.keywordProblem(text) {
      throw GraphvizError.invalidValue(attribute, value: text, object: object, reason: problem)
    }
    if attribute == .shape, Self.recordShapes.contains(text) {
      throw GraphvizError.refusedAttribute(
        attribute, object: object,
        reason: "record shapes give \"{\", \"|\" and \"<\" in labels a meaning; "
          + "use an HTML-like table label instead")
    }
    return PreparedAttribute(name: name, value: text, isHTML: false)
  }
}
