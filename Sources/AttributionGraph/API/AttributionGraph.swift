import AttributionDocuments
import AttributionExtraction

/// What a node of the attribution graph stands for.
public enum NodeKind: String, Codable, CaseIterable, Sendable {
  /// A person: an official or anyone else, named or anonymous.
  case person
  /// A government body, agency, army or other organization speaking as itself.
  case institution
  /// A news outlet, wire service, think tank or aggregator that publishes reports.
  case outlet
  /// The medium of a statement: Telegram, a broadcaster interview, a briefing, a video address.
  case channel
  /// Something asserted, merged across the articles that report it.
  case claim
}

/// One real-world actor, medium or claim.
public struct Node: Hashable, Codable, Sendable, Identifiable {
  /// A stable identifier derived from the kind and canonical name ("person:andrii-kovalenko").
  public var id: String
  /// What the node stands for.
  public var kind: NodeKind
  /// The canonical name, or for a claim its text.
  public var label: String
  /// Every other way the articles name it.
  public var aliases: [String]
  /// A title or position ("defense minister"), for people.
  public var role: String?
  /// The country or organization the actor speaks for ("Ukraine", "US").
  public var affiliation: String?
  /// The independence class: actors in one class do not corroborate each other.
  public var independenceClass: String?
  /// True for an unnamed source ("an unnamed senior Ukrainian intelligence official").
  public var anonymous: Bool
  /// True for an outlet the text alludes to without naming ("South Korean media").
  public var unnamed: Bool
  /// A link for the node, http(s) only (an article's URL for its outlet).
  public var url: String?

  public init(
    id: String, kind: NodeKind, label: String, aliases: [String] = [], role: String? = nil,
    affiliation: String? = nil, independenceClass: String? = nil, anonymous: Bool = false,
    unnamed: Bool = false, url: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.label = label
    self.aliases = aliases
    self.role = role
    self.affiliation = affiliation
    self.independenceClass = independenceClass
    self.anonymous = anonymous
    self.unnamed = unnamed
    self.url = url
  }

  /// The id prefix of the node that stands for an article's statements no words name a source
  /// for ("it was reported that …"): one node an article, labelled "Unattributed report".
  public static let unattributedPrefix = "person:unattributed-"

  /// True for the node of an article's statements with no source named at all.
  public var isUnattributed: Bool { id.hasPrefix(Self.unattributedPrefix) }
}

/// What an edge says about its two ends.
public enum EdgeKind: String, Codable, CaseIterable, Sendable {
  /// The source asserted the claim.
  case said
  /// The source confirmed the claim.
  case confirmed
  /// An outlet or person relayed another source's statement (from relayer to relayed).
  case cited
  /// The source looked and could not confirm the claim.
  case couldNotVerify
  /// The source denied the claim.
  case denied
  /// Two claims state different figures for one quantity.
  case contradicts
  /// A source spoke through a channel (from source to channel).
  case via
  /// An outlet asked a source for comment and got none: "declined to comment", "did not respond
  /// to a request for comment" (from the article's outlet to the source).
  case noComment
}

extension EdgeKind {
  /// The kind in words, as reports and maps write it: "said", "could not verify".
  public var inWords: String {
    switch self {
    case .couldNotVerify: "could not verify"
    case .noComment: "no comment"
    default: rawValue
    }
  }
}

/// Where in an article an edge was read: the article, the sentence, the spans and the cue.
public struct Evidence: Hashable, Codable, Sendable {
  /// The article's identifier (file name without extension).
  public var document: String
  /// The outlet that published the article, when known.
  public var outlet: String?
  /// The sentence's text.
  public var sentence: String
  /// The sentence's span in the article.
  public var sentenceSpan: TextSpan
  /// The source's spans (empty for agentless attributions).
  public var source: [TextSpan]
  /// The cue: its text and spans.
  public var cue: Mention
  /// The content's spans.
  public var content: [TextSpan]
  /// The 1-based line of the cue in the article file.
  public var line: Int
  /// The article's address, when known (http or https).
  public var url: String?
  /// The article's publication date as written in its metadata.
  public var date: String?

  public init(
    document: String, outlet: String? = nil, sentence: String, sentenceSpan: TextSpan,
    source: [TextSpan], cue: Mention, content: [TextSpan], line: Int, url: String? = nil,
    date: String? = nil
  ) {
    self.document = document
    self.outlet = outlet
    self.sentence = sentence
    self.sentenceSpan = sentenceSpan
    self.source = source
    self.cue = cue
    self.content = content
    self.line = line
    self.url = url
    self.date = date
  }
}

/// A directed, typed relation between two nodes, with all the evidence for it.
public struct Edge: Hashable, Codable, Sendable, Identifiable {
  /// A stable identifier from the kind and both ends.
  public var id: String { "\(from)-\(kind.rawValue)-\(to)" }
  /// What the edge says.
  public var kind: EdgeKind
  /// The node the relation starts at (the speaker, the relaying outlet).
  public var from: String
  /// The node it ends at (the claim, the relayed source).
  public var to: String
  /// Every place in the articles that shows the relation.
  public var evidence: [Evidence]
  /// For `contradicts`: the figure each claim gives, keyed by claim node id.
  public var figures: [String: String]

  public init(
    kind: EdgeKind, from: String, to: String, evidence: [Evidence] = [],
    figures: [String: String] = [:]
  ) {
    self.kind = kind
    self.from = from
    self.to = to
    self.evidence = evidence
    self.figures = figures
  }
}

/// The web of attributions across a case's articles: actors, channels, claims and the edges
/// between them. Node and edge order is deterministic.
public struct AttributionGraph: Hashable, Codable, Sendable {
  /// The graph's title (the case title or folder name).
  public var title: String
  /// How the articles were read, when known: the extraction tier ("accurate", "fast") or the
  /// records the graph was built from. Metadata: it takes no part in equality.
  public var extraction: String?
  /// Nodes in a stable order.
  public private(set) var nodes: [Node]
  /// Edges in a stable order.
  public private(set) var edges: [Edge]

  private var nodeIndex: [String: Int]
  private var edgeIndex: [String: Int]
  /// Positions in `edges` of the edges leaving and entering each node.
  private var outgoing: [String: [Int]] = [:]
  private var incoming: [String: [Int]] = [:]
  /// The evidence of each edge with at least ``scannedEvidence`` pieces, as a set, so adding
  /// evidence to an edge that has thousands (one source quoted all through a long article)
  /// does not scan them all. Shorter lists are scanned, which is cheaper than hashing.
  private var evidenceOfEdge: [Int: Set<Evidence>] = [:]
  private static let scannedEvidence = 16

  private enum CodingKeys: String, CodingKey {
    case title, extraction, nodes, edges
  }

  public init(title: String) {
    self.title = title
    nodes = []
    edges = []
    nodeIndex = [:]
    edgeIndex = [:]
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(title: try container.decode(String.self, forKey: .title))
    extraction = try container.decodeIfPresent(String.self, forKey: .extraction)
    for node in try container.decode([Node].self, forKey: .nodes) { add(node) }
    for edge in try container.decode([Edge].self, forKey: .edges) { add(edge) }
  }

  /// Graphs are equal when their titles, nodes and edges are: the lookup tables are derived
  /// from those and take no part.
  public static func == (a: AttributionGraph, b: AttributionGraph) -> Bool {
    a.title == b.title && a.nodes == b.nodes && a.edges == b.edges
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(title)
    hasher.combine(nodes)
    hasher.combine(edges)
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(title, forKey: .title)
    try container.encodeIfPresent(extraction, forKey: .extraction)
    try container.encode(nodes, forKey: .nodes)
    try container.encode(edges, forKey: .edges)
  }

  /// The node with `id`, if any.
  public func node(_ id: String) -> Node? {
    nodeIndex[id].map { nodes[$0] }
  }

  /// Adds `node`, or merges it into the node with the same id (aliases united, missing facts
  /// filled in).
  @discardableResult
  public mutating func add(_ node: Node) -> String {
    if let index = nodeIndex[node.id] {
      var existing = nodes[index]
      for alias in node.aliases + [node.label]
      where alias != existing.label && !existing.aliases.contains(alias) {
        existing.aliases.append(alias)
      }
      existing.role = existing.role ?? node.role
      existing.affiliation = existing.affiliation ?? node.affiliation
      existing.independenceClass = existing.independenceClass ?? node.independenceClass
      existing.url = existing.url ?? node.url
      nodes[index] = existing
    } else {
      nodeIndex[node.id] = nodes.count
      nodes.append(node)
    }
    return node.id
  }

  /// Replaces the node with the same id.
  public mutating func update(_ node: Node) {
    guard let index = nodeIndex[node.id] else { return }
    nodes[index] = node
  }

  /// Adds `edge`, or adds its evidence to the edge of the same kind between the same nodes.
  /// Evidence already recorded is not repeated.
  public mutating func add(_ edge: Edge) {
    if let index = edgeIndex[edge.id] {
      for evidence in edge.evidence {
        if edges[index].evidence.count < Self.scannedEvidence {
          guard !edges[index].evidence.contains(evidence) else { continue }
        } else {
          guard evidenceOfEdge[index, default: Set(edges[index].evidence)].insert(evidence).inserted
          else { continue }
        }
        edges[index].evidence.append(evidence)
      }
      edges[index].figures.merge(edge.figures) { old, _ in old }
    } else {
      edgeIndex[edge.id] = edges.count
      outgoing[edge.from, default: []].append(edges.count)
      incoming[edge.to, default: []].append(edges.count)
      edges.append(edge)
    }
  }

  /// The edges leaving `id`, in graph order.
  public func edges(from id: String) -> [Edge] {
    (outgoing[id] ?? []).map { edges[$0] }
  }

  /// The edges arriving at `id`, in graph order.
  public func edges(to id: String) -> [Edge] {
    (incoming[id] ?? []).map { edges[$0] }
  }

  /// The nodes of `kind`.
  public func nodes(of kind: NodeKind) -> [Node] {
    nodes.filter { $0.kind == kind }
  }
}
