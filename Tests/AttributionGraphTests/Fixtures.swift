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
}

/// An extractor that returns the same attributions for every document.
struct FixedExtractor: AttributionExtracting {
  var attributions: [Attribution]

  init(_ attributions: [Attribution]) {
    self.attributions = attributions
  }

  func attributions(in document: Document) -> [Attribution] { attributions }
}
