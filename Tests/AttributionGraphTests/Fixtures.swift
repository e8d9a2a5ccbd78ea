import AttributionDocuments
import AttributionExtraction
import AttributionGraph

/// An article built from sentences, with attributions located by their words, so a test reads
/// as the text and what is attributed in it.
struct Article {
  var document: Document
  var attributions: [Attribution] = []

  init(_ id: String, outlet: String, _ sentences: [String]) {
    document = Document(
      id: id, text: sentences.joined(separator: "\n"), metadata: ArticleMetadata(outlet: outlet))
  }

  /// Adds the attribution in the sentence that contains `cue`: `source`, `cue` and `content` are
  /// found as text within it.
  mutating func attribute(
    _ source: String?, _ cue: String, _ content: String, in sentence: String,
    kind: AttributionKind = .said, entity: String? = nil, anonymous: Bool = false,
    channel: String? = nil, recipient: String? = nil, relay: String? = nil
  ) {
    let sentenceSpan = span(of: sentence, from: 0)
    func mention(_ text: String) -> Mention {
      Mention(text: text, spans: [span(of: text, from: sentenceSpan.start)])
    }
    attributions.append(Attribution(
      kind: kind, quote: .indirect,
      source: source.map {
        SourceMention(text: $0, spans: [span(of: $0, from: sentenceSpan.start)], entity: entity, anonymous: anonymous)
      },
      cue: mention(cue), content: content.isEmpty ? Mention(text: "", spans: []) : mention(content),
      channel: channel.map(mention), recipient: recipient.map(mention), relay: relay.map(mention),
      sentence: sentenceSpan))
  }

  /// An article whose sentences each state one attribution, "<source> <cue> <content>.", so a
  /// test lists only who said what.
  init(_ id: String, outlet: String, saying statements: [Said]) {
    self.init(id, outlet: outlet, statements.map(\.sentence))
    for statement in statements {
      attribute(
        statement.source, statement.cue, statement.content, in: statement.sentence,
        kind: statement.kind, entity: statement.entity, anonymous: statement.anonymous)
    }
  }

  private func span(of text: String, from start: Int) -> TextSpan {
    let scalars = document.scalars
    let needle = Array(text.unicodeScalars)
    var index = start
    while index + needle.count <= scalars.count {
      if Array(scalars[index..<(index + needle.count)]) == needle {
        return TextSpan(index, index + needle.count)
      }
      index += 1
    }
    fatalError("\"\(text)\" is not in \(document.id)")
  }
}

/// One attribution as a sentence of its own, for ``Article/init(_:outlet:saying:)``.
struct Said {
  var source: String
  var cue: String
  var content: String
  var kind: AttributionKind
  var anonymous: Bool
  var entity: String?

  init(
    _ source: String, _ cue: String, _ content: String, kind: AttributionKind = .said,
    anonymous: Bool = false, entity: String? = nil
  ) {
    self.source = source
    self.cue = cue
    self.content = content
    self.kind = kind
    self.anonymous = anonymous
    self.entity = entity
  }

  var sentence: String { "\(source) \(cue) \(content)." }
}

/// Builds the graph of some articles.
func graph(_ articles: [Article], caseFile: CaseFile = CaseFile()) -> AttributionGraph {
  AttributionGraphBuilder().build(
    extracted: articles.map { ($0.document, $0.attributions) }, caseFile: caseFile, title: "test")
}

extension AttributionGraph {
  func people() -> [Node] { nodes(of: .person) }

  func hasEdge(_ kind: EdgeKind, _ from: String, _ to: String) -> Bool {
    edges.contains { $0.kind == kind && $0.from == from && $0.to == to }
  }

  /// The nodes with a `kind` edge to the claim whose label contains `words` (none when no
  /// claim does).
  func sources(ofClaim words: String, _ kind: EdgeKind = .said) -> [Node] {
    guard let claim = nodes(of: .claim).first(where: { $0.label.contains(words) }) else { return [] }
    return edges(to: claim.id).filter { $0.kind == kind }.compactMap { node($0.from) }
  }

  /// The labels of ``sources(ofClaim:_:)``.
  func speakers(ofClaim words: String, _ kind: EdgeKind = .said) -> Set<String> {
    Set(sources(ofClaim: words, kind).map(\.label))
  }
}

/// An extractor that returns the same attributions for every document.
struct FixedExtractor: AttributionExtracting {
  var attributions: [Attribution]

  init(_ attributions: [Attribution]) {
    self.attributions = attributions
  }

  func attributions(in document: Document) -> [Attribution] { attributions }
}
