/// Texts cut into words as `split(whereSeparator:)` cuts them on `Character`s, with ASCII text
/// (most news) read byte by byte: the graph stage splits every content and source several
/// times, and a `Character`'s Unicode properties were a tenth of its time. Text with other
/// scalars is split on its `Character`s, as before.
public enum WordSplit {
  /// `text.split(whereSeparator: \.isWhitespace)`, with `also` (non-ASCII separators, such as
  /// dashes) splitting too.
  public static func spaced(_ text: Substring, also: Set<Character> = []) -> [Substring] {
    split(text, isSeparator: { $0 == 0x20 || $0 &- 9 < 5 }) { $0.isWhitespace || also.contains($0) }
  }

  /// ``spaced(_:also:)`` of a whole string.
  public static func spaced(_ text: String, also: Set<Character> = []) -> [Substring] {
    spaced(text[...], also: also)
  }

  /// `text.split(whereSeparator: { !$0.isLetter })`: the runs of letters.
  public static func letterRuns(_ text: Substring) -> [Substring] {
    split(text, isSeparator: { ($0 | 0x20) &- 0x61 >= 26 }) { !$0.isLetter }
  }

  /// ``letterRuns(_:)`` of a whole string.
  public static func letterRuns(_ text: String) -> [Substring] { letterRuns(text[...]) }

  /// The pieces of `text` between separators, empty ones left out: ASCII text by
  /// `isSeparator` on its bytes (which must agree with `isCharacterSeparator` on ASCII
  /// characters; "\r\n", one `Character`, splits as its two bytes do), other text by
  /// `isCharacterSeparator`.
  private static func split(
    _ text: Substring, isSeparator: (UInt8) -> Bool, isCharacterSeparator: (Character) -> Bool
  ) -> [Substring] {
    let bytes = text.utf8
    var pieces: [Substring] = []
    var start: String.Index?
    var index = bytes.startIndex
    while index != bytes.endIndex {
      let byte = bytes[index]
      guard byte < 0x80 else { return text.split(whereSeparator: isCharacterSeparator) }
      if isSeparator(byte) {
        if let open = start { pieces.append(text[open..<index]) }
        start = nil
      } else if start == nil {
        start = index
      }
      bytes.formIndex(after: &index)
    }
    if let open = start { pieces.append(text[open..<index]) }
    return pieces
  }
}
