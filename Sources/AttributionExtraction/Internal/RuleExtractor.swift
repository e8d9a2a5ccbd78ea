import AttributionDocuments

/// The rule-based extractor: finds cues by lexicon and phrase, then the source before or after
/// the cue, the content (a clause or a quotation), and the channel, recipient and relay around
/// it. Works sentence by sentence over tokens; each step looks at a bounded window, so the whole
/// pass is linear in the text.
///
/// The rules live in `Rules/`, one file per family of constructions (speech verbs, passive
/// voice, "according to" and citing, verdicts and could-not-verify lines, line layouts, asides,
/// shared subjects, sources, quotations, adjuncts); this file holds what they share and the
/// sentence-by-sentence driver. ``ExtractionPipeline`` runs them with the learned model.
struct RuleExtractor {
  let document: Document
  let tokens: [Token]
  let layout: TextLayout
  let lowers: [String]
  let words: TokenWords
  let names: PersonNames

  /// The rules over `text`.
  init(text: AnalyzedText) {
    document = text.document
    tokens = text.tokens
    layout = text.layout
    words = text.words
    lowers = text.words.lower
    names = text.names
  }

  /// The rules over `document`, analysed here.
  init(document: Document) {
    self.init(text: AnalyzedText(document: document))
  }

  /// True when the token at `index` is in `wordClass`.
  @inline(__always)
  func isIn(_ wordClass: WordClass, _ index: Int) -> Bool {
    words.classes[index].contains(wordClass)
  }

  /// The lower-cased word at `index`, or nil outside `sentence`.
  func word(_ index: Int, _ sentence: Range<Int>) -> String? {
    sentence.contains(index) ? lowers[index] : nil
  }

  /// Whether token `index` is a form of "be", or its negative contraction ("wasn't").
  func isBeForm(_ index: Int) -> Bool {
    Self.beForms.contains(lowers[index]) || negatedStem(index).map { Self.beForms.contains($0) } == true
  }

  /// The attributions the rules find, in document order.
  func ruleDrafts() -> [AttributionDraft] {
    var drafts: [AttributionDraft] = []
    for sentence in layout.sentences {
      var found = attributions(in: sentence)
      // A quotation standing alone right after a quoted statement continues it.
      if found.isEmpty, let last = drafts.last, last.sentence.upperBound == sentence.lowerBound,
        !tokens[sentence.lowerBound].paragraphBefore, let lastContent = last.content.last,
        isQuote(lastContent), isBareQuote(sentence)
      {
        drafts[drafts.count - 1].content.append(trimmed(sentence))
        continue
      }
      found.sort { $0.cue[0].lowerBound < $1.cue[0].lowerBound }
      drafts.append(contentsOf: found)
    }
    return drafts
  }

  func attributions(in sentence: Range<Int>) -> [AttributionDraft] {
    guard sentence.count >= 3 else { return [] }
    var drafts: [AttributionDraft] = []
    var index = sentence.lowerBound
    while index < sentence.upperBound {
      if let draft = phraseCue(at: index, in: sentence, previous: drafts) {
        index = draft.cue.last!.upperBound
        drafts.append(draft)
        continue
      }
      if tokens[index].isWord, layout.quoteOf[index] < 0, let kind = words.entry[index].cueKind,
        let draft = verbCue(at: index, kind: kind, in: sentence, previous: drafts)
      {
        drafts.append(draft)
      }
      index += 1
    }
    // A could-not-verify phrase inside another attribution's content colours that attribution.
    var kept: [AttributionDraft] = []
    for draft in drafts {
      if let outer = kept.lastIndex(where: { other in
        other.content.contains { $0.contains(draft.cue[0].lowerBound) }
      }),
        // Unless the statement is what could not be verified ("Ukraine's claim that … could not
        // be verified"): then they are two attributions.
        !draft.content.contains(where: { $0.contains(kept[outer].cue[0].lowerBound) })
      {
        if draft.kind == .couldNotVerify && draft.source == nil && !isAside(draft) || isLookingInto(draft) {
          kept[outer].kind = .couldNotVerify
          continue
        }
      }
      kept.append(draft)
    }
    // An introductory "In a post on Telegram," or "At the same briefing," names the channel.
    if let (channel, recipient, stop) = channelPhrase(at: sentence.lowerBound, end: sentence.upperBound) {
      for index in kept.indices where kept[index].channel == nil {
        guard var source = kept[index].source else { continue }
        // "In an interview with KBS, Umerov said": the source read back across the comma into
        // the phrase starts after it.
        if source.lowerBound < stop, stop < sentence.upperBound, tokens[stop].isMark(","), source.upperBound > stop + 1 {
          source = (stop + 1)..<source.upperBound
          kept[index].source = source
        }
        guard source.lowerBound >= stop else { continue }
        kept[index].channel = channel
        if kept[index].recipient == nil { kept[index].recipient = recipient }
      }
    }
    return kept
  }

  /// Combines the learned model's attributions with the rules': the model decides where
  /// attributions are and their spans; the rules add kind, channel, recipient and relay, and
  /// their confirmations, denials, citations and could-not-verify statements. (Taking the rules'
  /// spans for every attribution, or adding all their other attributions, scored lower on
  /// PolNeAR dev.)
  func merge(learned: [AttributionDraft], rules: [AttributionDraft]) -> [AttributionDraft] {
    var result: [AttributionDraft] = []
    var used = Set<Int>()
    var ruleAtToken: [Int: Int] = [:]
    for (index, rule) in rules.enumerated() {
      for range in rule.cue {
        for token in range where ruleAtToken[token] == nil { ruleAtToken[token] = index }
      }
    }
    for draft in learned {
      let candidates = draft.cue.flatMap { $0 }.compactMap { ruleAtToken[$0] }
      if let match = candidates.first(where: { !used.contains($0) }) {
        used.insert(match)
        // The rules' phrase patterns for confirming, denying, citing and failing to verify are
        // more exact than the model, which learned them from few examples.
        var merged = rules[match].kind == .said ? draft : rules[match]
        // A source the taggers missed but the rules found, for a cue the taggers only widened
        // ("the first to claim" around the rules' "to claim").
        if merged.source == nil, let source = rules[match].source, let cue = merged.cue.first,
          let ruleCue = rules[match].cue.first, cue.lowerBound < ruleCue.lowerBound, ruleCue.upperBound <= cue.upperBound,
          !source.overlaps(cue), !merged.content.contains(where: { $0.overlaps(source) })
        {
          merged.source = source
        }
        merged.kind = rules[match].kind
        merged.channel = rules[match].channel
        merged.recipient = rules[match].recipient
        merged.relay = rules[match].relay
        // "Officials were told that …": whom the rules read as told, before the cue, is neither
        // the source nor part of what was said.
        if let recipient = merged.recipient, let cue = merged.cue.first, recipient.upperBound <= cue.lowerBound {
          if let source = merged.source, source.overlaps(recipient) { merged.source = rules[match].source }
          let content = merged.content.flatMap { range -> [Range<Int>] in
            guard range.overlaps(recipient) else { return [range] }
            let before = range.lowerBound..<max(range.lowerBound, recipient.lowerBound)
            let after = min(range.upperBound, recipient.upperBound)..<range.upperBound
            // A piece of auxiliaries, punctuation or conjunctions alone ("was" of "was warned") goes.
            return [before, after].filter { piece in
              piece.contains { tokens[$0].isWord && !isIn(.auxiliary, $0) && !Self.beForms.contains(lowers[$0]) && !Self.coordinators.contains(lowers[$0]) }
            }
          }
          if !content.isEmpty { merged.content = content }
        }
        result.append(merged)
      } else if let taken = candidates.first, let ruleCue = rules[taken].cue.first, rules[taken].kind != .said,
        draft.cue.allSatisfy({ ruleCue.lowerBound <= $0.lowerBound && $0.upperBound <= ruleCue.upperBound })
      {
        // A second piece of one rule phrase ("nor denied" of "neither confirmed nor denied").
        continue
      } else {
        result.append(draft)
      }
    }
    // Confirmations, denials, citations and could-not-verify statements the model missed.
    for index in rules.indices where !used.contains(index) && rules[index].kind != .said {
      result.append(rules[index])
    }
    return result.sorted { $0.cue[0].lowerBound < $1.cue[0].lowerBound }
  }
}
