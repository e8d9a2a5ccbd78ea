import Foundation

/// BERT's uncased tokenizer, as the encoder the vectors were distilled from reads text: clean
/// the text, lowercase it and strip its accents, split on spaces and around every punctuation
/// mark and CJK ideograph, then cut each word into the longest pieces the vocabulary holds
/// ("tokenization" → "token", "##ization"). A word with a piece not in the vocabulary, or over
/// 100 characters, is unknown: dropped, as model2vec drops it, or read as the `unknown` token
/// when the tokenizer has one, as BERT reads it.
struct WordPieceTokenizer: Sendable {
  private let ids: [String: Int32]
  private let unknown: Int32?
  private static let maxWordLength = 100

  init(tokens: [String], unknown: String? = nil) {
    var ids: [String: Int32] = [:]
    ids.reserveCapacity(tokens.count)
    for (index, token) in tokens.enumerated() where ids[token] == nil { ids[token] = Int32(index) }
    self.ids = ids
    self.unknown = unknown.flatMap { ids[$0] }
  }

  /// The id of a whole token ("[CLS]"), if the vocabulary has it.
  func id(of token: String) -> Int32? { ids[token] }

  /// The token ids of a text, unknown words left out.
  func ids(_ text: String) -> [Int32] {
    var result: [Int32] = []
    for word in Self.words(text) { pieces(word, into: &result) }
    return result
  }

  /// The text cleaned, lowercased, stripped of accents and split into words and marks.
  static func words(_ text: String) -> [String] {
    let lowered = text.lowercased()
    // ASCII text (most news) is read byte by byte: the same words, without a Unicode property
    // look-up per character.
    if lowered.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(lowered) }
    // Decomposing (to drop accents) goes through Foundation; ASCII text has nothing to drop.
    return unicodeWords(lowered.decomposedStringWithCanonicalMapping)
  }

  /// ``words(_:)`` of lowercased ASCII text: whitespace (tab to carriage return, space) ends a
  /// word, other control characters are dropped, and each punctuation mark or symbol is a word
  /// of its own.
  static func asciiWords(_ text: String) -> [String] {
    var words: [String] = []
    var current: [UInt8] = []
    func flush() {
      if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
      current.removeAll(keepingCapacity: true)
    }
    for byte in text.utf8 {
      switch byte {
      case 9...13, 32: flush()
      case 0..<32, 127: continue
      case 33...47, 58...64, 91...96, 123...126:
        flush()
        words.append(String(decoding: CollectionOfOne(byte), as: UTF8.self))
      default: current.append(byte)
      }
    }
    flush()
    return words
  }

  /// ``words(_:)`` of lowercased text in canonical decomposition, scalar by scalar.
  static func unicodeWords(_ folded: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    func flush() {
      if !current.isEmpty { words.append(String(current)) }
      current = String.UnicodeScalarView()
    }
    for scalar in folded.unicodeScalars {
      let properties = scalar.properties
      if scalar.value == 0 || scalar.value == 0xFFFD { continue }
      if properties.generalCategory == .nonspacingMark { continue }
      if scalar.properties.isWhitespace || scalar == "\t" || scalar == "\n" || scalar == "\r" {
        flush()
        continue
      }
      if isControl(scalar) { continue }
      if isPunctuation(scalar) || isIdeograph(scalar) {
        flush()
        words.append(String(scalar))
        continue
      }
      current.append(scalar)
    }
    flush()
    return words
  }

  private func pieces(_ word: String, into result: inout [Int32]) {
    // A whole word of the vocabulary (most words) is one token: no token is over
    // ``maxWordLength`` characters, so the check below would pass it.
    if let id = ids[word] {
      result.append(id)
      return
    }
    // Where each scalar starts in the word's UTF-8, and where the last ends: pieces are cut
    // from the bytes.
    let bytes = Array(word.utf8)
    var bounds = bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 }
    bounds.append(bytes.count)
    let count = bounds.count - 1
    guard count <= Self.maxWordLength else {
      if let unknown { result.append(unknown) }
      return
    }
    if let id = ids[word] {
      result.append(id)
      return
    }
    var found: [Int32] = []
    var start = 0
    while start < count {
      var end = count
      var match: Int32?
      while end > start {
        let cut = String(decoding: bytes[bounds[start]..<bounds[end]], as: UTF8.self)
        let piece = start > 0 ? "##" + cut : cut
        if let id = ids[piece] {
          match = id
          break
        }
        end -= 1
      }
      guard let match else {
        if let unknown { result.append(unknown) }
        return
      }
      found.append(match)
      start = end
    }
    result.append(contentsOf: found)
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .format, .privateUse, .surrogate, .unassigned: true
    default: false
    }
  }

  /// ASCII symbols count as punctuation too ("$", "+", "^"), as in BERT.
  private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if (33...47).contains(value) || (58...64).contains(value) || (91...96).contains(value)
      || (123...126).contains(value)
    {
      return true
    }
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      return true
    default: return false
    }
  }

  private static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F, 0x2B740...0x2B81F,
      0x2B820...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
      return true
    default: return false
    }
  }
}
