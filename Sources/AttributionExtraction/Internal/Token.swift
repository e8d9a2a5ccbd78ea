import AttributionLexicon
import AttributionDocuments
/// One token of article text: a word, a number, or a punctuation mark, with its code-point span
/// into the document's full text.
struct Token: Sendable {
  /// What kind of text the token is.
  enum Shape: Sendable {
    case word
    case number
    case punctuation
    case quote
  }

  var start: Int
  var end: Int
  var text: String
  var shape: Shape
  /// True when a line break stands between this token and the previous one.
  var newlineBefore: Bool
  /// True when a blank line (or a bullet) stands between this token and the previous one.
  var paragraphBefore: Bool
  /// True when the first code point is upper-case.
  var isCapitalized: Bool
  /// The token's code point when it has exactly one, else U+0000.
  var single: Unicode.Scalar

  init(
    start: Int, end: Int, text: String, shape: Shape, newlineBefore: Bool, paragraphBefore: Bool,
    first: Unicode.Scalar
  ) {
    self.start = start
    self.end = end
    self.text = text
    self.shape = shape
    self.newlineBefore = newlineBefore
    self.paragraphBefore = paragraphBefore
    isCapitalized = first.value < 0x80 ? first.value >= 65 && first.value <= 90 : first.properties.isUppercase
    single = end - start == 1 ? first : "\u{0}"
  }

  var lower: String { text.lowercased() }

  var isWord: Bool { shape == .word }

  /// True when the token is exactly `mark` (a one-code-point text).
  @inline(__always)
  func isMark(_ mark: Unicode.Scalar) -> Bool { single == mark }

  /// True for quotation marks that can open or close a quote.
  var isQuote: Bool { shape == .quote }

  var span: TextSpan { TextSpan(start, end) }
}

/// Splits code points into tokens in one linear pass. Never fails: every code point that is
/// not white space ends up in some token.
enum Tokenizer {
  /// Abbreviations whose trailing full stop belongs to the word (compared lower-cased).
  static let abbreviations: Set<String> = WordList.abbreviations.words

  static func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": return true
    default: return false
    }
  }

  @inline(__always)
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 128 {
      return (value >= 97 && value <= 122) || (value >= 65 && value <= 90) || (value >= 48 && value <= 57)
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  @inline(__always)
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 128 { return value >= 48 && value <= 57 }
    return scalar.properties.numericType != nil
  }

  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 128 { return value == 32 || (value >= 9 && value <= 13) }
    return scalar.properties.isWhitespace
  }

  static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "\u{2019}"
  }

  /// The text of `scalars[range]` (``ScalarText/text(_:_:)``).
  static func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
    ScalarText.text(scalars, range)
  }

  /// The tokens of `scalars[range]`, with offsets into `scalars`.
  static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(range.count / 5)
    var index = range.lowerBound
    let end = range.upperBound
    var newlines = 0
    var bullet = false
    func emit(_ start: Int, _ stop: Int, _ shape: Token.Shape) {
      tokens.append(
        Token(
          start: start, end: stop, text: text(scalars, start..<stop), shape: shape,
          newlineBefore: newlines > 0 || tokens.isEmpty,
          paragraphBefore: newlines > 1 || bullet || tokens.isEmpty, first: scalars[start]))
      newlines = 0
      bullet = false
    }
    while index < end {
      let scalar = scalars[index]
      if scalar == "\n" || scalar == "\u{2029}" {
        newlines += 1
        index += 1
        continue
      }
      if isWhitespace(scalar) {
        index += 1
        continue
      }
      if scalar == "\u{2022}" || scalar == "\u{25CF}" || scalar == "\u{25AA}" {
        bullet = true
        newlines = max(newlines, 1)
        index += 1
        continue
      }
      if (scalar == "-" || scalar == "*") && (tokens.isEmpty || newlines > 0)
        && index + 1 < end && scalars[index + 1] == " "
      {
        bullet = true
        newlines = max(newlines, 1)
        index += 1
        continue
      }
      if isWordScalar(scalar) {
        let start = index
        var sawLetter = false
        var sawDigit = false
        // Where the word's last hyphenated part starts: "R-S.C" is a party tag, one word.
        var partStart = start
        while index < end {
          let current = scalars[index]
          if isWordScalar(current) {
            if isDigit(current) { sawDigit = true } else { sawLetter = true }
            index += 1
            continue
          }
          // Joiners inside a word: don't, U.S., 8,000, 3.5, well-known.
          if index + 1 < end, isWordScalar(scalars[index + 1]) {
            if isApostrophe(current) || current == "-" || current == "&" {
              index += 1
              if current == "-" { partStart = index }
              continue
            }
            if current == "." && sawLetter && index - partStart <= 2 && isWordScalar(scalars[index + 1])
              && !isDigit(scalars[index + 1])
            {
              index += 1
              continue
            }
            if current == "." || current == "," || current == ":",
              sawDigit && !sawLetter, isDigit(scalars[index + 1])
            {
              index += 1
              continue
            }
          }
          break
        }
        // A trailing full stop that belongs to the word: abbreviations and initials.
        if index < end, scalars[index] == "." {
          let word = text(scalars, start..<index)
          let lower = word.lowercased()
          let isInitial = index - start == 1 && scalars[start].properties.isUppercase
          if abbreviations.contains(lower) || isInitial || word.containsFullStop {
            index += 1
          }
        }
        emit(start, index, sawLetter ? .word : .number)
        continue
      }
      if isQuoteMark(scalar) {
        emit(index, index + 1, .quote)
        index += 1
        continue
      }
      if (scalar == "'" || scalar == "`" || scalar == "\u{2018}") && index + 1 < end
        && scalars[index + 1] == scalar
      {
        emit(index, index + 2, .quote)
        index += 2
        continue
      }
      if scalar == "." && index + 2 < end && scalars[index + 1] == "." && scalars[index + 2] == "." {
        emit(index, index + 3, .punctuation)
        index += 3
        continue
      }
      emit(index, index + 1, .punctuation)
      index += 1
    }
    return tokens
  }
}

/// Each token's lower-cased text, its feature hash and its lexicon entry, computed once per
/// document for the rules and the learned model.
struct TokenWords {
  var lower: [String]
  /// ``FeatureHash/string(_:)`` of each lower-cased text.
  var hash: [UInt64]
  var entry: [LexiconEntry]
  /// The lexicon's classes of each token, with its word-form classes (``WordClass/lyForm``…).
  var classes: [WordClass]
  /// For the learned model: ``TokenFacts/suffixHash(_:)`` of each lower-cased text, and
  /// ``TokenFacts/shape(_:)`` of each token.
  var suffix: [UInt64]
  var shape: [UInt64]

  init(_ tokens: [Token]) {
    lower = []
    hash = []
    entry = []
    classes = []
    suffix = []
    shape = []
    lower.reserveCapacity(tokens.count)
    hash.reserveCapacity(tokens.count)
    entry.reserveCapacity(tokens.count)
    classes.reserveCapacity(tokens.count)
    suffix.reserveCapacity(tokens.count)
    shape.reserveCapacity(tokens.count)
    let table = LexiconTable.shared
    for token in tokens {
      let word = Self.lowercased(token.text)
      let found = table.entry(word.lower, hash: word.hash)
      lower.append(word.lower)
      hash.append(word.hash)
      entry.append(found)
      classes.append(found.classes.union(word.forms))
      if let ascii = word.ascii {
        suffix.append(ascii.suffix)
        shape.append(token.shape == .word ? ascii.wordShape : TokenFacts.shape(token))
      } else {
        suffix.append(TokenFacts.suffixHash(word.lower))
        shape.append(TokenFacts.shape(token))
      }
    }
  }

  /// The word-form classes of a lower-cased text.
  static func forms(_ lower: String) -> WordClass {
    var forms: WordClass = []
    if lower.hasSuffix("ly") && lower.count > 3 { forms.insert(.lyForm) }
    if lower.hasSuffix("ed") && lower.count > 4 { forms.insert(.edForm) }
    if lower.hasSuffix("ing") { forms.insert(.ingForm) }
    return forms
  }

  /// ``forms(_:)`` of ASCII text of `count` bytes whose last three bytes, lower-cased, are
  /// `third`, `second` and `last` (0 where the text is shorter).
  @inline(__always)
  static func asciiForms(count: Int, _ third: UInt8, _ second: UInt8, _ last: UInt8) -> WordClass {
    var forms: WordClass = []
    if second == UInt8(ascii: "l") && last == UInt8(ascii: "y") && count > 3 { forms.insert(.lyForm) }
    if second == UInt8(ascii: "e") && last == UInt8(ascii: "d") && count > 4 { forms.insert(.edForm) }
    if third == UInt8(ascii: "i") && second == UInt8(ascii: "n") && last == UInt8(ascii: "g") {
      forms.insert(.ingForm)
    }
    return forms
  }

  /// `text.lowercased()`, its feature hash and its word-form classes; for ASCII text (nil for
  /// other text), also its suffix hash and its shape as a word for the learned model
  /// (``TokenFacts/suffixHash(_:)``, ``TokenFacts/asciiWordShape(capitalFirst:lowercase:fullStop:count:)``).
  /// ASCII text is lowered, hashed and classified in one pass over its bytes, and kept as it is
  /// when it has no capitals.
  static func lowercased(_ text: String) -> (
    lower: String, hash: UInt64, forms: WordClass, ascii: (suffix: UInt64, wordShape: UInt64)?
  ) {
    var text = text
    let scan = text.withUTF8 {
      bytes -> (hash: UInt64, forms: WordClass, capitals: Bool, suffix: UInt64, wordShape: UInt64)? in
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      var capitals = false
      var lowercase = false
      var fullStop = false
      var third: UInt8 = 0, second: UInt8 = 0, last: UInt8 = 0
      for byte in bytes {
        if byte >= 0x80 { return nil }
        let isCapital = byte >= 65 && byte <= 90
        capitals = capitals || isCapital
        lowercase = lowercase || (byte >= 97 && byte <= 122)
        fullStop = fullStop || byte == 46
        let lowered = isCapital ? byte + 32 : byte
        hash ^= UInt64(lowered)
        hash = hash &* 0x0000_0100_0000_01b3
        (third, second, last) = (second, last, lowered)
      }
      let capitalFirst = bytes.first.map { $0 >= 65 && $0 <= 90 } ?? false
      return (
        hash, asciiForms(count: bytes.count, third, second, last), capitals,
        TokenFacts.asciiSuffixHash(count: bytes.count, third, second, last),
        TokenFacts.asciiWordShape(capitalFirst: capitalFirst, lowercase: lowercase, fullStop: fullStop, count: bytes.count)
      )
    }
    guard let scan else {
      let lower = text.lowercased()
      return (lower, FeatureHash.string(lower), forms(lower), nil)
    }
    guard scan.capitals else { return (text, scan.hash, scan.forms, (scan.suffix, scan.wordShape)) }
    let lower = text.withUTF8 { bytes in
      String(unsafeUninitializedCapacity: bytes.count) { buffer in
        for (offset, byte) in bytes.enumerated() {
          buffer[offset] = byte >= 65 && byte <= 90 ? byte + 32 : byte
        }
        return bytes.count
      }
    }
    return (lower, scan.hash, scan.forms, (scan.suffix, scan.wordShape))
  }
}

extension String {
  /// `count < limit`; ASCII text counts bytes.
  func hasFewerCharacters(than limit: Int) -> Bool {
    let utf8 = utf8
    if utf8.count < limit { return true }
    if utf8.allSatisfy({ $0 < 0x80 }) { return false }
    return count < limit
  }

  /// `contains(".")`; ASCII text is searched byte by byte.
  var containsFullStop: Bool {
    let utf8 = utf8
    if utf8.allSatisfy({ $0 < 0x80 }) { return utf8.contains(UInt8(ascii: ".")) }
    return contains(".")
  }
}
