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
    // Byte by byte: a report's JSON runs to tens of megabytes. A control is one byte (C0, DEL)
    // or two (C1: 0xC2 then 0x80...0x9F); every other byte is copied.
    var text = text
    let escaped: [UInt8] = text.withUTF8 { bytes in
      var result: [UInt8] = []
      result.reserveCapacity(bytes.count + 64)
      func escape(_ value: UInt8) {
        result.append(contentsOf: Array(String(format: "\\u%04x", value).utf8))
      }
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F {
          escape(byte)
        } else if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
          index += 1
          escape(bytes[index])
        } else {
          result.append(byte)
        }
        index += 1
      }
      return result
    }
    return String(decoding: escaped, as: UTF8.self)
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
