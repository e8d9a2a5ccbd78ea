/// XML 1.0 escaping for text and attribute values.
enum XMLText {
  /// Whether XML 1.0 allows `scalar` in a document at all, even as a character reference:
  /// tab, line feed, carriage return, and U+0020 and above except U+FFFE and U+FFFF. (Swift
  /// strings hold no surrogates.)
  static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: true
    case 0x20...0xFFFD: true
    case 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// `text` escaped for element content or a double-quoted attribute value. Characters XML 1.0
  /// forbids are dropped; markup characters and quotes become entity references; tab, line feed
  /// and carriage return become character references so that parsers keep them as written
  /// (attribute-value normalization would turn them into spaces).
  static func escaped(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where isAllowed(scalar) {
      switch scalar {
      case "&": result.append(contentsOf: "&amp;".unicodeScalars)
      case "<": result.append(contentsOf: "&lt;".unicodeScalars)
      case ">": result.append(contentsOf: "&gt;".unicodeScalars)
      case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
      case "'": result.append(contentsOf: "&apos;".unicodeScalars)
      case "\t": result.append(contentsOf: "&#9;".unicodeScalars)
      case "\n": result.append(contentsOf: "&#10;".unicodeScalars)
      case "\r": result.append(contentsOf: "&#13;".unicodeScalars)
      default: result.append(scalar)
      }
    }
    return String(result)
  }
}
