/// The words the rule-based extractor recognises, lower-cased.
enum Lexicon {
  /// Verbs of saying, believing and reporting, each with the attribution kind it signals.
  static let cueVerbs: [String: AttributionKind] = {
    var verbs: [String: AttributionKind] = [:]
    let said = """
      say says said saying tell tells told telling state states stated stating add adds added \
      adding warn warns warned warning reveal reveals revealed revealing mention mentions mentioned \
      claim claims claimed claiming predict predicts predicted argue argues argued arguing note \
      notes noted noting write writes wrote explain explains explained explaining insist insists \
      insisted insisting announce announces announced tweet tweets tweeted declare declares \
      declared assert asserts asserted stress stresses stressed emphasize emphasized emphasised \
      acknowledge acknowledges acknowledged admit admits admitted suggest suggests suggested \
      believe believes believed think thinks thought estimate estimates estimated indicate \
      indicates indicated reiterate reiterates reiterated allege alleges alleged caution cautioned \
      describe describes described assure assured urge urges urged recall recalled respond \
      responded reply replied ask asks asked conclude concluded observe observed remark remarked \
      testify testified characterize characterized characterizing characterised contend contended \
      maintain maintained maintains predicting warns expect expects expected hope hopes hoped fear \
      fears feared agree agreed agrees promise promised vow vowed pledge pledged threaten threatened \
      complain complained accuse accused accuses recount recounted posted blame blamed praise \
      praised criticize criticized question questioned questioning want wants wanted know knows \
      knew learn learned learnt show shows showed shown find finds found
      """
    for word in said.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      verbs[String(word)] = .said
    }
    for word in ["confirm", "confirms", "confirmed", "confirming", "verify", "verifies", "verified", "corroborated"] {
      verbs[word] = .confirmed
    }
    for word in ["report", "reports", "reported", "reporting", "cite", "cites", "cited", "citing"] {
      verbs[word] = .cited
    }
    for word in ["deny", "denies", "denied", "denying", "dismiss", "dismisses", "dismissed", "dismissing",
      "reject", "rejects", "rejected", "rejecting", "refute", "refuted", "dispute", "disputed", "disputes"]
    {
      verbs[word] = .denied
    }
    return verbs
  }()

  /// Cue verbs too ambiguous to stand on their own: they need a clause ("that", a colon or a
  /// quotation) after them to count.
  static let weakCues: Set<String> = [
    "think", "thinks", "thought", "know", "knows", "knew", "learn", "learned", "learnt", "show",
    "shows", "showed", "shown", "find", "finds", "found", "want", "wants", "wanted", "expect",
    "expects", "expected", "hope", "hopes", "hoped", "fear", "fears", "feared", "agree", "agreed",
    "agrees", "promise", "promised", "question", "questioned", "questioning", "praise", "praised",
    "blame", "blamed", "criticize", "criticized", "posted", "report", "state", "states", "note",
    "notes", "add", "adds", "reports", "claim", "claims", "estimate", "estimates", "tell", "ask", "asks",
    "warn", "respond", "reply", "mention", "mentions", "say", "describe", "describes", "described",
    "accuse", "accused", "accuses", "complain", "recall", "believe", "indicate", "verify", "cite",
    "deny", "reject", "dispute", "dismiss", "confirm", "predict", "write", "argue", "reveal",
    "remark", "urge", "urges", "urged", "assure", "assured", "maintain", "maintains",
    "maintained", "observe", "observed", "threaten", "threatened", "vow", "vowed", "pledge",
    "pledged", "conclude", "concluded", "caution", "cautioned", "indicates", "indicated",
  ]

  /// Participles that hang a second statement on the main clause's speaker (", saying …").
  static let participles: Set<String> = [
    "saying", "adding", "arguing", "noting", "warning", "insisting", "explaining", "claiming",
    "characterizing", "predicting", "denying", "dismissing", "rejecting", "confirming", "stating",
    "citing", "telling", "questioning", "describing", "calling",
  ]

  /// Words that may stand between a subject and its cue verb.
  static let auxiliaries: Set<String> = [
    "has", "have", "had", "also", "later", "previously", "repeatedly", "again", "then", "once",
    "further", "would", "will", "may", "might", "could", "can", "did", "does", "do", "was", "is",
    "are", "were", "publicly", "privately", "recently", "separately", "reportedly", "earlier",
    "already", "yet", "initially", "first", "last", "flatly", "strongly", "firmly", "simply", "since",
    "subsequently", "frequently", "often", "openly", "explicitly", "directly", "clearly",
  ]

  /// Cue words that are as often nouns ("secretary of state", "the report").
  static let nounLikeCues: Set<String> = [
    "state", "states", "report", "reports", "show", "shows", "find", "finds", "note", "notes",
    "claim", "claims", "estimate", "estimates", "fear", "fears", "hope", "hopes", "question",
    "questions", "promise", "praise", "blame", "tweet", "tweets", "posted", "add", "want", "wants",
    "thought", "know", "respond", "reply", "caution", "dispute", "call",
  ]

  /// First words of a recipient after "to" ("to the Financial Times", "to reporters").
  static let recipientOpeners: Set<String> = [
    "the", "reporters", "journalists", "lawmakers", "members", "a", "an", "cnn", "reuters", "bbc",
    "politico", "axios", "bloomberg", "fox", "nbc", "abc", "cbs", "msnbc", "kbs",
  ]

  static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you", "who"]

  /// Words that open a clause, not a noun phrase: a source never runs back across them.
  static let clauseBreakers: Set<String> = [
    "that", "and", "but", "while", "as", "because", "when", "if", "though", "although", "since",
    "so", "which", "where", "after", "before", "until", "whether", "than", "or", "nor", "yet",
    "also", "not", "is", "are", "was", "were", "be", "been", "being", "would", "will", "could",
    "should", "has", "have", "had", "to", "said", "says", "told", "did", "do", "does",
  ]

  /// Prepositions and time words that open an introductory phrase ("At the same briefing,").
  static let introWords: Set<String> = [
    "at", "in", "on", "during", "last", "this", "earlier", "later", "meanwhile", "however",
    "elsewhere", "after", "before", "since", "yesterday", "today", "tomorrow", "separately",
    "instead", "still", "also", "then", "now", "moreover", "furthermore", "indeed", "for",
    "from", "with", "by", "under", "over", "according", "despite", "amid", "following", "asked",
    "speaking", "writing", "separately", "overnight", "previously",
  ]

  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
    "sep.", "sept.", "oct.", "nov.", "dec.",
  ]

  /// Nouns naming the medium of a statement.
  static let channelNouns: Set<String> = [
    "post", "posts", "interview", "statement", "statements", "address", "briefing", "conference",
    "telegram", "x", "twitter", "facebook", "instagram", "broadcast", "television", "tv", "radio",
    "speech", "message", "video", "tweet", "meeting", "hearing", "remarks", "email", "e-mail",
    "letter", "op-ed", "podcast", "appearance", "call", "session", "blog", "website", "note",
    "release", "report", "youtube", "truth", "social", "show", "program", "summit", "rally",
    "event", "forum",
  ]

  /// Words of a title or affiliation, not of a person's name ("US Air Force Maj. Gen.").
  static let titleWords: Set<String> = [
    "us", "u.s.", "u.s", "uk", "u.k.", "un", "u.n.", "eu", "nato", "president", "vice",
    "secretary", "minister", "prime", "deputy", "chief", "director", "head", "spokesperson",
    "spokesman", "spokeswoman", "press", "ambassador", "general", "gen.", "maj.", "major",
    "col.", "colonel", "lt.", "lieutenant", "sgt.", "capt.", "captain", "adm.", "admiral", "cmdr.",
    "commander", "dr.", "mr.", "mrs.", "ms.", "prof.", "professor", "sen.", "senator", "rep.",
    "representative", "gov.", "governor", "mayor", "king", "queen", "prince", "pope", "state",
    "defense", "defence", "foreign", "interior", "national", "security", "council", "air", "force",
    "army", "navy", "marine", "marines", "of", "the", "for", "and", "affairs", "advisor", "adviser",
    "ukrainian", "ukraine's", "ukraine’s", "russian", "american", "korean", "south", "north",
    "chinese", "british", "french", "german", "israeli", "kremlin", "pentagon", "white", "house",
    "officer", "official", "attorney", "justice", "judge", "chairman", "chairwoman", "chair",
    "speaker", "leader", "majority", "minority", "sir", "lord", "lady", "gov't", "senior", "former",
    "acting", "intelligence", "military", "counter-disinformation", "top", "kyiv's", "kyiv’s",
  ]

  /// Words that mark a source as unnamed.
  static let anonymousMarkers: Set<String> = [
    "unnamed", "anonymous", "anonymity", "source", "sources", "official", "officials", "person",
    "people", "familiar", "insider", "insiders", "aide", "aides", "someone", "diplomat",
    "diplomats", "representative", "representatives", "spokesperson", "spokesman", "analysts",
    "experts", "observers",
  ]
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
      (.anonymousMarker, Lexicon.anonymousMarkers), (.determiner, RuleExtractor.determiners),
      (.npBreaker, RuleExtractor.npBreakers), (.adjectiveInEd, RuleExtractor.adjectivesInEd),
      (.organizationWord, PersonNames.organizationWords),
      (.adjunctStart, RuleExtractor.adjunctOpeners.union(Lexicon.weekdays).union(Lexicon.months)),
      (.phraseOpener, RuleExtractor.phraseOpeners),
      (.subjectStop, ["on", "in", "at", "during"]), (.finiteVerb, RuleExtractor.finiteVerbs),
      (.channelPreposition, RuleExtractor.channelPrepositions), (.irregularPast, RuleExtractor.irregularPasts),
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
