import Foundation
import Testing

@testable import AttributionGraph

/// The graph stage's own string functions give what Foundation's do, on the text that makes
/// them differ: curly quotes, runs of whitespace of every kind, a combining mark after a space
/// (mis-decoded text), non-ASCII letters, marks at a word's edge.
@Suite("String fast paths")
struct StringFastPathTests {
  static let samples = [
    "", " ", "plain words", "  lead and trail  ", "tab\tand\nnewline\r\nCRLF", "no\u{00A0}break\u{2003}em",
    "Kovalenko\u{2019}s \u{2018}quote\u{2019}", "na\u{00C3} \u{0304}ve", "caf\u{00E9} Zelenskyy", "Ã¯ve \u{0301}",
    "\u{201C}quoted,\u{201D}", "--dashes--", "emoji 📰 here", "ZWJ \u{200D}joined", "Andriy  Yermak",
    "U.S.", "DPRK's", "Ms. O'Neil-Smith", "ÉCOLE", "ﬁne ligature",
  ]

  @Test("normalize: straight apostrophes, one space between words, none at the ends, as split and join gave")
  func normalize() {
    for text in Self.samples {
      let reference = text.replacingOccurrences(of: "\u{2019}", with: "'")
        .replacingOccurrences(of: "\u{2018}", with: "'")
        .split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(SourceDescription.normalize(text) == reference, "\(text.debugDescription)")
    }
  }

  @Test("trimming gives trimmingCharacters(in:)", arguments: [CharacterSet.whitespaces, .punctuationCharacters, .alphanumerics])
  func trimming(set: CharacterSet) {
    for text in Self.samples {
      #expect(text.trimming(set) == text.trimmingCharacters(in: set), "\(text.debugDescription)")
      let slice = text.dropFirst()
      #expect(slice.trimming(set) == slice.trimmingCharacters(in: set), "\(text.debugDescription)")
    }
  }

  @Test("A name key and a slug of ASCII text are what folding gives")
  func asciiKeys() {
    for word in ["Zelenskyy", "Andrii", "JJ", "!!!", "Kovalenko's", "U.S.", "MiG-29", "O'Neil", "Yyy", "", "Zz9", "a-b c"] {
      #expect(NameKey.asciiKey(word) == NameKey.foldedKey(word), "\(word)")
    }
    #expect(NameKey.key("Café") == "cafe" && NameKey.key("Zelenskyy") == "zelenski")
    func referenceSlug(_ text: String) -> String {
      let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      var slug = ""
      var pendingDash = false
      for scalar in folded.unicodeScalars {
        if CharacterSet.alphanumerics.contains(scalar) {
          if pendingDash && !slug.isEmpty { slug.append("-") }
          slug.unicodeScalars.append(scalar)
          pendingDash = false
        } else {
          pendingDash = true
        }
        if slug.count >= 60 { break }
      }
      return slug.isEmpty ? "unnamed-" + NameKey.stableHash(text) : slug
    }
    let long = "The First North Korean Troops have come under fire in Kursk Oblast, on Monday"
    // Every ASCII character between words, and random ASCII.
    let ascii = (0..<128).map { Character(UnicodeScalar(UInt8($0))) }
    var texts = Self.samples + [long, String(repeating: "word ", count: 40), "Café Zelenskyy's — statement"]
    texts += ascii.map { "ab\($0)Cd9" }
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<300 {
      texts.append(String((0..<Int.random(in: 0...80, using: &generator)).map { _ in ascii.randomElement(using: &generator)! }))
    }
    for text in texts {
      #expect(NameKey.slug(text) == referenceSlug(text), "\(text.debugDescription)")
    }
  }

  @Test("An upper-case letter is what CharacterSet.uppercaseLetters holds")
  func uppercase() {
    for value in 0..<0x3_0000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(SourceDescription.isUppercase(scalar) == CharacterSet.uppercaseLetters.contains(scalar), "\(value)")
    }
  }
}
