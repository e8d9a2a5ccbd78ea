import Foundation

/// Word lists the builder reads descriptors with. Lower-case; apostrophes are straight.
enum Lexicon {
  /// What a word loses at its ends before it is looked up: punctuation and symbols. Made once:
  /// building the union for every word was a tenth of the time of a large case.
  static let wordEdges = CharacterSet.punctuationCharacters.union(.symbols)
  /// What content loses at its ends: spaces, quotation marks and clause punctuation.
  static let contentEdges = CharacterSet(charactersIn: " \"'\u{201C}\u{201D},.;:")

  /// Phrases that tie a descriptor to a country or organization, longest first within a
  /// sentence scan. Bare country names count only as possessives or modifiers (see
  /// ``Affiliation``).
  static let affiliations: [(phrase: String, affiliation: String)] = [
    ("national security and defense council", "Ukraine"),
    ("center for countering disinformation", "Ukraine"),
    ("armed forces of ukraine", "Ukraine"), ("defence intelligence of ukraine", "Ukraine"),
    ("ukrainian", "Ukraine"), ("ukraine's", "Ukraine"), ("kyiv's", "Ukraine"),
    ("kiev's", "Ukraine"), ("kyiv", "Ukraine"), ("kiev", "Ukraine"), ("ukraine", "Ukraine"),
    ("united states", "US"), ("u.s.", "US"), ("us", "US"), ("american", "US"),
    ("washington's", "US"), ("washington", "US"), ("pentagon", "US"),
    ("state department", "US"), ("white house", "US"), ("america's", "US"),
    ("north korean", "North Korea"), ("north korea's", "North Korea"), ("pyongyang", "North Korea"),
    ("dprk", "North Korea"), ("north korea", "North Korea"),
    ("south korean", "South Korea"), ("south korea's", "South Korea"), ("seoul", "South Korea"),
    ("south korea", "South Korea"),
    ("russian", "Russia"), ("russia's", "Russia"), ("kremlin", "Russia"), ("moscow", "Russia"),
    ("russia", "Russia"),
    ("nato", "NATO"), ("chinese", "China"), ("china's", "China"), ("beijing", "China"),
    ("china", "China"), ("united nations", "UN"), ("un", "UN"),
    ("european union", "EU"), ("eu", "EU"), ("british", "UK"), ("uk", "UK"), ("britain's", "UK"),
  ]

  /// Bare country names not followed by these words still affiliate ("Ukraine officials"),
  /// followed by them they do not ("North Korea experts" study North Korea).
  static let subjectMatterNouns: Set<String> = [
    "experts", "expert", "analysts", "analyst", "watchers", "observers", "specialists", "scholars",
  ]

  /// Titles and ranks: kept as role, never part of a name.
  static let titles: Set<String> = [
    "president", "vice", "prime", "minister", "secretary", "gen.", "gen", "general", "maj.",
    "maj", "major", "col.", "col", "colonel", "lt.", "lt", "lieutenant", "adm.", "admiral",
    "sgt.", "sergeant", "capt.", "captain", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms",
    "sen.", "senator", "rep.", "representative", "gov.", "governor", "chief", "head", "director",
    "ambassador", "spokesperson", "spokesman", "spokeswoman", "deputy", "commander", "chairman",
    "chair", "foreign", "defense", "defence", "state", "press", "national", "security", "adviser",
    "advisor", "envoy", "mayor", "king", "queen", "pope", "premier", "chancellor", "speaker",
    "leader", "marshal", "brig.", "brigadier", "first", "lady", "sir", "lord", "judge", "justice",
    "attorney", "official", "officials", "u.s.", "us", "air", "force", "army", "navy", "the",
  ]

  /// Titles and honorifics written before a person's name ("President Obama", "Mr. Rubio").
  /// Not "general" or "major" written out, which begin company names ("General Motors").
  static let personTitles: Set<String> = [
    "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr", "president", "senator", "sen.", "rep.",
    "representative", "gov.", "governor", "gen.", "gen", "chief", "mayor", "judge",
    "justice", "secretary", "minister", "chancellor", "premier", "ambassador", "speaker", "sir",
    "lord", "pope", "king", "queen", "maj.", "col.", "colonel", "lt.", "lieutenant",
    "capt.", "captain", "sgt.", "sergeant", "adm.", "admiral", "brig.", "commander", "chairman",
    "chairwoman", "director", "spokesman", "spokeswoman", "prosecutor", "sheriff",
  ]

  /// Capitalized words for members of a party or camp, which are not names ("Kentucky
  /// Republican", "Democrats"): without this each became a person of that surname.
  static let partisanWords: Set<String> = [
    "republican", "republicans", "democrat", "democrats", "democratic", "gop", "conservative",
    "conservatives", "liberal", "liberals", "progressive", "progressives", "libertarian",
    "libertarians", "independent", "independents", "tory", "tories", "labour", "socialist",
    "socialists",
  ]

  /// Words that tie a source to someone else rather than name it ("adviser to Mr. Obama",
  /// "aides for the senator", "neither Mr. Comey nor…").
  static let relationWords: Set<String> = [
    "for", "of", "to", "with", "under", "from", "by", "at", "nor", "neither", "or", "than",
    "like", "about", "against", "near", "close",
  ]

  /// Words that make a capitalized run an organization, not a person.
  static let organizationWords: Set<String> = [
    "force", "forces", "council", "department", "ministry", "center", "centre", "office",
    "agency", "service", "services", "army", "navy", "intelligence", "security", "committee",
    "institute", "press", "news", "times", "post", "media", "house", "pentagon", "kremlin",
    "telegram", "union", "nations", "organization", "organisation", "directorate", "staff",
    "party", "government", "administration", "war", "university", "journal", "tribune",
    "reuters", "politico", "bbc", "cnn", "broadcaster", "network", "group", "bank", "fund",
    "command", "guard", "police", "court", "parliament", "congress", "senate", "assembly",
  ]

  /// Generational suffixes that make two otherwise equal names different people.
  static let nameSuffixes: Set<String> = ["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"]

  /// Nouns that make an unnamed descriptor a person or group of people.
  static let anonymousPersonNouns: Set<String> = [
    "official", "officials", "source", "sources", "spokesperson", "spokesman", "spokeswoman",
    "diplomat", "diplomats", "analyst", "analysts", "expert", "experts", "representative",
    "representatives", "aide", "aides", "officer", "officers", "people", "person", "insider",
    "insiders", "minister", "commander", "commanders", "adviser", "advisers", "staffer",
    "staffers", "soldier", "soldiers", "witness", "witnesses", "resident", "residents",
    "lawmaker", "lawmakers", "researcher", "researchers", "president", "secretary", "leader",
    "leaders", "governor", "mayor", "ambassador", "envoy", "general", "head", "chief",
  ]

  /// Descriptors that put an anonymous source in a position to know.
  static let positionToKnow: Set<String> = [
    "senior", "intelligence", "military", "defense", "defence", "security", "government",
    "familiar", "knowledge", "involved", "briefed", "administration", "ministry", "spokesperson",
    "spokesman", "official", "officials", "diplomat", "diplomats",
  ]

  /// Words that make an "agency" a state's, not a news agency.
  static let stateAgencyWords: Set<String> = [
    "intelligence", "security", "military", "defense", "defence", "space", "border", "nuclear",
    "energy", "government", "environmental", "health", "customs", "spy",
  ]

  /// Words that make an unnamed descriptor an outlet.
  static let outletNouns: Set<String> = [
    "media", "outlet", "outlets", "newspaper", "newspapers", "broadcaster", "broadcasters",
    "agency", "press", "reports", "report", "television", "tv", "radio", "daily", "channel",
  ]

  /// Pronouns a source may be given as.
  static let pronouns: Set<String> = [
    "he", "she", "they", "it", "him", "her", "we", "i", "his", "their", "its", "who", "whom",
    "which",
  ]

  /// Content that only points back at something already reported.
  static let anaphoricHeads: Set<String> = [
    "report", "reports", "claim", "claims", "comments", "comment", "statement", "statements",
    "information", "reporting", "allegation", "allegations", "remarks", "news", "account",
    "accounts", "it", "this", "that", "them", "details",
  ]

  /// Heads of pointing-back content that is about figures ("the numbers", "the estimate").
  static let figureHeads: Set<String> = [
    "figure", "figures", "estimate", "estimates", "number", "numbers", "toll", "tally",
  ]

  /// Words that may stand before a figure head in pointing-back content ("the death toll").
  static let figureModifiers: Set<String> = [
    "death", "casualty", "casualties", "official", "latest", "new", "initial", "reported",
    "exact", "troop", "total", "final", "estimated", "higher", "lower", "same",
  ]

  /// Units of figures that are no count ("3 p.m.", "4 percent").
  static let timeAndShareUnits: Set<String> = [
    "p.m.", "a.m.", "pm", "am", "p.m", "a.m", "o'clock", "percent", "per", "cent", "%",
    "percentage", "points",
  ]

  /// Cues by which a source names the source it relays ("citing a source in the military").
  static let citingCues: Set<String> = ["citing", "quoting"]

  /// Words that point back only as the head of short content ("which", "the numbers"): anywhere
  /// else in a denial they are part of a claim of its own ("denied that the number of its troops
  /// had risen").
  static let pointingHeads: Set<String> = [
    "which", "fact", "assertion", "assertions", "figure", "figures", "estimate", "estimates",
    "number", "numbers", "toll", "tally",
  ]

  /// Words left out of claim similarity.
  static let stopwords: Set<String> = [
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by",
    "with", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do",
    "does", "did", "will", "would", "could", "should", "may", "might", "can", "that", "this",
    "these", "those", "it", "its", "their", "they", "them", "he", "she", "his", "her", "we",
    "our", "us", "i", "you", "not", "no", "so", "than", "then", "there", "which", "who", "whom",
    "what", "when", "where", "while", "if", "into", "over", "under", "about", "after", "before",
    "also", "already", "now", "just", "some", "such", "said", "says", "say", "very", "more",
    "most", "up", "out", "any", "all", "other", "own", "same", "being", "since", "yet", "still",
  ]

  /// Phrases written several ways for one thing, folded before claims are compared.
  static let synonyms: [(phrase: String, replacement: String)] = [
    ("Democratic People's Republic of Korea", "North Korea"), ("DPRK", "North Korea"),
    ("United States", "US"), ("U.S.", "US"), ("Kiev", "Kyiv"),
  ]

  /// Lemmas of what can happen to people who are counted: a count of detained soldiers is
  /// not a count of deployed ones.
  static let countedEvents: Set<String> = [
    "detain", "kill", "wound", "injur", "captur", "abandon", "die", "dead", "surrender",
    "execut", "missing", "los", "casualti",
  ]

  /// Nouns that count a part of a force ("the first group", "two brigades").
  static let groupNouns: Set<String> = ["group", "batch", "brigade", "wave", "contingent", "unit"]

  /// Irregular verb forms folded to one lemma for claim similarity.
  static let lemmas: [String: String] = [
    "moved": "deploy", "deployed": "deploy", "shipped": "deploy", "flown": "deploy",
    "transported": "deploy", "dispatched": "deploy", "stationed": "deploy", "send": "deploy",
    "came": "come", "comes": "come", "coming": "come", "went": "go", "gone": "go", "goes": "go",
    "sent": "deploy", "sending": "deploy", "fought": "fight", "fighting": "fight", "shot": "shoot",
    "fired": "fire", "shelled": "fire", "shelling": "fire", "attacked": "fire", "attack": "fire",
    "koreans": "korea", "korean": "korea", "ukrainians": "ukraine", "ukrainian": "ukraine",
    "russians": "russia", "russian": "russia", "soldiers": "troop", "soldier": "troop",
    "troops": "troop", "units": "troop", "unit": "troop", "forces": "force",
    "uniforms": "uniform", "equipment": "equip", "equipped": "equip", "issued": "give",
    "gave": "give", "given": "give", "provided": "give", "supplied": "give", "received": "give",
    "detained": "detain", "arrested": "detain", "deserted": "abandon", "abandoned": "abandon",
    "oblast": "region", "province": "region",
  ]
}
