import AttributionGraph

/// The JSON layout of ``JSONGraphExporter``, owned here so that the model's own `Codable`
/// conformance can change without changing the exported schema.
struct JSONGraphDocument: Encodable {
  let graph: AttributionGraph
  let judgements: [String: ClaimJudgement]

  /// Whether nodes and edges are written; without them, empty arrays: the frame
  /// ``JSONGraphExporter`` splices them into.
  private var hasNodesAndEdges = true

  init(_ graph: AttributionGraph, judgements: [String: ClaimJudgement] = [:]) {
    self.graph = graph
    self.judgements = judgements
  }

  var nodes: [JSONNode] { graph.nodes.map { JSONNode(node: $0, judgement: judgements[$0.id]) } }
  var edges: [JSONEdge] { graph.edges.map(JSONEdge.init) }

  /// The document with empty arrays of nodes and edges.
  var withoutNodesAndEdges: JSONGraphDocument {
    var frame = self
    frame.hasNodesAndEdges = false
    return frame
  }

  private enum Keys: String, CodingKey {
    case schemaVersion, title, extraction, nodes, edges
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(JSONGraphExporter.schemaVersion, forKey: .schemaVersion)
    try container.encode(graph.title, forKey: .title)
    try container.encodeIfPresent(graph.extraction, forKey: .extraction)
    try container.encode(hasNodesAndEdges ? nodes : [], forKey: .nodes)
    try container.encode(hasNodesAndEdges ? edges : [], forKey: .edges)
  }
}

struct JSONNode: Encodable {
  let node: Node
  let judgement: ClaimJudgement?

  private enum Keys: String, CodingKey {
    case id, kind, label, aliases, role, affiliation, independenceClass, anonymous, unnamed, url
    case status, primaryStatus, score, contestedRange
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(node.id, forKey: .id)
    try container.encode(node.kind.rawValue, forKey: .kind)
    try container.encode(node.label, forKey: .label)
    try container.encode(node.aliases, forKey: .aliases)
    try container.encode(node.role, forKey: .role)
    try container.encode(node.affiliation, forKey: .affiliation)
    try container.encode(node.independenceClass, forKey: .independenceClass)
    try container.encode(node.anonymous, forKey: .anonymous)
    try container.encode(node.unnamed, forKey: .unnamed)
    try container.encode(node.url, forKey: .url)
    if let judgement {
      try container.encode(judgement.statuses, forKey: .status)
      try container.encode(judgement.primaryStatus, forKey: .primaryStatus)
      try container.encode(judgement.score, forKey: .score)
      try container.encode(judgement.contestedRange, forKey: .contestedRange)
    }
  }
}

struct JSONEdge: Encodable {
  let edge: Edge

  private enum Keys: String, CodingKey {
    case id, kind, from, to, evidence, figures
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(edge.id, forKey: .id)
    try container.encode(edge.kind.rawValue, forKey: .kind)
    try container.encode(edge.from, forKey: .from)
    try container.encode(edge.to, forKey: .to)
    try container.encode(edge.evidence.map(JSONEvidence.init), forKey: .evidence)
    try container.encode(edge.figures, forKey: .figures)
  }
}

private struct JSONEvidence: Encodable {
  let evidence: Evidence

  private enum Keys: String, CodingKey {
    case document, outlet, url, date, sentence, sentenceSpan, source, cue, cueSpans, content, line
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(evidence.document, forKey: .document)
    try container.encode(evidence.outlet, forKey: .outlet)
    try container.encode(evidence.url, forKey: .url)
    try container.encode(evidence.date, forKey: .date)
    try container.encode(evidence.sentence, forKey: .sentence)
    try container.encode(
      [evidence.sentenceSpan.start, evidence.sentenceSpan.end], forKey: .sentenceSpan)
    try container.encode(evidence.source.map { [$0.start, $0.end] }, forKey: .source)
    try container.encode(evidence.cue.text, forKey: .cue)
    try container.encode(evidence.cue.spans.map { [$0.start, $0.end] }, forKey: .cueSpans)
    try container.encode(evidence.content.map { [$0.start, $0.end] }, forKey: .content)
    try container.encode(evidence.line, forKey: .line)
  }
}
