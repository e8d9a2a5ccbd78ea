import AttributionDocuments

/// One attribution as `attribution extract` writes it (kind, quote, source, cue, content and the
/// optional channel, recipient and relay), read back so that a case can be built from
/// extraction made elsewhere: on a cluster, by another tool, or saved earlier.
public struct ExtractedRecord: Decodable, Sendable {
  public var kind: AttributionKind
  public var quote: QuoteKind
  public var source: SourceMention?
  public var cue: Mention
  public var content: Mention
  public var channel: Mention?
  public var recipient: Mention?
  public var relay: Mention?
  /// The sentence the cue stands in, as `extract` writes it; when a record lacks it, the
  /// sentence is split again as the extractor splits.
  public var sentence: TextSpan?

  /// Why a record does not fit its article.
  public struct Mismatch: Error, CustomStringConvertible, Sendable {
    public var description: String
  }

  /// The attributions of `records`, placed in `document`: every span must lie within its text,
  /// and the cue must read there as written (else the article changed since it was
  /// extracted, or the record belongs to another article). A record without its sentence gets
  /// the sentence its cue stands in, split as the extractor splits.
  public static func attributions(_ records: [ExtractedRecord], in document: Document) throws -> [Attribution] {
    let sentences = records.contains { $0.sentence == nil } ? Self.sentences(of: document) : []
    return try records.enumerated().map { index, record in
      let mentions = [record.cue, record.content] + [record.channel, record.recipient, record.relay].compactMap { $0 }
      let spans = mentions.flatMap(\.spans) + (record.source?.spans ?? []) + (record.sentence.map { [$0] } ?? [])
      if let bad = spans.first(where: { $0.start < 0 || $0.start > $0.end || $0.end > document.scalars.count }) {
        throw Mismatch(description: "attribution \(index + 1): the span \(bad.start)–\(bad.end) is outside the article's \(document.scalars.count) characters")
      }
      let read = record.cue.spans.map { document.text(in: $0) }.joined(separator: " ")
      guard read == record.cue.text else {
        let place = record.cue.spans.first.map { " at \($0.start)–\($0.end)" } ?? ""
        throw Mismatch(description: "attribution \(index + 1): the cue \"\(record.cue.text)\"\(place) reads \"\(read)\" in the article; was it changed since it was extracted?")
      }
      let cueStart = record.cue.spans.first?.start ?? 0
      let sentence = record.sentence
        ?? sentences.first { $0.start <= cueStart && cueStart < $0.end }
        ?? TextSpan(cueStart, record.cue.spans.last?.end ?? cueStart)
      return Attribution(
        kind: record.kind, quote: record.quote, source: record.source, cue: record.cue,
        content: record.content, channel: record.channel, recipient: record.recipient, relay: record.relay,
        sentence: sentence)
    }
  }

  /// The sentences of the document's body, as the extractor splits them.
  static func sentences(of document: Document) -> [TextSpan] {
    let body = max(0, document.body.start)..<min(document.scalars.count, max(document.body.start, document.body.end))
    let tokens = Tokenizer.tokens(document.scalars, in: body)
    return SentenceSplitter.layout(tokens).sentences.map {
      TextSpan(tokens[$0.lowerBound].start, tokens[$0.upperBound - 1].end)
    }
  }
}
