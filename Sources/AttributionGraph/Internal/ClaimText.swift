import AttributionLexicon
import Foundation

/// A figure stated in a claim: "at least 10,000 troops".
struct Figure: Hashable {
  /// The numeric value (3.5mn → 3,500,000).
  var value: Double
  /// The figure as written, with its qualifier ("at least 10,000").
  var text: String
  /// What is counted, folded ("people" for troops, soldiers, North Koreans; else the noun).
  var unit: String
}

/// The words of a claim reduced for comparison: content words, lemmatized, with its figures and
/// named things apart.
struct ClaimText {
  var tokens: [String]
  var figures: [Figure]
  /// Keys of capitalized words that are not the first of the text (places, names).
  var names: Set<String>

  /// What happened to the people counted, when the claim says ("detain", "kill"); nil for a
  /// claim about how many are present. Counts of different events are different quantities.
  var countedEvent: String? {
    tokens.first { Lexicon.countedEvents.contains($0) }
  }

  /// True when the count is of a part ("the first group of up to 2,100"), not of the whole.
  var isPartialGroup: Bool {
    zip(tokens, tokens.dropFirst()).contains { $0 == "first" && Lexicon.groupNouns.contains($1) }
      || tokens.contains { Lexicon.groupNouns.contains($0) && $0 != "group" }
  }

  private static let qualifiers = WordList.figureQualifiers.entries
  /// `Lexicon.synonyms`, each with its phrase's lower-cased UTF-8.
  private static let synonyms = Lexicon.synonyms.map { ($0.phrase, $0.replacement, Array($0.phrase.lowercased().utf8)) }

  /// Whether `bytes` hold `part` somewhere.
  private static func contains(_ bytes: [UInt8], _ part: [UInt8]) -> Bool {
    guard !part.isEmpty, bytes.count >= part.count else { return part.isEmpty }
    for start in 0...(bytes.count - part.count) where bytes[start] == part[0] {
      if bytes[start..<(start + part.count)].elementsEqual(part) { return true }
    }
    return false
  }
  private static let peopleNouns: Set<String> = WordList.peopleNouns.words
  /// Dashes that part words as spaces do ("troops—about 10,000"), made once.
  private static let dashes: Set<Character> = ["—", "–"]
  private static let months: Set<String> = WordList.claimMonths.words

  init(_ raw: String) {
    var text = SourceDescription.normalize(raw)
    // Foundation's case-insensitive search only where the phrase is there, lower-cased.
    let folded = Array(text.lowercased().utf8)
    for (phrase, replacement, foldedPhrase) in Self.synonyms where Self.contains(folded, foldedPhrase) {
      text = text.replacingOccurrences(of: phrase, with: replacement, options: .caseInsensitive)
    }
    let words = WordSplit.spaced(text, also: Self.dashes)
      .map(String.init)
    var tokens: [String] = []
    var figures: [Figure] = []
    var names: Set<String> = []
    for (index, word) in words.enumerated() {
      let bare = word.trimming(Lexicon.wordEdges)
      guard !bare.isEmpty else { continue }
      if let value = Self.number(bare), !Self.isDate(words, index, value) {
        var unit = ""
        for next in words[(index + 1)..<min(words.count, index + 4)] {
          let lower = next.lowercased().trimming(.punctuationCharacters)
          if Self.peopleNouns.contains(lower) {
            unit = "people"
            break
          }
          if unit.isEmpty && !Lexicon.stopwords.contains(lower)
            && !Affiliation.isPlaceOrDemonym(lower) && lower.rangeOfCharacter(from: .letters) != nil
          {
            unit = lower
          }
        }
        var written = bare
        let before = words[max(0, index - 3)..<index].joined(separator: " ").lowercased()
        if let qualifier = Self.qualifiers.first(where: { before.hasSuffix($0) }) {
          written = "\(qualifier) \(bare)"
        }
        figures.append(Figure(value: value, text: written, unit: unit))
        continue
      }
      var lower = bare.lowercased()
      // Foundation only where there is an apostrophe (most words have none).
      if lower.utf8.contains(UInt8(ascii: "'")) { lower = lower.replacingOccurrences(of: "'s", with: "") }
      if index > 0, let first = bare.unicodeScalars.first,
        SourceDescription.isUppercase(first), !Affiliation.isDemonym(lower)
      {
        names.insert(Lexicon.lemmas[lower] ?? NameKey.key(lower))
      }
      guard !Lexicon.stopwords.contains(lower), lower.count > 1, !lower.allSatisfy(\.isNumber) else {
        continue
      }
      tokens.append(Self.lemma(lower))
    }
    self.tokens = tokens
    self.figures = figures
    self.names = names
  }

  /// A light lemma: irregular forms from the lexicon, then plural and past endings dropped.
  static func lemma(_ word: String) -> String {
    if let lemma = Lexicon.lemmas[word] { return lemma }
    for suffix in ["ies", "es", "s", "ed", "ing"] where word.count > suffix.count + 3 {
      if word.hasSuffix(suffix) {
        return String(word.dropLast(suffix.count))
      }
    }
    return word
  }

  private static func number(_ token: String) -> Double? {
    // Most words hold no digit: no figure, and no need to read further.
    guard token.contains(where: \.isNumber) else { return nil }
    var digits = token.lowercased()
    var multiplier = 1.0
    for (suffix, factor) in [("mn", 1e6), ("million", 1e6), ("bn", 1e9), ("k", 1e3)]
    where digits.hasSuffix(suffix) {
      digits.removeLast(suffix.count)
      multiplier = factor
      break
    }
    if digits.utf8.contains(UInt8(ascii: ",")) { digits = digits.replacingOccurrences(of: ",", with: "") }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isNumber || $0 == "." }),
      digits.first!.isNumber, let value = Double(digits)
    else { return nil }
    return value * multiplier
  }

  private static func isDate(_ words: [String], _ index: Int, _ value: Double) -> Bool {
    let word = words[index]
    if value >= 1900 && value <= 2100 && !word.contains(",") { return true }
    let neighbours = [index - 1, index + 1].filter { words.indices.contains($0) }
      .map { words[$0].lowercased().trimming(.punctuationCharacters) }
    return neighbours.contains { months.contains($0) || months.contains($0 + ".") }
  }
}

/// A claim's TF-IDF vector: (token, weight) pairs sorted by token, unit length. Tokens are
/// numbered in the order of their words (``ClaimVectors``), so sums run in the words' order and
/// scores are the same bits in every run; a word of none of the case's texts is numbered -1 and
/// weighs in the length only.
typealias ClaimVector = [(token: Int32, weight: Double)]

/// TF-IDF vectors over a set of claim texts.
struct ClaimVectors {
  private var idf: [String: Double] = [:]
  private var documentFrequency: [String: Int] = [:]
  /// Each word of the texts (and of `vocabulary`) numbered in sorted order.
  private var tokenNumbers: [String: Int32] = [:]
  private var distinctiveLimit = 3

  /// Frequencies from `texts`; `vocabulary`, other texts whose vectors will be asked for, only
  /// numbers their words.
  init(_ texts: [ClaimText], vocabulary: [ClaimText] = []) {
    for text in texts {
      for token in Set(text.tokens) { documentFrequency[token, default: 0] += 1 }
    }
    let count = Double(max(texts.count, 1))
    idf = documentFrequency.mapValues { log((1 + count) / (1 + Double($0))) + 1 }
    distinctiveLimit = max(3, texts.count / 10)
    var words = Set(documentFrequency.keys)
    for text in vocabulary { words.formUnion(text.tokens) }
    for (number, word) in words.sorted().enumerated() { tokenNumbers[word] = Int32(number) }
  }

  /// The words of a claim that few other claims use: what it says, as against what it is about
  /// ("arrive" or "fire", not "North Korean troops in Kursk").
  func distinctive(_ text: ClaimText) -> Set<String> {
    Set(text.tokens.filter { (documentFrequency[$0] ?? 0) <= distinctiveLimit })
  }

  /// The claim's rarest words, rarest first: two claims that say the same thing share some of
  /// them, so they index candidates for merging.
  func rarest(_ text: ClaimText, count: Int = 4) -> [String] {
    Array(Set(text.tokens).sorted {
      ((documentFrequency[$0] ?? 0), $0) < ((documentFrequency[$1] ?? 0), $1)
    }.prefix(count))
  }

  /// True when one claim's distinctive words are at least half found in the other (a longer
  /// report may add detail): two claims about one subject that say different things ("arrived"
  /// and "came under fire") do not merge, however alike their topic words.
  /// The words compared are each claim's ``distinctive(_:)`` words.
  static func sayTheSame(_ first: Set<String>, _ second: Set<String>) -> Bool {
    guard !first.isEmpty, !second.isEmpty else { return true }
    let shared = Double(first.intersection(second).count)
    return max(shared / Double(first.count), shared / Double(second.count)) >= 0.5
  }

  func vector(_ text: ClaimText) -> ClaimVector {
    var weights: [String: Double] = [:]
    for token in text.tokens { weights[token, default: 0] += idf[token] ?? 1 }
    let sorted = weights.sorted { $0.key < $1.key }
    let norm = sorted.reduce(0) { $0 + $1.value * $1.value }.squareRoot()
    return sorted.map { (token: tokenNumbers[$0.key] ?? -1, weight: norm > 0 ? $0.value / norm : $0.value) }
      .sorted { $0.token < $1.token }
  }

  /// Each token's larger weight of two vectors (not unit length): its ``cosine(_:_:)`` with a
  /// vector is at least that vector's cosine with either, bit for bit, since the weights are
  /// not negative and rounding keeps the order of sums and products taken in the same order.
  static func ceiling(_ a: ClaimVector, _ b: ClaimVector) -> ClaimVector {
    var result = ClaimVector()
    result.reserveCapacity(max(a.count, b.count))
    var (i, j) = (0, 0)
    while i < a.count || j < b.count {
      if j == b.count || (i < a.count && a[i].token < b[j].token) {
        result.append(a[i])
        i += 1
      } else if i == a.count || b[j].token < a[i].token {
        result.append(b[j])
        j += 1
      } else {
        result.append((a[i].token, max(a[i].weight, b[j].weight)))
        i += 1
        j += 1
      }
    }
    return result
  }

  static func cosine(_ a: ClaimVector, _ b: ClaimVector) -> Double {
    var (i, j, sum) = (0, 0, 0.0)
    while i < a.count && j < b.count {
      if a[i].token < 0 {
        i += 1
      } else if a[i].token == b[j].token {
        sum += a[i].weight * b[j].weight
        i += 1
        j += 1
      } else if a[i].token < b[j].token {
        i += 1
      } else {
        j += 1
      }
    }
    return sum
  }
}
