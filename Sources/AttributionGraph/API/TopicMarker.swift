import AttributionLexicon

/// Tells contents that only name what a statement was about ("Comey", "the attack", "Comey's
/// statement", "on the presumptive Democratic nominee": the object of "criticizing", "citing",
/// "an assault on") from contents that state something. A topic asserts nothing, so sources
/// who spoke about one topic do not corroborate each other, however many they are.
///
/// A content is a topic when it is short (at most eight words) and shows no verb: no form of
/// "be" or an auxiliary, no modal, no cue verb, no past tense (an "-ed" word that is not an
/// adjective of `adjectives-in-ed.txt`, or an irregular one), no "n't", no subject pronoun, and
/// no word in "-s" after a word that is not a determiner (which may be a verb: "Trump leads
/// polls"), and no figure. Content opened by a noun of asking and a preposition ("more answers
/// about his decisions not to recommend charges", "questions over the deal": `asking-nouns.txt`)
/// is a topic whatever follows. A topic never merges with a statement into one claim, and a claim
/// whose supporting statements are mostly topics is corroborated by no number of parties.
public enum TopicMarker {
  static let verbs: Set<String> = WordList.beForms.words
    .union(WordList.auxiliaries.words)
    .union(WordList.finiteVerbs.words)
    .union(WordList.pastVerbs.words)
    .union(WordList.irregularPasts.words)
    .union(WordList.cueVerbs.dictionary.keys)
    .union(["will", "would", "can", "could", "should", "may", "might", "must", "shall"])
  static let adjectivesInEd: Set<String> = WordList.adjectivesInEd.words
  static let subjects: Set<String> = ["i", "we", "you", "he", "she", "they", "it", "there"]
  static let determiners: Set<String> = WordList.determiners.words.union(["his", "her", "their", "its", "our", "my"])

  /// True when `content` names a topic and states nothing.
  public static func isTopic(content: String) -> Bool {
    let words = words(of: content)
    if isAskedAbout(words) { return true }
    // A figure anchors a count ("about 10,000 troops in Russia").
    guard !Numerals.occur(in: content) else { return false }
    guard !words.isEmpty, words.count <= 8 else { return false }
    for (index, word) in words.enumerated() {
      if verbs.contains(word) || subjects.contains(word) || word.hasSuffix("n't") { return false }
      if word.hasSuffix("'s") || word.hasSuffix("'re") || word.hasSuffix("'ve") || word.hasSuffix("'ll") {
        // "Comey's statement" is a possessive; "it's" and "they're" hold a verb.
        if subjects.contains(String(word.prefix { $0 != "'" })) { return false }
        continue
      }
      if word.count > 3, word.hasSuffix("ed"), !adjectivesInEd.contains(word) { return false }
      if index > 0, word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"),
        !determiners.contains(words[index - 1])
      {
        return false
      }
    }
    return true
  }

  static let askingNouns: Set<String> = WordList.askingNouns.words
  static let topicPrepositions: Set<String> = ["about", "on", "over", "regarding", "concerning", "into"]

  /// Whether the words open with a noun of asking and a preposition ("more answers about …"),
  /// with at most four words and no verb before it.
  static func isAskedAbout(_ words: [String]) -> Bool {
    guard let preposition = words.prefix(5).firstIndex(where: topicPrepositions.contains), preposition > 0,
      askingNouns.contains(words[preposition - 1])
    else { return false }
    return !words[..<preposition].contains { verbs.contains($0) || subjects.contains($0) }
  }

  /// The lower-cased words of `text`, curly apostrophes made straight ("shouldn’t" → "shouldn't").
  public static func words(of text: String) -> [String] {
    text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiWords(of: text) : scalarWords(of: text)
  }

  /// ``words(of:)`` scalar by scalar.
  static func scalarWords(of text: String) -> [String] {
    var words: [String] = []
    var word = String.UnicodeScalarView()
    func flush() {
      // No apostrophe or hyphen at a word's ends.
      while let last = word.last, last == "'" || last == "-" { word.removeLast() }
      if !word.isEmpty { words.append(String(word).lowercased()) }
      word = String.UnicodeScalarView()
    }
    for scalar in text.unicodeScalars {
      let isLetter = scalar.isASCII
        ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A
        : scalar.properties.isAlphabetic
      if isLetter {
        word.append(scalar)
      } else if scalar == "'" || scalar == "\u{2019}" || scalar == "-" {
        if !word.isEmpty { word.append(scalar == "-" ? "-" : "'") }
      } else {
        flush()
      }
    }
    flush()
    return words
  }

  /// ``words(of:)`` of ASCII text, byte by byte: letters, with apostrophes and hyphens inside
  /// a word; lower-cased.
  static func asciiWords(of text: String) -> [String] {
    var words: [String] = []
    var word: [UInt8] = []
    func flush() {
      while let last = word.last, last == UInt8(ascii: "'") || last == UInt8(ascii: "-") { word.removeLast() }
      if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
      word.removeAll(keepingCapacity: true)
    }
    for byte in text.utf8 {
      if (byte | 0x20) &- 0x61 < 26 {
        word.append(byte | 0x20)
      } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-") {
        if !word.isEmpty { word.append(byte) }
      } else {
        flush()
      }
    }
    flush()
    return words
  }
}
