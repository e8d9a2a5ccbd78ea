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
/// polls"), and no figure. A topic never merges with a statement into one claim, and a claim
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
    // A figure anchors a count ("about 10,000 troops in Russia").
    guard !content.unicodeScalars.contains(where: { $0.properties.numericType != nil }) else { return false }
    let words = words(of: content)
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

  /// The lower-cased words of `text`, curly apostrophes made straight ("shouldn’t" → "shouldn't").
  public static func words(of text: String) -> [String] {
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
}
