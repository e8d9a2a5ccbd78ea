import AttributionLexicon
import AttributionDocuments

/// Names of people written out in full (two or more capitalised words that are not titles or
/// parts of an organisation's name), found in one pass over the document.
struct PersonNames {
  /// Each name with the token index where it ends, in document order.
  var names: [(end: Int, name: String, surname: String)] = []
  /// Indices into `names` by surname.
  var bySurname: [String: [Int]] = [:]

  static let organizationWords: Set<String> = WordList.nonPersonNameWords.words.union(WordList.gazetteerPlaceWords.words)

  init(tokens: [Token], words: TokenWords) {
    var run: [Int] = []
    func flush() {
      guard !run.isEmpty else { return }
      if let name = PersonNames.personName(run, tokens: tokens, words: words), let last = run.last {
        bySurname[name.surname, default: []].append(names.count)
        names.append((last, name.full, name.surname))
      }
      run.removeAll(keepingCapacity: true)
    }
    for index in tokens.indices {
      let token = tokens[index]
      if token.isWord && token.isCapitalized && !token.newlineBefore || (token.isWord && token.isCapitalized && run.isEmpty) {
        if token.newlineBefore { flush() }
        run.append(index)
      } else {
        flush()
      }
    }
    flush()
  }

  /// Titles before a name besides the lexicon's title words, which the learned model's
  /// features use and so stay as trained.
  static let moreTitles: Set<String> = WordList.moreTitles.words

  /// Words that open a sentence but no name ("In Honolulu", "When PolitiFact", "The").
  static let closedClass: WordClass = [.npBreaker, .determiner, .pronoun, .introWord, .subjectStop]

  /// The person's name in a run of capitalised tokens: the title words, and the words that
  /// open a sentence, before it dropped.
  static func personName(_ run: [Int], tokens: [Token], words tokenWords: TokenWords) -> (full: String, surname: String)? {
    // Dropping title words only shortens the run.
    guard run.count >= 2 else { return nil }
    let lowers = tokenWords.lower
    var words = run
    while let first = words.first,
      tokenWords.classes[first].contains(.titleWord) || moreTitles.contains(lowers[first]) || hasPossessiveS(lowers[first])
        // "When Clinton …", "But Flynn …" at a sentence's start; "Will Hurd", "Do Kwon" elsewhere.
        || opensSentence(first, tokens: tokens) && isSentenceOpener(first, words: tokenWords)
        // An agency's capitals before a name: "NYPD Commissioner James O’Neill" (not "JD Vance").
        || words.count >= 3 && isCapitals(tokens[first].text)
    {
      words.removeFirst()
    }
    guard words.count >= 2 && words.count <= 4 else { return nil }
    // "USA TODAY", "FULL SPEECH": capitals throughout are a masthead or a heading, not a name
    // (one such word may be: "RFK Jr."; before a name they are an agency's: "NYPD Commissioner
    // James O’Neill").
    var capitalWords = 0
    for index in words where isCapitals(tokens[index].text) && !["ii", "iii", "iv"].contains(lowers[index]) {
      capitalWords += 1
    }
    if capitalWords >= 2 { return nil }
    for index in words {
      let lower = lowers[index]
      let w = stripPossessive(lower)
      // A word without a possessive has its own lexicon classes.
      let excluded: WordClass = [.titleWord, .organizationWord, .weekday, .month]
      // "Kim Jong Un": "Un" written so is a name, "UN" the title word.
      if lower == "un", tokens[index].text == "Un" { continue }
      if w == lower ? !tokenWords.classes[index].isDisjoint(with: excluded)
        : Lexicon.titleWords.contains(w) || organizationWords.contains(w) || Lexicon.weekdays.contains(w)
          || Lexicon.months.contains(w)
      {
        return nil
      }
      if w.hasFewerCharacters(than: 2) && !tokens[index].text.hasSuffix(".") { return nil }
      if w.containsFullStop && !w.hasFewerCharacters(than: 3) { return nil }
    }
    let parts = words.map { stripPossessive(tokens[$0].text) }
    return (parts.joined(separator: " "), parts.last!)
  }

  /// Whether a word of three letters or more has no lower-case letter ("NYPD", "TODAY"; not
  /// "JD", "DJ" or an initial such as "M.").
  static func isCapitals(_ word: String) -> Bool {
    var letters = 0
    // ASCII words (nearly all) are read byte by byte, others by character.
    if word.utf8.allSatisfy({ $0 < 0x80 }) {
      for byte in word.utf8 {
        if byte >= 97 && byte <= 122 { return false }
        if byte >= 65 && byte <= 90 { letters += 1 }
      }
      return letters >= 3
    }
    for character in word {
      if character.isLowercase { return false }
      if character.isLetter { letters += 1 }
    }
    return letters >= 3
  }

  /// Whether token `index` is a word that opens sentences but not names: a conjunction,
  /// preposition, determiner or pronoun ("When", "In", "The"; not "Will" or "Do", which name
  /// people too).
  static func isSentenceOpener(_ index: Int, words: TokenWords) -> Bool {
    let classes = words.classes[index]
    if !classes.isDisjoint(with: [.auxiliary, .finiteVerb]) { return false }
    return !classes.isDisjoint(with: closedClass) || RuleExtractor.clauseOpeners.contains(words.lower[index])
  }

  /// Whether token `index` starts a sentence: the text's first token, or one after a full stop,
  /// question or exclamation mark, colon, quotation mark or line break.
  static func opensSentence(_ index: Int, tokens: [Token]) -> Bool {
    guard index > 0, !tokens[index].newlineBefore else { return true }
    let before = tokens[index - 1]
    return before.isQuote || before.isMark(".") || before.isMark("?") || before.isMark("!") || before.isMark(":")
  }

  static func stripPossessive(_ word: String) -> String {
    if hasPossessiveS(word) { return String(word.dropLast(2)) }
    // Only a word whose last byte ends "’" or "'" can end in either.
    guard let last = word.utf8.last, last == 0x99 || last == UInt8(ascii: "'") else { return word }
    if word.hasSuffix("’") || word.hasSuffix("'") { return String(word.dropLast()) }
    return word
  }

  /// `word.hasSuffix("’s") || word.hasSuffix("'s")`, without comparing characters for words that
  /// do not end in "s".
  @inline(__always)
  static func hasPossessiveS(_ word: String) -> Bool {
    guard word.utf8.last == UInt8(ascii: "s") else { return false }
    return word.hasSuffix("’s") || word.hasSuffix("'s")
  }

  /// The full name before `index` whose surname is `surname`: of two people of one surname, the
  /// one the article writes out more often, as a writer calls the person of the story by the
  /// surname and a relative by a first name ("Hillary Clinton … daughter Chelsea Clinton's
  /// apartment … Clinton had told police"); on a tie the latest. With none before, the first after.
  func fullName(surname: String, before index: Int) -> String? {
    guard let entries = bySurname[surname], let first = entries.first else { return nil }
    var counts: [String: Int] = [:]
    var best: (name: String, count: Int)?
    for entry in entries where names[entry].end < index {
      let name = names[entry].name
      counts[name, default: 0] += 1
      if let leader = best, leader.name != name, leader.count > counts[name]! { continue }
      best = (name, counts[name]!)
    }
    return best?.name ?? names[first].name
  }
}

/// Turns drafts into attributions: text and code-point spans, the named entity behind each
/// source ("he" and "Umerov" resolve to "Rustem Umerov"), anonymity, and the quote kind.
struct SourceResolver {
  let document: Document
  let tokens: [Token]
  let words: TokenWords
  let lowers: [String]
  let names: PersonNames
  /// For each token, the quotation holding it, or -1.
  let quoteOf: [Int]
  /// The people who open sentences as their subjects ("Umerov spoke to KBS on Tuesday."), by
  /// where they end, in document order.
  let subjects: [(end: Int, name: String)]
  /// The person the last source named, and the token where that source ends.
  var lastPerson: String? = nil
  var lastPersonEnd = -1

  init(
    document: Document, tokens: [Token], words: TokenWords, names: PersonNames, quoteOf: [Int],
    sentences: [Range<Int>] = [], speakers: Set<String> = []
  ) {
    self.quoteOf = quoteOf
    self.document = document
    self.tokens = tokens
    self.words = words
    lowers = words.lower
    self.names = names
    // Only people who speak elsewhere in the article ("Hurricane Milton made landfall" is none).
    subjects = sentences.compactMap { Self.personOpening($0, tokens: tokens, words: words, names: names) }
      .filter { opening in opening.name.split(separator: " ").last.map { speakers.contains(String($0)) } ?? false }
  }

  /// The last sentence-opening person that ends before token `index` (binary search: `subjects`
  /// is in document order).
  func lastSubject(before index: Int) -> (end: Int, name: String)? {
    let after = subjects.partitionPoint { $0.end >= index }
    return after > 0 ? subjects[after - 1] : nil
  }

  /// Irregular past tenses that open what a person did ("Umerov spoke to KBS").
  static let pastVerbs: Set<String> = WordList.pastVerbs.words

  /// The person a sentence opens with as its subject: a full name, or the surname of one the
  /// article names in full, before a verb ("Umerov spoke", "Antony Blinken was blunt"), or as
  /// the owner of its subject ("James Comey's news conference"). The caller keeps those who
  /// are sources elsewhere.
  static func personOpening(
    _ sentence: Range<Int>, tokens: [Token], words: TokenWords, names: PersonNames
  ) -> (end: Int, name: String)? {
    var run: [Int] = []
    var k = sentence.lowerBound
    // "In Honolulu, …", "If Trump …", "The president …" open with no name.
    guard k < sentence.upperBound, words.classes[k].isDisjoint(with: PersonNames.closedClass),
      !RuleExtractor.clauseOpeners.contains(words.lower[k])
    else { return nil }
    while k < sentence.upperBound, tokens[k].isWord, tokens[k].isCapitalized, run.count < 6 {
      run.append(k)
      k += 1
    }
    // "FBI Director James Comey's news conference, in which he laid out …": the owner of what
    // the sentence opens with is who a later "he" is.
    if let last = run.last, PersonNames.hasPossessiveS(words.lower[last]),
      let name = PersonNames.personName(run, tokens: tokens, words: words)
    {
      return (last, name.full)
    }
    guard let last = run.last, k < sentence.upperBound, tokens[k].isWord,
      !words.classes[k].isDisjoint(with: [.finiteVerb, .auxiliary, .edForm]) || words.entry[k].cueKind != nil
        || Self.pastVerbs.contains(words.lower[k])
    else { return nil }
    if let name = PersonNames.personName(run, tokens: tokens, words: words) { return (last, name.full) }
    let named = run.filter { !words.classes[$0].contains(.titleWord) }
    guard named.count == 1, named[0] == last, !PersonNames.hasPossessiveS(words.lower[last]),
      let full = names.fullName(surname: tokens[last].text, before: last)
    else { return nil }
    return (last, full)
  }

  func span(_ range: Range<Int>) -> TextSpan {
    TextSpan(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
  }

  func mention(_ ranges: [Range<Int>]) -> Mention {
    let spans = ranges.filter { !$0.isEmpty }.map(span)
    return Mention(text: spans.map { document.text(in: $0) }.joined(separator: " "), spans: spans)
  }

  mutating func attribution(from draft: AttributionDraft) -> Attribution? {
    let content = mention(draft.content)
    var source: SourceMention? = nil
    // A source names someone: a span of marks or control characters alone (a stray BEL the
    // taggers took for a name) is no source.
    if let range = draft.source, range.contains(where: { tokens[$0].text.unicodeScalars.contains(where: Tokenizer.isWordScalar) }) {
      source = sourceMention(range, antecedent: draft.antecedent)
    }
    let sentence = span(draft.sentence)
    return Attribution(
      kind: draft.kind, quote: quoteKind(draft.content), source: source, cue: mention(draft.cue),
      content: content, channel: draft.channel.map { mention([$0]) },
      recipient: draft.recipient.map { mention([$0]) },
      relay: draft.relay.map { Mention(text: document.text(in: $0), spans: [$0]) },
      sentence: sentence)
  }

  /// Whether the source at `range` is people around someone, not someone: its head is an
  /// entourage noun ("Mr. Comey's allies", "aides to the senator", "people close to Clinton"),
  /// the last word or followed by of, to, for, close, around or near. "Trump aide Stephen
  /// Miller" names its speaker after the noun, so it is not.
  func speaksAround(_ range: Range<Int>) -> Bool {
    // An apposition ("a friend of the victim, John Doe,") names the speaker.
    guard let last = range.last, !range.contains(where: { tokens[$0].isMark(",") }) else { return false }
    if Lexicon.entourageNouns.contains(lowers[last]), lowers[last] != "people" { return true }
    return range.dropLast().contains { index in
      Lexicon.entourageNouns.contains(lowers[index])
        && ["of", "to", "for", "close", "around", "near"].contains(lowers[index + 1])
    }
  }

  /// The source at `range` with the entity it names or refers to; `antecedent` is the noun
  /// phrase a relative "who" stands for.
  mutating func sourceMention(_ range: Range<Int>, antecedent: Range<Int>? = nil) -> SourceMention {
    let spanned = span(range)
    let text = document.text(in: spanned)
    var entity: String? = nil
    let isPronoun = range.count == 1 && Lexicon.pronouns.contains(lowers[range.lowerBound])
    if isPronoun {
      if ["he", "she"].contains(lowers[range.lowerBound]) {
        entity = lastPerson
        // A person who opened a sentence since the last source ("Umerov spoke to KBS on
        // Tuesday. “It was a small-scale clash,” he said.") is the nearer one.
        if let opening = lastSubject(before: range.lowerBound), opening.end > lastPersonEnd {
          entity = opening.name
        }
      }
      if let antecedent {
        // "Antony Blinken and Lloyd Austin, who said": the people named, joined as the text joins them.
        let people = namesIn(antecedent)
        if !people.isEmpty {
          // "who" names the antecedent here only: a later "she" may be someone else.
          return SourceMention(text: text, spans: [spanned], entity: people.joined(separator: " and "), anonymous: false)
        }
      }
    } else if speaksAround(range) {
      // "Mr. Comey's allies", "a spokesman for the campaign": the name is whom they speak
      // around; the speakers are not named, and a later "he" is that unnamed speaker.
      lastPerson = nil
      lastPersonEnd = range.upperBound
    } else if let name = nameIn(describedHead(range) ?? range) {
      entity = name
    } else {
      // A surname alone ("Umerov told the outlet"), possibly after a title ("Mr. Trump"), or
      // before what describes them ("Giuliani, who served as U.S. attorney …").
      let range = describedHead(range) ?? range
      let capitalized = range.filter {
        tokens[$0].isCapitalized && !Lexicon.titleWords.contains(lowers[$0])
          && words.classes[$0].isDisjoint(with: PersonNames.closedClass)
      }
      if let first = range.first, ["a", "an"].contains(lowers[first]) {
        // "A spokesman said …. He added": "he" is that spokesman, who has no name.
        lastPerson = nil
        lastPersonEnd = range.upperBound
      } else if capitalized.count == 1, let only = capitalized.first, range.count <= 3 {
        let surname = PersonNames.stripPossessive(tokens[only].text)
        entity = names.fullName(surname: surname, before: only)
        if entity == nil, isBareSurname(range, name: only) {
          // A name the article never writes out in full ("Ryder said", "Hamas said") is not
          // whoever was named in full before: a later "he" is that person only when a title
          // says it is one ("Gen. Ryder"); otherwise nobody the text can name.
          lastPerson = only > range.lowerBound ? surname : nil
          lastPersonEnd = range.upperBound
        }
      }
    }
    if let entity {
      lastPerson = entity
      lastPersonEnd = range.upperBound
    }
    let anonymous = entity == nil && !isPronoun
      && (range.contains { Lexicon.anonymousMarkers.contains(lowers[$0]) } || speaksAround(range))
    return SourceMention(text: text, spans: [spanned], entity: entity, anonymous: anonymous)
  }

  /// The part of a source before its first comma when what follows describes it ("Giuliani"
  /// of "Giuliani, who served as U.S. attorney for the Southern District", "Colin Clarke" of
  /// "Colin Clarke, a political scientist at the Rand Corporation"): names in the description
  /// are not the speaker's. Nil when the source has no such comma.
  func describedHead(_ range: Range<Int>) -> Range<Int>? {
    guard let comma = range.first(where: { tokens[$0].isMark(",") }), comma > range.lowerBound,
      comma + 1 < range.upperBound, Self.describingOpeners.contains(lowers[comma + 1])
    else { return nil }
    return range.lowerBound..<comma
  }

  /// Words that open an appositive or a relative clause describing the name before its comma.
  static let describingOpeners: Set<String> = WordList.describingOpeners.words

  /// Whether `range` is only the capitalised word at `name`, perhaps after title words ("Ryder",
  /// "Mr. Trump"), and that word is not a known organisation's ("Reuters").
  func isBareSurname(_ range: Range<Int>, name: Int) -> Bool {
    range.allSatisfy { $0 == name || Lexicon.titleWords.contains(lowers[$0]) }
      && !PersonNames.organizationWords.contains(PersonNames.stripPossessive(lowers[name]))
  }

  /// The full person names in `range` in order: every one when the phrase joins people with
  /// "and", else the first (an appositive names one person twice at most).
  func namesIn(_ range: Range<Int>) -> [String] {
    let found = personNames(in: range)
    let joinsPeople = range.contains { lowers[$0] == "and" }
    return joinsPeople ? found : Array(found.prefix(1))
  }

  /// The first full person name in the source, appositive segments searched in order.
  func nameIn(_ range: Range<Int>) -> String? { personNames(in: range).first }

  /// Every full person name in `range`, once each, in order: each run of capitalised words read
  /// as a name.
  func personNames(in range: Range<Int>) -> [String] {
    var found: [String] = []
    var run: [Int] = []
    func flush() {
      if let name = PersonNames.personName(run, tokens: tokens, words: words), !found.contains(name.full) {
        found.append(name.full)
      }
      run.removeAll()
    }
    for index in range {
      if tokens[index].isWord && tokens[index].isCapitalized {
        run.append(index)
      } else {
        flush()
      }
    }
    flush()
    return found
  }

  /// Direct when every word of the content stands inside quotation marks, mixed when some do.
  func quoteKind(_ content: [Range<Int>]) -> QuoteKind {
    var quoted = 0
    var words = 0
    for range in content {
      for index in range where !tokens[index].isQuote && tokens[index].shape != .punctuation {
        words += 1
        if quoteOf[index] >= 0 { quoted += 1 }
      }
    }
    if words > 0 && quoted == words { return .direct }
    return quoted > 0 ? .mixed : .indirect
  }
}
