import AttributionDocuments

/// A piece of text found in a document: its words and where they stand. A mention may be
/// discontinuous (a quote split around "he said" has two spans).
public struct Mention: Hashable, Codable, Sendable {
  /// The text of the spans, joined by a space when there are several.
  public var text: String
  /// The spans, in document order.
  public var spans: [TextSpan]

  public init(text: String, spans: [TextSpan]) {
    self.text = text
    self.spans = spans
  }
}

/// What an attribution says the source did with the content.
public enum AttributionKind: String, Codable, CaseIterable, Sendable {
  /// Asserted it: "said", "told", "stated", "according to".
  case said
  /// Confirmed something already reported: "confirmed", "verified".
  case confirmed
  /// Relayed another source's report: "reported", "per X's translation".
  case cited
  /// Looked and could not confirm: "could not be independently verified", "is looking into".
  case couldNotVerify
  /// Rejected it: "denied", "dismissed", "rejected".
  case denied
  /// Was asked and gave no answer: "declined to comment", "did not respond to a request for
  /// comment", "could not be reached for comment". It doubts no claim: the content, when there
  /// is one, names the request, not a proposition.
  case noComment
}

/// Whether the content is quoted word for word, paraphrased, or both.
public enum QuoteKind: String, Codable, CaseIterable, Sendable {
  case direct
  case indirect
  case mixed
}

/// Who an attribution names as its source.
public struct SourceMention: Hashable, Codable, Sendable {
  /// The source as written, descriptors kept whole ("an unnamed senior Ukrainian intelligence
  /// official", "Ukraine's defense minister, Rustem Umerov").
  public var text: String
  /// Where the source stands in the text.
  public var spans: [TextSpan]
  /// The named person or body the mention refers to, when the text makes it clear ("he" and
  /// "Umerov" both resolve to "Rustem Umerov"); nil when unresolved.
  public var entity: String?
  /// True when the source is not named ("a senior official", "sources familiar with…").
  public var anonymous: Bool

  public init(text: String, spans: [TextSpan], entity: String? = nil, anonymous: Bool = false) {
    self.text = text
    self.spans = spans
    self.entity = entity
    self.anonymous = anonymous
  }
}

/// One attribution found in a text: a source, a cue, and the content attributed.
public struct Attribution: Hashable, Codable, Sendable {
  /// What the source did with the content.
  public var kind: AttributionKind
  /// Whether the content is a direct quote, a paraphrase, or both.
  public var quote: QuoteKind
  /// The source, or nil for agentless forms ("it was reported", "could not be confirmed").
  public var source: SourceMention?
  /// The cue: the verb or phrase of attribution ("said", "according to", "told").
  public var cue: Mention
  /// What is attributed.
  public var content: Mention
  /// The medium of the statement when the text names it ("on Telegram", "in an interview with
  /// KBS", "at a Pentagon briefing", "in a video address").
  public var channel: Mention?
  /// The outlet or audience the source spoke to ("told the Financial Times", "KBS").
  public var recipient: Mention?
  /// An outlet that relayed the statement to the reporting article ("per The New Voice of
  /// Ukraine's translation").
  public var relay: Mention?
  /// The sentence the cue stands in.
  public var sentence: TextSpan

  public init(
    kind: AttributionKind, quote: QuoteKind, source: SourceMention?, cue: Mention,
    content: Mention, channel: Mention? = nil, recipient: Mention? = nil, relay: Mention? = nil,
    sentence: TextSpan
  ) {
    self.kind = kind
    self.quote = quote
    self.source = source
    self.cue = cue
    self.content = content
    self.channel = channel
    self.recipient = recipient
    self.relay = relay
    self.sentence = sentence
  }
}
