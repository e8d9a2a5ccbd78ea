import AttributionLexicon
import AttributionDocuments
import AttributionExtraction

/// Who speaks: a source's words resolved to a node. Named people go to the people registry, a
/// surname or "he"/"she" to the person it stands for, a role ("the defense minister") to the
/// person of the article who holds it, a relative "who" to the people named before it; unnamed
/// sources, outlets and institutions to their stages. Reads the source description, the case
/// file's entities and the article's recent speakers; adds the speaker's node.
extension GraphAssembly {
  mutating func speaker(
    _ text: String, entity: String?, document: Document, documentIndex: Int, sentence: String?,
    recentPeople: inout [String]
  ) -> String? {
    // "The Times" in The New York Times, "the Post" in The Washington Post: the article's outlet.
    if let outletName = document.metadata.outlet, let own = Self.ownOutletShortName(text, outlet: outletName) {
      return outlet(named: own)
    }
    // "the Post" in another paper's article: the one paper of the case by that name.
    if let paper = casePaper(text) { return paper }
    let description = describe(text, entity: entity)
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
      if let entity, !Lexicon.pronouns.contains(entity.lowercased()),
        let match = SourceDescription.personName(in: entity, allowSingle: true)
      {
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
      // An outlet is named by a capitalised word that is no place; a first word that is a
      // determiner, or that the article writes in lower case elsewhere, is capitalised only as
      // the descriptor's first ("One report", "Local media"), unless the case knows the outlet
      // by that name.
      let known = knownOutlets.contains(SourceDescription.outletKey(description.name))
      let generic = description.name == description.name.lowercased()
        || !description.name.split(separator: " ").enumerated().contains(where: { index, word in
          word.first?.isUppercase == true && !Affiliation.isPlaceOrDemonym(word.lowercased())
            && (index > 0 || known
              || !(Lexicon.determiners.contains(word.lowercased())
                || isWrittenInLowerCase(String(word), documentIndex: documentIndex, document: document)))
        })
      return outlet(named: description.name, unnamed: generic, affiliation: description.affiliation)
    case .institution:
      let id = "institution:" + NameKey.slug(description.name)
      return graph.add(Node(
        id: id, kind: .institution, label: description.name, affiliation: description.affiliation,
        independenceClass: Self.politicalClass(description.name)
          ?? (Self.isGovernmentBody(description.name) ? governmentClass(description.affiliation) : nil)))
    }
  }

  /// The article's outlet when a source names it by its last word ("The Times", "the Post's"),
  /// as a paper names itself; only a paper's word counts ("Hill" in The Hill is a person).
  static func ownOutletShortName(_ text: String, outlet: String) -> String? {
    let words = SourceDescription.stripPossessive(SourceDescription.trimDeterminers(SourceDescription.normalize(text)))
      .split(separator: " ")
    let outletWords = outlet.split(separator: " ")
    guard words.count == 1, outletWords.count >= 2, let last = outletWords.last, words[0] == last,
      Self.paperWords.contains(String(last))
    else { return nil }
    return outlet
  }

  /// The case's one outlet whose name ends in the paper's word `text` is ("Post" → New York
  /// Post), if there is exactly one.
  func casePaper(_ text: String) -> String? {
    let words = SourceDescription.stripPossessive(SourceDescription.trimDeterminers(SourceDescription.normalize(text)))
      .split(separator: " ")
    guard words.count == 1, Self.paperWords.contains(String(words[0])) else { return nil }
    // The case's outlets of two words or more, by their last word: this runs for each such
    // mention, and a corpus names thousands of outlets.
    let papers = outletsByLastWord[String(words[0])] ?? []
    return papers.count == 1 ? papers.first : nil
  }

  /// Last words by which a paper names itself and others name it.
  static let paperWords: Set<String> = [
    "Times", "Post", "Journal", "Globe", "Tribune", "Herald", "Telegraph", "Guardian", "Chronicle",
    "Gazette", "Examiner", "Inquirer", "Economist",
  ]

  /// For a relative pronoun source ("…Antony Blinken and Lloyd Austin, who said…"): the people
  /// the sentence names just before it, joined by "and" as the sentence joins them. A person is
  /// named by one of their spellings, a spelling's surname or their own, as whole words.
  func antecedent(ofRelative source: SourceMention, in document: Document, sentence: TextSpan) -> String? {
    guard ["who", "whom"].contains(source.text.lowercased()), let start = source.spans.first?.start
    else { return nil }
    let words = Self.nameWords(document.text(in: TextSpan(sentence.start, start)))
    // Every run of words of a name's length, with where its last occurrence ends.
    var lastEnd: [String: Int] = [:]
    var named: Set<Int> = []
    for start in words.indices where longestName > 0 {
      for end in (start + 1)...min(words.count, start + longestName) {
        let run = words[start..<end].joined(separator: " ")
        lastEnd[run] = end
        if let records = peopleByName[run] { named.formUnion(records) }
      }
    }
    // Each person named, by the best-ranked of their names the sentence holds, where its last
    // occurrence ends: a person's names are looked up among the runs or the runs among their
    // names, whichever are fewer.
    var found: [(start: Int, end: Int, name: String)] = []
    for record in named.sorted() {
      let ranks = nameRanks[record]
      var best: (rank: NameRank, end: Int)?
      func consider(_ rank: NameRank, _ end: Int) {
        if best.map({ rank < $0.rank }) ?? true { best = (rank, end) }
      }
      if ranks.count <= lastEnd.count {
        for (name, rank) in ranks { if let end = lastEnd[name] { consider(rank, end) } }
      } else {
        for (run, end) in lastEnd { if let rank = ranks[run] { consider(rank, end) } }
      }
      if let best {
        found.append((best.end - best.rank.words, best.end, people[record].words.joined(separator: " ")))
      }
    }
    // The last named, and of names ending there the longest: "Hillary Clinton, who" is she,
    // not every other Clinton the surname alone would name.
    found.sort { ($0.end, $1.start) < ($1.end, $0.start) }
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

  /// Sources that name who or what something is about rather than who spoke: "North Korean
  /// troops are expected to…" is not a statement by the troops, nor "The situation has raised
  /// concerns about…" one by the situation.
  static func isNonSpeaker(_ text: String) -> Bool {
    let normalized = SourceDescription.normalize(text)
    let words = normalized.lowercased().split(separator: " ").map(String.init)
    guard let head = words.last else { return false }
    let content = words.filter { !["the", "a", "an", "this", "that", "these", "those"].contains($0) }
    let isCapitalized = normalized.split(separator: " ").last?.first?.isUppercase ?? false
    if content.count <= 2, !isCapitalized, Self.eventNouns.contains(head) { return true }
    return ["troops", "soldiers", "units", "fighters", "forces", "brigades"].contains(head)
      && !words.contains { Lexicon.anonymousPersonNouns.contains($0) && !["soldiers"].contains($0) }
  }

  /// Sources the extractor misread where the statement itself is real: "this year reported",
  /// "that suggests", "his body mass index showed". The statement stays, with no source.
  static func isNoSource(_ text: String) -> Bool {
    let words = SourceDescription.normalize(text).lowercased().split(separator: " ").map(String.init)
    guard let head = words.last else { return false }
    let content = words.filter { !["the", "a", "an", "this", "that", "these", "those", "last", "next"].contains($0) }
    // A time, or "that", "this" and "which" alone pointing at a thing.
    if content.count <= 1, Self.timeNouns.contains(head) || ["that", "this", "which"].contains(head) { return true }
    // A rule or a document: "Secret Service protocol called for …", "the law requires …".
    if content.count <= 4, Self.ruleNouns.contains(head) { return true }
    // A thing of his, not him.
    return words.count >= 2 && ["his", "her", "its", "their"].contains(words[0])
      && !words.contains(where: {
        Lexicon.anonymousPersonNouns.contains($0) || SourceDescription.statementHeads.contains($0)
          || Lexicon.organizationWords.contains($0) || Self.sideNouns.contains($0)
      })
  }

  /// Heads of noun phrases that name an event or a state of affairs, which can raise concerns or
  /// questions but say nothing ("war" and "news" are left out: they end names of institutions
  /// and outlets; "decision" too, since rulings speak). A capitalised head is a name ("Ministry
  /// of Development"), and only short phrases count ("the situation", "this development").
  static let eventNouns: Set<String> = WordList.eventNouns.words

  /// Nouns for the people around someone that are neither people nor organisations by the word
  /// lists, and speak for them ("his team", "her family").
  static let sideNouns: Set<String> = ["team", "family", "camp", "lawyers", "lawyer"]

  /// Nouns of rules and documents that prescribe ("protocol", "law"), which speak for no one.
  static let ruleNouns: Set<String> = WordList.ruleNouns.words

  /// Nouns of time ("year", "week"), which never speak.
  static let timeNouns: Set<String> = WordList.timeNouns.words

  /// The person the article names who holds the role a bare title describes ("Ukraine's defense
  /// minister" → Rustem Umerov, "the Republican lawmaker" → Rep. Michael McCaul): the role's last
  /// word, or a title of the same office (``roleKin``), and the affiliation must agree, and so
  /// must the party when both give one.
  func roleHolder(_ description: SourceDescription, candidates: [String]) -> String? {
    let words = description.name.lowercased().split(separator: " ").map(String.init)
    guard let head = words.last else { return nil }
    let titles = Self.roleKin[head].map { $0.union([head]) } ?? [head]
    let side = Self.politicalClass(description.name)
    var seen: Set<String> = []
    return candidates.first { id in
      guard seen.insert(id).inserted else { return false }
      guard let record = personIndex[id].map({ people[$0] }), let role = record.role?.lowercased()
      else { return false }
      let roleWords = SourceDescription.normalize(role).split(separator: " ").map(String.init)
      let affiliationAgrees = description.affiliation == nil || description.affiliation == record.affiliation
      let recordSide = Self.politicalClass(record.role)
      let partyAgrees = side == nil || recordSide == nil || side == recordSide
      return affiliationAgrees && partyAgrees && roleWords.contains { titles.contains($0) }
    }
  }

  /// Titles of one office: "the lawmaker" may be the article's "Rep." or "Sen.", "the
  /// candidate" its "nominee".
  static let roleKin: [String: Set<String>] = {
    let legislators: Set<String> = [
      "rep.", "rep", "sen.", "sen", "senator", "congressman", "congresswoman", "representative", "lawmaker",
      "legislator",
    ]
    let candidates: Set<String> = ["candidate", "nominee"]
    return [
      "candidate": candidates, "nominee": candidates,
      "lawmaker": legislators, "legislator": legislators, "senator": ["sen.", "sen", "senator"],
      "congressman": ["rep.", "rep", "congressman", "representative"],
      "congresswoman": ["rep.", "rep", "congresswoman", "representative"],
    ]
  }()

  /// For "it" or "they": the organization the sentence names before the pronoun ("Ukrainian
  /// intelligence shared details of the equipment it says…" → "Ukrainian intelligence").
  static func organizationBeforePronoun(in sentence: String) -> String? {
    let words = SourceDescription.normalize(sentence).split(separator: " ").map(String.init)
    guard let end = words.firstIndex(where: { ["it", "they"].contains($0.lowercased()) }) else { return nil }
    // The first before it, the subject a pronoun most often takes up ("the Obama administration
    // has never blamed Russia for stealing data from the State Department, just as it …").
    // A name ("Ukrainian intelligence", "the Obama administration"), not a common noun ("to
    // protect its sources of intelligence").
    guard let organization = words[..<end].indices.first(where: { index in
      Lexicon.organizationWords.contains(words[index].lowercased().trimming(.punctuationCharacters))
        && (index == 0 || words[index - 1].first?.isUppercase == true || words[index - 1].lowercased() == "the")
    }) else { return nil }
    var start = organization
    while start > 0, start > organization - 3 {
      let previous = words[start - 1]
      let bare = previous.lowercased().trimming(.punctuationCharacters)
      guard previous.first?.isUppercase == true || Affiliation.isPlaceOrDemonym(bare) else { break }
      guard !previous.hasSuffix(",") else { break }
      start -= 1
    }
    return words[start...organization].joined(separator: " ").trimming(.punctuationCharacters)
  }

  /// Whether an institution may be part of a government: not a journal, a study, a company…
  static func isGovernmentBody(_ name: String) -> Bool {
    !name.lowercased().split(separator: " ").contains { word in
      nonGovernmentNouns.contains(SourceDescription.stripPossessive(String(word)))
    }
  }

  static let nonGovernmentNouns: Set<String> = WordList.nonGovernmentNouns.words
}
