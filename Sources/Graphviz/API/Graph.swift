/// A directed graph to lay out and render with Graphviz: a plain value that
/// knows nothing about the C library. Graphviz objects exist only while
/// ``Graph/render(_:layout:)`` or ``Graph/dotSource()`` runs.
///
/// The graph follows the DOT language's rules: a node listed twice is one node
/// (later attributes win), an edge may name a node that is listed nowhere (it is
/// created where the edge is), and node and edge defaults apply to the nodes
/// and edges created after them in the same graph or subgraph.
public struct Graph: Sendable, Hashable {
  /// The graph's name. Graphviz shows it as the SVG title; an anonymous graph
  /// would get a process-dependent name, so a name is required.
  public var name: String
  /// Attributes of the graph itself (`rankdir`, `label`, `bgcolor`, …).
  /// As in DOT, subgraphs inherit them: a cluster without a `label` of its
  /// own shows the graph's label.
  public var attributes: Attributes
  /// Attributes every node gets unless it sets its own.
  public var nodeDefaults: Attributes
  /// Attributes every edge gets unless it sets its own.
  public var edgeDefaults: Attributes
  /// Nodes of the root graph, in the order Graphviz receives them.
  public var nodes: [Node]
  /// Subgraphs and clusters, created after the root's nodes.
  public var subgraphs: [Subgraph]
  /// Edges of the root graph, created after nodes and subgraphs.
  public var edges: [Edge]

  /// A graph named `name`.
  public init(
    name: String,
    attributes: Attributes = [:],
    nodeDefaults: Attributes = [:],
    edgeDefaults: Attributes = [:],
    nodes: [Node] = [],
    subgraphs: [Subgraph] = [],
    edges: [Edge] = []
  ) {
    self.name = name
    self.attributes = attributes
    self.nodeDefaults = nodeDefaults
    self.edgeDefaults = edgeDefaults
    self.nodes = nodes
    self.subgraphs = subgraphs
    self.edges = edges
  }
}

/// A node, identified by its ``id`` across the whole graph.
///
/// Without a `label` attribute (here or in an enclosing default) the node shows
/// its identifier, as literal text.
public struct Node: Sendable, Hashable {
  /// The identifier that edges refer to, also the SVG `<title>` of the node.
  /// Control characters are shown as Unicode control pictures (`␊` for a line
  /// feed), since XML cannot carry them.
  public var id: String
  /// The node's attributes (`label`, `shape`, `tooltip`, `URL`, …).
  public var attributes: Attributes

  /// A node with identifier `id`.
  public init(_ id: String, attributes: Attributes = [:]) {
    self.id = id
    self.attributes = attributes
  }
}

/// A directed edge between two nodes, named by their identifiers.
public struct Edge: Sendable, Hashable {
  /// The identifier of the node the edge leaves.
  public var tail: String
  /// The identifier of the node the edge enters.
  public var head: String
  /// The edge's attributes (`label`, `style`, `color`, …).
  public var attributes: Attributes

  /// An edge from `tail` to `head`. Two edges between the same nodes are two
  /// edges: the graph is not strict.
  public init(from tail: String, to head: String, attributes: Attributes = [:]) {
    self.tail = tail
    self.head = head
    self.attributes = attributes
  }
}

/// A subgraph: a group of nodes with its own defaults, drawn as a box when it
/// is a cluster.
public struct Subgraph: Sendable, Hashable {
  /// The subgraph's name. Graphviz receives `cluster_` followed by the name
  /// for a cluster; a plain subgraph whose name starts with `cluster` gets a
  /// leading `_` so that it does not become a cluster by accident.
  public var name: String
  /// Whether Graphviz draws the subgraph as a box around its nodes.
  public var isCluster: Bool
  /// Attributes of the subgraph (`label`, `style`, `color`, `rank`, …);
  /// attributes it does not set are inherited from the enclosing graph.
  public var attributes: Attributes
  /// Defaults for nodes created in this subgraph.
  public var nodeDefaults: Attributes
  /// Defaults for edges created in this subgraph.
  public var edgeDefaults: Attributes
  /// Nodes that belong to this subgraph (and so to every enclosing graph).
  public var nodes: [Node]
  /// Nested subgraphs, created after this subgraph's nodes.
  public var subgraphs: [Subgraph]
  /// Edges created in this subgraph; their endpoints become members of it.
  public var edges: [Edge]

  /// A subgraph named `name`; a cluster unless `isCluster` is false.
  public init(
    name: String,
    isCluster: Bool = true,
    attributes: Attributes = [:],
    nodeDefaults: Attributes = [:],
    edgeDefaults: Attributes = [:],
    nodes: [Node] = [],
    subgraphs: [Subgraph] = [],
    edges: [Edge] = []
  ) {
    self.name = name
    self.isCluster = isCluster
    self.attributes = attributes
    self.nodeDefaults = nodeDefaults
    self.edgeDefaults = edgeDefaults
    self.nodes = nodes
    self.subgraphs = subgraphs
    self.edges = edges
  }
}
