import AttributionDocuments
import AttributionExtraction

/// What can be read from one article without the rest of the case, read for every article on
/// all cores before the statements stage: each attribution's sentence, line, cleaned content
/// and whether it points back, whether its sentence is the headline, and how the article
/// writes its words. Pure: the graph is the same whatever the number of cores. (The article's
/// source mentions are read on all cores too, once the case's outlets are known:
/// ``GraphAssembly/describeSources(_:)``.)
struct PreparedArticle: Sendable {
  /// Each attribution's part, by its position in the article's extraction.
  struct Part: Sendable {
    var sentence: String
    var line: Int
    /// ``GraphAssembly/cleanContent(_:)`` of the content.
    var content: String
    /// ``GraphAssembly/anaphor(_:kind:)`` of `content`.
    var anaphor: Anaphor?
    var isHeadline: Bool
  }

  var parts: [Part]
  var nameEvidence: NameEvidence

  init(_ document: Document, _ attributions: [Attribution]) {
    let headline = GraphAssembly.Headline(document)
    parts = attributions.map { attribution in
      let sentence = document.text(in: attribution.sentence)
      let content = GraphAssembly.cleanContent(attribution.content.text)
      return Part(
        sentence: sentence,
        line: document.line(of: attribution.cue.spans.first?.start ?? attribution.sentence.start),
        content: content, anaphor: GraphAssembly.anaphor(content, kind: attribution.kind),
        isHeadline: headline.contains(sentence, at: attribution.sentence, of: document))
    }
    nameEvidence = NameEvidence(document.text(in: document.body))
  }
}

extension GraphAssembly {
  /// Describes every source mention of the case on all cores (the parts of "Austin and
  /// Blinken" each), so the stages that follow find each description read
  /// (``describe(_:entity:)``). Needs the case's outlets. Gives the parts of each
  /// attribution's source, by article.
  mutating func describeSources(_ extracted: [(document: Document, attributions: [Attribution])]) -> [[[String]]] {
    let outlets = knownOutlets
    let sources = extracted.map { $0.attributions.map(\.source) }
    let parts = sources.parallelMap { mentions in
      mentions.map { $0.map { SourceDescription.split($0.text, knownOutlets: outlets) } ?? [] }
    }
    var keys: Set<DescriptionKey> = []
    for (article, mentions) in sources.enumerated() {
      for (position, mention) in mentions.enumerated() {
        guard let mention else { continue }
        for part in parts[article][position] where descriptions[DescriptionKey(text: part, entity: mention.entity)] == nil {
          keys.insert(DescriptionKey(text: part, entity: mention.entity))
        }
      }
    }
    let unread = Array(keys)
    let places = places
    let read = unread.parallelMap {
      SourceDescription.describe($0.text, entity: $0.entity, knownOutlets: outlets, places: places)
    }
    for (key, description) in zip(unread, read) { descriptions[key] = description }
    return parts
  }
}
