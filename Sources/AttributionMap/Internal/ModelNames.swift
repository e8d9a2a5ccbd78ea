import AttributionGraph

// The module and its main type share the name `AttributionGraph`, so `AttributionGraph.Node`
// cannot name the module's node type where Graphviz's `Node` is also visible. These aliases,
// declared where only the attribution model is imported, name them unambiguously.

/// A node of the attribution graph.
typealias AttributionNode = Node
/// An edge of the attribution graph.
typealias AttributionEdge = Edge
