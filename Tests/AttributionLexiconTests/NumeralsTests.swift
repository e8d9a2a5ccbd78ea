import Testing

@testable import AttributionLexicon

@Suite("Numerals")
struct NumeralsTests {
  @Test("A text holds a figure when one of its scalars has a numeric type, ASCII or not")
  func matchesScalarProperties() {
    var texts = ["", "troops", "1,500 troops", "Kursk-2", "½ of them", "Ⅻ", "٣ جنود", "Київ", "naïve", "e\u{301}"]
    // Every scalar of the first planes alone, and after a non-ASCII letter.
    for value in stride(from: 0, to: 0x3_0000, by: 7) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      texts.append(String(scalar))
      texts.append("é" + String(scalar))
    }
    for text in texts {
      #expect(Numerals.occur(in: text) == text.unicodeScalars.contains { $0.properties.numericType != nil }, "\(text)")
    }
    #expect(Numerals.occur(in: "about 10,000"[...]))
  }
}
