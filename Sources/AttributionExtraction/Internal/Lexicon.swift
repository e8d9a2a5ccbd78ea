import AttributionLexicon

/// The words the rule-based extractor recognises, lower-cased: the shared word lists
/// (``WordList``) it reads, under the names its rules use.
enum Lexicon {
  /// Verbs of saying, believing and reporting, each with the attribution kind it signals.
  static let cueVerbs: [String: AttributionKind] = Dictionary(
    WordList.cueVerbs.pairs.compactMap { word, kind in AttributionKind(rawValue: kind).map { (word, $0) } },
    uniquingKeysWith: { first, _ in first })

  /// Cue verbs too ambiguous to stand on their own: they need a clause ("that", a colon or a
  /// quotation) after them to count.
  static let weakCues: Set<String> = WordList.weakCues.words

  /// Participles that hang a second statement on the main clause's speaker (", saying …").
  static let participles: Set<String> = WordList.participles.words

  /// Words that may stand between a subject and its cue verb.
  static let auxiliaries: Set<String> = WordList.auxiliaries.words

  /// Cue words that are as often nouns ("secretary of state", "the report").
  static let nounLikeCues: Set<String> = WordList.nounLikeCues.words

  /// First words of a recipient after "to" ("to the Financial Times", "to reporters").
  static let recipientOpeners: Set<String> = WordList.recipientOpeners.words

  static let pronouns: Set<String> = WordList.subjectPronouns.words

  /// Words that open a clause, not a noun phrase: a source never runs back across them.
  static let clauseBreakers: Set<String> = WordList.clauseBreakers.words

  /// Prepositions and time words that open an introductory phrase ("At the same briefing,").
  static let introWords: Set<String> = WordList.introWords.words

  static let weekdays: Set<String> = WordList.weekdays.words

  static let months: Set<String> = WordList.months.words

  /// Nouns naming the medium of a statement.
  static let channelNouns: Set<String> = WordList.channelNouns.words

  /// Words of a title or affiliation, not of a person's name ("US Air Force Maj. Gen.").
  static let titleWords: Set<String> = WordList.titleWords.words

  /// Words that mark a source as unnamed.
  static let anonymousMarkers: Set<String> = WordList.anonymousMarkers.words
  /// Nouns for people who speak around someone ("allies", "aides", "a spokesman for").
  static let entourageNouns: Set<String> = WordList.entourageNouns.words
}

/// The lexicon lists a word belongs to, as bits.
struct WordClass: OptionSet, Sendable {
  let rawValue: UInt32

  static let weakCue = WordClass(rawValue: 1 << 0)
  static let participle = WordClass(rawValue: 1 << 1)
  static let auxiliary = WordClass(rawValue: 1 << 2)
  static let nounLikeCue = WordClass(rawValue: 1 << 3)
  static let recipientOpener = WordClass(rawValue: 1 << 4)
  static let pronoun = WordClass(rawValue: 1 << 5)
  static let introWord = WordClass(rawValue: 1 << 6)
  static let weekday = WordClass(rawValue: 1 << 7)
  static let month = WordClass(rawValue: 1 << 8)
  static let channelNoun = WordClass(rawValue: 1 << 9)
  static let titleWord = WordClass(rawValue: 1 << 10)
  static let anonymousMarker = WordClass(rawValue: 1 << 11)
  static let determiner = WordClass(rawValue: 1 << 12)
  static let npBreaker = WordClass(rawValue: 1 << 13)
  static let adjectiveInEd = WordClass(rawValue: 1 << 14)
  static let organizationWord = WordClass(rawValue: 1 << 15)
  /// Words that open an adjunct after a cue (``RuleExtractor/isAdjunctStart(_:in:)``).
  static let adjunctStart = WordClass(rawValue: 1 << 16)
  /// First words of the phrase cues (``RuleExtractor/phraseCue(at:in:previous:)``).
  static let phraseOpener = WordClass(rawValue: 1 << 17)
  /// Words the sentence-start subject stops at besides breakers, auxiliaries and weekdays.
  static let subjectStop = WordClass(rawValue: 1 << 18)
  static let finiteVerb = WordClass(rawValue: 1 << 19)
  /// Words ending in "ly" longer than three characters.
  static let lyForm = WordClass(rawValue: 1 << 20)
  /// Words ending in "ed" longer than four characters.
  static let edForm = WordClass(rawValue: 1 << 21)
  /// Words ending in "ing".
  static let ingForm = WordClass(rawValue: 1 << 22)
  static let channelPreposition = WordClass(rawValue: 1 << 23)
  /// Common irregular past tenses (``RuleExtractor/irregularPasts``).
  static let irregularPast = WordClass(rawValue: 1 << 24)

  /// Each class with the words in it.
  static var lists: [(WordClass, Set<String>)] {
    [
      (.weakCue, Lexicon.weakCues), (.participle, Lexicon.participles),
      (.auxiliary, Lexicon.auxiliaries), (.nounLikeCue, Lexicon.nounLikeCues),
      (.recipientOpener, Lexicon.recipientOpeners), (.pronoun, Lexicon.pronouns),
      (.introWord, Lexicon.introWords), (.weekday, Lexicon.weekdays), (.month, Lexicon.months),
      (.channelNoun, Lexicon.channelNouns), (.titleWord, Lexicon.titleWords),
      (.anonymousMarker, Lexicon.anonymousMarkers), (.determiner, WordList.determiners.words),
      (.npBreaker, Lexicon.clauseBreakers.union(WordList.nounPhraseBreakers.words)), (.adjectiveInEd, WordList.adjectivesInEd.words),
      (.organizationWord, PersonNames.organizationWords),
      (.adjunctStart, WordList.adjunctOpeners.words.union(Lexicon.weekdays).union(Lexicon.months)),
      (.phraseOpener, WordList.phraseOpeners.words),
      (.subjectStop, ["on", "in", "at", "during"]), (.finiteVerb, WordList.finiteVerbs.words),
      (.channelPreposition, WordList.channelPrepositions.words), (.irregularPast, WordList.irregularPasts.words),
    ]
  }
}

/// Everything the lexicon says about one lower-cased word.
struct LexiconEntry: Sendable {
  var classes: WordClass = []
  /// The attribution kind when the word is a cue verb.
  var cueKind: AttributionKind? = nil
  /// The word's code for the learned model's features (``TokenFacts/lexiconCodes``), or 0.
  var modelCode: UInt64 = 0
  var isModelCue = false

  static let none = LexiconEntry()
}

/// The lexicon's words in an open-addressing table keyed by their feature hash
/// (``FeatureHash/string(_:)``), so a token's entry costs one probe instead of a String hash
/// per list.
struct LexiconTable: Sendable {
  private var words: [String] = []
  private var hashes: [UInt64] = []
  private var entries: [LexiconEntry] = []
  private var slots: [Int32]
  private let shift: UInt64

  static let shared = LexiconTable()

  init() {
    var merged: [String: LexiconEntry] = [:]
    for (wordClass, words) in WordClass.lists {
      for word in words { merged[word, default: LexiconEntry()].classes.insert(wordClass) }
    }
    for (word, kind) in Lexicon.cueVerbs { merged[word, default: LexiconEntry()].cueKind = kind }
    for (word, code) in TokenFacts.lexiconCodes {
      merged[word, default: LexiconEntry()].modelCode = code.code
      merged[word, default: LexiconEntry()].isModelCue = code.isCue
    }
    var bits: UInt64 = 4
    while 1 << bits < merged.count * 4 { bits += 1 }
    shift = 64 - bits
    slots = [Int32](repeating: -1, count: 1 << bits)
    for (word, entry) in merged.sorted(by: { $0.key < $1.key }) {
      let hash = FeatureHash.string(word)
      var slot = slot(hash)
      while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
      slots[slot] = Int32(words.count)
      words.append(word)
      hashes.append(hash)
      entries.append(entry)
    }
  }

  @inline(__always)
  private func slot(_ hash: UInt64) -> Int {
    Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// The entry of `lower`, whose feature hash is `hash`.
  func entry(_ lower: String, hash: UInt64) -> LexiconEntry {
    var slot = slot(hash)
    while true {
      let index = Int(slots[slot])
      if index < 0 { return .none }
      if hashes[index] == hash && words[index] == lower { return entries[index] }
      slot = (slot + 1) & (slots.count - 1)
    }
  }
}
