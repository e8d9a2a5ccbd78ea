import AttributionDocuments
import AttributionGraph
import Foundation

/// The kinds of edge by which a source takes a position on a claim.
enum Statements {
  /// Edges that support a claim.
  static let supporting: Set<EdgeKind> = [.said, .confirmed]
  /// Edges that count against a claim.
  static let negative: Set<EdgeKind> = [.couldNotVerify, .denied]
  /// Every edge from a source to a claim.
  static let all = supporting.union(negative)
}

/// Walks the `cited` edges of a graph: who relayed whom, in which article.
struct CitationIndex {
  let graph: AttributionGraph
  /// The `cited` edges arriving at each node, with what their evidence covers.
  let citedInto: [String: [CitedEdge]]
  /// The same by article: a person quoted in thousands of articles is walked back from in one.
  private let citedIntoInArticle: [String: [String: [CitedEdge]]]
  /// The `cited` edges leaving each node.
  let citedFrom: [String: [Edge]]
  /// The nodes each node cites in each article: a chain of relays runs within one article.
  private let citedInArticle: [String: [String: [String]]]
  /// The `via` edges (source to channel) leaving each node, with the sentences of their
  /// evidence: a source with thousands of statements has few channels, looked up for each.
  private let viaFrom: [String: [ChannelEdge]]
  /// ``relayed(from:)`` of each node asked for, shared by the claims scored on all cores: an
  /// outlet that relays thousands of sources is walked once, not once per claim it states.
  private let relayCache = RelayCache()

  /// A `via` edge and the sentences its evidence is in.
  struct ChannelEdge {
    let edge: Edge
    let sentences: Set<Sentence>
  }

  /// A `cited` edge and the articles, sentences and attributions of its evidence, as sets: an
  /// outlet that relays one source thousands of times has one edge with thousands of pieces of
  /// evidence, which a walk would otherwise scan for every statement it follows.
  struct CitedEdge {
    let edge: Edge
    let documents: Set<String>
    let sentences: Set<Sentence>
    let evidence: Set<Attribution>

    init(_ edge: Edge) {
      self.edge = edge
      documents = Set(edge.evidence.map(\.document))
      sentences = Set(edge.evidence.map(Sentence.init))
      evidence = Set(edge.evidence.map(Attribution.init))
    }
  }

  /// One attribution, by where it is: its article and spans. Two pieces of evidence with the
  /// same places are the same attribution (the rest of an ``Evidence`` follows from them), and
  /// this key hashes without the sentence's text, which run-on text makes thousands of
  /// characters long.
  struct Attribution: Hashable {
    let document: String
    let sentence: TextSpan
    let source: [TextSpan]
    let cue: [TextSpan]
    let content: [TextSpan]

    init(_ evidence: Evidence) {
      document = evidence.document
      sentence = evidence.sentenceSpan
      source = evidence.source
      cue = evidence.cue.spans
      content = evidence.content
    }
  }

  /// A sentence of an article.
  struct Sentence: Hashable {
    let document: String
    let start: Int
    let end: Int

    init(_ evidence: Evidence) {
      self.init(document: evidence.document, start: evidence.sentenceSpan.start, end: evidence.sentenceSpan.end)
    }

    init(document: String, start: Int, end: Int) {
      self.document = document
      self.start = start
      self.end = end
    }
  }

  init(_ graph: AttributionGraph) {
    self.graph = graph
    let cited = graph.edges.filter { $0.kind == .cited }
    citedInto = Dictionary(grouping: cited.map(CitedEdge.init), by: \.edge.to)
    var intoArticle: [String: [String: [CitedEdge]]] = [:]
    for (node, edges) in citedInto {
      for edge in edges {
        for document in edge.documents { intoArticle[node, default: [:]][document, default: []].append(edge) }
      }
    }
    citedIntoInArticle = intoArticle
    citedFrom = Dictionary(grouping: cited, by: \.from)
    var inArticle: [String: [String: [String]]] = [:]
    for edge in cited {
      for document in Set(edge.evidence.map(\.document)).sorted() {
        inArticle[edge.from, default: [:]][document, default: []].append(edge.to)
      }
    }
    citedInArticle = inArticle
    viaFrom = Dictionary(
      grouping: graph.edges.filter { $0.kind == .via }.map {
        ChannelEdge(edge: $0, sentences: Set($0.evidence.map(Sentence.init)))
      },
      by: \.edge.from)
  }

  /// The `via` edges leaving `source`, in graph order.
  func channelEdges(from source: String) -> [ChannelEdge] {
    viaFrom[source] ?? []
  }

  /// The chains, first relayer first and `speaker` last, that carried `evidence` of a statement
  /// by `speaker` to the reader: the `cited` edges walked back from the speaker carry evidence
  /// from the same article — the very same attribution when there is one, else the same
  /// sentence, else anywhere in the article.
  func chains(to speaker: String, for evidence: Evidence) -> [[String]] {
    walk(to: speaker, evidence: Attribution(evidence), visited: [speaker])
  }

  private func walk(to node: String, evidence: Attribution, visited: Set<String>) -> [[String]] {
    let incoming = (citedIntoInArticle[node]?[evidence.document] ?? []).filter { cited in
      !visited.contains(cited.edge.from)
    }
    let same = incoming.filter { $0.evidence.contains(evidence) }
    let sentence = Sentence(document: evidence.document, start: evidence.sentence.start, end: evidence.sentence.end)
    let sameSentence = incoming.filter { $0.sentences.contains(sentence) }
    let chosen = [same, sameSentence, incoming].first { !$0.isEmpty } ?? []
    guard !chosen.isEmpty else { return [[node]] }
    return chosen.flatMap { cited in
      walk(to: cited.edge.from, evidence: evidence, visited: visited.union([cited.edge.from])).map {
        $0 + [node]
      }
    }
  }

  /// The nodes `node` relays: those it cites, in any article, and those they cite in turn in an
  /// article where it cites them ("Breitbart → Associated Press → Hillary Clinton" in one wire
  /// story). A chain does not run across articles: an outlet that cites a wire in one story
  /// does not relay everyone the wire cited in others, which also keeps hubs (an outlet that
  /// cites thousands of sources) from making a corpus quadratic.
  func relayed(from node: String) -> Set<String> {
    if let known = relayCache[node] { return known }
    var seen = Set((citedFrom[node] ?? []).map(\.to))
    for (document, targets) in citedInArticle[node] ?? [:] {
      var reached: Set<String> = [node]
      var queue: [String] = []
      for target in targets where reached.insert(target).inserted { queue.append(target) }
      while let next = queue.popLast() {
        for target in citedInArticle[next]?[document] ?? [] where reached.insert(target).inserted {
          seen.insert(target)
          queue.append(target)
        }
      }
    }
    relayCache[node] = seen
    return seen
  }

  /// The cycles of citation: each a list of node ids, smallest id first, without repeating it.
  func cycles() -> [[String]] {
    var found: Set<[String]> = []
    for start in citedFrom.keys.sorted() {
      var stack: [(node: String, path: [String])] = [(start, [start])]
      while let (node, path) = stack.popLast() {
        for edge in citedFrom[node] ?? [] {
          if edge.to == start {
            found.insert(path)
          } else if !path.contains(edge.to), edge.to > start {
            stack.append((edge.to, path + [edge.to]))
          }
        }
      }
    }
    return found.sorted { $0.lexicographicallyPrecedes($1) }
  }
}

/// The nodes each node relays, as found, behind a lock (claims are scored on all cores).
final class RelayCache: @unchecked Sendable {
  private let lock = NSLock()
  private var reach: [String: Set<String>] = [:]

  subscript(node: String) -> Set<String>? {
    get { lock.withLock { reach[node] } }
    set { lock.withLock { reach[node] = newValue } }
  }
}
