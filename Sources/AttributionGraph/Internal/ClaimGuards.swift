import AttributionLexicon
import Foundation

/// What a claim's wording fixes beyond its topic, which two statements must agree on to be one
/// claim however alike their words or meaning: the figures, the places it happened in, who did
/// what to whom, whether it is negated, and whether it is about what happened or what is
/// expected, planned or conditional. A wrong merge fakes corroboration, so each is a veto.
///
/// "The first North Korean units were expected to arrive in Kursk" and "North Korean troops came
/// under fire in Kursk" differ in modality; "8,000 troops in Kursk" and "11,000 troops in Kursk"
/// in figures; "Ukraine attacked Russian positions" and "Russia attacked Ukrainian positions" in
/// who did what to whom. A topic ("Comey", "the attack") never joins a statement.
struct ClaimFrame {
  /// The main clause is negated ("were not sent").
  var negative: Bool
  /// The main clause is expected, planned, possible or conditional ("would", "expected to").
  var modal: Bool
  /// Named things in the order they first appear (title-cased headlines have none).
  var namesInOrder: [String]
  /// The named things that are not places or peoples: people, organisations, events.
  var names: Set<String>
  /// Places given after "in", "near", "at", "to" or "into" that are not countries ("in Kursk").
  var places: Set<String>
  /// Countries given after those words ("shipped to Russia").
  var countries: Set<String>
  /// The text is written in title case, as headlines are ("First Contact With North Korean Troops").
  var isTitleCase: Bool
  /// The text names what a statement was about and states nothing ("Comey's statement").
  var isTopic: Bool

  private static let negations = WordList.claimNegations.words
  private static let modality = WordList.claimModality.words
  private static let placePrepositions: Set<String> = ["in", "near", "at", "outside", "inside", "to", "into"]

  /// What the frames of one case are read with: the gazetteer's countries and peoples, and
  /// every word of its place names, gathered once.
  struct Places {
    var countries: Set<String>
    var placeWords: Set<String>

    init(_ gazetteer: Gazetteer) {
      countries = Set(gazetteer.affiliations.filter { $0.kind == .country || $0.kind == .demonym }.map(\.phrase))
      let words = Set(gazetteer.places.flatMap { $0.phrase.split(separator: " ").map(String.init) })
      // As words and as the keys claim names are compared by.
      placeWords = words.union(words.map { Lexicon.lemmas[$0] ?? NameKey.key($0) })
    }
  }

  init(_ raw: String, names: Set<String>, gazetteer: Gazetteer) {
    self.init(raw, names: names, places: Places(gazetteer))
  }

  init(_ raw: String, names: Set<String>, places known: Places) {
    // Words trimmed and lower-cased once, in Swift: Foundation's trimming bridges every word.
    let words = WordSplit.spaced(raw).map { word -> (bare: Substring, lower: String, clauseEnds: Bool) in
      let bare = Self.trimmed(word)
      var lower = bare.lowercased()
      if lower.unicodeScalars.contains("\u{2019}") {
        lower = String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
      }
      let last = word.unicodeScalars.last
      return (bare, lower, last == "," || last == ";" || last == ":")
    }
    var mainEnd = words.count
    for (index, word) in words.enumerated() {
      if word.lower == "but" {
        mainEnd = index
        break
      }
      if word.clauseEnds {
        mainEnd = index + 1
        break
      }
    }
    let main = words[..<mainEnd].map { $0.lower.hasSuffix("n't") ? "n't" : $0.lower }
    negative = main.contains { Self.negations.contains($0) }
    modal = main.contains { Self.modality.contains($0) || $0.hasSuffix("'ll") }
    isTitleCase = Self.isTitleCase(words.map(\.bare))
    isTopic = TopicMarker.isTopic(content: raw)
    // Names in order of appearance, keyed as ClaimText keys them.
    var ordered: [String] = []
    var places: Set<String> = []
    var countries: Set<String> = []
    if !isTitleCase && !names.isEmpty {
      for index in words.indices.dropFirst() {
        let word = words[index].lower
        let lower = word.hasSuffix("'s") ? String(word.dropLast(2)) : word
        let key = Lexicon.lemmas[lower] ?? NameKey.key(lower)
        guard names.contains(key) else { continue }
        if !ordered.contains(key) { ordered.append(key) }
        if Self.placePrepositions.contains(words[index - 1].lower) {
          if known.countries.contains(lower) { countries.insert(key) } else { places.insert(key) }
        }
      }
    }
    namesInOrder = ordered
    self.places = places
    self.countries = countries
    self.names = isTitleCase ? [] : names.filter { key in
      !known.placeWords.contains(key) && !Affiliation.isDemonym(key) && !Affiliation.isDemonym(String(key.dropLast()))
    }
  }

  /// Whether a text is written in title case, as headlines are: three words or more that begin
  /// with a letter, most of them a capital.
  static func isTitleCase(_ text: String) -> Bool {
    isTitleCase(WordSplit.spaced(text).map { trimmed($0) })
  }

  private static func isTitleCase(_ words: [Substring]) -> Bool {
    let letterWords = words.filter { $0.first?.isLetter == true }
    let capitalized = letterWords.filter { $0.first!.isUppercase }.count
    return letterWords.count >= 3 && Double(capitalized) / Double(letterWords.count) > 0.6
  }

  /// A word without the punctuation and symbols at its ends.
  static func trimmed(_ word: Substring) -> Substring {
    var scalars = word.unicodeScalars[...]
    while let first = scalars.first, Lexicon.wordEdges.contains(first) { scalars.removeFirst() }
    while let last = scalars.last, Lexicon.wordEdges.contains(last) { scalars.removeLast() }
    return Substring(scalars)
  }

  /// Why two claims cannot be one, or nil when nothing in their wording keeps them apart.
  static func conflict(_ a: ClaimText, _ frameA: ClaimFrame, _ b: ClaimText, _ frameB: ClaimFrame) -> String? {
    if a.figures.map(\.value).sorted() != b.figures.map(\.value).sorted() { return "figures" }
    if frameA.negative != frameB.negative { return "polarity" }
    if frameA.modal != frameB.modal { return "modality" }
    // "Comey" or "the attack" names what a statement was about, and states nothing.
    if frameA.isTopic != frameB.isTopic { return "topic" }
    if !frameA.isTitleCase && !frameB.isTitleCase {
      // Different people or organisations, and no named thing (place included) in common.
      if !frameA.names.isEmpty && !frameB.names.isEmpty && frameA.names.isDisjoint(with: frameB.names)
        && a.names.isDisjoint(with: b.names)
      {
        return "names"
      }
      if !frameA.places.isEmpty && !frameB.places.isEmpty && frameA.places.isDisjoint(with: frameB.places) {
        return "place"
      }
      if !frameA.countries.isEmpty && !frameB.countries.isEmpty && frameA.countries.isDisjoint(with: frameB.countries) {
        return "place"
      }
      // Who did what to whom: the names both give, in the opposite order.
      let shared = frameA.namesInOrder.filter { frameB.namesInOrder.contains($0) }
      let inB = frameB.namesInOrder.filter { shared.contains($0) }
      if shared.count >= 2 && shared != inB { return "actor and target" }
    }
    return nil
  }
}
