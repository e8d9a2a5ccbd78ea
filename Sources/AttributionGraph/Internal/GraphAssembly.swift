import AttributionDocuments
import AttributionExtraction
import AttributionLexicon
import Foundation

/// One attribution read into graph terms: who spoke, through whom it reached the article, and
/// what was said, before claims are merged.
struct Statement {
  var speakers: [String]
  var kind: EdgeKind
  var content: String
  var anaphor: Anaphor?
  var evidence: Evidence
  var document: Int
  /// The statement is the article's headline: its sentence is the title, or the body's first
  /// line written in title case.
  var isHeadline = false
}

/// Content that only points back ("the report", "the comments of Ukrainian officials").
struct Anaphor {
  /// The affiliation named after "of", when the content names whose comments they were.
  var affiliation: String?
  /// Whether it points at figures ("the numbers", "the estimate"), so at a claim that has some.
  var isFigures = false
}

/// One graph build, in stages that each read what the ones before added:
///
/// 1. outlets: every outlet name the case knows (``collectKnownOutlets(_:footnotes:)``);
/// 2. people: the named people of every article (``registerPeople(_:)``), every source mention
///    described first on all cores (``describeSources(_:)``);
/// 3. statements: each article's attributions read into ``Statement``s, with their speakers
///    (``speaker(_:entity:document:documentIndex:sentence:recentPeople:)``: people, unnamed
///    sources, outlets, institutions), sourcing chains and channels
///    (``readDocument(_:index:footnotes:prepared:)``), from what each article gives alone,
///    read first on all cores (``PreparedArticle``);
/// 4. sides: each candidate joins the campaign named for them (``joinCampaigns()``);
/// 5. claims: statements merged into claims, pointing-back content attached to the claim it
///    is about (``addClaims()``);
/// 6. contradictions: rival figures of one count (``addContradictions(claims:texts:vectors:)``).
///
/// The case file's corrections apply within stages 3 and 5. Each stage's file says what it
/// reads and adds.
struct GraphAssembly {
  let caseFile: CaseFile
  let mergeThreshold: Double
  /// How statements are matched into claims.
  let claimMatching: ClaimMatching
  var graph: AttributionGraph
  /// The case file's entities by the key of each of their names.
  var factsByKey: [String: EntityFact] = [:]
  /// The gazetteer affiliations are read with: the case file's places, then the library's.
  let places: Gazetteer

  // Outlets.
  /// Keys of the outlet names the case knows (article outlets, source lists, relays, case file).
  var knownOutlets: Set<String> = []
  /// Source mentions read so far, by text and entity: a case repeats its sources ("he",
  /// "officials", a minister's title and name) and every mention is read twice, when people are
  /// registered and when statements are read. Valid once `knownOutlets` is complete.
  var descriptions: [DescriptionKey: SourceDescription] = [:]

  struct DescriptionKey: Hashable {
    var text: String
    var entity: String?
  }
  /// Outlet node ids by outlet key.
  var outletIDs: [String: String] = [:]
  /// The ids in ``outletIDs`` whose outlet's name has two words or more, by its last word.
  var outletsByLastWord: [String: Set<String>] = [:]

  // People.
  var people: [PersonRecord] = []
  /// Index of each person record by id.
  var personIndex: [String: Int] = [:]
  /// Person records, in registration order, under each probe of their surname key
  /// (``NameKey/variantProbes(_:)``): a key's variants are among the records of its probes.
  var surnameIndex: [String: [Int]] = [:]
  /// The records each surname key found, and how many records there were when it looked.
  var surnameMatches: [String: (records: [Int], checked: Int)] = [:]
  /// The records each surname key found (``surnameMatches``), by first name.
  var firstNames: [String: FirstNameIndex] = [:]
  /// The record each spelling of a name was filed under.
  var recordOfSpelling: [String: Int] = [:]
  /// Person records by the words of each of their spellings and of their surname, joined by a
  /// space: a sentence names a person only if it holds one of these runs of words, so finding
  /// who a relative "who" stands for looks up the sentence's runs, however many people the case
  /// has (a common first name does not bring every person who bears it).
  var peopleByName: [String: [Int]] = [:]
  /// The most words of a name in ``peopleByName`` or ``nameRanks``.
  var longestName = 0
  /// For each record, the runs of words it may be named by (as in ``peopleByName``), each with
  /// its rank: which name a relative "who" finds a person by (``NameRank``).
  var nameRanks: [[String: NameRank]] = []
  /// The named people each article mentions as sources, by article.
  var documentPeople: [[String]] = []

  // Statements, and the article being read.
  var statements: [Statement] = []
  /// The unnamed person (one, not a group) who spoke last in the article being read, if no
  /// named one spoke after: whom "he" or "she" stands for when the extractor could not tell.
  var latestUnnamedPerson: (id: String, words: Set<String>, at: Int)?
  /// The number of the attribution being read in its article.
  var attributionNumber = 0
  /// The unnamed sources of the article being read, in the order they were introduced.
  var articleAnonymous: [(head: String, words: Set<String>, affiliation: String?, id: String)] = []
  /// How each article read so far writes its words, by article: made when a source word must
  /// be told from a name.
  var nameEvidence: [Int: NameEvidence] = [:]

  // Corrections.
  /// The positions of the case file's corrections that matched something.
  var matchedCorrections: Set<Int> = []

  init(caseFile: CaseFile, title: String, mergeThreshold: Double, claimMatching: ClaimMatching = .semantic) {
    self.caseFile = caseFile
    self.mergeThreshold = mergeThreshold
    self.claimMatching = claimMatching
    places = Gazetteer.standard.adding(caseFile.places)
    graph = AttributionGraph(title: title)
    for fact in caseFile.entities {
      for name in [fact.name] + fact.aliases {
        factsByKey[Self.nameKey(name)] = fact
      }
    }
  }

  /// Adds the outlets any case may name (`news-outlets.tsv`) to the case file's facts, unless the
  /// case file says otherwise. An outlet the articles are from is left to them: it keeps their
  /// spelling and meets its other names as any article outlet does ("FT" and "the Financial
  /// Times", "The Huffington Post" and not "HuffPost").
  mutating func addNewsOutlets(articleOutlets: [String]) {
    let own = Set(articleOutlets.map { Self.nameKey(SourceDescription.trimDeterminers($0)) })
    for fact in Self.newsOutlets {
      let names = [fact.name] + fact.aliases
      guard !names.contains(where: { own.contains(Self.nameKey(SourceDescription.trimDeterminers($0))) }) else { continue }
      for name in names {
        for key in [Self.nameKey(name), Self.nameKey(SourceDescription.trimDeterminers(name))] where factsByKey[key] == nil {
          factsByKey[key] = fact
        }
      }
    }
  }

  /// The description of a source mention (``SourceDescription/describe(_:entity:knownOutlets:places:)``),
  /// read once per text and entity.
  mutating func describe(_ text: String, entity: String?) -> SourceDescription {
    let key = DescriptionKey(text: text, entity: entity)
    if let known = descriptions[key] { return known }
    let description = SourceDescription.describe(text, entity: entity, knownOutlets: knownOutlets, places: places)
    descriptions[key] = description
    return description
  }

  /// `news-outlets.tsv` as outlet facts.
  static let newsOutlets: [EntityFact] = WordList.newsOutlets.pairs.map { name, aliases in
    EntityFact(name: name, kind: .outlet, aliases: aliases.split(separator: "|").map(String.init))
  }

  /// The key names are compared by: normalised words, each by its spelling key.
  static func nameKey(_ name: String) -> String {
    SourceDescription.normalize(name).split(separator: " ").map { NameKey.key($0) }
      .joined(separator: " ")
  }

  /// How many articles are prepared at a time (``PreparedArticle``): enough to keep every core
  /// busy, few enough that their readings take little memory.
  static let preparationBatch = 256

  /// Builds the graph of `extracted` (articles with their attributions, in case order).
  mutating func run(_ extracted: [(document: Document, attributions: [Attribution])])
    -> AttributionGraph
  {
    let footnotes = extracted.map(\.document).parallelMap { Footnotes.sources(in: $0.text) }
    addNewsOutlets(articleOutlets: extracted.compactMap { $0.document.metadata.outlet })
    collectKnownOutlets(extracted, footnotes: footnotes)
    registerPeople(extracted)
    let outlets = knownOutlets
    // Articles are prepared on all cores a batch at a time and read in order, so that only one
    // batch's preparations are held at once, whatever the size of the case.
    for start in stride(from: 0, to: extracted.count, by: Self.preparationBatch) {
      let range = start..<min(start + Self.preparationBatch, extracted.count)
      let prepared = Array(extracted[range]).parallelMap {
        PreparedArticle($0.document, $0.attributions, knownOutlets: outlets)
      }
      for (index, article) in zip(range, prepared) {
        nameEvidence[index] = article.nameEvidence
        readDocument(extracted[index].document, index: index, footnotes: footnotes[index], prepared: article)
      }
    }
    labelPeople()
    joinCampaigns()
    addClaims()
    return graph
  }
}
