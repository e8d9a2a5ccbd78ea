import AttributionDocuments
import AttributionLexicon

/// Sources: the noun phrase before a cue (with its appositives and parentheticals), the one
/// after an inverted cue, a sentence's subject, and what a relative "who" stands for.
/// Example: "Rustem Umerov, Ukraine's defense minister, who told KBS …" (source "Rustem Umerov,
/// Ukraine's defense minister").
extension RuleExtractor {
  /// Determiners and quantifiers that open a noun phrase.
  static let determiners: Set<String> = WordList.determiners.words

  /// Words a source noun phrase never runs back across: the clause breakers and some prepositions.
  static let npBreakers: Set<String> = Lexicon.clauseBreakers.union(WordList.nounPhraseBreakers.words)

  /// Words in -ed that are adjectives inside a noun phrase.
  static let adjectivesInEd: Set<String> = WordList.adjectivesInEd.words

  func isVerbLike(_ index: Int) -> Bool {
    if tokens[index].isCapitalized { return false }
    if isIn(.adjectiveInEd, index) { return false }
    if words.entry[index].cueKind != nil { return !isIn(.nounLikeCue, index) }
    return isIn(.edForm, index) && !Self.isCompoundAdjective(lowers[index])
  }

  /// Whether an -ed word is a compound adjective ("government-funded", "Kremlin-backed",
  /// "Saudi-led"): a hyphen after a first part of four letters or more. Prefixed verbs
  /// ("re-elected", "co-founded") are verbs.
  static func isCompoundAdjective(_ lower: String) -> Bool {
    guard let hyphen = lower.utf8.firstIndex(of: UInt8(ascii: "-")) else { return false }
    return lower.utf8.distance(from: lower.utf8.startIndex, to: hyphen) >= 4
  }

  /// The noun phrase ending just before the cue at `cue`, skipping auxiliaries and adverbs.
  func sourceBefore(_ cue: Int, in sentence: Range<Int>, previous: [AttributionDraft]) -> Range<Int>? {
    var j = cue - 1
    while j >= sentence.lowerBound, tokens[j].isWord,
      isIn(.auxiliary, j) || lowers[j] == "not" || (isIn(.lyForm, j) && !tokens[j].isCapitalized)
    {
      j -= 1
    }
    guard j >= sentence.lowerBound else { return nil }
    if tokens[j].isQuote && !layout.quoteOf.indices.contains(j) { return nil }
    // "and he predicted", "but had declined": the subject is shared.
    if lowers[j] == "and" || lowers[j] == "but" {
      if j + 1 < cue || j - 1 >= sentence.lowerBound {
        return previous.last?.source
      }
      return nil
    }
    if tokens[j].isMark(",") {
      // "X, the head of Y, said": an appositive closes with a comma.
      guard j - 1 >= sentence.lowerBound, tokens[j - 1].isWord || tokens[j - 1].shape == .number || tokens[j - 1].isMark(")") else { return nil }
      j -= 1
    }
    guard tokens[j].isWord || tokens[j].isMark(")") else { return nil }
    if layout.quoteOf[j] >= 0 && layout.quoteOf[cue] < 0 { return nil }
    let w = lowers[j]
    if w == "who" { return antecedent(ofRelative: j, in: sentence) ?? j..<(j + 1) }
    if isIn(.pronoun, j) { return j..<(j + 1) }
    if isIn(.npBreaker, j) || isVerbLike(j) || isIn(.determiner, j) { return nil }
    guard let start = nounPhraseStart(endingAt: j, in: sentence) else { return nil }
    return start..<(j + 1)
  }

  /// The noun phrase a relative "who" or "whom" at `index` stands for: the one before ", who".
  func antecedent(ofRelative index: Int, in sentence: Range<Int>) -> Range<Int>? {
    guard lowers[index] == "who" || lowers[index] == "whom", index - 1 > sentence.lowerBound,
      tokens[index - 1].isMark(","), let start = nounPhraseStart(endingAt: index - 2, in: sentence)
    else { return nil }
    return start..<(index - 1)
  }

  /// Walks back from `end` over a noun phrase, crossing appositive commas.
  func nounPhraseStart(endingAt end: Int, in sentence: Range<Int>) -> Int? {
    var k = end
    var start = end
    var words = 0
    while k >= sentence.lowerBound {
      let token = tokens[k]
      let w = lowers[k]
      if token.isQuote { break }
      if token.shape == .punctuation {
        if token.isMark(",") {
          // Cross the comma when the segment before it is a name or description, not an
          // introductory phrase or a clause.
          guard let segmentStart = appositiveSegmentStart(before: k, in: sentence) else { break }
          k = segmentStart
          start = segmentStart
          continue
        }
        if token.isMark("(") || token.isMark(")") || token.isMark(".") || token.isMark("&") || token.isMark("’") || token.isMark("'") {
          k -= 1
          continue
        }
        break
      }
      if w == "from", k - 1 >= sentence.lowerBound, !isIn(.anonymousMarker, k - 1) { break }
      if w == "and", k - 1 >= sentence.lowerBound, tokens[k - 1].isMark(",") { break }
      if w == "to", k + 1 <= end, tokens[k + 1].isCapitalized || lowers[k + 1] == "the" {
        k -= 1
        continue
      }
      if w != "and" && isIn(.npBreaker, k) { break }
      if isVerbLike(k) { break }
      if isIn(.determiner, k) {
        start = k
        if k - 1 >= sentence.lowerBound, ["of", "for", "at", "in", "to", "on", "from"].contains(lowers[k - 1]) {
          k -= 1
          continue
        }
        if k - 1 >= sentence.lowerBound, tokens[k - 1].isMark(",") {
          k -= 1
          continue
        }
        break
      }
      start = k
      words += 1
      k -= 1
      if words > 40 { return nil }
    }
    // Drop a leading "and" or preposition left dangling.
    while start <= end, ["and", "of", "for", "at", "in", "to", "on"].contains(lowers[start]) || tokens[start].shape == .punctuation {
      start += 1
    }
    return start <= end ? start : nil
  }

  /// The start of the segment before the comma at `comma` when it reads as part of a source.
  func appositiveSegmentStart(before comma: Int, in sentence: Range<Int>) -> Int? {
    var k = comma - 1
    var sawWord = false
    while k >= sentence.lowerBound && comma - k <= 15 {
      let token = tokens[k]
      if token.isMark(",") || token.isQuote || token.isMark(":") || token.isMark(";") { break }
      if token.isWord {
        let w = lowers[k]
        if ["by", "with", "from", "like", "as"].contains(w), sawWord, tokens[k + 1].isCapitalized { break }
        if w == "to", k + 1 < comma, tokens[k + 1].isCapitalized || lowers[k + 1] == "the" {
          k -= 1
          continue
        }
        if w != "and" && isIn(.npBreaker, k) { return nil }
        if isVerbLike(k) { return nil }
        sawWord = true
      }
      k -= 1
    }
    let start = k + 1
    guard sawWord, start < comma else { return nil }
    if isIn(.introWord, start) { return nil }
    if comma - start > 14 { return nil }
    return start
  }

  /// The source after an inverted cue: a name or pronoun up to a comma or the sentence end.
  func sourceAfter(_ start: Int, in sentence: Range<Int>) -> Range<Int>? {
    guard start < sentence.upperBound else { return nil }
    let first = tokens[start]
    guard first.isWord, first.isCapitalized || isIn(.pronoun, start) || isIn(.determiner, start) else { return nil }
    var end = start
    let limit = contentEnd(in: sentence)
    while end < limit {
      let token = tokens[end]
      if token.shape == .punctuation && !token.isMark(".") && !token.isMark("(") && !token.isMark(")") { break }
      if token.isQuote { break }
      if end > start, isAdjunctStart(end, in: sentence) { break }
      if end > start, isIn(.npBreaker, end) && lowers[end] != "and" { break }
      end += 1
    }
    guard end > start else { return nil }
    // The source must end the clause.
    if end < limit && !tokens[end].isMark(",") && !isAdjunctStart(end, in: sentence) { return nil }
    return start..<end
  }

  /// The subject at the start of the sentence: words up to the first verb or preposition.
  func subjectOf(_ sentence: Range<Int>) -> Range<Int>? {
    let start = skipIntro(from: sentence.lowerBound, before: sentence.upperBound)
    var end = start
    while end < sentence.upperBound {
      guard tokens[end].isWord else { break }
      if isIn(.npBreaker, end) || isIn(.auxiliary, end) || isVerbLike(end) || isIn(.subjectStop, end)
        || isIn(.weekday, end)
      {
        break
      }
      end += 1
    }
    return end > start ? start..<end : nil
  }

  /// The subject of an agentless cue: the noun phrase just before it.
  func subjectBefore(_ cue: Int, in sentence: Range<Int>) -> Range<Int>? {
    var j = cue - 1
    while j >= sentence.lowerBound, isIn(.auxiliary, j) { j -= 1 }
    // "The claims, first made by Kovalenko on Telegram, have not been verified": the subject
    // with its parenthetical, without the closing comma.
    if j > sentence.lowerBound, tokens[j].isMark(","), let opening = parentheticalOpening(closedAt: j, in: sentence),
      let head = subjectBefore(opening, in: sentence)
    {
      return head.lowerBound..<j
    }
    // "The footage, officials said, could not be verified": the speaker's aside is not the subject.
    if j > sentence.lowerBound + 2, tokens[j].isMark(","), words.entry[j - 1].cueKind != nil,
      let opening = (max(sentence.lowerBound, j - 6)..<(j - 1)).last(where: { tokens[$0].isMark(",") }),
      (opening + 1..<(j - 1)).allSatisfy({ tokens[$0].isWord }), let head = subjectBefore(opening, in: sentence)
    {
      return head
    }
    guard j >= sentence.lowerBound, tokens[j].isWord || tokens[j].isQuote else { return nil }
    var k = j
    while k >= sentence.lowerBound {
      let w = lowers[k]
      if tokens[k].shape == .punctuation { break }
      if isIn(.npBreaker, k) && w != "and" && w != "of" { break }
      if isVerbLike(k) { break }
      k -= 1
    }
    return k + 1 <= j ? (k + 1)..<(j + 1) : nil
  }

  /// The comma opening a parenthetical that the comma at `closing` closes, when the words
  /// between read as a relative or participle phrase (", which Kyiv published,", ", first made by
  /// Kovalenko on Telegram,", ", reported on Monday,"); nil otherwise.
  func parentheticalOpening(closedAt closing: Int, in sentence: Range<Int>) -> Int? {
    var k = closing - 1
    while k > sentence.lowerBound, closing - k <= 15, tokens[k].isWord || tokens[k].shape == .number {
      k -= 1
    }
    guard k > sentence.lowerBound, tokens[k].isMark(","), k + 1 < closing else { return nil }
    let first = k + 1
    func isParticiple(_ k: Int) -> Bool { isIn(.edForm, k) || Self.irregularParticiples.contains(lowers[k]) }
    // The participle opens the phrase or follows one adverb ("later reported"), or an agent's
    // "by" comes early ("first made by Kovalenko"); ", officials said," is a speaker's aside,
    // not a phrase of the subject.
    let adverbThenParticiple = first + 1 < closing && isParticiple(first + 1)
      && (isIn(.lyForm, first) || Self.participleAdverbs.contains(lowers[first]))
    let opensPhrase = ["who", "which"].contains(lowers[first]) || isParticiple(first) || adverbThenParticiple
      || (first..<min(first + 4, closing)).contains { lowers[$0] == "by" }
    return opensPhrase ? k : nil
  }

  /// Adverbs that may stand before a sentence-opening participle.
  static let participleAdverbs: Set<String> = WordList.participleAdverbs.words

  /// Skips an introductory phrase closed by a comma ("Last week,", "At the same briefing,").
  func skipIntro(from start: Int, before limit: Int) -> Int {
    guard start < limit, isIn(.introWord, start) || isIn(.weekday, start) else { return start }
    var k = start
    while k < limit && k < start + 10 {
      if tokens[k].isMark(",") { return k + 1 }
      if tokens[k].isQuote { return start }
      k += 1
    }
    return start
  }
}
