/// Whether a text holds a figure, read on its bytes where it can be: the claim stages ask it
/// of every statement of a case.
public enum Numerals {
  /// True when a scalar of `text` has a numeric type (a digit, "½", "Ⅻ", "٣"). ASCII text is
  /// read byte by byte (its only numerals are the digits); the Unicode properties are looked up
  /// only for text with other scalars.
  public static func occur(in text: Substring) -> Bool {
    var ascii = true
    for byte in text.utf8 {
      if byte &- 0x30 < 10 { return true }
      if byte >= 0x80 { ascii = false }
    }
    return !ascii && text.unicodeScalars.contains { !$0.isASCII && $0.properties.numericType != nil }
  }

  /// ``occur(in:)`` of a whole string (not generic: it runs for every statement of a corpus).
  public static func occur(in text: String) -> Bool { occur(in: text[...]) }
}
