import AttributionDocuments

/// The extraction of one document, stage by stage:
///
/// 1. the text is analysed once (``AnalyzedText``);
/// 2. the rules find attributions sentence by sentence (``RuleExtractor/ruleDrafts()``);
/// 3. the learned model (the accurate tier's transformer tagger, or the fast tier's linear
///    taggers), when there is one, finds its own, and the two are merged;
/// 4. attributions set by a line's layout (speaker colons, signed quotations) are added;
/// 5. passes refine them: negation and requests for comment left unanswered, borrowed pieces,
///    clause and subject bounds, shared subjects, asides, opening adverbials, citations,
///    appositive commas, relative pronouns;
/// 6. ``SourceResolver`` resolves each draft's source and turns it into an ``Attribution``.
struct ExtractionPipeline {
  /// The learned model, or nil for the rules alone.
  let model: AttributionModel?
  /// The accurate tier's tagger, which takes the learned model's place when present.
  var tagger: TransformerTagger? = nil

  /// The attributions in the body of `document`, in document order.
  func attributions(in document: Document) -> [Attribution] {
    let text = AnalyzedText(document: document)
    let rules = RuleExtractor(text: text)
    let tokens = text.tokens
    var drafts = rules.ruleDrafts()
    if let tagger {
      drafts = rules.merge(learned: tagger.drafts(text: text), rules: drafts)
    } else if let model {
      let learned = model.drafts(text: text, rules: drafts)
      drafts = rules.merge(learned: learned, rules: drafts)
    }
    drafts = rules.adding(lines: rules.lineDrafts(), to: drafts)
    for index in drafts.indices {
      rules.readNegation(&drafts[index])
      rules.readNoComment(&drafts[index])
    }
    // The passes below change sources and contents, never which drafts there are or their
    // sentences: one grouping serves them all.
    let bySentence = AttributionDraft.bySentence(drafts)
    rules.dropBorrowedPieces(&drafts, bySentence: bySentence)
    rules.boundStatementClauses(&drafts)
    rules.boundSubjectStatements(&drafts)
    rules.shareSubjects(&drafts, bySentence: bySentence)
    rules.endBeforeAsides(&drafts, bySentence: bySentence)
    for index in drafts.indices where rules.isInOpeningAdverbial(drafts[index]) { drafts[index].source = nil }
    for index in drafts.indices { rules.readCiting(&drafts[index]) }
    for index in drafts.indices {
      // "a HUR spokesman, Andriy Yusov, told": the appositive's closing comma is not the source's.
      while let source = drafts[index].source, source.count > 1, tokens[source.upperBound - 1].isMark(",") {
        drafts[index].source = source.lowerBound..<(source.upperBound - 1)
      }
      guard let source = drafts[index].source, source.count == 1 else { continue }
      drafts[index].antecedent = rules.antecedent(ofRelative: source.lowerBound, in: drafts[index].sentence)
    }
    // The capitalised words of every source, possessives stripped: who speaks in the article.
    var speakers = Set<String>()
    for draft in drafts {
      for index in draft.source ?? 0..<0 where tokens[index].isCapitalized {
        speakers.insert(PersonNames.stripPossessive(tokens[index].text))
      }
    }
    var resolver = SourceResolver(
      document: document, tokens: tokens, words: text.words, names: text.names,
      quoteOf: text.layout.quoteOf, sentences: text.layout.sentences, speakers: speakers)
    return drafts.compactMap { resolver.attribution(from: $0) }
  }
}
