import AttributionDocuments

/// A document's body as every extraction stage reads it, analysed once: its tokens, the layout
/// of sentences, paragraphs and quotations, the lower-cased words with their lexicon classes,
/// and the full names of people. The rules, the learned model and the syntax taggers all read
/// this; none of them tokenizes again.
struct AnalyzedText {
  let document: Document
  let tokens: [Token]
  let layout: TextLayout
  let words: TokenWords
  let names: PersonNames

  /// The analysis of `document`'s body (clamped to its text).
  init(document: Document) {
    self.document = document
    let body = max(0, min(document.body.start, document.scalars.count))..<max(
      0, min(document.body.end, document.scalars.count))
    let clamped = body.lowerBound <= body.upperBound ? body : body.lowerBound..<body.lowerBound
    tokens = Tokenizer.tokens(document.scalars, in: clamped)
    layout = SentenceSplitter.layout(tokens)
    words = TokenWords(tokens)
    names = PersonNames(tokens: tokens, words: words)
  }
}
