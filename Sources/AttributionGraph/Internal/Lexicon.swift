import AttributionLexicon
import Foundation

/// Word lists the builder reads descriptors with. Lower-case; apostrophes are straight.
enum Lexicon {
  /// What a word loses at its ends before it is looked up: punctuation and symbols. Made once:
  /// building the union for every word was a tenth of the time of a large case.
  static let wordEdges = CharacterSet.punctuationCharacters.union(.symbols)
  /// What content loses at its ends: spaces, quotation marks and clause punctuation.
  static let contentEdges = CharacterSet(charactersIn: " \"'\u{201C}\u{201D},.;:")

  /// Every phrase of the gazetteer, parts of place names included ("north", "korean").
  static let places = Gazetteer.standard.places

  /// Bare country names not followed by these words still affiliate ("Ukraine officials"),
  /// followed by them they do not ("North Korea experts" study North Korea).
  static let subjectMatterNouns: Set<String> = WordList.subjectMatterNouns.words

  /// Titles and ranks: kept as role, never part of a name.
  static let titles: Set<String> = WordList.titles.words

  /// Titles and honorifics written before a person's name ("President Obama", "Mr. Rubio").
  /// Not "general" or "major" written out, which begin company names ("General Motors").
  static let personTitles: Set<String> = WordList.personTitles.words

  /// Capitalized words for members of a party or camp, which are not names ("Kentucky
  /// Republican", "Democrats"): without this each became a person of that surname.
  static let partisanWords: Set<String> = WordList.partisanWords.words

  /// Words that tie a source to someone else rather than name it ("adviser to Mr. Obama",
  /// "aides for the senator", "neither Mr. Comey nor…").
  static let relationWords: Set<String> = WordList.relationWords.words

  /// Words that make a capitalized run an organization, not a person.
  static let organizationWords: Set<String> = WordList.organizationWords.words

  /// Generational suffixes that make two otherwise equal names different people.
  static let nameSuffixes: Set<String> = WordList.nameSuffixes.words

  /// Nouns that make an unnamed descriptor a person or group of people.
  static let anonymousPersonNouns: Set<String> = WordList.anonymousPersonNouns.words

  /// Descriptors that put an anonymous source in a position to know.
  static let positionToKnow: Set<String> = WordList.positionToKnow.words

  /// Words that make an "agency" a state's, not a news agency.
  static let stateAgencyWords: Set<String> = WordList.stateAgencyWords.words

  /// Words that make an unnamed descriptor an outlet.
  static let outletNouns: Set<String> = WordList.outletNouns.words
  /// Nouns naming the medium of a statement ("channel", "account").
  static let channelNouns: Set<String> = WordList.channelNouns.words

  /// Pronouns a source may be given as.
  static let pronouns: Set<String> = WordList.sourcePronouns.words

  /// Content that only points back at something already reported.
  static let anaphoricHeads: Set<String> = WordList.anaphoricHeads.words

  /// Heads of pointing-back content that is about figures ("the numbers", "the estimate").
  static let figureHeads: Set<String> = WordList.figureHeads.words

  /// Words that may stand before a figure head in pointing-back content ("the death toll").
  static let figureModifiers: Set<String> = WordList.figureModifiers.words

  /// Units of figures that are no count ("3 p.m.", "4 percent").
  static let timeAndShareUnits: Set<String> = WordList.timeAndShareUnits.words

  /// Lower-case words that may stand inside a capitalised name ("Institute for the Study of War").
  static let titleFunctionWords = WordList.titleFunctionWords.words

  /// Cues by which a source names the source it relays ("citing a source in the military").
  static let citingCues: Set<String> = WordList.citingCues.words

  /// Verbs by which a speaker passes on another's statement ("echoed", "repeated", "agreed").
  static let echoVerbs: Set<String> = WordList.echoVerbs.words

  /// Determiners and quantifiers that open a noun phrase ("the", "some", "one").
  static let determiners: Set<String> = WordList.determiners.words

  /// The forms of "be", which make a participle cue passive.
  static let beForms: Set<String> = WordList.beForms.words

  /// Verbs of telling whose passive makes the subject the one told ("was warned about").
  static let tellingVerbs: Set<String> = WordList.tellingVerbs.words

  /// Nouns that name a statement: "Pence's suggestion", "Trump's claim that …".
  static let statementNouns: Set<String> = WordList.statementNouns.words

  /// Words that point back only as the head of short content ("which", "the numbers"): anywhere
  /// else in a denial they are part of a claim of its own ("denied that the number of its troops
  /// had risen").
  static let pointingHeads: Set<String> = WordList.pointingHeads.words

  /// Words left out of claim similarity.
  static let stopwords: Set<String> = WordList.stopwords.words

  /// Phrases written several ways for one thing, folded before claims are compared.
  static let synonyms: [(phrase: String, replacement: String)] = WordList.gazetteerSpellings.pairs.map {
    ($0, $1)
  }

  /// Lemmas of what can happen to people who are counted: a count of detained soldiers is
  /// not a count of deployed ones.
  static let countedEvents: Set<String> = WordList.countedEvents.words

  /// Nouns that count a part of a force ("the first group", "two brigades").
  static let groupNouns: Set<String> = WordList.groupNouns.words

  /// Irregular verb forms folded to one lemma for claim similarity.
  static let lemmas: [String: String] = WordList.lemmas.dictionary.merging(
    WordList.gazetteerDemonyms.dictionary, uniquingKeysWith: { general, _ in general })
}
