import AttributionDocuments
import AttributionExtraction
import AttributionGraph

/// A graph drawn by hand, edge by edge, the way the builder fills one: each statement and each
/// citation carries evidence from an article and a line; the same article and line mean the
/// same sentence.
struct GraphSketch {
  var graph = AttributionGraph(title: "sketch")
  /// The sentence text per article and line, when a test gives one.
  var sentences: [String: String] = [:]
  /// The outlet that published each article, when a test gives one.
  var outlets: [String: String] = [:]

  @discardableResult
  mutating func outlet(_ name: String, unnamed: Bool = false) -> String {
    graph.add(
      Node(
        id: "outlet:\(slug(name))", kind: .outlet, label: name, independenceClass: name,
        unnamed: unnamed))
  }

  @discardableResult
  mutating func person(
    _ name: String, party: String? = nil, role: String? = nil, anonymous: Bool = false
  ) -> String {
    graph.add(
      Node(
        id: "person:\(slug(name))", kind: .person, label: name, role: role,
        independenceClass: party, anonymous: anonymous))
  }

  @discardableResult
  mutating func institution(_ name: String, party: String? = nil) -> String {
    graph.add(
      Node(
        id: "institution:\(slug(name))", kind: .institution, label: name, independenceClass: party))
  }

  @discardableResult
  mutating func channel(_ name: String) -> String {
    graph.add(Node(id: "channel:\(slug(name))", kind: .channel, label: name))
  }

  @discardableResult
  mutating func claim(_ text: String) -> String {
    graph.add(Node(id: "claim:\(slug(text))", kind: .claim, label: text))
  }

  /// `from` takes position `kind` on `to` (or relays it, for `cited`) in `document` at `line`.
  mutating func edge(
    _ kind: EdgeKind, _ from: String, _ to: String, in document: String, line: Int,
    cue: String? = nil
  ) {
    graph.add(
      Edge(
        kind: kind, from: from, to: to,
        evidence: [evidence(document, line, cue: cue ?? kind.rawValue)]))
  }

  /// A statement carried by a chain: `chain[0]` cites `chain[1]`, …, and the last one takes
  /// position `kind` on `claim`, all with the evidence of one attribution (as the builder does).
  mutating func report(
    _ chain: [String], _ claim: String, as kind: EdgeKind = .said, in document: String, line: Int,
    via channel: String? = nil
  ) {
    for (relayer, relayed) in zip(chain, chain.dropFirst()) {
      edge(.cited, relayer, relayed, in: document, line: line, cue: kind.rawValue)
    }
    edge(kind, chain.last!, claim, in: document, line: line)
    if let channel { edge(.via, chain.last!, channel, in: document, line: line) }
  }

  mutating func contradicts(_ first: String, _ second: String, figures: (String, String)) {
    graph.add(
      Edge(
        kind: .contradicts, from: first, to: second, figures: [first: figures.0, second: figures.1])
    )
  }

  func evidence(_ document: String, _ line: Int, cue: String) -> Evidence {
    let start = line * 100
    return Evidence(
      document: document, outlet: outlets[document],
      sentence: sentences["\(document):\(line)"] ?? "Sentence \(line) of \(document).",
      sentenceSpan: TextSpan(start, start + 80), source: [TextSpan(start, start + 5)],
      cue: Mention(text: cue, spans: [TextSpan(start + 6, start + 6 + cue.count)]),
      content: [TextSpan(start + 20, start + 60)], line: line)
  }

  private func slug(_ text: String) -> String {
    String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
  }
}
