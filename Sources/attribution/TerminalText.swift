import Foundation

/// Text from articles, case files and file names made inert before it reaches a terminal.
///
/// Article text may hold control characters: an escape sequence printed raw can retitle the
/// window, clear the screen or recolour what follows (`ESC ] 2 ; … BEL`, `ESC [ 2 J`). Every line
/// the tool prints passes through here: text through ``inert(_:)``, JSON through
/// ``escapedJSON(_:)``.
enum TerminalText {
  /// `text` with every control character replaced by U+FFFD: C0 controls other than tab and line
  /// feed (a carriage return only where it begins a CR LF line end), DEL and the C1 controls.
  static func inert(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard scalars.contains(where: isControl) else { return text }
    var result = String.UnicodeScalarView()
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let next = scalars.index(after: index)
      if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" {
        result.append(scalar)
      } else {
        result.append(isControl(scalar) ? "\u{FFFD}" : scalar)
      }
      index = next
    }
    return String(result)
  }

  /// JSON `text` with the control characters its encoder leaves raw (DEL and the C1 controls;
  /// C0 controls are escaped already) written as `\u00XX` escapes: the same data, inert on a
  /// terminal. Raw control characters can stand only inside JSON strings, where the escape
  /// means the same character.
  static func escapedJSON(_ text: String) -> String {
    guard hasControl(text) else { return text }
    var escaped: [UInt8] = []
    escapedJSON(text) { escaped.append(contentsOf: $0) }
    return String(decoding: escaped, as: UTF8.self)
  }

  /// ``escapedJSON(_:)``'s bytes handed to `write` in order, as runs of the text's own storage
  /// between escapes: a report's JSON runs to tens of megabytes and is not copied. A control is
  /// one byte (C0, DEL) or two (C1: 0xC2 then 0x80...0x9F).
  static func escapedJSON(_ text: String, in write: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    var text = text
    try text.withUTF8 { bytes in
      let raw = UnsafeRawBufferPointer(bytes)
      var (index, run) = (0, 0)
      while index < bytes.count {
        let byte = bytes[index]
        if (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F {
          try write(UnsafeRawBufferPointer(rebasing: raw[run..<index]))
          try escape(byte, write)
          run = index + 1
        } else if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
          try write(UnsafeRawBufferPointer(rebasing: raw[run..<index]))
          try escape(bytes[index + 1], write)
          index += 1
          run = index + 1
        }
        index += 1
      }
      try write(UnsafeRawBufferPointer(rebasing: raw[run...]))
    }
  }

  /// `\u00XX` for the byte `value`, handed to `write`.
  private static func escape(_ value: UInt8, _ write: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    let hex = Array("0123456789abcdef".utf8)
    try [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(value >> 4)], hex[Int(value & 15)]]
      .withUnsafeBytes { try write($0) }
  }

  /// Whether the text has a control character, read from its UTF-8 bytes (a report's JSON runs
  /// to tens of megabytes): C0 and DEL are single bytes, C1 controls are 0xC2 and 0x80...0x9F.
  private static func hasControl(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      for index in bytes.indices {
        let byte = bytes[index]
        if byte < 0x20 {
          if byte != 0x09 && byte != 0x0A { return true }
        } else if byte == 0x7F {
          return true
        } else if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
          return true
        }
      }
      return false
    }
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: false
    case 0x00...0x1F, 0x7F...0x9F: true
    default: false
    }
  }
}
