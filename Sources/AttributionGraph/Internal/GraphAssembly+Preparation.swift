import AttributionDocuments
import AttributionExtraction

/// What can be read from one article without the rest of the case (but for the case's
/// outlets, known by then), read for every article on all cores before the statements stage:
/// each attribution's sentence, line, cleaned content and whether it points back, whether its
/// sentence is the headline, how the article writes its words, and the statements stage's
/// reading of its attributions (``Reading``). Pure: the graph is the same whatever the number
/// of cores. (The article's source mentions are read on all cores too:
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
  /// The article's attributions in cue order as the statements stage reads them, with what
  /// each gives alone (``Reading``).
  var reading: Reading

  /// The statements stage's reading of an article that needs nothing of the rest of the case
  /// but its outlets (``GraphAssembly/readDocument(_:index:footnotes:prepared:)`` says what
  /// each part is for).
  struct Reading: Sendable {
    /// The wire service of wire copy ("WASHINGTON (AP) —").
    var wireName: String?
    /// The attributions' positions in cue order, and the attributions in that order with their
    /// sources read again (addressees, owners of a statement, passive agents, non-sources).
    var order: [Int]
    var ordered: [Attribution]
    /// The positions in `ordered` of each sentence's attributions.
    var sentenceMates: [TextSpan: [Int]]
    /// ``GraphAssembly/accordingToRelays(_:)`` of `ordered`.
    var relays: [Int: Int]
    /// By position: the attribution makes no statement of its own whatever the rest of the case
    /// holds (a non-speaker, conduct or feeling, a purpose, the end of another's source, no one
    /// declining to comment, no one pointing back, an agentless report inside another's content).
    var isNoStatement: [Bool]
    /// By position: the footnote numbers its sentence marks.
    var footnoteMarkers: [[Int]]
    /// By position: ``GraphAssembly/echo(cue:content:)`` of its cue and content.
    var echoes: [GraphAssembly.Echo?]
    /// By position: the parts of its source (``SourceDescription/split(_:knownOutlets:)``), nil
    /// for no source or a relative "who", whose text depends on the case's people.
    var sourceParts: [[String]?]
  }

  init(_ document: Document, _ attributions: [Attribution], knownOutlets: Set<String>) {
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
    reading = Self.reading(document, attributions, parts: parts, knownOutlets: knownOutlets)
  }

  private static func reading(
    _ document: Document, _ attributions: [Attribution], parts: [Part], knownOutlets: Set<String>
  ) -> Reading {
    typealias Assembly = GraphAssembly
    let wireName = Assembly.wireService(of: document, knownOutlets: knownOutlets)
    let asker = wireName ?? document.metadata.outlet ?? "Unknown outlet (\(document.id))"
    let order = attributions.indices.sorted(by: {
      attributions[$0].cue.spans.first?.start ?? 0 < attributions[$1].cue.spans.first?.start ?? 0
    })
    let ordered = order.map { attributions[$0] }
      .map { attribution in
        // "the FBI was warned about …": the FBI was told; "who was asked about …": by the reporter.
        if let addressed = Assembly.addressed(attribution, asker: asker) { return addressed }
        let attribution = Assembly.withStatementOwner(Assembly.withQuantifiedNoun(attribution, in: document), in: document)
        guard let source = attribution.source else { return attribution }
        var resourced = attribution
        if Assembly.isPassiveOfNaming(attribution) {
          // "has been called a charlatan by fellow physicians": whoever called them so speaks.
          resourced.source = Assembly.passiveAgent(attribution, in: document)
        } else if Assembly.isNoSource(source.text) || Assembly.isTargetOfNounCue(attribution, in: document) {
          resourced.source = nil
        }
        return resourced
      }
    // The attributions of each sentence, by position: a statement is reported inside another of
    // its own sentence only, and an article may hold thousands.
    let sentenceMates = Dictionary(grouping: ordered.indices, by: { ordered[$0].sentence })
    let isNoStatement = ordered.indices.map { position in
      let attribution = ordered[position]
      if let source = attribution.source, Assembly.isNonSpeaker(source.text) { return true }
      if Assembly.isConductOrFeeling(attribution) || Assembly.isPurpose(attribution, in: document) { return true }
      if Assembly.endsAnotherSource(position, among: sentenceMates[attribution.sentence] ?? [], of: ordered) { return true }
      // No one declining to comment says nothing about anyone.
      if attribution.kind == .noComment, attribution.source == nil { return true }
      // "Asked about the claims, Peskov said …": no one, pointing back, adds nothing.
      if attribution.source == nil, attribution.kind == .said || attribution.kind == .cited,
        parts[order[position]].anaphor != nil
      {
        return true
      }
      // An agentless attribution inside another's content ("Budanov stated that the units were
      // expected to arrive") is part of that statement, not a report of its own.
      if attribution.source == nil, let cue = attribution.cue.spans.first,
        attributions.contains(where: { other in
          other.source != nil && other.content.spans.contains { $0.start <= cue.start && cue.end <= $0.end }
        })
      {
        return true
      }
      return false
    }
    return Reading(
      wireName: wireName, order: order, ordered: ordered, sentenceMates: sentenceMates,
      relays: Assembly.accordingToRelays(ordered), isNoStatement: isNoStatement,
      footnoteMarkers: order.map { Footnotes.markers(in: parts[$0].sentence) },
      echoes: ordered.map { Assembly.echo(cue: $0.cue.text, content: $0.content.text) },
      sourceParts: ordered.map { attribution in
        guard let source = attribution.source, !["who", "whom"].contains(source.text.lowercased()) else { return nil }
        return SourceDescription.split(source.text, knownOutlets: knownOutlets)
      })
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
