import AttributionDocuments
import AttributionExtraction

// Stage 2, people: the named people of the case, registered before any article is read so
// that a surname or a pronoun in one article can point at a person named in another.
// Reads the case file's people and officials and every source that describes a named person.
// Adds `PersonRecord`s (spellings, role, affiliation), indexed by id, surname and the words
// of their names; person nodes are added to the graph as statements name them (`addPerson(_:)`).

/// A person known to the case, with the spellings seen.
struct PersonRecord {
  var id: String
  var words: [String]
  var spellings: [String: Int]
  /// How many times the case names the person: the sum of ``spellings``' counts.
  var mentions: Int
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
    mentions = spellings.values.reduce(0, +)
    self.role = role
    self.affiliation = affiliation
    lastKey = NameKey.key(Self.surname(of: words))
    firstKey = words.count > 1 ? NameKey.key(words[0]) : nil
    suffix = words.last.map { $0.lowercased() }.flatMap {
      Lexicon.nameSuffixes.contains($0) ? $0.replacingOccurrences(of: ".", with: "") : nil
    }
  }
}

extension GraphAssembly {
  mutating func registerPeople(_ extracted: [(document: Document, attributions: [Attribution])]) {
    for fact in caseFile.entities where fact.kind == .person || fact.kind == .official {
      let words = SourceDescription.normalize(fact.name).split(separator: " ").map(String.init)
      _ = person(words: words, role: fact.role, affiliation: fact.affiliation)
    }
    let sourceParts = describeSources(extracted)
    for (article, item) in extracted.enumerated() {
      var mentioned: [String] = []
      for (position, attribution) in item.attributions.enumerated() {
        guard let source = attribution.source else { continue }
        for part in sourceParts[article][position] {
          let description = describe(part, entity: source.entity)
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
  mutating func person(words: [String], role: String?, affiliation: String?) -> String {
    let spelling = words.joined(separator: " ")
    let canonicalWords: [String]
    if let fact = factsByKey[Self.nameKey(spelling)] {
      canonicalWords = SourceDescription.normalize(fact.name).split(separator: " ").map(String.init)
    } else {
      canonicalWords = words
    }
    let probe = PersonRecord(id: "", words: canonicalWords, spellings: [:])
    // A spelling met before finds the record it found then: records only join a bucket at its
    // end, so the first that matches is still that one.
    if let index = recordOfSpelling[spelling] ?? firstRecord(matching: probe) {
      recordOfSpelling[spelling] = index
      if people[index].spellings[spelling] == nil {
        file(spelling, tier: 0, spelling: spelling, record: index)
        file(PersonRecord.surname(of: spelling), tier: 1, spelling: spelling, record: index)
      }
      people[index].spellings[spelling, default: 0] += 1
      people[index].mentions += 1
      if people[index].role == nil { people[index].role = role }
      if people[index].affiliation == nil { people[index].affiliation = affiliation }
      return people[index].id
    }
    var id = "person:" + NameKey.slug(canonicalWords.joined(separator: " "))
    while personIndex[id] != nil { id += "-2" }
    personIndex[id] = people.count
    if !probe.lastKey.isEmpty {
      for key in NameKey.variantProbes(probe.lastKey) { surnameIndex[key, default: []].append(people.count) }
    }
    people.append(PersonRecord(id: id, words: canonicalWords, spellings: [spelling: 1], role: role, affiliation: affiliation))
    let record = people.count - 1
    recordOfSpelling[spelling] = record
    nameRanks.append([:])
    file(spelling, tier: 0, spelling: spelling, record: record)
    // The spelling's surname is ranked, not listed: the record is listed under its own surname,
    // which differs from it only when the case file names the person otherwise.
    file(PersonRecord.surname(of: spelling), tier: 1, spelling: spelling, record: record, listed: false)
    file(people[record].surname, tier: 2, spelling: "", record: record)
    return id
  }

  /// Which of a person's names a sentence finds them by, best first: a spelling (in sorted
  /// order), then a spelling's surname (in the order of their spellings), then the record's own
  /// surname.
  struct NameRank: Comparable {
    var tier: Int
    var spelling: String
    /// How many name words the name has.
    var words: Int

    static func < (a: NameRank, b: NameRank) -> Bool { (a.tier, a.spelling) < (b.tier, b.spelling) }
  }

  /// The first record registered that may be the person `probe` names: surnames that are
  /// variants (as ``records(withSurname:)`` finds them), the same suffix ("Jr."), first names
  /// that may be one (``sameFirstName(_:_:)``), looked up by first name (``FirstNameIndex``).
  mutating func firstRecord(matching probe: PersonRecord) -> Int? {
    let records = records(withSurname: probe.lastKey)
    // Taken out while it grows, so it is extended in place, not copied.
    var index = firstNames.removeValue(forKey: probe.lastKey) ?? FirstNameIndex()
    for record in records[index.filed...] { index.file(record, firstKey: people[record].firstKey) }
    let candidates = index.candidates(firstKey: probe.firstKey)
    firstNames[probe.lastKey] = index
    return (candidates ?? records).first {
      people[$0].suffix == probe.suffix && Self.sameFirstName(people[$0].firstKey, probe.firstKey)
    }
  }

  /// Files the record under the run of name words of `name` (a spelling or a surname): in
  /// ``peopleByName`` when `listed`, and among the record's names (``nameRanks``) with the rank
  /// of `tier` and `spelling`, unless it has a better-ranked name with those words.
  mutating func file(_ name: String, tier: Int, spelling: String, record: Int, listed: Bool = true) {
    let words = Self.nameWords(name)
    guard !words.isEmpty else { return }
    let key = words.joined(separator: " ")
    longestName = max(longestName, words.count)
    if listed { peopleByName[key, default: []].append(record) }
    let rank = NameRank(tier: tier, spelling: spelling, words: words.count)
    if let known = nameRanks[record][key], known <= rank { return }
    nameRanks[record][key] = rank
  }

  /// The words of `text` as names are matched: runs of letters and digits ("O'Brien" is "O" and
  /// "Brien", and so is "O’Brien’s" in a sentence).
  static func nameWords(_ text: String) -> [Substring] {
    text.split { !($0.isLetter || $0.isNumber) }
  }

  /// Whether two first-name keys may name one person: either is missing, an initial matches
  /// the other's first letter, or they are variants.
  static func sameFirstName(_ first: String?, _ other: String?) -> Bool {
    guard let first, let other else { return true }
    if first.count == 1 || other.count == 1 { return first.first == other.first }
    return NameKey.isVariant(first, of: other)
  }

  /// The people whose surname `key` (a `NameKey`) is, or a variant of, as indices in the order
  /// they were registered: the records under the key's probes whose surname begins with the
  /// same letter and is a variant. A corpus asks for the same surnames thousands of times: each
  /// key's answer is kept, and extended by the records registered since.
  mutating func records(withSurname key: String) -> [Int] {
    guard let letter = key.first else { return [] }
    if let known = surnameMatches[key], known.checked == people.count { return known.records }
    // Taken out while it grows, so its records are appended to in place, not copied.
    var known = surnameMatches.removeValue(forKey: key) ?? (records: [], checked: 0)
    var found: Set<Int> = []
    for probe in NameKey.variantProbes(key) {
      guard let filed = surnameIndex[probe] else { continue }
      let newer = filed.partitionPoint { $0 >= known.checked }
      found.formUnion(filed[newer...])
    }
    for index in found.sorted()
    where people[index].lastKey.first == letter && NameKey.isVariant(people[index].lastKey, of: key) {
      known.records.append(index)
    }
    known.checked = people.count
    surnameMatches[key] = known
    return known.records
  }

  mutating func surname(_ name: String, recentPeople: [String]) -> String {
    let key = NameKey.key(name)
    let matches = records(withSurname: key)
    // The latest of the article's people the surname names (the matches are in registration
    // order, so each is looked for by halving).
    if let recent = recentPeople.reversed().first(where: { id in
      personIndex[id].map { record in matches[matches.partitionPoint { $0 >= record }...].first == record } ?? false
    }) {
      return recent
    }
    // Else the case's most mentioned person of that surname ("President Obama" is Barack Obama,
    // not a stray "Year Barack Obama" the extractor once read), the first registered on a tie.
    return matches.max { people[$0].mentions < people[$1].mentions }.map { people[$0].id }
      ?? "person:" + NameKey.slug(name)
  }

  mutating func addPerson(_ id: String) {
    if let record = personIndex[id].map({ people[$0] }) {
      let official = record.role.map(Self.isServingOfficial) ?? false
      let fact = factsByKey[Self.nameKey(record.words.joined(separator: " "))]
      graph.add(Node(
        id: id, kind: .person, label: record.words.joined(separator: " "), role: record.role,
        affiliation: fact?.affiliation ?? record.affiliation,
        independenceClass: fact?.independenceClass ?? Self.politicalClass(record.role)
          ?? (official ? governmentClass(record.affiliation) : nil)))
    } else {
      graph.add(Node(id: id, kind: .person, label: String(id.dropFirst("person:".count)).capitalized))
    }
  }

  /// Labels each person node with the spelling the case uses most (ties: the first in
  /// alphabetical order) and keeps the others as aliases.
  mutating func labelPeople() {
    for record in people {
      guard var node = graph.node(record.id) else { continue }
      let label = record.spellings.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first?.key ?? node.label
      node.aliases = record.spellings.keys.filter { $0 != label }.sorted()
      node.label = label
      graph.update(node)
    }
  }
}
