/// A word list the library ships as a data file: `Lists/NAME.txt` (one entry a line) or
/// `Lists/NAME.tsv` (tab-separated fields), each documented in its opening `#` lines. Every list
/// lives in exactly one file, shared by extraction and the graph builder; all are read once, on
/// first use.
public enum WordList: String, CaseIterable, Sendable {
  /// Abbreviations whose trailing full stop belongs to the word (compared lower-cased).
  case abbreviations = "abbreviations"
  /// Words in -ed that are adjectives inside a noun phrase ("unnamed", "retired"), not verbs.
  case adjectivesInEd = "adjectives-in-ed"
  /// Words that open an adjunct (with the weekdays and months).
  case adjunctOpeners = "adjunct-openers"
  /// Verbs of admitting, which confirm when they are said and leave a claim unconfirmed when they are …
  case admittingVerbs = "admitting-verbs"
  /// Words that open a sentence's introductory phrase, which names no speaker of the verb after it.
  case adverbialOpeners = "adverbial-openers"
  /// Content that only points back at something already reported.
  case anaphoricHeads = "anaphoric-heads"
  /// Words that mark a source as unnamed.
  case anonymousMarkers = "anonymous-markers"
  /// Nouns that make an unnamed descriptor a person or group of people.
  case anonymousPersonNouns = "anonymous-person-nouns"
  /// Verbs whose negation ("has not commented on", "did not respond to") is a source that was asked and …
  case answeringVerbs = "answering-verbs"
  /// Nouns of what someone asks for or raises ("answers about", "questions over"): content they open names a topic.
  case askingNouns = "asking-nouns"
  /// Words that may stand between a subject and its cue verb.
  case auxiliaries = "auxiliaries"
  /// The forms of "be" that make a participle cue passive.
  case beForms = "be-forms"
  /// Verbs by which an outlet passes a statement on: "a statement carried by KCNA".
  case carryingVerbs = "carrying-verbs"
  /// Nouns naming the medium of a statement.
  case channelNouns = "channel-nouns"
  /// Words that open a channel phrase.
  case channelPrepositions = "channel-prepositions"
  /// Cues by which a source names the source it relays ("citing a source in the military", "quoting two …
  case citingCues = "citing-cues"
  /// Words that make a claim's main clause expected, planned, possible or conditional.
  case claimModality = "claim-modality"
  /// Month names and abbreviations that make a following number a date in claim text.
  case claimMonths = "claim-months"
  /// Words that make a claim's main clause negative.
  case claimNegations = "claim-negations"
  /// Words that open a clause, not a noun phrase: a source never runs back across them.
  case clauseBreakers = "clause-breakers"
  /// Words that open a new clause: a main verb is not looked for across them.
  case clauseOpeners = "clause-openers"
  /// Words that open a line with a colon but name no speaker ("Correction:", "Q:", "The Latest:").
  case colonStopWords = "colon-stop-words"
  /// Nouns of asking a source for comment: content that names one ("a request for comment", "an email …
  case commentRequests = "comment-requests"
  /// Words before a source that make its statement conditional or hypothetical ("if Russia said"), so no …
  case conditionOpeners = "condition-openers"
  /// Conjunctions that coordinate two statement verbs of one subject ("said … and warned").
  case coordinators = "coordinators"
  /// Lemmas of what can happen to people who are counted: a count of detained soldiers is not a count of …
  case countedEvents = "counted-events"
  /// Words after a comma that open the writer's counterpoint: ", although the BBC could not …".
  case counterpointOpeners = "counterpoint-openers"
  /// Verbs of saying, believing and reporting, each with the attribution kind it signals (said, …
  case cueVerbs = "cue-verbs"
  /// Verbs of saying proper, whose negation is a statement not made ("has not said", "did not say whether").
  case sayingVerbs = "saying-verbs"
  /// Nouns for people who speak around someone, not as that person ("Comey's allies", "a spokesman for …").
  case entourageNouns = "entourage-nouns"
  /// Words that open a description after a name's comma ("Giuliani, who served as …", "Clarke, a political scientist").
  case describingOpeners = "describing-openers"
  /// Determiners and quantifiers that open a noun phrase ("the", "some", "two").
  case determiners = "determiners"
  /// Verbs by which a speaker passes on another's statement ("Priebus echoed Pence's suggestion that …", …
  case echoVerbs = "echo-verbs"
  /// Words that say nothing about who the source is or why it would know.
  case emptyDescriptorWords = "empty-descriptor-words"
  /// Words before a judging adjective that make it a predicate or a degree ("was", "extremely").
  case evaluationOpeners = "evaluation-openers"
  /// Heads of noun phrases that name an event or a state of affairs, which can raise concerns or …
  case eventNouns = "event-nouns"
  /// Nouns that make an unnamed descriptor a woman (a spokeswoman is not "he").
  case femaleWords = "female-words"
  /// Heads of pointing-back content that is about figures ("the numbers", "the estimate").
  case figureHeads = "figure-heads"
  /// Words that may stand before a figure head in pointing-back content ("the death toll").
  case figureModifiers = "figure-modifiers"
  /// Words before a figure that make it approximate or a bound ("at least 8,000", "up to 12,000"); the …
  case figureQualifiers = "figure-qualifiers"
  /// Auxiliaries and finite verbs that end a sentence-opening subject.
  case finiteVerbs = "finite-verbs"
  /// Phrases that tie a descriptor to a state or international body: phrase<TAB>affiliation<TAB>kind, …
  case gazetteerAffiliations = "gazetteer-affiliations"
  /// Names of peoples folded to their place before claims are compared ("Koreans" → korea): word<TAB>lemma.
  case gazetteerDemonyms = "gazetteer-demonyms"
  /// Words of place names: a capitalised run with one is no person's name ("Kursk Oblast", "New York").
  case gazetteerPlaceWords = "gazetteer-place-words"
  /// Place names written several ways, replaced (case-insensitively, in this order, so longer spellings …
  case gazetteerSpellings = "gazetteer-spellings"
  /// Verdicts as given: "neither confirmed nor denied".
  case givenVerdicts = "given-verdicts"
  /// Nouns that count a part of a force ("the first group", "two brigades").
  case groupNouns = "group-nouns"
  /// Prepositions and time words that open an introductory phrase ("At the same briefing,").
  case introWords = "intro-words"
  /// Irregular past participles among the cue verbs; regular ones end in "ed".
  case irregularParticiples = "irregular-participles"
  /// Common irregular past tenses, which no "-ed" marks: "but gave no figures".
  case irregularPasts = "irregular-pasts"
  /// Irregular verb forms and variants folded to one lemma before claims are compared: word<TAB>lemma.
  case lemmas = "lemmas"
  /// Nouns that make an unnamed descriptor a man (a spokesman is not "she").
  case maleWords = "male-words"
  /// Month names and their abbreviations.
  case months = "months"
  /// Titles before a name besides the lexicon's title words, which the learned model's features use and …
  case moreTitles = "more-titles"
  /// Generational suffixes that make two otherwise equal names different people.
  case nameSuffixes = "name-suffixes"
  /// Subjects that negate what they did: "None of the claims could be verified", "Neither Russia nor …
  case negativeSubjects = "negative-subjects"
  /// News outlets and wire services any case may name, with their other names ("AP", "CNN").
  case newsOutlets = "news-outlets"
  /// Nouns that make an institution something other than a government body, whatever country it is …
  case nonGovernmentNouns = "non-government-nouns"
  /// Words of the names of organizations, documents and places that are not in the gazetteer: a …
  case nonPersonNameWords = "non-person-name-words"
  /// Cue words that are as often nouns ("secretary of state", "the report").
  case nounLikeCues = "noun-like-cues"
  /// Prepositions and other words a source noun phrase never runs back across, besides clause- breakers.txt.
  case nounPhraseBreakers = "noun-phrase-breakers"
  /// Words of a role that make its holder an official of a government, besides titles.txt.
  case officialWords = "official-words"
  /// Cue verbs that present what follows as the speaker's view or verdict ("believes", "blasted", "urged").
  case opinionCues = "opinion-cues"
  /// Words inside content that make it a demand or recommendation ("should", "must", "ought").
  case opinionMarkers = "opinion-markers"
  /// Words that make a capitalized run an organization, not a person.
  case organizationWords = "organization-words"
  /// Words that make an unnamed descriptor an outlet.
  case outletNouns = "outlet-nouns"
  /// Adverbs that may stand before a participle that opens a sentence ("First reported by …").
  case participleAdverbs = "participle-adverbs"
  /// Participles that hang a second statement on the main clause's speaker (", saying …").
  case participles = "participles"
  /// Capitalized words for members of a party or camp, which are not names ("Kentucky Republican", …
  case partisanWords = "partisan-words"
  /// Words that name a person's political party, with the party's name ("gop" → "Republican Party").
  case partyWords = "party-words"
  /// Irregular past tenses that open what a person did ("Umerov spoke to KBS").
  case pastVerbs = "past-verbs"
  /// Nouns that count people, so a figure before them is a count of troops or people ("8,000 troops").
  case peopleNouns = "people-nouns"
  /// Titles and honorifics written before a person's name ("President Obama", "Mr.
  case personTitles = "person-titles"
  /// The words that can open a phrase cue (a quotation mark can too: “looking into”).
  case phraseOpeners = "phrase-openers"
  /// Words that point back only as the head of short content ("which", "the numbers"): anywhere else in …
  case pointingHeads = "pointing-heads"
  /// Nouns that name what was reported: "a claim that could not be verified".
  case pointingNouns = "pointing-nouns"
  /// Words that may follow the head of content that points back: "the reports of troops in Kursk", "the …
  case pointingPrepositions = "pointing-prepositions"
  /// Descriptors that put an anonymous source in a position to know.
  case positionToKnow = "position-to-know"
  /// Words that open what qualifies an unnamed source's head noun ("official familiar with", "adviser to …
  case postModifiers = "post-modifiers"
  /// First words of a recipient after "to" ("to the Financial Times", "to reporters").
  case recipientOpeners = "recipient-openers"
  /// Words that tie a source to someone else rather than name it ("adviser to Mr.
  case relationWords = "relation-words"
  /// Relative pronouns that may stand for a source ("Umerov, who said").
  case relativePronouns = "relative-pronouns"
  /// Heads of noun phrases that name a rule, a law or a document that prescribes: no one speaks through them.
  case ruleNouns = "rule-nouns"
  /// Common nouns that fix where a counted group is ("at a training camp", "near the border").
  case scopeNouns = "scope-nouns"
  /// Pronouns a source may be given as.
  case sourcePronouns = "source-pronouns"
  /// Who can be "the first outlet to report": nouns for those who speak or publish.
  case speakerNouns = "speaker-nouns"
  /// Words that make an "agency" a state's, not a news agency.
  case stateAgencyWords = "state-agency-words"
  /// Nouns that name a statement and take a "that" clause: "Kovalenko's claim that …".
  case statementNouns = "statement-nouns"
  /// Words left out of claim similarity.
  case stopwords = "stopwords"
  /// Words that express a judgement (Pattern's lexicon): word<TAB>subjectivity<TAB>polarity.
  case subjectiveWords = "subjective-words"
  /// Bare country names not followed by these words still affiliate ("Ukraine officials"), followed by …
  case subjectMatterNouns = "subject-matter-nouns"
  /// Pronouns that stand as the subject of a cue verb ("he said", "who told").
  case subjectPronouns = "subject-pronouns"
  /// Verbs of telling whose passive subject is the one told: "officials were told that …".
  case tellingVerbs = "telling-verbs"
  /// Units of figures that are no count ("3 p.m.", "4 percent").
  case timeAndShareUnits = "time-and-share-units"
  /// Nouns for stretches of time that head a time phrase ("last week", "this morning").
  case timeNouns = "time-nouns"
  /// Title words that are function words too ("Secretary of State", "the Pentagon"): alone they make no …
  case titleFunctionWords = "title-function-words"
  /// Words of a title or affiliation, not of a person's name ("US Air Force Maj.
  case titleWords = "title-words"
  /// Titles and ranks: kept as role, never part of a name.
  case titles = "titles"
  /// Verbs whose "did not" form ("did not deny the reports") leaves a claim neither corroborated nor refuted.
  case unmadeVerdicts = "unmade-verdicts"
  /// Cue verbs too ambiguous to stand on their own: they need a clause ("that", a colon or a quotation) …
  case weakCues = "weak-cues"
  /// Days of the week (time adjuncts: "said on Monday").
  case weekdays = "weekdays"

  /// The list's entries in file order: the first field of each row.
  public var entries: [String] { rows.map { $0[0] } }

  /// The list's entries as a set.
  public var words: Set<String> { Set(entries) }

  /// The rows of a tab-separated list, in file order, each with its fields.
  public var rows: [[String]] { ListFiles.shared.rows(of: self) }

  /// The rows of a two-field list as pairs, in file order.
  public var pairs: [(String, String)] { rows.map { ($0[0], $0.count > 1 ? $0[1] : "") } }

  /// A two-field list as a dictionary from the first field to the second.
  public var dictionary: [String: String] {
    Dictionary(pairs, uniquingKeysWith: { first, _ in first })
  }

  /// The file the list is read from, relative to the module's resources.
  public var fileName: String { "\(rawValue).\(Self.fieldCounts[self] == nil ? "txt" : "tsv")" }
}
