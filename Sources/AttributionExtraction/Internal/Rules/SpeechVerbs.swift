import AttributionDocuments
import AttributionLexicon

/// Speech-verb clauses: a cue verb ("said", "told", "confirmed", "denied") with its subject
/// before it, or after it in an inverted quotation ("…, said Kovalenko"), and what makes a weak
/// verb ("believes", "found") strong enough to count.
/// Example: "Kovalenko said on Telegram that the first units had come under fire." (source
/// "Kovalenko", cue "said", content "the first units had come under fire").
extension RuleExtractor {
  /// A verb cue: source before it (or after it, inverted), content after it (or before it).
  func verbCue(at index: Int, kind: AttributionKind, in sentence: Range<Int>, previous: [AttributionDraft]) -> AttributionDraft? {
    let w = lowers[index]
    let cue = index..<(index + 1)
    var kind = kind
    if w == "report" || w == "reports" || w == "reported" {
      // "it was reported", "reports from X" are cited; "reported" after a noun is too.
      kind = .cited
    }
    // Participle hanging on the main clause: ", saying that …".
    if isIn(.participle, index), index > sentence.lowerBound,
      tokens[index - 1].isMark(",") || tokens[index - 1].isQuote
    {
      let source = previous.last?.source ?? subjectOf(sentence)
      guard let source, !source.contains(index) else { return nil }
      var draft = AttributionDraft(kind: kind, source: source, cue: [cue], content: [], sentence: sentence)
      fillContent(&draft, after: index + 1, in: sentence)
      return draft.content.isEmpty || !strongEnough(draft, w) ? nil : draft
    }
    if let first = firstToSay(at: index, kind: kind, in: sentence) { return first }
    if tokens[index].isCapitalized && index > sentence.lowerBound { return nil }
    // "-ing" forms are cues only as participles or in progressive tenses ("a stark warning" is not).
    if w.hasSuffix("ing"), index > sentence.lowerBound,
      !["is", "was", "are", "were", "been", "be", "am"].contains(lowers[index - 1])
    {
      return nil
    }
    if case .passive(let draft) = passiveReading(at: index, kind: kind, in: sentence, previous: previous) {
      return draft
    }
    // Inverted: "…, said Blinken." / "…,” said Blinken." Not "told", whose object follows it:
    // in "“…,” a HUR spokesman, Andriy Yusov, told the BBC" the BBC is the one told.
    if index > sentence.lowerBound, tokens[index - 1].isMark(",") || tokens[index - 1].isQuote,
      w != "told" && w != "tells",
      let source = sourceAfter(index + 1, in: sentence),
      source.upperBound >= contentEnd(in: sentence) || tokens[source.upperBound].isMark(","),
      let before = contentBefore(index, in: sentence), isClause(before)
    {
      var draft = AttributionDraft(kind: kind, source: source, sourceAfterCue: true, cue: [cue], content: [before], sentence: sentence)
      _ = adjuncts(&draft, from: source.upperBound, in: sentence)
      return draft
    }
    guard let source = sourceBefore(index, in: sentence, previous: previous) else { return nil }
    var draft = AttributionDraft(kind: kind, source: source, cue: [cue], content: [], sentence: sentence)
    fillContent(&draft, after: index + 1, in: sentence)
    if draft.content.isEmpty {
      // The cue ends the sentence: the content came first ("…, Ukrainian officials said.").
      guard let before = contentBefore(source.lowerBound, in: sentence) else { return nil }
      draft.content = [before]
    }
    // A quotation split around the cue: “A,” he said, “B.”
    if let quoteBefore = quoteBefore(source.lowerBound, in: sentence), let first = draft.content.first,
      first != quoteBefore, isQuote(first)
    {
      draft.content.insert(quoteBefore, at: 0)
    }
    return strongEnough(draft, w) ? draft : nil
  }

  /// The "that" opening a clause after `start`, past words and commas only (an agent, a
  /// relative clause, adjuncts): "It was confirmed by two officials, who spoke on condition of
  /// anonymity, that …".
  func thatAhead(from start: Int, in sentence: Range<Int>) -> Int? {
    var k = start
    let end = contentEnd(in: sentence)
    while k < end, tokens[k].isWord || tokens[k].shape == .number || tokens[k].isMark(",") {
      if lowers[k] == "that", !isTimeNoun(k + 1, in: sentence) { return k }
      k += 1
    }
    return nil
  }

  /// Verbs whose passive subject is the one told: "officials were told that …".
  static let tellingVerbs: Set<String> = WordList.tellingVerbs.words

  /// Relative pronouns that may stand for a source.
  static let relativePronouns: Set<String> = WordList.relativePronouns.words

  /// Conjunctions that coordinate two statement verbs.
  static let coordinators: Set<String> = WordList.coordinators.words

  /// Nouns for stretches of time that head a time phrase ("last week", "this morning").
  static let timeNouns: Set<String> = WordList.timeNouns.words

  /// Whether token `index` names a stretch of time ("that month", "that day", "that Monday").
  func isTimeNoun(_ index: Int, in sentence: Range<Int>) -> Bool {
    sentence.contains(index)
      && (Self.timeNouns.contains(lowers[index]) || lowers[index] == "day" || isIn(.weekday, index))
  }

  /// Title words that are function words too ("Secretary of State", "the Pentagon"): alone
  /// they make no description.
  static let titleFunctionWords: Set<String> = WordList.titleFunctionWords.words

  /// Where an appositive after the agent ending at `end` ends: ", Rustem Umerov" after "by
  /// Ukraine's defense minister", ", Ukraine's defense minister" after "by Rustem Umerov". The
  /// segment is a person's name, or a description with a capitalised word that ends in a title
  /// word ("Ukraine's defense minister"), closed by a comma, the sentence end or an adjunct; nil
  /// otherwise.
  func appositiveAfter(_ end: Int, in sentence: Range<Int>, limit: Int) -> Int? {
    guard end < limit, tokens[end].isMark(","), end + 1 < limit else { return nil }
    var k = end + 1
    var run: [Int] = []
    var hasTitle = false
    while k < limit, k - end <= 8, tokens[k].isWord || tokens[k].isMark(".") {
      if k > end + 1, isAdjunctStart(k, in: sentence) || isVerbLike(k) || isIn(.finiteVerb, k) { break }
      if tokens[k].isCapitalized { run.append(k) }
      // The description ends in its title ("Ukraine's defense minister", not "the first
      // official acknowledgement from Washington").
      hasTitle = isIn(.titleWord, k) && !Self.titleFunctionWords.contains(lowers[k])
      k += 1
    }
    guard k > end + 1, k == limit || tokens[k].isMark(",") || isAdjunctStart(k, in: sentence) else { return nil }
    let isName = run.count == k - (end + 1) && PersonNames.personName(run, tokens: tokens, words: words) != nil
    return isName || hasTitle && !run.isEmpty ? k : nil
  }

  /// Nouns that name a statement and take a "that" clause: "Kovalenko's claim that …".
  static let statementNouns: Set<String> = WordList.statementNouns.words

  /// A subject that names a statement with its clause, ending at `end` (exclusive): "Kovalenko's
  /// claim that the troops were fighting" before "was not confirmed". Nil when the words before
  /// `end` are not such a phrase.
  func reportedClauseBefore(_ end: Int, in sentence: Range<Int>) -> Range<Int>? {
    var k = end - 1
    while k > sentence.lowerBound, end - k <= 30 {
      let token = tokens[k]
      if token.shape == .punctuation || token.isQuote { return nil }
      if lowers[k] == "that", k - 1 >= sentence.lowerBound, Self.statementNouns.contains(lowers[k - 1]) {
        guard k + 1 < end, let start = nounPhraseStart(endingAt: k - 1, in: sentence) else { return nil }
        return start..<end
      }
      k -= 1
    }
    return nil
  }

  /// "Kovalenko's statement on Monday was the first to claim that …", "Reuters was the only
  /// outlet to report …": the subject said it (the possessor, when the subject is a statement of
  /// someone's); the cue is "to" and the verb.
  func firstToSay(at index: Int, kind: AttributionKind, in sentence: Range<Int>) -> AttributionDraft? {
    guard index - 4 >= sentence.lowerBound, lowers[index - 1] == "to" else { return nil }
    var k = index - 2
    if Self.speakerNouns.contains(lowers[k]), k - 1 > sentence.lowerBound {
      k -= 1  // "the only outlet to report"
    }
    guard ["first", "last", "only", "latest"].contains(lowers[k]), k - 2 >= sentence.lowerBound,
      lowers[k - 1] == "the", Self.beForms.contains(lowers[k - 2]),
      var source = subjectBefore(k - 2, in: sentence),
      !(source.count == 1 && ["it", "this", "that", "there"].contains(lowers[source.lowerBound]))
    else { return nil }
    if let possessive = source.first(where: { PersonNames.hasPossessiveS(lowers[$0]) }),
      possessive + 1 < source.upperBound, Self.statementNouns.contains(lowers[possessive + 1])
    {
      source = source.lowerBound..<(possessive + 1)
    }
    var draft = AttributionDraft(kind: kind, source: source, cue: [(index - 1)..<(index + 1)], content: [], sentence: sentence)
    fillContent(&draft, after: index + 1, in: sentence)
    return draft.content.isEmpty ? nil : draft
  }

  /// The pronouns that can open a clause as its subject.
  static let subjectPronouns = Lexicon.pronouns.subtracting(["who"])

  /// Whether token `index` opens a second noun phrase after the one begun at `start`: a
  /// determiner not after "of", or a capitalised word after a lower-case one.
  func startsNewNounPhrase(_ index: Int, after start: Int) -> Bool {
    guard index > start else { return false }
    if isIn(.determiner, index) { return lowers[index - 1] != "of" }
    return tokens[index].isCapitalized && tokens[index - 1].isWord && !tokens[index - 1].isCapitalized
      && lowers[index - 1] != "of" && !isIn(.determiner, index - 1)
  }

  /// Who can be "the first outlet to report": nouns for those who speak or publish.
  static let speakerNouns: Set<String> = WordList.speakerNouns.words

  /// Weak cues ("think", "found", "posted") count only before a clause or quotation.
  func strongEnough(_ draft: AttributionDraft, _ verb: String) -> Bool {
    if verb == "added" || verb == "adds", let source = draft.source, let first = draft.content.first,
      first.lowerBound > draft.cue[0].lowerBound, lowers[first.lowerBound] != "that",
      !tokens[first.lowerBound].isQuote
    {
      let head = lowers[source.upperBound - 1]
      let isPerson = source.count == 1 && Lexicon.pronouns.contains(head)
        || tokens[source.upperBound - 1].isCapitalized || Lexicon.anonymousMarkers.contains(head)
        || Lexicon.titleWords.contains(head)
      if !isPerson { return false }
    }
    guard Lexicon.weakCues.contains(verb) else { return true }
    guard let first = draft.content.first else { return false }
    if first.upperBound <= draft.cue[0].lowerBound { return true }
    let lead = lowers[first.lowerBound]
    return lead == "that" || tokens[first.lowerBound].isQuote
      || tokens[first.lowerBound - 1].isMark(":")
  }
}
