import AttributionExtraction
import Foundation

/// One attribution read into graph terms: who spoke, through whom it reached the article, and
/// what was said, before claims are merged.
private struct Statement {
  var speakers: [String]
  var kind: EdgeKind
  var content: String
  var anaphor: Anaphor?
  var evidence: Evidence
  var document: Int
}

/// Content that only points back ("the report", "the comments of Ukrainian officials").
private struct Anaphor {
  /// The affiliation named after "of", when the content names whose comments they were.
  var affiliation: String?
  /// Whether it points at figures ("the numbers", "the estimate"), so at a claim that has some.
  var isFigures = false
}

/// A person known to the case, with the spellings seen.
private struct PersonRecord {
  var id: String
  var words: [String]
  var spellings: [String: Int]
  var role: String?
  var affiliation: String?
  /// The spelling key of the surname (the last word that is not a suffix like "Jr.").
  let lastKey: String
  /// The spelling key of the first name, when the name has more than one word.
  let firstKey: String?
  /// "jr", "sr", "ii"…, when the name ends in one.
  let suffix: String?
  /// The last word that is not a suffix, as written.
  var surname: String { Self.surname(of: words) }

  /// The last of `words` that is not a suffix like "Jr.".
  static func surname(of words: [String]) -> String {
    words.last(where: { !Lexicon.nameSuffixes.contains($0.lowercased()) }) ?? ""
  }

  /// The surname of a spelling ("Volodymyr Zelenskyy" → "Zelenskyy").
  static func surname(of spelling: String) -> String {
    surname(of: spelling.split(separator: " ").map(String.init))
  }

  init(id: String, words: [String], spellings: [String: Int], role: String? = nil, affiliation: String? = nil) {
    self.id = id
    self.words = words
    self.spellings = spellings
    self.role = role
    self.affiliation = affiliation
    lastKey = NameKey.key(Self.surname(of: words))
    firstKey = words.count > 1 ? NameKey.key(words[0]) : nil
    suffix = words.last.map { $0.lowercased() }.flatMap {
      Lexicon.nameSuffixes.contains($0) ? $0.replacingOccurrences(of: ".", with: "") : nil
    }
  }
}

/// The working state of one graph build.
struct GraphAssembly {
  private let caseFile: CaseFile
  private let mergeThreshold: Double
  private var graph: AttributionGraph
  private var people: [PersonRecord] = []
  /// Index of each person record by id.
  private var personIndex: [String: Int] = [:]
  /// Person records by the first letter of their surname key, where variants must agree.
  private var surnameBuckets: [Character: [Int]] = [:]
  /// Person records by the first word of each of their spellings and of their surname: a
  /// sentence can name a person only if it has one of these words, so finding who a relative
  /// "who" stands for looks at those records, not at every person in the case.
  private var peopleByWord: [Substring: [Int]] = [:]
  private var outletIDs: [String: String] = [:]
  private var factsByKey: [String: EntityFact] = [:]
  private var statements: [Statement] = []
  /// Keys of the outlet names the case knows (article outlets, source lists, relays, case file).
  private var knownOutlets: Set<String> = []
  /// The named people each article mentions as sources, by article.
  private var documentPeople: [[String]] = []
  /// The positions of the case file's corrections that matched something.
  private var matchedCorrections: Set<Int> = []
  /// The unnamed person (one, not a group) who spoke last in the article being read, if no
  /// named one spoke after: whom "he" or "she" stands for when the extractor could not tell.
  private var latestUnnamedPerson: (id: String, words: Set<String>, at: Int)?
  /// The number of the attribution being read in its article.
  private var attributionNumber = 0
  /// The unnamed sources of the article being read, in the order they were introduced.
  private var articleAnonymous: [(head: String, words: Set<String>, affiliation: String?, id: String)] = []

  private static let states: Set<String> = [
    "Ukraine", "US", "Russia", "North Korea", "South Korea", "China", "UK", "EU", "UN", "NATO",
  ]
  private static let officialWords: Set<String> = Lexicon.titles.union([
    "official", "officials", "intelligence", "military", "government", "ministry", "council",
    "forces", "army", "pentagon", "kremlin", "embassy", "department", "spokesperson",
  ])

  init(caseFile: CaseFile, title: String, mergeThreshold: Double) {
    self.caseFile = caseFile
    self.mergeThreshold = mergeThreshold
    graph = AttributionGraph(title: title)
    for fact in caseFile.entities {
      for name in [fact.name] + fact.aliases {
        factsByKey[Self.nameKey(name)] = fact
      }
    }
  }

  static func nameKey(_ name: String) -> String {
    SourceDescription.normalize(name).split(separator: " ").map { NameKey.key($0) }
      .joined(separator: " ")
  }

  mutating func run(_ extracted: [(document: Document, attributions: [Attribution])])
    -> AttributionGraph
  {
    let footnotes = extracted.map { Footnotes.sources(in: $0.document.text) }
    knownOutlets = Set(caseFile.entities.filter { $0.kind == .outlet }
      .flatMap { [$0.name] + $0.aliases }.map(SourceDescription.outletKey))
    for (index, item) in extracted.enumerated() {
      if let outlet = item.document.metadata.outlet { knownOutlets.insert(SourceDescription.outletKey(outlet)) }
      for name in footnotes[index].values { knownOutlets.insert(SourceDescription.outletKey(name)) }
      for attribution in item.attributions {
        for mention in [attribution.relay, attribution.recipient].compactMap({ $0 })
        where !Self.isChannelLike(mention.text) {
          if let name = Self.outletName(mention.text) { knownOutlets.insert(SourceDescription.outletKey(name)) }
        }
      }
    }
    registerPeople(extracted)
    for (index, item) in extracted.enumerated() {
      readDocument(
        item.document, item.attributions, index: index, footnotes: footnotes[index])
    }
    for record in people {
      guard var node = graph.node(record.id) else { continue }
      let label = record.spellings.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first?.key ?? node.label
      node.aliases = record.spellings.keys.filter { $0 != label }.sorted()
      node.label = label
      graph.update(node)
    }
    addClaims()
    return graph
  }

  // MARK: People

  private mutating func registerPeople(_ extracted: [(document: Document, attributions: [Attribution])]) {
    for fact in caseFile.entities where fact.kind == .person || fact.kind == .official {
      let words = SourceDescription.normalize(fact.name).split(separator: " ").map(String.init)
      _ = person(words: words, role: fact.role, affiliation: fact.affiliation)
    }
    for item in extracted {
      var mentioned: [String] = []
      for attribution in item.attributions {
        guard let source = attribution.source else { continue }
        for part in SourceDescription.split(source.text) {
          let description = SourceDescription.describe(
            part, entity: source.entity, knownOutlets: knownOutlets)
          if description.category == .namedPerson, description.nameWords.count >= 2 {
            mentioned.append(person(
              words: description.nameWords, role: description.role, affiliation: description.affiliation))
          }
        }
      }
      documentPeople.append(mentioned)
    }
  }

  /// The person with these name words, registered when new; transliteration variants of a
  /// registered name join it.
  private mutating func person(words: [String], role: String?, affiliation: String?) -> String {
    let spelling = words.joined(separator: " ")
    let canonicalWords: [String]
    if let fact = factsByKey[Self.nameKey(spelling)] {
      canonicalWords = SourceDescription.normalize(fact.name).split(separator: " ").map(String.init)
    } else {
      canonicalWords = words
    }
    let probe = PersonRecord(id: "", words: canonicalWords, spellings: [:])
    let bucket = probe.lastKey.first.flatMap { surnameBuckets[$0] } ?? []
    if let index = bucket.first(where: { Self.samePerson(people[$0], probe) }) {
      if people[index].spellings[spelling] == nil {
        indexWords(of: spelling, record: index)
        indexWords(of: PersonRecord.surname(of: spelling), record: index)
      }
      people[index].spellings[spelling, default: 0] += 1
      if people[index].role == nil { people[index].role = role }
      if people[index].affiliation == nil { people[index].affiliation = affiliation }
      return people[index].id
    }
    var id = "person:" + NameKey.slug(canonicalWords.joined(separator: " "))
    while personIndex[id] != nil { id += "-2" }
    personIndex[id] = people.count
    if let letter = probe.lastKey.first { surnameBuckets[letter, default: []].append(people.count) }
    people.append(PersonRecord(id: id, words: canonicalWords, spellings: [spelling: 1], role: role, affiliation: affiliation))
    indexWords(of: spelling, record: people.count - 1)
    indexWords(of: people[people.count - 1].surname, record: people.count - 1)
    return id
  }

  /// Files the record under the first word of `name` in ``peopleByWord`` (the first word of a
  /// spelling or a surname: a sentence that names the person as a whole has it).
  private mutating func indexWords(of name: String, record: Int) {
    guard let first = Self.nameWords(name).first else { return }
    peopleByWord[first, default: []].append(record)
  }

  /// The words of `text` as names are matched: runs of letters and digits ("O'Brien" is "O" and
  /// "Brien", and so is "O’Brien’s" in a sentence).
  private static func nameWords(_ text: String) -> [Substring] {
    text.split { !($0.isLetter || $0.isNumber) }
  }

  private static func samePerson(_ a: PersonRecord, _ b: PersonRecord) -> Bool {
    guard NameKey.isVariant(a.lastKey, of: b.lastKey), a.suffix == b.suffix else { return false }
    guard let first = a.firstKey, let other = b.firstKey else { return true }
    if first.count == 1 || other.count == 1 { return first.first == other.first }
    return NameKey.isVariant(first, of: other)
  }

  // MARK: Articles

  private mutating func readDocument(
    _ document: Document, _ attributions: [Attribution], index: Int, footnotes: [Int: String]
  ) {
    let outletName = document.metadata.outlet ?? "Unknown outlet (\(document.id))"
    let articleOutlet = outlet(named: outletName)
    articleAnonymous.removeAll()
    latestUnnamedPerson = nil
    var recentPeople: [String] = []
    var lastRecipient: String?
    let ordered = attributions.sorted(by: { $0.cue.spans.first?.start ?? 0 < $1.cue.spans.first?.start ?? 0 })
    let relays = Self.accordingToRelays(ordered)
    let (citations, consumed) = citedSources(ordered)
    let skipped = consumed.union(relays.values).union(citations.values)
    for (position, attribution) in ordered.enumerated() {
      attributionNumber = position
      if skipped.contains(position) { continue }
      let evidence = Evidence(
        document: document.id, outlet: outletName, sentence: document.text(in: attribution.sentence),
        sentenceSpan: attribution.sentence, source: attribution.source?.spans ?? [],
        cue: attribution.cue, content: attribution.content.spans,
        line: document.line(of: attribution.cue.spans.first?.start ?? attribution.sentence.start),
        url: document.metadata.url, date: document.metadata.date)
      if isSuppressed(document: document.id, line: evidence.line, cue: attribution.cue.text) { continue }
      if let source = attribution.source, Self.isNonSpeaker(source.text) { continue }
      // "Asked about the claims, Peskov said …": no one, pointing back, adds nothing.
      if attribution.source == nil, attribution.kind == .said || attribution.kind == .cited,
        Self.anaphor(Self.cleanContent(attribution.content.text), kind: attribution.kind) != nil
      {
        continue
      }
      // An agentless attribution inside another's content ("Budanov stated that the units were
      // expected to arrive") is part of that statement, not a report of its own.
      if attribution.source == nil, let cue = attribution.cue.spans.first,
        attributions.contains(where: { other in
          other.source != nil && other.content.spans.contains { $0.start <= cue.start && cue.end <= $0.end }
        })
      {
        continue
      }
      var hops: [String] = []
      for number in Footnotes.markers(in: evidence.sentence) {
        if let name = footnotes[number] { hops.append(outlet(named: name)) }
      }
      if let relay = attribution.relay, let name = Self.outletName(relay.text) {
        hops.append(outlet(named: name))
      }
      // "NIS told lawmakers that …, according to MP Lee Seong-kweun": Lee relays what NIS said.
      if let relayed = relays[position], let source = ordered[relayed].source,
        let id = speaker(
          source.text, entity: source.entity, document: document, documentIndex: index,
          sentence: evidence.sentence, recentPeople: &recentPeople)
      {
        hops.append(id)
      }
      if let recipient = attribution.recipient {
        let lower = recipient.text.lowercased()
        if lower.hasSuffix("the outlet") || lower.hasSuffix("the broadcaster") || lower.hasSuffix("the newspaper"),
          let lastRecipient
        {
          hops.append(lastRecipient)
        } else if !Self.isChannelLike(recipient.text), let name = Self.outletName(recipient.text),
          knownOutlets.contains(SourceDescription.outletKey(name))
            || lower.split(separator: " ").contains(where: { Lexicon.outletNouns.contains(String($0)) })
        {
          let id = outlet(named: name)
          hops.append(id)
          lastRecipient = id
        }
      }
      var speakers: [String] = []
      // "Citing a source in the Ukrainian military, CNN reported …": CNN relays the source.
      if let citation = citations[position], let citer = attribution.source,
        let relay = speaker(
          citer.text, entity: citer.entity, document: document, documentIndex: index,
          sentence: evidence.sentence, recentPeople: &recentPeople),
        let cited = speaker(
          ordered[citation].content.text, entity: nil, document: document, documentIndex: index,
          sentence: evidence.sentence, recentPeople: &recentPeople)
      {
        hops.append(relay)
        speakers = [cited]
      } else if let entity = correctedSource(document: document.id, line: evidence.line) {
        speakers = speaker(
          entity, entity: entity, document: document, documentIndex: index, sentence: nil,
          recentPeople: &recentPeople
        ).map { [$0] } ?? []
      } else if let source = attribution.source {
        // A relative "who" stands for the people the extractor resolved it to, or that the
        // sentence names just before it.
        let isRelative = ["who", "whom"].contains(source.text.lowercased())
        let text = isRelative
          ? source.entity ?? antecedent(ofRelative: source, in: document, sentence: attribution.sentence) ?? source.text
          : source.text
        let parts = SourceDescription.split(text)
        for part in parts {
          let entity = parts.count == 1 ? source.entity : nil
          if let id = speaker(
            part, entity: entity, document: document, documentIndex: index,
            sentence: evidence.sentence, recentPeople: &recentPeople)
          {
            speakers.append(id)
          }
        }
      } else if attribution.kind == .couldNotVerify || attribution.kind == .denied {
        speakers = [hops.last ?? articleOutlet]
      } else {
        speakers = [graph.add(Node(
          id: "person:unattributed-\(NameKey.slug(document.id))", kind: .person,
          label: "Unattributed report", anonymous: true))]
      }
      var channel: String?
      if let mention = attribution.channel ?? attribution.recipient.flatMap({ Self.isChannelLike($0.text) ? $0 : nil }) {
        channel = channelNode(mention.text, recipient: attribution.recipient?.text, speaker: speakers.first)
      }
      for speakerID in speakers {
        var chain = [articleOutlet] + hops
        if chain.last != speakerID { chain.append(speakerID) }
        chain = chain.reduce(into: []) { if $0.last != $1 { $0.append($1) } }
        for (from, to) in zip(chain, chain.dropFirst()) where from != to {
          graph.add(Edge(kind: .cited, from: from, to: to, evidence: [evidence]))
        }
        if let channel {
          graph.add(Edge(kind: .via, from: speakerID, to: channel, evidence: [evidence]))
        }
      }
      let content = Self.cleanContent(attribution.content.text)
      statements.append(Statement(
        speakers: speakers, kind: Self.edgeKind(attribution.kind),
        content: content,
        anaphor: Self.anaphor(content, kind: attribution.kind), evidence: evidence, document: index))
    }
  }

  /// The "citing Y" / "quoting Y" attributions whose Y is a source ("a source in the Ukrainian
  /// military", "two US officials", "the National Intelligence Service"), keyed by the position
  /// of the statement of the same sentence and the same source that they cite Y for: "Citing a
  /// source in the Ukrainian military, CNN reported that …" is the source's statement, relayed by
  /// CNN. Also the citations already read into a statement of their sentence ("Yonhap, citing
  /// the NIS, reported …" as the NIS's statement with Yonhap its relay), which add nothing.
  /// Citing evidence ("citing low economic growth") is left alone.
  private func citedSources(_ ordered: [Attribution]) -> (citations: [Int: Int], consumed: Set<Int>) {
    var citations: [Int: Int] = [:]
    var consumed = Set<Int>()
    var bySentence: [TextSpan: [Int]] = [:]
    for (position, attribution) in ordered.enumerated() { bySentence[attribution.sentence, default: []].append(position) }
    // How two sources' words are compared.
    func key(_ text: String) -> String { SourceDescription.normalize(text).lowercased() }
    // The other attributions of the citation's sentence whose source reads `source`, in order.
    func sourced(by source: String, besides position: Int) -> [Int] {
      (bySentence[ordered[position].sentence] ?? []).filter { other in
        other != position && ordered[other].source.map { key($0.text) == source } == true
      }
    }
    for (position, citation) in ordered.enumerated() {
      guard let citer = citation.source, Lexicon.citingCues.contains(citation.cue.text.lowercased()) else { continue }
      let cited = SourceDescription.describe(citation.content.text, entity: nil, knownOutlets: knownOutlets)
      let words = citation.content.text.lowercased().split(separator: " ").map(String.init)
      let isSource: Bool
      switch cited.category {
      case .anonymousPerson, .namedPerson, .outlet, .role: isSource = true
      case .institution: isSource = words.contains { Lexicon.organizationWords.contains($0) }
      case .pronoun: isSource = false
      }
      guard isSource else { continue }
      // "Yonhap, citing the NIS, reported …" read as the NIS's statement relayed by Yonhap: the
      // citation is in it already.
      if !sourced(by: key(citation.content.text), besides: position).isEmpty {
        consumed.insert(position)
        continue
      }
      let statement = sourced(by: key(citer.text), besides: position).first { other in
        !Lexicon.citingCues.contains(ordered[other].cue.text.lowercased())
      }
      if let statement, citations[statement] == nil { citations[statement] = position }
    }
    return (citations, consumed)
  }

  /// The "according to X" attributions that only relay another one of their sentence: "South
  /// Korea's spy agency told lawmakers that about 100 soldiers had died, according to MP Lee
  /// Seong-kweun" is the agency's statement, which Lee passed on, not a second claim of Lee's.
  /// Keyed by the position (in `ordered`) of the statement relayed, valued by the relay's: one
  /// whose content holds the statement's cue, or which follows a statement that ends before it.
  private static func accordingToRelays(_ ordered: [Attribution]) -> [Int: Int] {
    var relays: [Int: Int] = [:]
    for (position, relay) in ordered.enumerated() {
      guard relay.source != nil, let cue = relay.cue.spans.first,
        relay.cue.text.lowercased().hasPrefix("according to")
      else { continue }
      let statement = ordered[..<position].lastIndex { other in
        guard other.sentence == relay.sentence, other.source != nil, let otherCue = other.cue.spans.first,
          !other.cue.text.lowercased().hasPrefix("according to")
        else { return false }
        let holdsCue = relay.content.spans.contains { $0.start <= otherCue.start && otherCue.end <= $0.end }
        let endsBefore = other.content.spans.allSatisfy { $0.end <= cue.start }
        return holdsCue || endsBefore && relay.content.spans.contains { span in other.content.spans.contains { $0.start < span.end && span.start < $0.end } }
      }
      if let statement, relays[statement] == nil { relays[statement] = position }
    }
    return relays
  }

  /// True when a `suppress` correction drops the attribution with its cue on `line`.
  private mutating func isSuppressed(document: String, line: Int, cue: String) -> Bool {
    for (position, entry) in caseFile.corrections.enumerated() {
      guard case .suppress(document, line, let text) = entry.correction,
        text.map({ $0.caseInsensitiveCompare(cue) == .orderedSame }) ?? true
      else { continue }
      matchedCorrections.insert(position)
      return true
    }
    return false
  }

  /// The entity a `source` correction names for the attribution with its cue on `line`.
  private mutating func correctedSource(document: String, line: Int) -> String? {
    for (position, entry) in caseFile.corrections.enumerated() {
      guard case .source(document, line, let entity) = entry.correction else { continue }
      matchedCorrections.insert(position)
      return entity
    }
    return nil
  }

  /// Corrections that matched nothing in this build, as warnings at their case.yaml line.
  func unmatchedCorrections(caseFilePath: String) -> [InputError] {
    caseFile.corrections.enumerated().filter { !matchedCorrections.contains($0.offset) }.map {
      InputError(
        file: caseFilePath, line: $0.element.line,
        "this correction no longer matches anything: \(Self.describe($0.element.correction))")
    }
  }

  private static func describe(_ correction: Correction) -> String {
    switch correction {
    case .suppress(let document, let line, let cue):
      "no attribution\(cue.map { " with cue \"\($0)\"" } ?? "") on line \(line) of \(document)"
    case .source(let document, let line, _): "no attribution on line \(line) of \(document)"
    case .mergeClaims(let claims): "fewer than two of the claims \(claims.joined(separator: ", ")) exist"
    case .splitClaim(let claim, let document, let line):
      "claim \(claim) has no evidence on line \(line) of \(document) to split off"
    }
  }

  private mutating func speaker(
    _ text: String, entity: String?, document: Document, documentIndex: Int, sentence: String?,
    recentPeople: inout [String]
  ) -> String? {
    let description = SourceDescription.describe(text, entity: entity, knownOutlets: knownOutlets)
    if let fact = factsByKey[Self.nameKey(description.name)], fact.kind != .person, fact.kind != .official {
      return entityNode(fact: fact)
    }
    switch description.category {
    case .namedPerson:
      let id: String
      if description.nameWords.count >= 2 {
        id = person(words: description.nameWords, role: description.role, affiliation: description.affiliation)
      } else {
        id = surname(description.name, recentPeople: recentPeople)
      }
      addPerson(id)
      recentPeople.append(id)
      latestUnnamedPerson = nil
      return id
    case .pronoun where entity == nil && ["it", "they"].contains(description.name.lowercased()):
      guard let body = sentence.flatMap(Self.organizationBeforePronoun) else { return nil }
      return speaker(
        body, entity: nil, document: document, documentIndex: documentIndex, sentence: nil,
        recentPeople: &recentPeople)
    case .pronoun:
      if let entity, let match = SourceDescription.personName(in: entity, allowSingle: true) {
        let id = match.count >= 2
          ? person(words: match, role: nil, affiliation: nil)
          : surname(match[0], recentPeople: recentPeople)
        addPerson(id)
        recentPeople.append(id)
        latestUnnamedPerson = nil
        return id
      }
      let pronoun = description.name.lowercased()
      guard ["he", "she", "his", "her"].contains(pronoun) else { return nil }
      // "A senior US defense official said … He said …": an unnamed person who spoke in one of
      // the two statements before, if the descriptor does not say otherwise (a spokeswoman is
      // not "he"); else the latest named person.
      let isFemale = ["she", "her"].contains(pronoun)
      if let latest = latestUnnamedPerson, attributionNumber - latest.at <= 2,
        (isFemale ? Self.maleWords : Self.femaleWords).isDisjoint(with: latest.words)
      {
        return latest.id
      }
      return recentPeople.last
    case .role:
      if let holder = roleHolder(description, candidates: recentPeople.reversed() + documentPeople[documentIndex]) {
        addPerson(holder)
        recentPeople.append(holder)
        latestUnnamedPerson = nil
        return holder
      }
      return anonymous(description, document: document, definite: Self.isDefinite(text))
    case .anonymousPerson:
      return anonymous(description, document: document, definite: Self.isDefinite(text))
    case .outlet:
      let generic = description.name == description.name.lowercased()
        || !description.name.split(separator: " ").contains(where: { word in
          word.first?.isUppercase == true && !Affiliation.isPlaceOrDemonym(word.lowercased())
        })
      return outlet(named: description.name, unnamed: generic, affiliation: description.affiliation)
    case .institution:
      let id = "institution:" + NameKey.slug(description.name)
      return graph.add(Node(
        id: id, kind: .institution, label: description.name, affiliation: description.affiliation,
        independenceClass: Self.governmentClass(description.affiliation)))
    }
  }

  /// For a relative pronoun source ("…Antony Blinken and Lloyd Austin, who said…"): the people
  /// the sentence names just before it, joined by "and" as the sentence joins them. A person is
  /// named by one of their spellings, a spelling's surname or their own, as whole words.
  private func antecedent(ofRelative source: SourceMention, in document: Document, sentence: TextSpan) -> String? {
    guard ["who", "whom"].contains(source.text.lowercased()), let start = source.spans.first?.start
    else { return nil }
    let words = Self.nameWords(document.text(in: TextSpan(sentence.start, start)))
    var found: [(start: Int, end: Int, name: String)] = []
    let candidates = Set(words.flatMap { peopleByWord[$0] ?? [] }).sorted()
    for record in candidates.map({ people[$0] }) {
      let spellings = record.spellings.keys.sorted()
      for name in spellings + spellings.map { PersonRecord.surname(of: $0) } + [record.surname] {
        let nameWords = Self.nameWords(name)
        if let end = Self.lastEnd(of: nameWords, in: words) {
          found.append((end - nameWords.count, end, record.words.joined(separator: " ")))
          break
        }
      }
    }
    found.sort { $0.end < $1.end }
    guard let last = found.last else { return nil }
    var names = [last.name]
    if found.count >= 2 {
      let previous = found[found.count - 2]
      if previous.end <= last.start, words[previous.end..<last.start].contains("and") {
        names.insert(previous.name, at: 0)
      }
    }
    return names.joined(separator: " and ")
  }

  /// Where the last whole occurrence of `name` in `words` ends, if it occurs.
  private static func lastEnd(of name: [Substring], in words: [Substring]) -> Int? {
    guard !name.isEmpty, name.count <= words.count else { return nil }
    for start in stride(from: words.count - name.count, through: 0, by: -1)
    where words[start..<(start + name.count)].elementsEqual(name) {
      return start + name.count
    }
    return nil
  }

  /// Sources that name who or what something is about rather than who spoke: "North Korean
  /// troops are expected to…" is not a statement by the troops, nor "The situation has raised
  /// concerns about…" one by the situation.
  private static func isNonSpeaker(_ text: String) -> Bool {
    let normalized = SourceDescription.normalize(text)
    let words = normalized.lowercased().split(separator: " ").map(String.init)
    guard let head = words.last else { return false }
    let content = words.filter { !["the", "a", "an", "this", "that", "these", "those"].contains($0) }
    let isCapitalized = normalized.split(separator: " ").last?.first?.isUppercase ?? false
    if content.count <= 2, !isCapitalized, Self.eventNouns.contains(head) { return true }
    return ["troops", "soldiers", "units", "fighters", "forces", "brigades"].contains(head)
      && !words.contains { Lexicon.anonymousPersonNouns.contains($0) && !["soldiers"].contains($0) }
  }

  /// Heads of noun phrases that name an event or a state of affairs, which can raise concerns or
  /// questions but say nothing ("war" and "news" are left out: they end names of institutions
  /// and outlets; "decision" too, since rulings speak). A capitalised head is a name ("Ministry
  /// of Development"), and only short phrases count ("the situation", "this development").
  private static let eventNouns: Set<String> = [
    "situation", "development", "developments", "deployment", "move", "incident", "escalation",
    "presence", "arrival", "skirmish", "clash", "clashes", "fighting", "partnership",
  ]

  /// The person the article names who holds the role a bare title describes ("Ukraine's defense
  /// minister" → Rustem Umerov): the role's last word and affiliation must agree.
  private func roleHolder(_ description: SourceDescription, candidates: [String]) -> String? {
    let words = description.name.lowercased().split(separator: " ").map(String.init)
    guard let head = words.last else { return nil }
    var seen: Set<String> = []
    return candidates.first { id in
      guard seen.insert(id).inserted else { return false }
      guard let record = personIndex[id].map({ people[$0] }), let role = record.role?.lowercased()
      else { return false }
      let roleWords = SourceDescription.normalize(role).split(separator: " ").map(String.init)
      let affiliationAgrees = description.affiliation == nil || description.affiliation == record.affiliation
      return affiliationAgrees && roleWords.contains(head)
    }
  }

  /// For "it" or "they": the organization the sentence names before the pronoun ("Ukrainian
  /// intelligence shared details of the equipment it says…" → "Ukrainian intelligence").
  static func organizationBeforePronoun(in sentence: String) -> String? {
    let words = SourceDescription.normalize(sentence).split(separator: " ").map(String.init)
    guard let end = words.firstIndex(where: { ["it", "they"].contains($0.lowercased()) }) else { return nil }
    guard let organization = words[..<end].lastIndex(where: {
      Lexicon.organizationWords.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters))
    }) else { return nil }
    var start = organization
    while start > 0, start > organization - 3 {
      let previous = words[start - 1]
      let bare = previous.lowercased().trimmingCharacters(in: .punctuationCharacters)
      guard previous.first?.isUppercase == true || Affiliation.isPlaceOrDemonym(bare) else { break }
      guard !previous.hasSuffix(",") else { break }
      start -= 1
    }
    return words[start...organization].joined(separator: " ").trimmingCharacters(in: .punctuationCharacters)
  }

  private func surname(_ name: String, recentPeople: [String]) -> String {
    let key = NameKey.key(name)
    let matches = (key.first.flatMap { surnameBuckets[$0] } ?? []).map { people[$0] }
      .filter { NameKey.isVariant($0.lastKey, of: key) }
    if let recent = recentPeople.reversed().first(where: { id in matches.contains { $0.id == id } }) {
      return recent
    }
    // Else the case's most mentioned person of that surname ("President Obama" is Barack Obama,
    // not a stray "Year Barack Obama" the extractor once read), the first registered on a tie.
    let mentions = { (record: PersonRecord) in record.spellings.values.reduce(0, +) }
    return matches.max { mentions($0) < mentions($1) }?.id ?? "person:" + NameKey.slug(name)
  }

  private mutating func addPerson(_ id: String) {
    if let record = personIndex[id].map({ people[$0] }) {
      let official = record.role.map { role in
        role.lowercased().split(separator: " ").contains { Self.officialWords.contains(String($0)) }
      } ?? false
      let fact = factsByKey[Self.nameKey(record.words.joined(separator: " "))]
      graph.add(Node(
        id: id, kind: .person, label: record.words.joined(separator: " "), role: record.role,
        affiliation: fact?.affiliation ?? record.affiliation,
        independenceClass: fact?.independenceClass
          ?? (official ? Self.governmentClass(record.affiliation) : nil)))
    } else {
      graph.add(Node(id: id, kind: .person, label: String(id.dropFirst("person:".count)).capitalized))
    }
  }

  /// The head noun of an unnamed source's descriptor: its last word before what qualifies it
  /// ("official" in "senior official familiar with the talks", "adviser" in "adviser to the
  /// president").
  private static func head(of words: [String]) -> String? {
    let end = words.firstIndex { Self.postModifiers.contains($0) } ?? words.endIndex
    return words[..<end].last
  }

  private static let postModifiers: Set<String> = [
    "for", "to", "of", "in", "at", "with", "from", "on", "close", "familiar", "who", "that",
    "speaking", "briefed", "involved", "knowledgeable", "based", "near", "under", "inside",
    "within", "according", "who's", "whose",
  ]

  /// Whether the head of an unnamed source's descriptor names one person ("a senior official",
  /// "the spokeswoman"), not a group ("officials", "sources familiar with the matter", "people").
  private static func isOnePerson(_ head: String) -> Bool {
    let groups: Set<String> = ["people", "men", "women", "staff", "personnel", "police", "military", "government"]
    return !groups.contains(head) && !(head.hasSuffix("s") && !head.hasSuffix("ss"))
  }

  private static let femaleWords: Set<String> = [
    "woman", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "mother", "daughter",
    "wife", "sister", "grandmother", "girl", "widow",
  ]
  private static let maleWords: Set<String> = [
    "man", "spokesman", "chairman", "congressman", "businessman", "father", "son", "husband",
    "brother", "grandfather", "boy", "widower",
  ]

  /// Whether a source mention is a definite description ("the official", "these officials"),
  /// which points back at one the article introduced.
  private static func isDefinite(_ text: String) -> Bool {
    let lower = SourceDescription.normalize(text).lowercased()
    return ["the ", "this ", "that ", "these ", "those "].contains { lower.hasPrefix($0) }
  }

  /// The node of an unnamed source. A later definite description of the same kind, no more
  /// specific, in the same article is the same source: after "a senior Ukrainian intelligence
  /// official", "the official" and "the Ukrainian official" are that official (the latest such
  /// one), but "a second official", "Ukrainian officials" or "the Russian official" are not.
  private mutating func anonymous(
    _ description: SourceDescription, document: Document, definite: Bool
  ) -> String {
    // "the same official" is the official.
    let words = description.name.lowercased().split(separator: " ")
      .map { $0.trimmingCharacters(in: Lexicon.wordEdges) }.filter { !$0.isEmpty && $0 != "same" }
    let head = Self.head(of: words)
    if definite, let head, let earlier = articleAnonymous.last(where: { earlier in
      earlier.head == head && Set(words).isSubset(of: earlier.words)
        && (description.affiliation == nil || description.affiliation == earlier.affiliation)
    }) {
      // The descriptor the article introduced says more ("spokeswoman" for "the spokesperson").
      if Self.isOnePerson(head) { latestUnnamedPerson = (earlier.id, earlier.words, attributionNumber) }
      return earlier.id
    }
    let id = "person:anonymous-\(NameKey.slug(description.name))-\(NameKey.slug(document.id))"
    // Repeated mentions make one entry, the latest; consecutive ones are not filed twice.
    if let head, articleAnonymous.last?.id != id {
      articleAnonymous.append((head, Set(words), description.affiliation, id))
    }
    if let head, Self.isOnePerson(head) { latestUnnamedPerson = (id, Set(words), attributionNumber) }
    let official = description.name.lowercased().split(separator: " ")
      .contains { Self.officialWords.contains(String($0)) }
    return graph.add(Node(
      id: id, kind: .person, label: description.name, role: description.role,
      affiliation: description.affiliation,
      independenceClass: official ? Self.governmentClass(description.affiliation) : nil,
      anonymous: true))
  }

  private mutating func entityNode(fact: EntityFact) -> String {
    let kind: NodeKind
    switch fact.kind {
    case .outlet: return outlet(named: fact.name)
    case .channel: kind = .channel
    default: kind = .institution
    }
    return graph.add(Node(
      id: "\(kind.rawValue):\(NameKey.slug(fact.name))", kind: kind, label: fact.name,
      aliases: fact.aliases, role: fact.role, affiliation: fact.affiliation,
      independenceClass: fact.independenceClass ?? Self.governmentClass(fact.affiliation)))
  }

  /// The outlet node for `name`; short names and acronyms ("FT", "ISW") meet their full names.
  private mutating func outlet(
    named rawName: String, unnamed: Bool = false, affiliation: String? = nil
  ) -> String {
    var name = SourceDescription.stripPossessive(SourceDescription.normalize(rawName))
    if name.hasPrefix("the ") { name.removeFirst(4) }
    var fact: EntityFact?
    if let known = factsByKey[Self.nameKey(name)], known.kind == .outlet || known.kind == nil {
      fact = known
      name = known.name
    }
    let key = SourceDescription.outletKey(name)
    let initials = Self.initials(name)
    if let id = outletIDs[key] ?? outletIDs[initials] ?? (name.count <= 5 ? outletIDs["#" + key] : nil) {
      graph.add(Node(id: id, kind: .outlet, label: name))
      return id
    }
    let id = "outlet:" + NameKey.slug(name)
    outletIDs[key] = id
    if initials.count >= 2 { outletIDs["#" + initials] = id }
    return graph.add(Node(
      id: id, kind: .outlet, label: name, aliases: fact?.aliases ?? [], affiliation: fact?.affiliation ?? affiliation,
      independenceClass: fact?.independenceClass ?? name, unnamed: unnamed))
  }

  private static func initials(_ name: String) -> String {
    let words = name.split(separator: " ").filter { $0.first?.isUppercase == true }
    guard words.count >= 2 else { return NameKey.key(name) }
    return String(words.compactMap(\.first)).lowercased()
  }

  private mutating func channelNode(_ text: String, recipient: String?, speaker: String?) -> String {
    let lower = SourceDescription.normalize(text).lowercased()
    let label: String
    var scoped = false
    if lower.contains("telegram") {
      label = "Telegram"
    } else if lower.contains("interview") {
      if let recipient, let name = Self.outletName(recipient) {
        label = "\(name) interview"
      } else {
        label = "interview"
        scoped = true
      }
    } else if lower.contains("briefing") {
      let words = SourceDescription.normalize(text).split(separator: " ")
      let qualifier = words.firstIndex(where: { $0.lowercased() == "briefing" })
        .flatMap { $0 > 0 ? words[$0 - 1] : nil }
      if let qualifier, qualifier.first?.isUppercase == true {
        label = "\(qualifier) briefing"
      } else {
        label = "press briefing"
        scoped = true
      }
    } else {
      let skipped: Set<String> = [
        "in", "on", "at", "a", "an", "the", "another", "same", "his", "her", "their", "its", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "morning",
        "evening", "afternoon", "late", "early", "new",
      ]
      let words = SourceDescription.normalize(text).split(separator: " ")
        .filter { !skipped.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }
      label = words.isEmpty ? "statement" : words.joined(separator: " ")
      scoped = true
    }
    let scope = scoped ? (speaker.map { "-" + NameKey.slug(String($0.split(separator: ":").last ?? "")) } ?? "") : ""
    return graph.add(Node(id: "channel:" + NameKey.slug(label) + scope, kind: .channel, label: label))
  }

  private static func isChannelLike(_ text: String) -> Bool {
    let lower = text.lowercased()
    return ["meeting", "conference", "briefing", "council", "hearing", "summit"].contains { lower.contains($0) }
  }

  /// The outlet a recipient or relay mention names: its trailing acronym ("KBS"), or its
  /// capitalized name ("The New Voice of Ukraine"); nil for "reporters".
  static func outletName(_ text: String) -> String? {
    let normalized = SourceDescription.normalize(text)
    var words = normalized.split(separator: " ").map(String.init)
    for stop in ["translation", "reporting", "report", "reports", "account"] {
      if let index = words.firstIndex(where: { $0.lowercased() == stop }) { words = Array(words[..<index]) }
    }
    if let last = words.last {
      let letters = last.filter(\.isLetter)
      if letters.count >= 2, letters.allSatisfy(\.isUppercase) {
        return SourceDescription.stripPossessive(last.trimmingCharacters(in: .punctuationCharacters))
      }
    }
    guard let start = words.firstIndex(where: { $0.first?.isUppercase == true }) else { return nil }
    var run = [String]()
    for word in words[start...] {
      if word.first?.isUppercase == true || (["of", "the", "for", "and"].contains(word) && !run.isEmpty) {
        run.append(word)
      } else {
        break
      }
    }
    while let last = run.last, ["of", "the", "for", "and"].contains(last) { run.removeLast() }
    let name = SourceDescription.stripPossessive(run.joined(separator: " ").trimmingCharacters(in: .punctuationCharacters))
    guard !name.isEmpty, !Affiliation.isBareGovernment(name) else { return nil }
    return name
  }

  private static func governmentClass(_ affiliation: String?) -> String? {
    guard let affiliation, states.contains(affiliation) else { return nil }
    return "\(affiliation) government"
  }

  private static func edgeKind(_ kind: AttributionKind) -> EdgeKind {
    switch kind {
    case .said, .cited: .said
    case .confirmed: .confirmed
    case .couldNotVerify: .couldNotVerify
    case .denied: .denied
    }
  }

  /// The content without surrounding quotes, a leading "that" or trailing punctuation.
  static func cleanContent(_ text: String) -> String {
    var result = SourceDescription.normalize(text)
      .trimmingCharacters(in: Lexicon.contentEdges)
    if result.lowercased().hasPrefix("that ") { result = String(result.dropFirst(5)) }
    return result.trimmingCharacters(in: Lexicon.contentEdges)
  }

  /// Whether content only points back at something reported before. Doubt and denial are
  /// nearly always about an earlier report: "was looking into the reports", "declined to provide
  /// further details", "did not respond to a request for comment".
  private static func anaphor(_ content: String, kind: AttributionKind) -> Anaphor? {
    let words = content.lowercased().split(separator: " ")
      .map { $0.trimmingCharacters(in: Lexicon.wordEdges) }
    if kind == .couldNotVerify || kind == .denied {
      let pointing = words.contains { Lexicon.anaphoricHeads.contains($0) && !["it", "this", "that", "them"].contains($0) }
      if pointing || words.first == "to" || content.lowercased().contains("request for comment") {
        return anaphor(content) ?? Anaphor()
      }
    }
    return anaphor(content)
  }

  /// Words that may follow the head of content that points back: "the reports of troops in
  /// Kursk", "the claims about the clash".
  private static let pointingPrepositions: Set<String> = [
    "of", "about", "on", "from", "by", "in", "over", "regarding", "concerning",
  ]

  private static func anaphor(_ content: String) -> Anaphor? {
    let words = content.lowercased().split(separator: " ")
      .map { $0.trimmingCharacters(in: Lexicon.wordEdges) }.filter { !$0.isEmpty }
    if words.isEmpty { return Anaphor() }
    let determiners: Set<String> = ["the", "these", "those", "such", "that", "this", "his", "her", "their", "its", "any", "further", "other"]
    guard var headIndex = words.firstIndex(where: { !determiners.contains($0) }) else { return nil }
    // "the death toll", "the casualty figures": a figure head after one or two modifiers.
    if let figures = words.indices.dropFirst(headIndex + 1).prefix(2).first(where: { Lexicon.figureHeads.contains(words[$0]) }),
      words[headIndex..<figures].allSatisfy({ Lexicon.figureModifiers.contains($0) })
    {
      headIndex = figures
    }
    guard words.count <= 6,
      Lexicon.anaphoricHeads.contains(words[headIndex]) || Lexicon.pointingHeads.contains(words[headIndex])
        || words.allSatisfy({ determiners.contains($0) })
    else { return nil }
    // Only a noun phrase points back ("the reports", "the comments of Ukrainian officials"); a
    // clause says something of its own about them ("the reports were another hoax").
    if headIndex + 1 < words.count, !Self.pointingPrepositions.contains(words[headIndex + 1]) { return nil }
    let isFigures = Lexicon.figureHeads.contains(words[headIndex])
    if let of = words.firstIndex(of: "of") {
      return Anaphor(
        affiliation: Affiliation.of(words[(of + 1)...].joined(separator: " ")), isFigures: isFigures)
    }
    return Anaphor(isFigures: isFigures)
  }

  // MARK: Claims

  private mutating func addClaims() {
    let texts = statements.map { ClaimText($0.content) }
    let vectors = ClaimVectors(texts.enumerated().filter { statements[$0.offset].anaphor == nil }.map(\.element))
    // Each cluster's statements, and of those one for each distinct content with its vector: the
    // same words repeated thousands of times are compared once.
    var clusters: [(members: [Int], distinct: [Int], vectors: [ClaimVector], contents: Set<String>)] = []
    // Clusters by the rare words of their members and their figures: only clusters sharing one
    // of a statement's rarest words, and its figures (every member of a cluster has the same),
    // are compared with it, which keeps large cases near linear, even an article that repeats
    // one sentence with a new number thousands of times.
    var postings: [PostingKey: [Int]] = [:]
    let distinctive = texts.map(vectors.distinctive)
    for (index, statement) in statements.enumerated() where statement.anaphor == nil {
      let vector = vectors.vector(texts[index])
      let figures = texts[index].figures.map(\.value).sorted()
      let keys = vectors.rarest(texts[index]).map { PostingKey(word: $0, figures: figures) }
      let candidates = Set(keys.flatMap { postings[$0] ?? [] }).sorted()
      var best: (cluster: Int, score: Double)?
      for clusterIndex in candidates {
        let cluster = clusters[clusterIndex]
        // The score first: it is cheaper than the checks, and a cluster needs both.
        let score = cluster.vectors.map { ClaimVectors.cosine($0, vector) }.max() ?? 0
        guard score >= mergeThreshold, score > (best?.score ?? 0) else { continue }
        guard cluster.distinct.allSatisfy({
          Self.compatible(texts[$0], texts[index])
            && ClaimVectors.sayTheSame(distinctive[$0], distinctive[index])
        }) else { continue }
        best = (clusterIndex, score)
      }
      let target: Int
      if let best {
        target = best.cluster
        clusters[target].members.append(index)
        if clusters[target].contents.insert(statement.content).inserted {
          clusters[target].distinct.append(index)
          clusters[target].vectors.append(vector)
        }
      } else {
        target = clusters.count
        clusters.append(([index], [index], [vector], [statement.content]))
      }
      for key in keys where postings[key]?.last != target { postings[key, default: []].append(target) }
    }
    var members = applyClaimCorrections(clusters.map(\.members))
    members.sort { $0[0] < $1[0] }
    var claimOfStatement: [Int: String] = [:]
    for cluster in members {
      let id = claimID(statements[cluster[0]].content)
      graph.add(Node(id: id, kind: .claim, label: statements[cluster[0]].content))
      for member in cluster { claimOfStatement[member] = id }
    }
    var lastAnaphorTarget: [Int: [String]] = [:]
    // Each article's statements that make a claim of their own, in order, so a pointer looks
    // only through its own article's.
    var claimsOfDocument: [Int: [Int]] = [:]
    for (index, statement) in statements.enumerated() where statement.anaphor == nil {
      claimsOfDocument[statement.document, default: []].append(index)
    }
    for (index, statement) in statements.enumerated() {
      var targets = claimOfStatement[index].map { [$0] } ?? []
      if let anaphor = statement.anaphor {
        let inDocument = claimsOfDocument[statement.document] ?? []
        targets = anaphorTargets(
          index, anaphor, earlier: inDocument[..<inDocument.partitionPoint { $0 >= index }],
          claimOfStatement: claimOfStatement, previous: lastAnaphorTarget[statement.document],
          texts: texts)
        if !targets.isEmpty && anaphor.affiliation == nil {
          lastAnaphorTarget[statement.document] = targets
        }
      }
      var seen: Set<String> = []
      for target in targets where seen.insert(target).inserted {
        for speaker in statement.speakers {
          graph.add(Edge(kind: statement.kind, from: speaker, to: target, evidence: [statement.evidence]))
        }
      }
    }
    addContradictions(
      claims: members.map { (claimOfStatement[$0[0]]!, $0) }, texts: texts, vectors: vectors)
  }

  /// The claims content like "the report" points back to: with "the comments of <descriptor>",
  /// every claim in the article from sources of that affiliation; otherwise the claim made
  /// earlier in the same sentence, for "the numbers" the latest claim with figures, what the
  /// article's previous such content pointed to, or else its latest claim. `earlier` are the
  /// article's statements before this one that make claims of their own.
  private func anaphorTargets(
    _ index: Int, _ anaphor: Anaphor, earlier: ArraySlice<Int>, claimOfStatement: [Int: String],
    previous: [String]?, texts: [ClaimText]
  ) -> [String] {
    if let affiliation = anaphor.affiliation {
      let targets = earlier.filter { other in
        statements[other].speakers.contains { graph.node($0)?.affiliation == affiliation }
      }.compactMap { claimOfStatement[$0] }
      if !targets.isEmpty { return targets }
    }
    // Never the statement whose content holds the pointer ("said they … could not confirm the
    // numbers").
    let sentence = statements[index].evidence.sentenceSpan
    let start = statements[index].evidence.content.map(\.start).min() ?? 0
    // Searched from the end, lazily: an article of thousands of statements has as many pointers.
    let outside = earlier.lazy.filter { other in
      statements[other].evidence.sentenceSpan != sentence || statements[other].evidence.content.allSatisfy { $0.end <= start }
    }
    // "…, a claim that could not be independently verified": the claim the sentence just made.
    if let last = outside.last, statements[last].evidence.sentenceSpan == sentence, let claim = claimOfStatement[last] {
      return [claim]
    }
    // "could not confirm the numbers": the latest claim that counted people, else the latest
    // that gave a figure other than a time or a share.
    if anaphor.isFigures,
      let counted = outside.last(where: { texts[$0].figures.contains { $0.unit == "people" } })
        ?? outside.last(where: { texts[$0].figures.contains { !Lexicon.timeAndShareUnits.contains($0.unit) } }),
      let claim = claimOfStatement[counted]
    {
      return [claim]
    }
    if let previous { return previous }
    return outside.last.flatMap { claimOfStatement[$0] }.map { [$0] } ?? []
  }

  /// What claims are filed under for merging: one of their rarest words, and their figures.
  private struct PostingKey: Hashable {
    var word: String
    var figures: [Double]
  }

  /// A claim id from the first words of its text, unique in the graph.
  private func claimID(_ content: String) -> String {
    let base = "claim:" + NameKey.slug(content.split(separator: " ").prefix(8).joined(separator: " "))
    var id = base
    var suffix = 2
    while graph.node(id) != nil {
      id = "\(base)-\(suffix)"
      suffix += 1
    }
    return id
  }

  /// Applies the case file's claim merges and splits to clusters of statements.
  private mutating func applyClaimCorrections(_ clusters: [[Int]]) -> [[Int]] {
    var clusters = clusters
    func names(_ cluster: [Int]) -> Set<String> {
      let content = statements[cluster[0]].content
      return [content, "claim:" + NameKey.slug(content.split(separator: " ").prefix(8).joined(separator: " "))]
    }
    for (position, entry) in caseFile.corrections.enumerated() {
      switch entry.correction {
      case .mergeClaims(let claims):
        let matched = clusters.indices.filter { !names(clusters[$0]).isDisjoint(with: claims) }
        guard matched.count >= 2 else { continue }
        matchedCorrections.insert(position)
        let merged = matched.flatMap { clusters[$0] }.sorted()
        clusters = clusters.enumerated().filter { !matched.contains($0.offset) }.map(\.element) + [merged]
      case .splitClaim(let claim, let document, let line):
        guard let index = clusters.firstIndex(where: { names($0).contains(claim) }) else { continue }
        let apart = clusters[index].filter {
          statements[$0].evidence.document == document && statements[$0].evidence.line == line
        }
        guard !apart.isEmpty, apart.count < clusters[index].count else { continue }
        matchedCorrections.insert(position)
        clusters[index].removeAll { apart.contains($0) }
        clusters.append(apart)
      default:
        continue
      }
    }
    return clusters
  }

  /// Claims that may merge: the same figures, and no conflicting names.
  private static func compatible(_ a: ClaimText, _ b: ClaimText) -> Bool {
    let aValues = a.figures.map(\.value).sorted()
    let bValues = b.figures.map(\.value).sorted()
    guard aValues == bValues else { return false }
    if !a.names.isEmpty && !b.names.isEmpty && a.names.isDisjoint(with: b.names) { return false }
    return true
  }

  private mutating func addContradictions(
    claims: [(id: String, members: [Int])], texts: [ClaimText], vectors: ClaimVectors
  ) {
    let numeric = claims.compactMap { claim -> (id: String, text: ClaimText, member: Int)? in
      guard let member = claim.members.first, !texts[member].figures.isEmpty else { return nil }
      return (claim.id, texts[member], member)
    }
    // Claims that contradict share a name, so each is compared only with the later claims that
    // share one of its names, not with every other: large cases stay near linear.
    // Only counts of people are compared, so only claims with one are filed.
    var claimsNaming: [String: [Int]] = [:]
    for (i, claim) in numeric.enumerated() where claim.text.figures.contains(where: { $0.unit == "people" }) {
      for name in claim.text.names { claimsNaming[name, default: []].append(i) }
    }
    let claimVectors = numeric.map { vectors.vector($0.text) }
    for (i, a) in numeric.enumerated() where a.text.figures.contains(where: { $0.unit == "people" }) {
      let later = Set(a.text.names.flatMap { name -> ArraySlice<Int> in
        let naming = claimsNaming[name] ?? []
        return naming[naming.partitionPoint { $0 > i }...]
      }).sorted()
      for j in later {
        let b = numeric[j]
        for figureA in a.text.figures where figureA.unit == "people" {
          guard let figureB = b.text.figures.first(where: { $0.unit == figureA.unit }),
            figureB.value != figureA.value
          else { continue }
          let similarity = ClaimVectors.cosine(claimVectors[i], claimVectors[j])
          guard similarity >= 0.2, a.text.countedEvent == b.text.countedEvent,
            a.text.isPartialGroup == b.text.isPartialGroup
          else { continue }
          graph.add(Edge(
            kind: .contradicts, from: a.id, to: b.id,
            evidence: [statements[a.member].evidence, statements[b.member].evidence],
            figures: [a.id: figureA.text, b.id: figureB.text]))
          break
        }
      }
    }
  }
}
