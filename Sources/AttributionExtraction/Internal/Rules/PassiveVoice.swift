import AttributionDocuments
import AttributionLexicon

/// Passive and participle readings of a cue: "was told by", "it was reported", "were confirmed
/// by US officials", with the agent after "by" as the source.
/// Example: "The deployment was confirmed by the Pentagon." (source "the Pentagon", cue "was
/// confirmed").
extension RuleExtractor {
  /// The forms of "be" that make a participle cue passive.
  static let beForms: Set<String> = WordList.beForms.words

  /// Irregular past participles among the cue verbs; regular ones end in "ed".
  static let irregularParticiples: Set<String> = WordList.irregularParticiples.words

  /// How a participle cue reads: in the active voice, or passive with the attribution it makes
  /// (nil when it makes none).
  enum VoiceReading {
    case active
    case passive(AttributionDraft?)
  }

  /// A cue in the passive voice: "the report was confirmed by Umerov" (the agent after "by" is
  /// the source, what was confirmed the content), "it was reported that …" and "they were told
  /// that …" (the clause is the content; no agent, no source). The subject before "was" is never
  /// the source, which is what the active reading would take. A negated confirmation ("was not
  /// confirmed by the Pentagon", "hasn't been verified") is could-not-verify; another negated
  /// passive ("was not reported") attributes nothing. A second participle ("confirmed by the
  /// Pentagon and denied by Moscow") shares the first one's subject.
  func passiveReading(at index: Int, kind: AttributionKind, in sentence: Range<Int>, previous: [AttributionDraft]) -> VoiceReading {
    let w = lowers[index]
    guard w.hasSuffix("ed") || Self.irregularParticiples.contains(w) else { return .active }
    var be = index - 1
    var negated = false
    while be >= sentence.lowerBound, tokens[be].isWord, !isBeForm(be) {
      guard isNegation(be) || isIn(.lyForm, be) && !tokens[be].isCapitalized || isIn(.auxiliary, be) && !isIn(.finiteVerb, be)
      else { break }
      if isNegation(be) { negated = true }
      be -= 1
    }
    var subject: Range<Int>? = nil
    var subjectEnd = be
    if be >= sentence.lowerBound, isBeForm(be) {
      if negatedStem(be) != nil { negated = true }
      // "has been", "could not be", "hasn't been": the subject stands before the auxiliaries too.
      while subjectEnd > sentence.lowerBound, tokens[subjectEnd - 1].isWord,
        isIn(.auxiliary, subjectEnd - 1) || isNegation(subjectEnd - 1)
      {
        if isNegation(subjectEnd - 1) { negated = true }
        subjectEnd -= 1
      }
      subject = reportedClauseBefore(subjectEnd, in: sentence) ?? subjectBefore(subjectEnd, in: sentence)
      // "…, and it was later denied": the conjunction opens the clause, it is not the subject.
      if let found = subject, found.count > 1, Self.coordinators.contains(lowers[found.lowerBound]) {
        subject = (found.lowerBound + 1)..<found.upperBound
      }
    } else if be >= sentence.lowerBound, Self.coordinators.contains(lowers[be]), !negated,
      let last = previous.last, last.content.count == 1, let shared = last.content.first,
      shared.upperBound <= last.cue[0].lowerBound, last.cue[0].upperBound <= be
    {
      subject = shared
      subjectEnd = be
    } else {
      return .active
    }
    var kind = kind
    var cue = index..<(index + 1)
    if negated {
      guard kind == .confirmed else { return .passive(nil) }
      kind = .couldNotVerify
      cue = subjectEnd..<(index + 1)
    }
    var draft = AttributionDraft(kind: kind, source: nil, cue: [cue], content: [], sentence: sentence)
    var after = index + 1
    // "confirmed to CNN by two officials", "reported on Monday by Yonhap": "by" after adjuncts.
    let by = byAhead(from: after, in: sentence)
    if let by {
      if by > after + 1, lowers[after] == "to" { draft.recipient = (after + 1)..<by }
      after = by + 1
      if let agent = agentAfter(by + 1, in: sentence) {
        draft.source = agent
        after = agent.upperBound
      }
    }
    let clauseFollows = after < sentence.upperBound
      && (lowers[after] == "that" && !isTimeNoun(after + 1, in: sentence) || tokens[after].isQuote || tokens[after].isMark(":"))
    let isExpletive = subject.map { $0.count == 1 && lowers[$0.lowerBound] == "it" } ?? false
    if clauseFollows {
      // "it was reported that …", "officials were told that …" (they heard it: the recipients).
      fillContent(&draft, after: after, in: sentence)
      if !isExpletive, Self.tellingVerbs.contains(w), draft.recipient == nil { draft.recipient = subject }
    } else if isExpletive {
      // "It was confirmed by two officials who spoke on condition of anonymity that …": the
      // clause further on; without one, "it" points back and the rules leave it.
      guard let that = thatAhead(from: after, in: sentence) else { return .passive(nil) }
      fillContent(&draft, after: that, in: sentence)
    } else if kind != .said,
      let subject = subject
        ?? (subjectEnd > sentence.lowerBound && Self.relativePronouns.contains(lowers[subjectEnd - 1])
          ? (subjectEnd - 1)..<subjectEnd : nil)
    {
      // "The report was confirmed by Umerov": what was confirmed, denied or cited.
      if Self.relativePronouns.contains(lowers[subject.upperBound - 1]) {
        // Only a failure to verify is read this way; PolNeAR's cues for "…, which was first
        // reported by" span the whole verb group, which the taggers find.
        guard negated, let antecedent = pointingBack(relative: subject.upperBound - 1, in: sentence) else {
          return .passive(nil)
        }
        draft.content = [antecedent]
      } else {
        draft.content = [subject]
      }
      // "Troops were reported to be fighting", "three soldiers were reported killed".
      let end = contentEnd(in: sentence)
      if after < end, lowers[after] == "to" && after + 1 < end || isVerbLike(after) || isIn(.edForm, after) {
        let stop = clauseEnd(from: after, limit: end, in: sentence)
        if stop > after { draft.content.append(after..<stop) }
      }
    } else {
      // "He was criticized for …", "troops are expected to …": the subject is not what was said.
      // With an agent ("we were told by officials") the active reading would take the one told
      // for the source, so the rules say nothing.
      return by == nil ? .active : .passive(nil)
    }
    return .passive(draft.content.isEmpty ? nil : draft)
  }

  /// The "by" of a passive agent at `start`, or a few words on after an adjunct or a "to"
  /// phrase ("to CNN by", "on Monday by"); nil when there is none before punctuation or a clause.
  func byAhead(from start: Int, in sentence: Range<Int>) -> Int? {
    guard start < sentence.upperBound else { return nil }
    if lowers[start] == "by" { return start }
    guard lowers[start] == "to" || isAdjunctStart(start, in: sentence) else { return nil }
    var k = start + 1
    while k < min(start + 7, sentence.upperBound), tokens[k].isWord || tokens[k].shape == .number {
      if lowers[k] == "by" { return k }
      if lowers[k] == "that" || isVerbLike(k) { return nil }
      k += 1
    }
    return nil
  }

  /// The agent of a passive cue, after its "by": a noun phrase up to a "that" clause, a
  /// relative clause, punctuation, a verb, an adjunct or a conjunction before another verb
  /// ("by Yonhap that …", "by two officials who spoke on condition of anonymity", "by local
  /// authorities", "by him", "by the Pentagon and denied by Moscow").
  func agentAfter(_ start: Int, in sentence: Range<Int>) -> Range<Int>? {
    guard start < sentence.upperBound, tokens[start].isWord, !isVerbLike(start), !isIn(.finiteVerb, start),
      !isIn(.npBreaker, start) || isIn(.determiner, start), !Self.relativePronouns.contains(lowers[start])
    else { return nil }
    let limit = contentEnd(in: sentence)
    var end = start
    while end < limit {
      let token = tokens[end]
      if token.shape == .punctuation && !token.isMark(".") || token.isQuote { break }
      if Self.relativePronouns.contains(lowers[end]) { break }
      if end > start,
        isAdjunctStart(end, in: sentence) || isIn(.finiteVerb, end) || isVerbLike(end) || isIn(.auxiliary, end)
          || isIn(.npBreaker, end) && lowers[end] != "and" && lowers[end] != "of"
      {
        break
      }
      end += 1
    }
    while end > start + 1, ["and", "of", "or"].contains(lowers[end - 1]) { end -= 1 }
    guard end > start else { return nil }
    if let appositive = appositiveAfter(end, in: sentence, limit: limit) { end = appositive }
    return start..<end
  }
}
