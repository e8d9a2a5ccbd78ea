/// What part of a graph to keep: a neighbourhood of some nodes, some edge kinds, evidence from
/// some outlets or dates. Nodes left without edges are dropped, except the focus itself.
public struct GraphFilter: Hashable, Sendable {
  /// Keep only nodes within ``depth`` steps (either direction) of these nodes, and of the
  /// claims only those among them: the walk never enters another claim.
  public var focus: [String]
  /// How many steps from the focus to keep.
  public var depth: Int
  /// Keep only edges of these kinds (all when empty).
  public var kinds: Set<EdgeKind>
  /// Keep only evidence from articles of these outlets (all when empty): each is compared
  /// case-insensitively with the article's outlet, with and without a leading "The", and as
  /// initials ("FT" for the Financial Times; see ``outlet(_:matches:)``).
  public var outlets: Set<String>
  /// Keep only evidence from articles dated on or after this ISO 8601 date.
  public var since: String?
  /// Keep only evidence from articles dated on or before this ISO 8601 date.
  public var until: String?

  public init(
    focus: [String] = [], depth: Int = 2, kinds: Set<EdgeKind> = [], outlets: Set<String> = [],
    since: String? = nil, until: String? = nil
  ) {
    self.focus = focus
    self.depth = depth
    self.kinds = kinds
    self.outlets = outlets
    self.since = since
    self.until = until
  }

  /// True when the filter keeps everything.
  public var isEmpty: Bool {
    focus.isEmpty && kinds.isEmpty && outlets.isEmpty && since == nil && until == nil
  }

  /// Whether `query`, as given to an outlet filter, names `outlet`: the same name whatever
  /// the case and a leading "The" ("new york times" is "The New York Times"), or its initials
  /// ("FT", "NYT", "WSJ": the first letters of its words but "the", "of", "and", "&").
  public static func outlet(_ outlet: String, matches query: String) -> Bool {
    let name = Self.outletWords(outlet)
    let asked = Self.outletWords(query)
    guard !name.isEmpty, !asked.isEmpty else { return false }
    if name == asked { return true }
    guard asked.count == 1, asked[0].count >= 2, name.count >= 2 else { return false }
    let initials = name.filter { !["the", "of", "and", "&"].contains($0) }.compactMap(\.first)
    return String(initials) == asked[0]
  }

  /// The lower-cased words of an outlet's name without a leading "the".
  private static func outletWords(_ name: String) -> [String] {
    let words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "." }).map(String.init)
    return words.first == "the" ? Array(words.dropFirst()) : words
  }

  /// Whether the filter's outlets and dates keep `evidence`.
  public func keeps(_ evidence: Evidence) -> Bool {
    if !outlets.isEmpty {
      guard let outlet = evidence.outlet, outlets.contains(where: { Self.outlet(outlet, matches: $0) })
      else { return false }
    }
    if since != nil || until != nil {
      guard let date = evidence.date.map({ String($0.prefix(10)) }) else { return false }
      if let since, date < since { return false }
      if let until, date > String(until.prefix(10)) { return false }
    }
    return true
  }
}

extension AttributionGraph {
  /// The part of the graph `filter` keeps, nodes and edges in their original order.
  public func filtered(_ filter: GraphFilter) -> AttributionGraph {
    guard !filter.isEmpty else { return self }
    var keptEdges: [Edge] = []
    for var edge in edges {
      if !filter.kinds.isEmpty && !filter.kinds.contains(edge.kind) { continue }
      edge.evidence = edge.evidence.filter(filter.keeps)
      // A contradiction stands between two claims whatever article shows it; it stays when both
      // claims do.
      if edge.evidence.isEmpty && edge.kind != .contradicts { continue }
      keptEdges.append(edge)
    }
    let linking = keptEdges.filter { $0.kind != .contradicts }
    var keptNodes: Set<String>
    if filter.focus.isEmpty {
      keptNodes = Set(linking.flatMap { [$0.from, $0.to] })
      if filter.kinds == [.contradicts] { keptNodes = Set(keptEdges.flatMap { [$0.from, $0.to] }) }
    } else {
      keptNodes = Set(filter.focus.filter { node($0) != nil })
      var frontier = keptNodes
      // Only the claims asked for are shown: the walk follows their sources and the chains
      // that carry them, never into the other claims those sources made.
      let reachable = { (id: String) in self.node(id)?.kind != .claim }
      for _ in 0..<max(0, filter.depth) {
        var next: Set<String> = []
        for edge in keptEdges {
          if frontier.contains(edge.from), !keptNodes.contains(edge.to), reachable(edge.to) { next.insert(edge.to) }
          if frontier.contains(edge.to), !keptNodes.contains(edge.from), reachable(edge.from) { next.insert(edge.from) }
        }
        keptNodes.formUnion(next)
        frontier = next
      }
    }
    var result = AttributionGraph(title: title)
    for node in nodes where keptNodes.contains(node.id) { result.add(node) }
    for edge in keptEdges where keptNodes.contains(edge.from) && keptNodes.contains(edge.to) {
      result.add(edge)
    }
    return result
  }
}
