import Foundation

/// Spelling-insensitive keys for names, so transliteration variants meet.
///
/// The key folds case and diacritics, treats `y` as `i` (Andriy/Andrii, Zelenskyy/Zelenskiy),
/// turns `j` to `i` (Zelenskij), and collapses doubled letters (Andrii → andri). Two keys that
/// still differ may be variants (``NameKey/isVariant(_:of:)``): one edit apart in names of five
/// letters or more (Kovalenko/Kowalenko), or two edits apart with the same consonant skeleton,
/// where transliterations differ only in vowels (Kyiv/Kiev).
enum NameKey {
  /// The normalized key of one word; a word with no letter or digit ("!!!", "📰") is its own
  /// key, so two such names never meet.
  static func key(_ word: some StringProtocol) -> String {
    let word = String(word)
    return word.utf8.allSatisfy({ $0 < 0x80 }) ? asciiKey(word) : foldedKey(word)
  }

  /// ``key(_:)`` of any word, through Foundation's folding.
  static func foldedKey(_ word: String) -> String {
    let folded = word.folding(
      options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    var result = ""
    var previous: Character?
    for character in folded {
      guard character.isLetter || character.isNumber else { continue }
      var letter = character
      if letter == "y" || letter == "j" { letter = "i" }
      if letter == previous { continue }
      result.append(letter)
      previous = letter
    }
    return result.isEmpty ? folded : result
  }

  /// ``key(_:)`` of an ASCII word, byte by byte: folding case is lower-casing, and there are
  /// no diacritics or wide forms to fold.
  static func asciiKey(_ word: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(word.utf8.count)
    var previous: UInt8 = 0
    for byte in word.utf8 {
      var letter = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
      guard (0x61...0x7A).contains(letter) || (0x30...0x39).contains(letter) else { continue }
      if letter == UInt8(ascii: "y") || letter == UInt8(ascii: "j") { letter = UInt8(ascii: "i") }
      if letter == previous { continue }
      bytes.append(letter)
      previous = letter
    }
    return bytes.isEmpty ? word.lowercased() : String(decoding: bytes, as: UTF8.self)
  }

  /// True when two word keys are the same name spelled two ways.
  static func isVariant(_ a: String, of b: String) -> Bool {
    if a == b { return true }
    if sameSkeleton(a, b), editDistance(a, b, limit: 2) <= 2 {
      return true
    }
    guard min(a.count, b.count) >= 5, abs(a.count - b.count) <= 1 else { return false }
    return editDistance(a, b, limit: 1) <= 1
  }

  /// Where a key and its variants meet (``isVariant(_:of:)``): its skeleton, which variants
  /// of the first kind share, and the key with and, from five letters, without each of its
  /// letters, which two keys one edit apart share (a deletion from each, or from the longer).
  static func variantProbes(_ key: String) -> [String] {
    var probes = ["s:" + skeleton(key), "d:" + key]
    let letters = Array(key)
    if letters.count >= 5 {
      for index in letters.indices {
        var shorter = letters
        shorter.remove(at: index)
        probes.append("d:" + String(shorter))
      }
    }
    return probes
  }

  /// Whether two keys have one ``skeleton(_:)`` of two letters or more, compared without
  /// building either (it runs on every pair of surnames a corpus brings together).
  static func sameSkeleton(_ a: String, _ b: String) -> Bool {
    guard let first = a.first, first == b.first else { return false }
    let isConsonant = { (letter: Character) in !"aeiou".contains(letter) }
    let (restA, restB) = (a.dropFirst().lazy.filter(isConsonant), b.dropFirst().lazy.filter(isConsonant))
    return !restA.isEmpty && restA.elementsEqual(restB)
  }

  /// The key's first letter and its consonants: what survives a change of vowel spelling.
  static func skeleton(_ key: String) -> String {
    guard let first = key.first else { return "" }
    return String(first) + key.dropFirst().filter { !"aeiou".contains($0) }
  }

  /// Levenshtein distance, cut off above `limit`.
  static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
    let a = Array(a)
    let b = Array(b)
    if abs(a.count - b.count) > limit { return limit + 1 }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      current[0] = i
      var rowMinimum = current[0]
      for j in 1...max(b.count, 1) where !b.isEmpty {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        rowMinimum = min(rowMinimum, current[j])
      }
      if rowMinimum > limit { return limit + 1 }
      swap(&previous, &current)
    }
    return a.isEmpty ? b.count : previous[b.count]
  }

  /// Whether `scalar` is in `CharacterSet.alphanumerics`: ASCII's are its letters and digits,
  /// told without the look-up, which cost more than the rest of a slug.
  static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.isASCII else { return CharacterSet.alphanumerics.contains(scalar) }
    return (scalar.value | 0x20) &- 0x61 < 26 || scalar.value &- 0x30 < 10
  }

  /// A URL- and id-safe slug of a display name.
  static func slug(_ text: String) -> String {
    // ASCII text folds by lower-casing, and its slug's length is its scalars'.
    let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
    let folded = isASCII ? text.lowercased() : text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    var slug = ""
    var length = 0
    var pendingDash = false
    for scalar in folded.unicodeScalars {
      if isAlphanumeric(scalar) {
        if pendingDash && !slug.isEmpty {
          slug.append("-")
          length += 1
        }
        slug.unicodeScalars.append(scalar)
        length += 1
        pendingDash = false
      } else {
        pendingDash = true
      }
      if (isASCII ? length : slug.count) >= 60 { break }
    }
    return slug.isEmpty ? "unnamed-" + stableHash(text) : slug
  }

  /// A short hash of `text` that is the same in every run (FNV-1a over its UTF-8), for ids of
  /// names without letters or digits.
  static func stableHash(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    return String(String(hash, radix: 16).suffix(8))
  }
}
