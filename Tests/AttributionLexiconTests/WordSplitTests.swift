import Testing

@testable import AttributionLexicon

@Suite("Word splitting")
struct WordSplitTests {
  static let texts: [String] = {
    let ascii = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
    var texts = ascii + ascii.map { "ab\($0)cd" } + [
      "", " ", "a\r\nb", "  Kovalenko said,\ton Telegram:\n\"troops\"  ", "U.S.-led — strikes – 1,500",
      "Київ said", "naïve\u{85}text", "e\u{301} x", "\r\n\r\n",
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<500 {
      texts.append(String((0..<Int.random(in: 0...30, using: &generator)).map { _ in ascii.randomElement(using: &generator)!.first! }))
    }
    return texts
  }()

  @Test("Byte by byte, ASCII text splits as its Characters do; other text is split on them")
  func matchesCharacterSplit() {
    let dashes: Set<Character> = ["—", "–"]
    for text in Self.texts {
      #expect(WordSplit.spaced(text) == text.split(whereSeparator: \.isWhitespace), "\(Array(text.utf8))")
      #expect(
        WordSplit.spaced(text, also: dashes) == text.split(whereSeparator: { $0.isWhitespace || dashes.contains($0) }),
        "\(Array(text.utf8))")
      #expect(WordSplit.letterRuns(text) == text.split(whereSeparator: { !$0.isLetter }), "\(Array(text.utf8))")
      // A slice of a larger string splits the same.
      let slice = ("x " + text + " y").dropFirst(2).dropLast(2)
      #expect(WordSplit.spaced(slice) == slice.split(whereSeparator: \.isWhitespace))
    }
  }
}
