import AttributionDocuments
import AttributionExtraction
import AttributionLexicon

/// Stage 5, contradictions: claims that give rival figures for one count ("8,000 troops" and
/// "11,000 troops" in Kursk) joined by a `contradicts` edge. Reads the merged claims and their
/// figures; adds `contradicts` edges.
extension GraphAssembly {
  mutating func addContradictions(
    claims: [(id: String, members: [Int])], texts: [ClaimText], vectors: ClaimVectors
  ) {
    let numeric = claims.compactMap { claim -> (id: String, text: ClaimText, member: Int, scope: Set<String>, keys: [String])? in
      guard let member = claim.members.first, !texts[member].figures.isEmpty else { return nil }
      let text = texts[member]
      // What it is filed under: its names, and the words for the people it counts.
      let keys = Array(text.names) + Set(text.tokens.filter(Self.peopleNouns.contains)).map { "people:" + $0 }
      return (claim.id, text, member, Self.figureScope(statements[member].content), keys)
    }
    // Claims that contradict share a name or a word for the people counted, so each is compared
    // only with the later claims that share one, not with every other: large cases stay near
    // linear. Only counts of people are compared, so only claims with one are filed.
    var claimsNaming: [String: [Int]] = [:]
    for (i, claim) in numeric.enumerated() where claim.text.figures.contains(where: { $0.unit == "people" }) {
      for key in claim.keys { claimsNaming[key, default: []].append(i) }
    }
    let claimVectors = numeric.map { vectors.vector($0.text) }
    for (i, a) in numeric.enumerated() where a.text.figures.contains(where: { $0.unit == "people" }) {
      let later = Set(a.keys.flatMap { name -> ArraySlice<Int> in
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
            a.text.isPartialGroup == b.text.isPartialGroup,
            Self.sameScope(a.scope, b.scope)
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

  private static let peopleNouns = WordList.peopleNouns.words
  private static let scopeNouns = WordList.scopeNouns.words
  private static let scopePrepositions: Set<String> = ["in", "at", "near", "to", "into", "inside", "outside"]

  /// Whether two claims' figures may count one group: where either does not say, or both name a
  /// place in common and both or neither put them at a camp, a base, the border (a part of
  /// the place).
  static func sameScope(_ a: Set<String>, _ b: Set<String>) -> Bool {
    guard !a.isEmpty && !b.isEmpty else { return true }
    let (nounsA, nounsB) = (a.intersection(scopeNouns), b.intersection(scopeNouns))
    let (namesA, namesB) = (a.subtracting(nounsA), b.subtracting(nounsB))
    if nounsA.isEmpty != nounsB.isEmpty || (!nounsA.isEmpty && nounsA.isDisjoint(with: nounsB)) { return false }
    return namesA.isEmpty || namesB.isEmpty || !namesA.isDisjoint(with: namesB)
  }

  /// Where the people a claim counts are: the names and place nouns in the few words after "in",
  /// "at", "near", "to" or "into", up to a comma ("to the Kursk region" → kursk; "at a training
  /// camp in the Russian Far East" → camp, russian, far, east), as name keys. Empty when the
  /// claim does not say; two claims whose scopes share no word count different groups.
  static func figureScope(_ content: String) -> Set<String> {
    let words = WordSplit.spaced(content)
    var scope: Set<String> = []
    var index = 0
    while index < words.count {
      defer { index += 1 }
      guard scopePrepositions.contains(ClaimFrame.trimmed(words[index]).lowercased()) else { continue }
      // "at least 3,000", "at most": a qualifier of the figure, not a place.
      if words[index].last == "," || index + 1 == words.count
        || ["least", "most"].contains(ClaimFrame.trimmed(words[index + 1]).lowercased())
      {
        continue
      }
      for next in words[(index + 1)...].prefix(5) {
        let bare = ClaimFrame.trimmed(next)
        let lower = bare.lowercased()
        if scopePrepositions.contains(lower) { break }
        if scopeNouns.contains(lower) {
          scope.insert(lower)
        } else if bare.first?.isUppercase == true {
          scope.insert(NameKey.key(Lexicon.lemmas[lower] ?? lower))
        }
        if let last = next.last, [",", ";", ":", "."].contains(last) { break }
      }
    }
    return scope
  }
}
