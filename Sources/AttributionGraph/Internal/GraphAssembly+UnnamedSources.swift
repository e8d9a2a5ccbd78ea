import AttributionLexicon
import AttributionDocuments
import AttributionExtraction

/// Unnamed sources ("a senior US official", "people familiar with the matter"): one node per
/// article and description; "the official" later in the article is the one it introduced
/// with that head noun. Reads the source description and the article's unnamed sources so
/// far; adds an anonymous node with its role, affiliation and party.
extension GraphAssembly {
  /// The head noun of an unnamed source's descriptor: its last word before what qualifies it
  /// ("official" in "senior official familiar with the talks", "adviser" in "adviser to the
  /// president").
  static func head(of words: [String]) -> String? {
    let end = words.firstIndex { Self.postModifiers.contains($0) } ?? words.endIndex
    return words[..<end].last
  }

  static let postModifiers: Set<String> = WordList.postModifiers.words

  /// Whether the head of an unnamed source's descriptor names one person ("a senior official",
  /// "the spokeswoman"), not a group ("officials", "sources familiar with the matter", "people").
  static func isOnePerson(_ head: String) -> Bool {
    let groups: Set<String> = ["people", "men", "women", "staff", "personnel", "police", "military", "government"]
    return !groups.contains(head) && !(head.hasSuffix("s") && !head.hasSuffix("ss"))
  }

  static let femaleWords: Set<String> = WordList.femaleWords.words

  static let maleWords: Set<String> = WordList.maleWords.words

  /// Whether a source mention is a definite description ("the official", "these officials"),
  /// which points back at one the article introduced.
  static func isDefinite(_ text: String) -> Bool {
    let lower = SourceDescription.normalize(text).lowercased()
    return ["the ", "this ", "that ", "these ", "those "].contains { lower.hasPrefix($0) }
  }

  /// The node of an unnamed source. A later definite description of the same kind, no more
  /// specific, in the same article is the same source: after "a senior Ukrainian intelligence
  /// official", "the official" and "the Ukrainian official" are that official (the latest such
  /// one), but "a second official", "Ukrainian officials" or "the Russian official" are not.
  mutating func anonymous(
    _ description: SourceDescription, document: Document, definite: Bool
  ) -> String {
    // "the same official" is the official.
    let words = description.name.lowercased().split(separator: " ")
      .map { $0.trimming(Lexicon.wordEdges) }.filter { !$0.isEmpty && $0 != "same" }
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
    let official = Self.isServingOfficial(description.name)
    return graph.add(Node(
      id: id, kind: .person, label: description.name, role: description.role,
      affiliation: description.affiliation,
      independenceClass: Self.politicalClass(description.name)
        ?? (official ? governmentClass(description.affiliation) : nil),
      anonymous: true))
  }
}
