import AttributionDocuments
import AttributionLexicon

/// Verdicts and could-not-verify lines: "could not be independently verified", "has not been
/// able to confirm", "declined to comment", "is looking into", "denied", and the negation that
/// turns a statement into a could-not-verify or a denial.
/// Example: "The claims could not be independently verified." (a could-not-verify attribution
/// with no source, about the claims before it).
extension RuleExtractor {
  /// "according to X", the could-not-verify phrases, "looking into".
  func phraseCue(at index: Int, in sentence: Range<Int>, previous: [AttributionDraft]) -> AttributionDraft? {
    guard isIn(.phraseOpener, index) || tokens[index].isQuote else { return nil }
    let w = lowers[index]
    if w == "according", word(index + 1, sentence) == "to", layout.quoteOf[index] < 0 {
      return accordingTo(at: index, in: sentence)
    }
    // could not / cannot (be) (independently) confirmed|verified
    var cursor = index
    if (w == "could" || w == "can" || w == "would") && word(index + 1, sentence) == "not" {
      cursor = index + 2
    } else if w == "cannot" || w == "couldn't" || w == "can't" || w == "couldn’t" || w == "can’t" {
      cursor = index + 1
    } else if w == "unable", word(index + 1, sentence) == "to" {
      cursor = index + 2
    } else if let able = notAbleTo(at: index, in: sentence) {
      // "has not been able to verify", "were not able to independently confirm"
      cursor = able
    }
    if cursor > index {
      var agentless = false
      if word(cursor, sentence) == "be" || word(cursor, sentence) == "been" {
        agentless = true
        cursor += 1
      }
      while let adverb = word(cursor, sentence), adverb.hasSuffix("ly") { cursor += 1 }
      if let verb = word(cursor, sentence),
        ["confirm", "confirmed", "verify", "verified", "corroborate", "corroborated", "establish",
          "established"].contains(verb)
      {
        let cue = index..<(cursor + 1)
        if agentless {
          // "Ukraine's claim that 11,000 troops were in Kursk could not be verified".
          let subject = reportedClauseBefore(index, in: sentence) ?? subjectBefore(index, in: sentence)
          guard let subject else { return nil }
          return AttributionDraft(kind: .couldNotVerify, source: nil, cue: [cue], content: [subject], sentence: sentence)
        }
        let source = sourceBefore(index, in: sentence, previous: previous)
        var draft = AttributionDraft(kind: .couldNotVerify, source: source, cue: [cue], content: [], sentence: sentence)
        fillContent(&draft, after: cursor + 1, in: sentence)
        return draft.content.isEmpty ? nil : draft
      }
      // "could not be reached (for comment)": asked and not answered (``readNoComment(_:)``).
      if agentless, word(cursor, sentence) == "reached",
        let source = sourceBefore(index, in: sentence, previous: previous)
      {
        var draft = AttributionDraft(
          kind: .couldNotVerify, source: source, cue: [index..<(cursor + 1)], content: [], sentence: sentence)
        fillContent(&draft, after: cursor + 1, in: sentence)
        return draft.content.isEmpty || isCommentRequest(draft.content.flatMap { Array($0) }) ? draft : nil
      }
    }
    // "Moscow has neither confirmed nor denied the reports": one verdict not given.
    if w == "neither", let first = word(index + 1, sentence), Self.givenVerdicts.contains(first),
      word(index + 2, sentence) == "nor", let second = word(index + 3, sentence), Self.givenVerdicts.contains(second)
    {
      var start = index
      while start - 1 >= sentence.lowerBound, tokens[start - 1].isWord, !tokens[start - 1].isCapitalized,
        isIn(.auxiliary, start - 1)
      {
        start -= 1
      }
      guard let source = sourceBefore(start, in: sentence, previous: previous) else { return nil }
      var draft = AttributionDraft(kind: .couldNotVerify, source: source, cue: [start..<(index + 4)], content: [], sentence: sentence)
      fillContent(&draft, after: index + 4, in: sentence)
      // With nothing after it ("The Kremlin has neither confirmed nor denied."), it answers what
      // was reported before.
      return draft
    }
    // did not (immediately) respond (to); did not deny or confirm; has yet to confirm
    let didNot = (w == "did" || w == "does" || w == "do") && word(index + 1, sentence) == "not"
    let yetTo = (w == "has" || w == "have" || w == "had") && word(index + 1, sentence) == "yet" && word(index + 2, sentence) == "to"
    if didNot || yetTo {
      var next = index + (yetTo ? 3 : 2)
      if let adverb = word(next, sentence), adverb.hasSuffix("ly") { next += 1 }
      // "did not return calls seeking comment" (only with a request after it).
      let returns = word(next, sentence).map { $0 == "return" } ?? false
      if let verb = word(next, sentence),
        Self.answeringVerbs.contains(verb) || Self.unmadeVerdicts.contains(verb) || returns
      {
        let isVerdict = Self.unmadeVerdicts.contains(verb)
        var end = next + 1
        if word(end, sentence) == "to" { end += 1 }
        // "did not confirm or deny": one cue.
        if isVerdict, let joiner = word(end, sentence), joiner == "or" || joiner == "nor",
          let second = word(end + 1, sentence), Self.unmadeVerdicts.contains(second)
        {
          end += 2
        }
        let source = sourceBefore(index, in: sentence, previous: previous)
        // "… off the rolls if they did not confirm their status" is a condition, not a verdict.
        if isVerdict, let source, source.lowerBound > sentence.lowerBound,
          Self.conditionOpeners.contains(lowers[source.lowerBound - 1])
        {
          return nil
        }
        var draft = AttributionDraft(kind: .couldNotVerify, source: source, cue: [index..<end], content: [], sentence: sentence)
        fillContent(&draft, after: end, in: sentence)
        // "did not respond" needs nothing after it; "did not confirm" does.
        if isVerdict && draft.content.isEmpty { return nil }
        if returns && !isCommentRequest(draft.content.flatMap { Array($0) }) { return nil }
        return draft.source == nil ? nil : draft
      }
    }
    if w == "declined" || w == "declines" || w == "refused" || w == "refuses",
      word(index + 1, sentence) == "to" || word(index + 1, sentence) == "comment"
    {
      let source = sourceBefore(index, in: sentence, previous: previous)
      var draft = AttributionDraft(kind: .couldNotVerify, source: source, cue: [index..<(index + 1)], content: [], sentence: sentence)
      fillContent(&draft, after: index + 1, in: sentence)
      return draft.source == nil ? nil : draft
    }
    if w == "looking" || w == "look", word(index + 1, sentence) == "into" {
      let source = sourceBefore(index, in: sentence, previous: previous)
      var draft = AttributionDraft(kind: .couldNotVerify, source: source, cue: [index..<(index + 2)], content: [], sentence: sentence)
      fillContent(&draft, after: index + 2, in: sentence)
      return draft.content.isEmpty ? nil : draft
    }
    // "looking into" in quotation marks: “looking into” the reports
    if tokens[index].isQuote, word(index + 1, sentence) == "looking", word(index + 2, sentence) == "into" {
      let source = sourceBefore(index, in: sentence, previous: previous)
      var draft = AttributionDraft(kind: .couldNotVerify, source: source, cue: [(index + 1)..<(index + 3)], content: [], sentence: sentence)
      var after = index + 3
      if after < sentence.upperBound, tokens[after].isQuote { after += 1 }
      fillContent(&draft, after: after, in: sentence)
      return draft.content.isEmpty ? nil : draft
    }
    return nil
  }

  func isLookingInto(_ draft: AttributionDraft) -> Bool {
    draft.kind == .couldNotVerify && lowers[draft.cue[0].lowerBound] == "looking"
  }

  /// Where the verb starts after "has not been able to" or "was not able to" (contracted too:
  /// "hasn't been able to") at `index`; nil when the words there are not that phrase.
  func notAbleTo(at index: Int, in sentence: Range<Int>) -> Int? {
    // Most openers here are a plain "is" or "was": the next word rules them out at once.
    guard let following = word(index + 1, sentence), following == "not" || following == "been" || following == "able"
    else { return nil }
    let w = lowers[index]
    let stem = negatedStem(index)
    var next = index + 1
    if stem == nil {
      guard word(next, sentence) == "not" else { return nil }
      next += 1
    }
    let base = stem ?? w
    if ["has", "have", "had"].contains(base) {
      guard word(next, sentence) == "been" else { return nil }
      next += 1
    } else if !["was", "were", "is", "are"].contains(base) {
      return nil
    }
    guard word(next, sentence) == "able", word(next + 1, sentence) == "to" else { return nil }
    return next + 2
  }

  /// The words that can open a phrase cue (a quotation mark can too: “looking into”).
  static let phraseOpeners: Set<String> = WordList.phraseOpeners.words

  /// A confirmation or denial that did not happen ("Russia has not confirmed the deployment",
  /// "None of the claims could be verified", "the Kremlin did not deny …"), or an answer that
  /// was not given ("has not commented on"), neither corroborates nor refutes: it is
  /// could-not-verify. The negation and the auxiliaries before the verb join the cue, as PolNeAR
  /// marks it ("has not yet confirmed"); "Neither Russia nor" joins the source. "Not only
  /// confirmed" is no negation.
  func readNegation(_ draft: inout AttributionDraft) {
    guard draft.cue.count == 1, draft.kind != .couldNotVerify else { return }
    let cue = draft.cue[0]
    let admits = cue.contains { Self.admittingVerbs.contains(lowers[$0]) }
    let answers = cue.contains(where: { Self.answeringVerbs.contains(lowers[$0]) })
    // A statement that was not made ("officials haven't said the FBI is reopening",
    // "the ministry did not say whether") asserts nothing: like a confirmation that did not
    // happen, it is could-not-verify.
    let says = draft.kind == .said && !admits && !answers
      && cue.contains { Self.sayingVerbs.contains(lowers[$0]) }
    guard draft.kind == .confirmed || draft.kind == .denied || admits || answers || says else { return }
    // Admitting and saying are read only when negated ("has not acknowledged", "Neither Cruz
    // nor Christie acknowledged", "has never said"); "Will acknowledges …" keeps its source.
    if admits || says, draft.kind == .said {
      let before = max(draft.sentence.lowerBound, cue.lowerBound - 4)..<cue.upperBound
      let negativeSubject = draft.source.map { Self.negativeSubjects.contains(lowers[$0.lowerBound]) } ?? false
      guard negativeSubject || before.contains(where: isNegation) || before.contains(where: { lowers[$0] == "nor" }) else { return }
    }
    func isVerbGroupWord(_ k: Int) -> Bool {
      isNegation(k) || isIn(.auxiliary, k) || isBeForm(k) || lowers[k] == "yet" || isIn(.lyForm, k) && !tokens[k].isCapitalized
    }
    var negated = cue.contains(where: isNegation)
    // A source that took the verb group's first words ("The Pentagon hasn't", "never"): they
    // go back to the cue.
    var lostSource = false
    if var source = draft.source, source.upperBound == cue.lowerBound {
      while source.count > 1, isVerbGroupWord(source.upperBound - 1) { source = source.lowerBound..<(source.upperBound - 1) }
      draft.source = source
      // A source of verb-group words only ("Moscow has never confirmed" read as source "never").
      if source.allSatisfy(isVerbGroupWord) {
        draft.source = nil
        lostSource = true
      }
    }
    // The auxiliaries, adverbs and negation right before the cue.
    var k = cue.lowerBound - 1
    while k >= draft.sentence.lowerBound, tokens[k].isWord, draft.source?.contains(k) != true, isVerbGroupWord(k) {
      if isNegation(k) { negated = true }
      k -= 1
    }
    // "neither confirmed nor denied": both are.
    if k >= draft.sentence.lowerBound, draft.source?.contains(k) != true, lowers[k] == "neither" || lowers[k] == "nor" {
      negated = true
      k -= 1
    }
    let start = k + 1
    if lostSource { draft.source = subjectBefore(start, in: draft.sentence) }
    // A subject that negates: the source, or (passive) the content before the cue.
    if let source = draft.source {
      if Self.negativeSubjects.contains(lowers[source.lowerBound]) { negated = true }
      // "Neither Russia nor North Korea": the rules' source started after "nor".
      var back = source.lowerBound - 1
      if back > draft.sentence.lowerBound, lowers[back] == "nor" {
        while back > draft.sentence.lowerBound, source.lowerBound - back <= 8, tokens[back - 1].isWord, lowers[back] != "neither" {
          back -= 1
        }
        if lowers[back] == "neither" {
          draft.source = back..<source.upperBound
          negated = true
        }
      }
    } else if let content = draft.content.first, content.upperBound <= cue.lowerBound,
      Self.negativeSubjects.contains(lowers[content.lowerBound])
    {
      negated = true
      // "None of the claims": what could not be verified is the claims.
      if content.count > 2, lowers[content.lowerBound + 1] == "of" {
        draft.content[0] = (content.lowerBound + 2)..<content.upperBound
      }
    }
    guard negated else { return }
    draft.kind = .couldNotVerify
    draft.cue = [start..<cue.upperBound]
  }

  /// Whether token `k` negates ("not", "never", "hasn't"); "not only" does not.
  func isNegation(_ k: Int) -> Bool {
    (lowers[k] == "not" || lowers[k] == "never" || negatedStem(k) != nil) && (k + 1 == lowers.count || lowers[k + 1] != "only")
  }

  /// The word a negative contraction shortens ("wasn't" → "was", "hasn’t" → "has"), or nil.
  func negatedStem(_ index: Int) -> String? {
    let w = lowers[index]
    for suffix in ["n't", "n’t"] where w.hasSuffix(suffix) && w.count > suffix.count {
      return String(w.dropLast(suffix.count))
    }
    return nil
  }

  /// Verbs of saying proper, whose negation is a statement not made.
  static let sayingVerbs: Set<String> = WordList.sayingVerbs.words

  /// Verbs whose negation ("has not commented on", "did not respond to") is a source that was
  /// asked and gave nothing, as "declined to comment" is.
  static let answeringVerbs: Set<String> = WordList.answeringVerbs.words

  /// Verdicts as given: "neither confirmed nor denied".
  static let givenVerdicts: Set<String> = WordList.givenVerdicts.words

  /// Verbs of admitting, which confirm when they are said and leave a claim unconfirmed when
  /// they are not: "Russia has not acknowledged the losses".
  static let admittingVerbs: Set<String> = WordList.admittingVerbs.words

  /// Verbs whose "did not" form ("did not deny the reports") leaves a claim neither
  /// corroborated nor refuted.
  static let unmadeVerdicts: Set<String> = WordList.unmadeVerdicts.words

  /// Words before a source that make its statement conditional.
  static let conditionOpeners: Set<String> = WordList.conditionOpeners.words

  /// Subjects that negate what they did: "None of the claims could be verified", "Neither Russia
  /// nor North Korea has confirmed …".
  static let negativeSubjects: Set<String> = WordList.negativeSubjects.words
}
