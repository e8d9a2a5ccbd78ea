import AttributionDocuments

/// The rule-based extractor: finds cues by lexicon and phrase, then the source before or after
/// the cue, the content (a clause or a quotation), and the channel, recipient and relay around
/// it. Works sentence by sentence over tokens; each step looks at a bounded window, so the whole
/// pass is linear in the text.
struct RuleExtractor {
  let document: Document
  let tokens: [Token]
  let layout: TextLayout
  let lowers: [String]
  let words: TokenWords
  let names: PersonNames
  let model: AttributionModel?

  init(document: Document, model: AttributionModel? = nil) {
    self.model = model
    self.document = document
    let body = max(0, min(document.body.start, document.scalars.count))..<max(
      0, min(document.body.end, document.scalars.count))
    let body2 = body.lowerBound <= body.upperBound ? body : body.lowerBound..<body.lowerBound
    tokens = Tokenizer.tokens(document.scalars, in: body2)
    layout = SentenceSplitter.layout(tokens)
    words = TokenWords(tokens)
    lowers = words.lower
    names = PersonNames(tokens: tokens, words: words)
  }

  /// True when the token at `index` is in `wordClass`.
  @inline(__always)
  func isIn(_ wordClass: WordClass, _ index: Int) -> Bool {
    words.classes[index].contains(wordClass)
  }

  /// One attribution under construction, in token indices.
  struct Draft {
    var kind: AttributionKind
    var source: Range<Int>?
    var sourceAfterCue = false
    var cue: [Range<Int>]
    var content: [Range<Int>]
    var channel: Range<Int>?
    var recipient: Range<Int>?
    var relay: TextSpan?
    var sentence: Range<Int>
    /// For a relative "who" source: the noun phrase it stands for ("Rustem Umerov, Ukraine's
    /// defense minister, who said").
    var antecedent: Range<Int>? = nil
  }

  func run() -> [Attribution] {
    var drafts = ruleDrafts()
    if let model {
      let learned = model.drafts(tokens: tokens, words: words, layout: layout, rules: drafts)
      drafts = merge(learned: learned, rules: drafts)
    }
    drafts = adding(lines: lineDrafts(), to: drafts)
    for index in drafts.indices { readNegation(&drafts[index]) }
    // The passes below change sources and contents, never which drafts there are or their
    // sentences: one grouping serves them all.
    let bySentence = Self.bySentence(drafts)
    dropBorrowedPieces(&drafts, bySentence: bySentence)
    boundStatementClauses(&drafts)
    boundSubjectStatements(&drafts)
    shareSubjects(&drafts, bySentence: bySentence)
    endBeforeAsides(&drafts, bySentence: bySentence)
    for index in drafts.indices where isInOpeningAdverbial(drafts[index]) { drafts[index].source = nil }
    for index in drafts.indices { readCiting(&drafts[index]) }
    for index in drafts.indices {
      // "a HUR spokesman, Andriy Yusov, told": the appositive's closing comma is not the source's.
      while let source = drafts[index].source, source.count > 1, tokens[source.upperBound - 1].isMark(",") {
        drafts[index].source = source.lowerBound..<(source.upperBound - 1)
      }
      guard let source = drafts[index].source, source.count == 1 else { continue }
      drafts[index].antecedent = antecedent(ofRelative: source.lowerBound, in: drafts[index].sentence)
    }
    // The capitalised words of every source, possessives stripped: who speaks in the article.
    var speakers = Set<String>()
    for draft in drafts {
      for index in draft.source ?? 0..<0 where tokens[index].isCapitalized {
        speakers.insert(PersonNames.stripPossessive(tokens[index].text))
      }
    }
    var resolver = SourceResolver(
      document: document, tokens: tokens, words: words, names: names, quoteOf: layout.quoteOf,
      sentences: layout.sentences, speakers: speakers)
    return drafts.compactMap { resolver.attribution(from: $0) }
  }

  /// The indices of `drafts` by their sentence, or line for a line's attribution (a dash-signed
  /// quotation starts where its first sentence does but may reach past it, so the whole range is
  /// the key).
  static func bySentence(_ drafts: [Draft]) -> [Range<Int>: [Int]] {
    var groups: [Range<Int>: [Int]] = [:]
    for index in drafts.indices { groups[drafts[index].sentence, default: []].append(index) }
    return groups
  }

  /// Whether `draft` is the writer's aside on what the sentence reported before it: "…, a claim
  /// that could not be independently verified", "…, which could not be confirmed" (see
  /// ``pointingBack(relative:in:)``). Its content is the pointing phrase after the comma.
  func isAside(_ draft: Draft) -> Bool {
    guard draft.kind == .couldNotVerify, draft.source == nil, draft.content.count == 1, let phrase = draft.content.first,
      !phrase.isEmpty
    else { return false }
    let relative = phrase.count == 1 && lowers[phrase.lowerBound] == "which" ? phrase.lowerBound : phrase.upperBound
    return pointingBack(relative: relative, in: draft.sentence) == phrase
  }

  /// The writer's asides are not part of what the sentence reported: "Kovalenko said the troops
  /// had been hit, which could not be independently confirmed" has the content "the troops had
  /// been hit", and so does "…, although the BBC has not been able to verify the claim". The
  /// aside (``isAside(_:)``, or an attribution whose source follows ", although", ", though",
  /// ", but", ", while" or ", whereas") is an attribution of its own, and the content of a draft
  /// whose cue comes before it ends at its comma.
  func endBeforeAsides(_ drafts: inout [Draft], bySentence: [Range<Int>: [Int]]) {
    var commas: [(sentence: Range<Int>, comma: Int)] = []
    for draft in drafts {
      if isAside(draft) {
        commas.append((draft.sentence, draft.content[0].lowerBound - 1))
      } else if let source = draft.source, source.lowerBound - 2 >= draft.sentence.lowerBound,
        Self.counterpointOpeners.contains(lowers[source.lowerBound - 1]), tokens[source.lowerBound - 2].isMark(",")
      {
        commas.append((draft.sentence, source.lowerBound - 2))
      }
    }
    for (sentence, comma) in commas {
      for index in bySentence[sentence] ?? [] {
        guard drafts[index].content.contains(where: { $0.contains(comma) }),
          !drafts[index].cue.contains(where: { $0.upperBound > comma })
        else { continue }
        let kept = drafts[index].content.compactMap { piece -> Range<Int>? in
          let cut = piece.lowerBound..<min(piece.upperBound, comma)
          return cut.isEmpty ? nil : cut
        }
        if !kept.isEmpty { drafts[index].content = kept }
      }
    }
  }

  /// Whether the draft's source sits in the phrase opening its sentence and its cue after it:
  /// "Despite denials from North Korea and evasive responses from the Kremlin, reports indicate
  /// …" has no source in "evasive responses from the Kremlin".
  func isInOpeningAdverbial(_ draft: Draft) -> Bool {
    let sentence = draft.sentence
    guard let source = draft.source, let cue = draft.cue.first, !sentence.isEmpty,
      Self.adverbialOpeners.contains(lowers[sentence.lowerBound]), source.lowerBound > sentence.lowerBound,
      let comma = (sentence.lowerBound..<cue.lowerBound).first(where: { tokens[$0].isMark(",") })
    else { return false }
    return source.upperBound <= comma + 1 && cue.lowerBound > comma
  }

  /// A source that cites another: "Citing a source in the Ukrainian military, CNN reported …"
  /// has the source "CNN" (the phrase before it is a citation of its own, which PolNeAR marks as
  /// one); "The Washington Post, quoting two US officials, said …", read as the officials'
  /// statement, has the Post as its relay.
  func readCiting(_ draft: inout Draft) {
    guard var source = draft.source, let cue = draft.cue.first, source.upperBound <= cue.lowerBound else { return }
    if Self.citingWords.contains(lowers[source.lowerBound]),
      let comma = source.last(where: { tokens[$0].isMark(",") }), comma + 1 < source.upperBound
    {
      source = (comma + 1)..<source.upperBound
      draft.source = source
    }
    // "The ministry, citing the latest figures, said": the citation is no part of the source.
    if let citing = source.first(where: { Self.citingWords.contains(lowers[$0]) }), citing - 1 > source.lowerBound,
      tokens[citing - 1].isMark(",")
    {
      source = source.lowerBound..<(citing - 1)
      draft.source = source
    }
    let sentence = draft.sentence
    guard draft.relay == nil, source.lowerBound - 3 >= sentence.lowerBound,
      Self.citingWords.contains(lowers[source.lowerBound - 1]), tokens[source.lowerBound - 2].isMark(",")
    else { return }
    let relayEnd = source.lowerBound - 2
    guard let relayStart = nounPhraseStart(endingAt: relayEnd - 1, in: sentence), relayStart < relayEnd,
      tokens[relayStart].isCapitalized
    else { return }
    draft.relay = possessorSpan(relayStart..<relayEnd)
  }

  static let citingWords: Set<String> = ["citing", "quoting"]

  /// Words that open a sentence's introductory phrase, which names no speaker of the verb after it.
  static let adverbialOpeners: Set<String> = ["despite", "amid", "following", "unlike", "besides", "notwithstanding"]

  /// Words after a comma that open the writer's counterpoint: ", although the BBC could not …".
  static let counterpointOpeners: Set<String> = ["although", "though", "but", "while", "whereas"]

  /// A statement verb coordinated with an earlier one of its sentence shares that one's subject:
  /// "China said it was opposed to the test and warned North Korea …", "… but has said she will
  /// …", "…, saying he would …". A draft with no source whose cue follows "and", "but" or "or"
  /// (past adverbs and auxiliaries), or is an "-ing" participle after a comma, takes the source
  /// of the nearest draft before it in the sentence that has one, or the relative after a comma
  /// between them ("Tom told Annette, who answered and said"). Not when its cue lies in a
  /// quotation or in a draft's content (then its subject may be among the words reported), and
  /// not from a draft reported inside another's content ("May said the country would declare …
  /// and suggested"), from "according to X", or, for a participle, from a relative "who".
  func shareSubjects(_ drafts: inout [Draft], bySentence: [Range<Int>: [Int]]) {
    for (sentence, all) in bySentence {
      let group = all.filter { drafts[$0].cue.count == 1 }
      guard group.contains(where: { drafts[$0].source == nil }) else { continue }
      // How many of the sentence's drafts report each of its tokens.
      var reported = [Int](repeating: 0, count: sentence.count + 1)
      for index in group {
        for piece in drafts[index].content {
          let piece = piece.clamped(to: sentence)
          guard !piece.isEmpty else { continue }
          reported[piece.lowerBound - sentence.lowerBound] += 1
          reported[piece.upperBound - sentence.lowerBound] -= 1
        }
      }
      for offset in 1..<reported.count { reported[offset] += reported[offset - 1] }
      func isReported(_ k: Int) -> Bool { sentence.contains(k) && reported[k - sentence.lowerBound] > 0 }
      // The drafts whose subject a later verb can share, by where their cue ends; and the
      // sourceless drafts that may share one, by where their cue starts.
      let givers = group.filter { index in
        guard let source = drafts[index].source else { return false }
        let cue = drafts[index].cue[0]
        return lowers[cue.lowerBound] != "according" && !isReported(cue.lowerBound) && !source.isEmpty
      }.sorted { drafts[$0].cue[0].upperBound < drafts[$1].cue[0].upperBound }
      let takers = group.filter { drafts[$0].source == nil }.sorted { drafts[$0].cue[0].lowerBound < drafts[$1].cue[0].lowerBound }
      var next = 0
      var nearest: Int? = nil
      var nearestNotRelative: Int? = nil
      for index in takers {
        let cue = drafts[index].cue[0]
        while next < givers.count, drafts[givers[next]].cue[0].upperBound <= cue.lowerBound {
          nearest = givers[next]
          if !Self.relativePronouns.contains(lowers[drafts[givers[next]].source!.lowerBound]) {
            nearestNotRelative = givers[next]
          }
          next += 1
        }
        guard layout.quoteOf[cue.lowerBound] < 0, !isReported(cue.lowerBound),
          let link = coordination(before: cue, in: sentence),
          let giver = link == .conjunction ? nearest : nearestNotRelative
        else { continue }
        // "Tom told Annette, who answered her door and said …": the relative is the subject.
        let between = drafts[giver].cue[0].upperBound..<cue.lowerBound
        let relative = link == .conjunction
          ? between.last { k in
            k > between.lowerBound && tokens[k - 1].isMark(",") && (lowers[k] == "who" || lowers[k] == "which")
          }
          : nil
        drafts[index].source = relative.map { $0..<($0 + 1) } ?? drafts[giver].source
        drafts[index].sourceAfterCue = false
      }
    }
  }

  enum Coordination { case conjunction, participle }

  /// How the cue `cue` joins an earlier verb: after "and", "but" or "or" (past adverbs and
  /// auxiliaries: ", and has since called for"), or as an "-ing" participle after a comma
  /// (", saying"); nil otherwise.
  func coordination(before cue: Range<Int>, in sentence: Range<Int>) -> Coordination? {
    var k = cue.lowerBound - 1
    while k > sentence.lowerBound, tokens[k].isWord, !tokens[k].isCapitalized,
      isIn(.auxiliary, k) || isIn(.lyForm, k) || lowers[k] == "even"
    {
      k -= 1
    }
    guard k >= sentence.lowerBound else { return nil }
    if tokens[k].isMark(",") {
      return isIn(.ingForm, cue.lowerBound) && k == cue.lowerBound - 1 ? .participle : nil
    }
    return Self.coordinators.contains(lowers[k]) ? .conjunction : nil
  }

  /// Verbs whose negation ("has not commented on", "did not respond to") is a source that was
  /// asked and gave nothing, as "declined to comment" is.
  static let answeringVerbs: Set<String> = [
    "comment", "commented", "comments", "respond", "responded", "responds", "reply", "replied", "replies",
  ]

  /// Verdicts as given: "neither confirmed nor denied".
  static let givenVerdicts: Set<String> = [
    "confirmed", "denied", "verified", "disputed", "acknowledged", "confirm", "deny", "confirms", "denies",
  ]

  /// Verbs of admitting, which confirm when they are said and leave a claim unconfirmed when
  /// they are not: "Russia has not acknowledged the losses".
  static let admittingVerbs: Set<String> = [
    "acknowledge", "acknowledged", "acknowledges", "admit", "admitted", "admits",
  ]

  /// Verbs whose "did not" form ("did not deny the reports") leaves a claim neither
  /// corroborated nor refuted.
  static let unmadeVerdicts: Set<String> = ["deny", "confirm", "dispute", "verify", "corroborate", "refute"]

  static let conditionOpeners: Set<String> = ["if", "unless", "whether", "when", "until", "once"]

  /// Subjects that negate what they did: "None of the claims could be verified", "Neither Russia
  /// nor North Korea has confirmed …".
  static let negativeSubjects: Set<String> = ["none", "neither", "no", "nobody", "nothing", "nor"]

  /// A confirmation or denial that did not happen ("Russia has not confirmed the deployment",
  /// "None of the claims could be verified", "the Kremlin did not deny …"), or an answer that
  /// was not given ("has not commented on"), neither corroborates nor refutes: it is
  /// could-not-verify. The negation and the auxiliaries before the verb join the cue, as PolNeAR
  /// marks it ("has not yet confirmed"); "Neither Russia nor" joins the source. "Not only
  /// confirmed" is no negation.
  func readNegation(_ draft: inout Draft) {
    guard draft.cue.count == 1, draft.kind != .couldNotVerify else { return }
    let cue = draft.cue[0]
    let admits = cue.contains { Self.admittingVerbs.contains(lowers[$0]) }
    guard draft.kind == .confirmed || draft.kind == .denied || admits
      || cue.contains(where: { Self.answeringVerbs.contains(lowers[$0]) })
    else { return }
    // Admitting is read only when negated ("has not acknowledged", "Neither Cruz nor Christie
    // acknowledged"); "Will acknowledges …" keeps its source.
    if admits, draft.kind == .said {
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

  /// A piece of content in another sentence than its cue's that another attribution in that
  /// sentence already has ("He added that …. “It is a new stage,” he said."): the quotation is
  /// the second attribution's, not a continuation of the first.
  func dropBorrowedPieces(_ drafts: inout [Draft], bySentence: [Range<Int>: [Int]]) {
    // The drafts of each sentence (or line), sentences by where they start, with the furthest
    // end so far, so that the sentences a piece touches are found by binary search.
    let groups = bySentence.sorted { $0.key.lowerBound < $1.key.lowerBound }
    var reach: [Int] = []
    for group in groups { reach.append(max(reach.last ?? 0, group.key.upperBound)) }
    for index in drafts.indices where drafts[index].content.count > 1 {
      let own = drafts[index].sentence
      let kept = drafts[index].content.filter { piece in
        guard !own.overlaps(piece) else { return true }
        let low = reach.partitionPoint { $0 > piece.lowerBound }
        for group in groups[low...] {
          guard group.key.lowerBound < piece.upperBound else { break }
          guard group.key.overlaps(piece) else { continue }
          for other in group.value where other != index {
            if drafts[other].content.contains(where: { $0.overlaps(piece) }) { return false }
          }
        }
        return true
      }
      if !kept.isEmpty { drafts[index].content = kept }
    }
  }

  /// A statement named as the subject of another attribution ("Kovalenko's claim that the
  /// troops were fighting was not confirmed"): its clause ends where that subject does, not at
  /// the end of the sentence.
  func boundStatementClauses(_ result: inout [Draft]) {
    // The drafts by where their cues start, so each subject looks only at the cues inside it.
    let drafts = result
    let order = drafts.indices.sorted { drafts[$0].cue[0].lowerBound < drafts[$1].cue[0].lowerBound }
    for outer in drafts.indices {
      guard drafts[outer].content.count == 1, let subject = drafts[outer].content.first,
        drafts[outer].cue[0].lowerBound >= subject.upperBound
      else { continue }
      let low = order.partitionPoint { drafts[$0].cue[0].lowerBound >= subject.lowerBound }
      for index in order[low...] {
        guard drafts[index].cue[0].lowerBound < subject.upperBound else { break }
        guard result[index].content.count == 1, let clause = result[index].content.first,
          subject.contains(clause.lowerBound), clause.upperBound > subject.upperBound
        else { continue }
        result[index].content = [clause.lowerBound..<subject.upperBound]
      }
    }
  }

  /// A statement named in subject position ("Umerov's statement that the clash was small was
  /// repeated by officials"): its "that" clause ends where the main clause's verb begins.
  func boundSubjectStatements(_ drafts: inout [Draft]) {
    for index in drafts.indices {
      guard drafts[index].cue.count == 1, drafts[index].content.count == 1 else { continue }
      let cue = drafts[index].cue[0]
      let content = drafts[index].content[0]
      let sentence = drafts[index].sentence
      guard cue.count == 1, Self.statementNouns.contains(lowers[cue.lowerBound]),
        content.lowerBound == cue.upperBound, lowers[content.lowerBound] == "that",
        !(sentence.lowerBound..<cue.lowerBound).contains(where: { isIn(.finiteVerb, $0) || isVerbLike($0) }),
        let end = mainVerb(after: content.lowerBound, before: content.upperBound)
      else { continue }
      drafts[index].content = [content.lowerBound..<end]
    }
  }

  /// Where a second verb group begins after a "that" clause's own, with nothing between them
  /// that could open another clause: the main clause's verb. Nil when there is none, or when a
  /// comma, quotation mark or conjunction makes it uncertain.
  func mainVerb(after that: Int, before limit: Int) -> Int? {
    var seenVerb = false
    var inVerbGroup = false
    for k in (that + 1)..<limit {
      let w = lowers[k]
      if !tokens[k].isWord || Self.clauseOpeners.contains(w) { return nil }
      if isIn(.finiteVerb, k) {
        if seenVerb && !inVerbGroup { return k }
        seenVerb = true
        inVerbGroup = true
      } else if inVerbGroup, w == "not" || isIn(.lyForm, k) || isIn(.edForm, k) || isIn(.ingForm, k) || isVerbLike(k) {
        continue
      } else {
        inVerbGroup = false
      }
    }
    return nil
  }

  static let clauseOpeners: Set<String> = [
    "and", "but", "or", "nor", "who", "whom", "which", "that", "because", "while", "when", "if",
    "as", "although", "though", "since", "unless", "whether", "where", "after", "before", "until",
  ]

  /// The attributions the rules find, in document order.
  func ruleDrafts() -> [Draft] {
    var drafts: [Draft] = []
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

  /// Combines the learned model's attributions with the rules': the model decides where
  /// attributions are and their spans; the rules add kind, channel, recipient and relay, and
  /// their confirmations, denials, citations and could-not-verify statements. (Taking the rules'
  /// spans for every attribution, or adding all their other attributions, scored lower on
  /// PolNeAR dev.)
  func merge(learned: [Draft], rules: [Draft]) -> [Draft] {
    var result: [Draft] = []
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

  // MARK: - Cues

  func attributions(in sentence: Range<Int>) -> [Draft] {
    guard sentence.count >= 3 else { return [] }
    var drafts: [Draft] = []
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
    var kept: [Draft] = []
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

  func isLookingInto(_ draft: Draft) -> Bool {
    draft.kind == .couldNotVerify && lowers[draft.cue[0].lowerBound] == "looking"
  }

  func word(_ index: Int, _ sentence: Range<Int>) -> String? {
    sentence.contains(index) ? lowers[index] : nil
  }

  /// The words that can open a phrase cue (a quotation mark can too: “looking into”).
  static let phraseOpeners: Set<String> = [
    "according", "could", "can", "would", "cannot", "couldn't", "can't", "couldn’t", "can’t",
    "unable", "did", "does", "do", "declined", "declines", "refused", "refuses", "looking", "look",
    "has", "have", "had", "was", "were", "is", "are", "hasn't", "haven't", "hadn't", "wasn't",
    "weren't", "isn't", "aren't", "hasn’t", "haven’t", "hadn’t", "wasn’t", "weren’t", "isn’t",
    "aren’t", "neither",
  ]

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

  /// "according to X", the could-not-verify phrases, "looking into".
  func phraseCue(at index: Int, in sentence: Range<Int>, previous: [Draft]) -> Draft? {
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
          return Draft(kind: .couldNotVerify, source: nil, cue: [cue], content: [subject], sentence: sentence)
        }
        let source = sourceBefore(index, in: sentence, previous: previous)
        var draft = Draft(kind: .couldNotVerify, source: source, cue: [cue], content: [], sentence: sentence)
        fillContent(&draft, after: cursor + 1, in: sentence)
        return draft.content.isEmpty ? nil : draft
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
      var draft = Draft(kind: .couldNotVerify, source: source, cue: [start..<(index + 4)], content: [], sentence: sentence)
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
      if let verb = word(next, sentence), Self.answeringVerbs.contains(verb) || Self.unmadeVerdicts.contains(verb) {
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
        var draft = Draft(kind: .couldNotVerify, source: source, cue: [index..<end], content: [], sentence: sentence)
        fillContent(&draft, after: end, in: sentence)
        // "did not respond" needs nothing after it; "did not confirm" does.
        if isVerdict && draft.content.isEmpty { return nil }
        return draft.source == nil ? nil : draft
      }
    }
    if w == "declined" || w == "declines" || w == "refused" || w == "refuses",
      word(index + 1, sentence) == "to" || word(index + 1, sentence) == "comment"
    {
      let source = sourceBefore(index, in: sentence, previous: previous)
      var draft = Draft(kind: .couldNotVerify, source: source, cue: [index..<(index + 1)], content: [], sentence: sentence)
      fillContent(&draft, after: index + 1, in: sentence)
      return draft.source == nil ? nil : draft
    }
    if w == "looking" || w == "look", word(index + 1, sentence) == "into" {
      let source = sourceBefore(index, in: sentence, previous: previous)
      var draft = Draft(kind: .couldNotVerify, source: source, cue: [index..<(index + 2)], content: [], sentence: sentence)
      fillContent(&draft, after: index + 2, in: sentence)
      return draft.content.isEmpty ? nil : draft
    }
    // "looking into" in quotation marks: “looking into” the reports
    if tokens[index].isQuote, word(index + 1, sentence) == "looking", word(index + 2, sentence) == "into" {
      let source = sourceBefore(index, in: sentence, previous: previous)
      var draft = Draft(kind: .couldNotVerify, source: source, cue: [(index + 1)..<(index + 3)], content: [], sentence: sentence)
      var after = index + 3
      if after < sentence.upperBound, tokens[after].isQuote { after += 1 }
      fillContent(&draft, after: after, in: sentence)
      return draft.content.isEmpty ? nil : draft
    }
    return nil
  }

  func accordingTo(at index: Int, in sentence: Range<Int>) -> Draft? {
    let cue = index..<(index + 2)
    var end = index + 2
    while end < sentence.upperBound {
      let token = tokens[end]
      if token.shape == .punctuation && [",", ".", ";", ":", "\u{2014}", "\u{2013}", "!", "?"].contains(token.text) {
        break
      }
      if token.isQuote { break }
      end += 1
    }
    guard end > index + 2 else { return nil }
    var source = (index + 2)..<end
    var relay: TextSpan? = nil
    // "according to X's translation": X is a relay, not a source.
    if lowers[end - 1] == "translation" || lowers[end - 1] == "reporting" {
      relay = possessorSpan(source.lowerBound..<(end - 1))
      source = source.lowerBound..<(end - 1)
    }
    let sentenceEnd = contentEnd(in: sentence)
    var content: Range<Int>
    // After the source: an aside in dashes, then the content.
    var after = end
    if after < sentenceEnd, tokens[after].isMark("\u{2014}") || tokens[after].isMark("\u{2013}") {
      var closing = after + 1
      while closing < sentenceEnd && tokens[closing].text != tokens[after].text { closing += 1 }
      if closing < sentenceEnd { after = closing + 1 }
    }
    if after < sentenceEnd, tokens[after].isMark(",") { after += 1 }
    if after < sentenceEnd {
      content = after..<sentenceEnd
    } else {
      var start = sentence.lowerBound
      start = skipIntro(from: start, before: index)
      var stop = index
      if stop > start, tokens[stop - 1].isMark(",") { stop -= 1 }
      guard stop > start else { return nil }
      content = start..<stop
    }
    var draft = Draft(kind: .said, source: source, cue: [cue], content: [content], sentence: sentence)
    draft.relay = relay
    return draft
  }

  /// A verb cue: source before it (or after it, inverted), content after it (or before it).
  func verbCue(at index: Int, kind: AttributionKind, in sentence: Range<Int>, previous: [Draft]) -> Draft? {
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
      var draft = Draft(kind: kind, source: source, cue: [cue], content: [], sentence: sentence)
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
      var draft = Draft(kind: kind, source: source, sourceAfterCue: true, cue: [cue], content: [before], sentence: sentence)
      _ = adjuncts(&draft, from: source.upperBound, in: sentence)
      return draft
    }
    guard let source = sourceBefore(index, in: sentence, previous: previous) else { return nil }
    var draft = Draft(kind: kind, source: source, cue: [cue], content: [], sentence: sentence)
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

  /// The forms of "be" that make a participle cue passive.
  static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being"]

  /// Irregular past participles among the cue verbs; regular ones end in "ed".
  static let irregularParticiples: Set<String> = ["said", "told", "thought", "shown", "found", "learnt"]

  /// How a participle cue reads: in the active voice, or passive with the attribution it makes
  /// (nil when it makes none).
  enum VoiceReading {
    case active
    case passive(Draft?)
  }

  /// A cue in the passive voice: "the report was confirmed by Umerov" (the agent after "by" is
  /// the source, what was confirmed the content), "it was reported that …" and "they were told
  /// that …" (the clause is the content; no agent, no source). The subject before "was" is never
  /// the source, which is what the active reading would take. A negated confirmation ("was not
  /// confirmed by the Pentagon", "hasn't been verified") is could-not-verify; another negated
  /// passive ("was not reported") attributes nothing. A second participle ("confirmed by the
  /// Pentagon and denied by Moscow") shares the first one's subject.
  func passiveReading(at index: Int, kind: AttributionKind, in sentence: Range<Int>, previous: [Draft]) -> VoiceReading {
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
    var draft = Draft(kind: kind, source: nil, cue: [cue], content: [], sentence: sentence)
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

  /// What the relative pronoun at `relative`, subject of a passive cue, points back at when a
  /// comma opens its phrase: "…, a claim that could not be independently verified" gives "a
  /// claim", "…, which could not be confirmed" gives "which". Both stand for what the
  /// sentence reported before them, and the graph reads them so. Nil for other relatives
  /// ("Reports that were confirmed …"), whose clause the rules do not read.
  func pointingBack(relative: Int, in sentence: Range<Int>) -> Range<Int>? {
    guard relative > sentence.lowerBound + 1, relative < sentence.upperBound else { return nil }
    // A clause must come before the comma: in "The report, which could not be verified, said …"
    // the relative is about the report, not about something reported.
    func followsClause(_ comma: Int) -> Bool {
      (sentence.lowerBound..<comma).contains { isIn(.finiteVerb, $0) || isIn(.irregularPast, $0) || isVerbLike($0) }
    }
    if tokens[relative - 1].isMark(",") {
      return lowers[relative] == "which" && followsClause(relative - 1) ? relative..<(relative + 1) : nil
    }
    guard let phrase = subjectBefore(relative, in: sentence), phrase.count <= 3, phrase.upperBound == relative,
      phrase.lowerBound > sentence.lowerBound, tokens[phrase.lowerBound - 1].isMark(","),
      isIn(.determiner, phrase.lowerBound), Self.pointingNouns.contains(lowers[relative - 1]),
      followsClause(phrase.lowerBound - 1)
    else { return nil }
    return phrase
  }

  /// Nouns that name what was reported: "a claim that could not be verified".
  static let pointingNouns: Set<String> = [
    "claim", "claims", "assertion", "assertions", "allegation", "allegations", "report", "reports",
    "fact", "figure", "figures", "account", "statement", "estimate",
  ]

  /// Whether token `index` is a form of "be", or its negative contraction ("wasn't").
  func isBeForm(_ index: Int) -> Bool {
    Self.beForms.contains(lowers[index]) || negatedStem(index).map { Self.beForms.contains($0) } == true
  }

  /// The word a negative contraction shortens ("wasn't" → "was", "hasn’t" → "has"), or nil.
  func negatedStem(_ index: Int) -> String? {
    let w = lowers[index]
    for suffix in ["n't", "n’t"] where w.hasSuffix(suffix) && w.count > suffix.count {
      return String(w.dropLast(suffix.count))
    }
    return nil
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
  static let tellingVerbs: Set<String> = ["told", "warned", "asked", "assured", "urged"]

  static let relativePronouns: Set<String> = ["that", "which", "who", "whom"]

  static let coordinators: Set<String> = ["and", "but", "or"]

  /// Nouns for stretches of time that head a time phrase ("last week", "this morning").
  static let timeNouns: Set<String> = [
    "week", "month", "year", "weekend", "morning", "evening", "night", "afternoon",
  ]

  /// Whether token `index` names a stretch of time ("that month", "that day", "that Monday").
  func isTimeNoun(_ index: Int, in sentence: Range<Int>) -> Bool {
    sentence.contains(index)
      && (Self.timeNouns.contains(lowers[index]) || lowers[index] == "day" || isIn(.weekday, index))
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

  /// Title words that are function words too ("Secretary of State", "the Pentagon"): alone
  /// they make no description.
  static let titleFunctionWords: Set<String> = ["the", "of", "and", "for"]

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
  static let statementNouns: Set<String> = [
    "claim", "claims", "statement", "statements", "assertion", "assertions", "allegation",
    "allegations", "report", "reports", "announcement", "suggestion", "contention", "remark",
    "remarks", "assessment", "account", "accounts",
  ]

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
  func firstToSay(at index: Int, kind: AttributionKind, in sentence: Range<Int>) -> Draft? {
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
    var draft = Draft(kind: kind, source: source, cue: [(index - 1)..<(index + 1)], content: [], sentence: sentence)
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
  static let speakerNouns: Set<String> = [
    "one", "outlet", "newspaper", "paper", "agency", "network", "broadcaster", "official",
    "leader", "person", "country", "government", "lawmaker", "politician", "candidate", "member",
  ]

  /// Weak cues ("think", "found", "posted") count only before a clause or quotation.
  func strongEnough(_ draft: Draft, _ verb: String) -> Bool {
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

  // MARK: - Sources

  static let determiners: Set<String> = [
    "a", "an", "the", "this", "these", "those", "some", "many", "several", "two", "three", "one",
    "other", "another", "most", "few", "both", "all", "his", "her", "their", "its", "our",
  ]

  static let npBreakers: Set<String> = Lexicon.clauseBreakers.union([
    "by", "with", "against", "about", "like", "into", "onto", "upon", "via", "among", "per",
    "according", "despite", "amid", "following", "-",
  ])

  static let adjectivesInEd: Set<String> = [
    "unnamed", "named", "alleged", "so-called", "retired", "elected", "united", "armed",
    "embattled", "detained", "unidentified", "informed", "concerned", "appointed", "advanced",
    "experienced", "qualified", "indicted", "affiliated", "related", "disgraced", "talented",
  ]

  func isVerbLike(_ index: Int) -> Bool {
    if tokens[index].isCapitalized { return false }
    if isIn(.adjectiveInEd, index) { return false }
    if words.entry[index].cueKind != nil { return !isIn(.nounLikeCue, index) }
    return isIn(.edForm, index)
  }

  /// The noun phrase ending just before the cue at `cue`, skipping auxiliaries and adverbs.
  func sourceBefore(_ cue: Int, in sentence: Range<Int>, previous: [Draft]) -> Range<Int>? {
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

  static let participleAdverbs: Set<String> = ["first", "later", "since", "once", "then", "also", "widely"]

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

  // MARK: - Content

  /// The token just past the sentence's last content token: final full stops and reference
  /// marks are left out.
  func contentEnd(in sentence: Range<Int>) -> Int {
    var end = sentence.upperBound
    while end > sentence.lowerBound {
      let token = tokens[end - 1]
      if token.shape == .punctuation && [".", "!", "?", "]", ":", ";", ",", "\u{2026}", "..."].contains(token.text) {
        if token.isMark("]") {
          var open = end - 1
          while open > sentence.lowerBound && !tokens[open].isMark("[") { open -= 1 }
          end = open
          continue
        }
        if token.isMark("?") || token.isMark("!") { break }
        end -= 1
        continue
      }
      if token.shape == .number && end - 2 >= sentence.lowerBound && tokens[end - 2].isMark("[") {
        end -= 2
        continue
      }
      break
    }
    return end
  }

  func trimmed(_ sentence: Range<Int>) -> Range<Int> {
    sentence.lowerBound..<max(sentence.lowerBound, contentEnd(in: sentence))
  }

  func isQuote(_ range: Range<Int>) -> Bool {
    guard !range.isEmpty, tokens[range.lowerBound].isQuote else { return false }
    let id = layout.quoteOf[range.lowerBound]
    return id >= 0 && layout.quotes[id].open == range.lowerBound && layout.quotes[id].close == range.upperBound - 1
  }

  func isBareQuote(_ sentence: Range<Int>) -> Bool {
    let range = trimmed(sentence)
    guard !range.isEmpty, tokens[range.lowerBound].isQuote else { return false }
    let id = layout.quoteOf[range.lowerBound]
    return id >= 0 && layout.quotes[id].close >= range.upperBound - 1
  }

  /// The quotation closing just before `index` (allowing a comma between), if any.
  func quoteBefore(_ index: Int, in sentence: Range<Int>) -> Range<Int>? {
    var k = index - 1
    if k >= sentence.lowerBound, tokens[k].isMark(",") { k -= 1 }
    guard k >= sentence.lowerBound, tokens[k].isQuote else { return nil }
    let id = layout.quoteOf[k]
    guard id >= 0, layout.quotes[id].close == k else { return nil }
    let open = layout.quotes[id].open
    return open..<(k + 1)
  }

  /// The content standing before the source of a cue that ends its clause: a quotation, or the
  /// clause from the sentence start to the comma.
  func contentBefore(_ index: Int, in sentence: Range<Int>) -> Range<Int>? {
    if let quote = quoteBefore(index, in: sentence) {
      // A quotation that follows a comma continues the text before it.
      if quote.lowerBound > sentence.lowerBound, tokens[quote.lowerBound - 1].isWord || tokens[quote.lowerBound - 1].isMark(",") {
        let start = skipIntro(from: sentence.lowerBound, before: index)
        return start..<quote.upperBound
      }
      return quote
    }
    var stop = index
    while stop > sentence.lowerBound, tokens[stop - 1].isMark(",") || tokens[stop - 1].isMark("\u{2014}") { stop -= 1 }
    let start = sentence.lowerBound
    guard stop > start else { return nil }
    return start..<stop
  }

  /// Common irregular past tenses, which no "-ed" marks: "but gave no figures".
  static let irregularPasts: Set<String> = [
    "gave", "made", "took", "kept", "held", "left", "put", "sent", "said", "told", "did", "went",
    "came", "got", "found", "saw", "knew", "thought", "spoke", "wrote", "became", "began", "let",
  ]

  static let finiteVerbs: Set<String> = [
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "should", "must", "did", "does", "do", "be", "been",
  ]

  /// True when the tokens read as a clause or quotation rather than a bare noun phrase.
  func isClause(_ range: Range<Int>) -> Bool {
    range.contains { tokens[$0].isQuote || isIn(.finiteVerb, $0) || isVerbLike($0) }
  }

  /// Fills channel, recipient, relay and content after a cue.
  func fillContent(_ draft: inout Draft, after cueEnd: Int, in sentence: Range<Int>) {
    var index = cueEnd
    let end = contentEnd(in: sentence)
    let verb = lowers[draft.cue[0].lowerBound]
    if ["told", "tell", "tells", "telling", "informed", "assured", "warned", "urged", "asked"].contains(verb),
      index < end, tokens[index].isWord, lowers[index] != "that"
    {
      var stop = index
      while stop < end, tokens[stop].isWord || tokens[stop].shape == .number,
        lowers[stop] != "that", !(stop > index && isAdjunctStart(stop, in: sentence)),
        !(stop > index && isIn(.npBreaker, stop)), layout.quoteOf[stop] < 0,
        // "told reporters he thought …": the clause's subject or verb ends the one told, and so
        // does a new noun phrase ("told reporters the troops …", "told reporters Trump …").
        !(stop > index && (Self.subjectPronouns.contains(lowers[stop]) || isIn(.finiteVerb, stop))),
        !(stop > index && startsNewNounPhrase(stop, after: index))
      {
        stop += 1
      }
      if stop > index && stop - index <= 10 && (verb.hasPrefix("t") || stop < end && lowers[stop] == "that") {
        draft.recipient = index..<stop
        index = stop
      }
    }
    index = adjuncts(&draft, from: index, in: sentence)
    if index < end, tokens[index].isMark(",") {
      // After "he said," only a quotation continues the statement.
      guard index + 1 < end, tokens[index + 1].isQuote, layout.quoteOf[index + 1] >= 0,
        layout.quotes[layout.quoteOf[index + 1]].open == index + 1
      else { return }
      index += 1
    } else if index < end, tokens[index].isMark(":") {
      index += 1
      index = adjuncts(&draft, from: index, in: sentence)
    }
    guard index < end else { return }
    var stop = clauseEnd(from: index, limit: end, in: sentence, object: draft.kind != .said)
    // Trailing adjuncts belong to the statement, not to its content.
    var probe = index + 1
    while probe < stop {
      if isAdjunctStart(probe, in: sentence), layout.quoteOf[probe] < 0,
        lowers[probe] != "to" || (lowers[index] != "that" && !tokens[index].isQuote)
      {
        var trial = draft
        let reached = adjuncts(&trial, from: probe, in: sentence, limit: stop)
        if reached >= stop {
          draft = trial
          stop = probe
          break
        }
      }
      probe += 1
    }
    while stop > index, tokens[stop - 1].isMark(",") { stop -= 1 }
    guard stop > index else { return }
    // A quotation split around the cue: “A,” he said, “B.”
    draft.content = [index..<stop]
  }

  /// Where a content clause starting at `start` ends: before a coordinated second statement
  /// (", and he predicted"), a relay (", per X") or a participle (", saying").
  func clauseEnd(from start: Int, limit: Int, in sentence: Range<Int>, object: Bool = false) -> Int {
    var k = start
    // For the object of a verdict ("confirmed the movement but gave no figures"), whether it has
    // a verb of its own yet: before one, "but" or "and" and a verb end it. A reported clause
    // ("said the gunman shot two people and took a hostage") is never cut there.
    var hasVerb = !object
    while k < limit {
      if layout.quoteOf[k] >= 0 && !(tokens[k].isQuote && layout.quotes[layout.quoteOf[k]].close == k) && layout.quoteOf[k] != layout.quoteOf[start] {
        k += 1
        continue
      }
      let w = lowers[k]
      if !hasVerb, k > start, w == "but" || w == "and", k + 1 < limit, layout.quoteOf[k] < 0,
        isVerbLike(k + 1) || isIn(.irregularPast, k + 1)
      {
        return k
      }
      if !hasVerb, isIn(.finiteVerb, k) || isIn(.irregularPast, k) || isVerbLike(k) { hasVerb = true }
      if tokens[k].isMark(",") || (w == "but" && layout.quoteOf[k] < 0) {
        var next = tokens[k].isMark(",") ? k + 1 : k
        if next < limit, tokens[next].isQuote, next + 1 < limit, tokens[next].isMark("\u{201D}") || tokens[next].isMark("\"") { next += 1 }
        if next < limit {
          let n = lowers[next]
          if n == "per" || n == "according" { return k }
          if isIn(.participle, next) && words.entry[next].cueKind != nil && n != "calling" { return k }
          if tokens[k].isMark(",") {
            var probe = next
            while probe < limit && probe < next + 4 && tokens[probe].isWord {
              if words.entry[probe].cueKind != nil && !isIn(.ingForm, probe) { return k }
              probe += 1
            }
          }
          if n == "and" || n == "but" {
            var probe = next + 1
            var steps = 0
            while probe < limit && steps < 5 {
              if words.entry[probe].cueKind != nil || lowers[probe] == "declined" { return k }
              probe += 1
              steps += 1
            }
          }
        }
      }
      k += 1
    }
    return limit
  }

  /// Words that open an adjunct (with the weekdays and months).
  static let adjunctOpeners: Set<String> = [
    "on", "in", "at", "during", "via", "through", "to", "per", "last", "this", "earlier",
    "yesterday", "today", "tonight", "late", "early",
  ]

  /// Words that open a channel phrase.
  static let channelPrepositions: Set<String> = ["on", "in", "at", "during", "via", "through"]

  func isAdjunctStart(_ index: Int, in sentence: Range<Int>) -> Bool {
    isIn(.adjunctStart, index)
  }

  /// Reads channel, recipient, time and relay phrases from `start`; returns where they stop.
  func adjuncts(_ draft: inout Draft, from start: Int, in sentence: Range<Int>, limit: Int? = nil) -> Int {
    let end = limit ?? contentEnd(in: sentence)
    var index = start
    var rounds = 0
    while index < end && rounds < 8 {
      rounds += 1
      var k = index
      if tokens[k].isMark(",") || lowers[k] == "and" {
        k += 1
        guard k < end, isAdjunctStart(k, in: sentence) else { break }
      }
      if let stop = timePhrase(at: k, end: end) {
        index = stop
        continue
      }
      if let (channel, recipient, stop) = channelPhrase(at: k, end: end) {
        if draft.channel == nil { draft.channel = channel }
        if let recipient, draft.recipient == nil { draft.recipient = recipient }
        index = stop
        // "in a statement carried by the state news agency KCNA": the outlet relays it.
        if stop + 2 < end, Self.carryingVerbs.contains(lowers[stop]), lowers[stop + 1] == "by" {
          var last = stop + 2
          while last < end, tokens[last].isWord, !(last > stop + 2 && (isAdjunctStart(last, in: sentence) || lowers[last] == "that")) {
            last += 1
          }
          if last > stop + 2 {
            if draft.relay == nil { draft.relay = possessorSpan((stop + 2)..<last) }
            index = last
          }
        }
        continue
      }
      if lowers[k] == "to", k + 1 < end, isIn(.recipientOpener, k + 1) {
        var stop = k + 1
        while stop < end, tokens[stop].isWord, !(stop > k + 1 && (isAdjunctStart(stop, in: sentence) || lowers[stop] == "that")),
          tokens[stop].isCapitalized || ["the", "reporters", "of", "journalists", "lawmakers", "media", "outlet", "newspaper"].contains(lowers[stop])
        {
          stop += 1
        }
        if stop > k + 1 {
          if draft.recipient == nil { draft.recipient = (k + 1)..<stop }
          index = stop
          continue
        }
      }
      if lowers[k] == "per", k + 1 < end {
        var stop = k + 1
        while stop < end, tokens[stop].isWord || tokens[stop].isMark("’") { stop += 1 }
        if stop > k + 1 {
          let last = stop - 1
          let outlet = lowers[last] == "translation" || lowers[last] == "reporting" ? (k + 1)..<last : (k + 1)..<stop
          draft.relay = possessorSpan(outlet)
          index = stop
          continue
        }
      }
      break
    }
    return index
  }

  /// Verbs by which an outlet passes a statement on: "a statement carried by KCNA".
  static let carryingVerbs: Set<String> = ["carried", "published", "released", "broadcast", "aired", "distributed"]

  /// The code-point span of a noun phrase with any final possessive "’s" cut off.
  func possessorSpan(_ range: Range<Int>) -> TextSpan? {
    guard !range.isEmpty else { return nil }
    let first = tokens[range.lowerBound].start
    var last = tokens[range.upperBound - 1].end
    let text = tokens[range.upperBound - 1].text
    if text.hasSuffix("’s") || text.hasSuffix("'s") { last -= 2 }
    return TextSpan(first, last)
  }

  func timePhrase(at start: Int, end: Int) -> Int? {
    var k = start
    let w = lowers[k]
    if ["yesterday", "today", "tonight"].contains(w) { return k + 1 }
    if ["on", "last", "this", "earlier", "late", "early", "in", "next"].contains(w) { k += 1 }
    if k < end, ["late", "early", "earlier", "last", "this"].contains(lowers[k]) { k += 1 }
    guard k < end else { return nil }
    let head = lowers[k]
    if Lexicon.weekdays.contains(head) {
      k += 1
    } else if Lexicon.months.contains(head) {
      k += 1
      if k < end, tokens[k].shape == .number { k += 1 }
    } else if k > start, Self.timeNouns.contains(head) {
      k += 1
    } else {
      return nil
    }
    if k < end, ["night", "evening", "morning", "afternoon"].contains(lowers[k]) { k += 1 }
    return k
  }

  /// "on Telegram", "in a Monday post on Telegram", "at a Pentagon briefing", "in an interview
  /// with KBS": the channel (without its preposition) and any recipient after "with".
  func channelPhrase(at start: Int, end: Int) -> (Range<Int>, Range<Int>?, Int)? {
    guard isIn(.channelPreposition, start) else { return nil }
    var k = start + 1
    var head: Int? = nil
    while k < end && k < start + 8 {
      guard tokens[k].isWord || tokens[k].shape == .number else { break }
      let w = lowers[k]
      if isIn(.channelNoun, k) && !(w == "x" && !tokens[k].isCapitalized) { head = k }
      else if head != nil { break }
      if ["that", "with", "on", "to", "and"].contains(w) && k > start + 1 { break }
      k += 1
    }
    guard let head else { return nil }
    var stop = head + 1
    var recipient: Range<Int>? = nil
    if stop + 1 < end, lowers[stop] == "on", tokens[stop + 1].isCapitalized, !isIn(.weekday, stop + 1) {
      stop += 2
    } else if stop + 1 < end, lowers[stop] == "with" {
      var r = stop + 1
      while r < end, tokens[r].isWord, !isAdjunctStart(r, in: 0..<end) || r == stop + 1, lowers[r] != "that", !isIn(.npBreaker, r) || r == stop + 1 {
        r += 1
      }
      if r > stop + 1 {
        // The recipient is the name at the end of the description ("broadcaster KBS").
        var nameStart = r
        while nameStart > stop + 1 && tokens[nameStart - 1].isCapitalized && !isIn(.titleWord, nameStart - 1) {
          nameStart -= 1
        }
        recipient = nameStart < r ? nameStart..<r : (stop + 1)..<r
        stop = r
      }
    }
    let channel = (start + 1)..<(recipient == nil ? stop : head + 1)
    return (channel, recipient, stop)
  }
}
