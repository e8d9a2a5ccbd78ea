/// Making text safe to place in HTML: every piece of article or case text goes through
/// ``escape(_:)`` and every link through ``safeURL(_:)``.
enum HTMLText {
  /// `text` as HTML (and XML) character data or attribute value: `&`, `<`, `>`, `"` and `'`
  /// become character references, and control characters, which HTML and XML forbid (other
  /// than tab, line feed and carriage return), become U+FFFD.
  static func escape(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      case _ where isForbidden(scalar): result.unicodeScalars.append("\u{FFFD}")
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `address` when it is an absolute http or https URL with a host and nothing that could end
  /// an attribute or hide a scheme (spaces, quotes, angle brackets, backslashes, control
  /// characters); nil otherwise.
  static func safeURL(_ address: String) -> String? {
    let lower = address.lowercased()
    guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
    let host = lower.drop(while: { $0 != "/" }).dropFirst(2).prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" })
    guard !host.isEmpty else { return nil }
    let refused: Set<Unicode.Scalar> = [" ", "\"", "'", "<", ">", "\\", "`"]
    guard
      !address.unicodeScalars.contains(where: {
        refused.contains($0) || isForbidden($0) || $0.properties.isWhitespace
      })
    else { return nil }
    return address
  }

  private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE
      || scalar.value == 0xFFFF
  }
}
