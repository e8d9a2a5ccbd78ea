import Foundation

/// Turns caller strings into strings Graphviz shows literally and that keep
/// SVG well-formed.
///
/// Graphviz expands backslash sequences (`\N`, `\n`, `\\`) in labels and
/// tooltips, decodes `&amp;`-style entities in labels, keeps entity-like text
/// unescaped when it writes XML, and copies control characters into SVG raw.
enum GraphvizText {
  /// A plain-text label: backslashes doubled, `& < > "` as entities, line
  /// breaks as Graphviz line breaks (`\n`, `\l`, `\r` for centred, left and
  /// right), other control characters removed.
  static func label(_ text: String, alignment: TextAlignment) -> String {
    let lines = lines(of: text).map { escaped($0, backslash: #"\\"#) }
    switch alignment {
    case .center: return lines.joined(separator: "\\n")
    case .left: return lines.map { $0 + "\\l" }.joined()
    case .right: return lines.map { $0 + "\\r" }.joined()
    }
  }

  /// A tooltip. Graphviz decodes `\n` and drops other backslashes first, then
  /// expands `\N`-style sequences and `\\`, so a backslash takes four.
  static func tooltip(_ text: String) -> String {
    lines(of: text).map { escaped($0, backslash: #"\\\\"#) }.joined(separator: #"\n"#)
  }

  /// Text for attributes in which Graphviz expands `\N`-style sequences and
  /// `\\` (`id`, `target`): backslashes doubled, `& < > "` as entities, line
  /// breaks as spaces, control characters removed.
  static func escapedText(_ text: String) -> String {
    lines(of: text).map { escaped($0, backslash: #"\\"#) }.joined(separator: " ")
  }

  /// Text for attributes Graphviz copies as they are (`comment`, `class`):
  /// `& < > "` as entities, line breaks as spaces, control characters removed.
  static func plainText(_ text: String) -> String {
    lines(of: text).map { escaped($0, backslash: #"\"#) }.joined(separator: " ")
  }

  /// Text inside an HTML-like label, where Graphviz expands `\N`-style
  /// sequences and `\\` too: backslashes doubled, `& < > "` as entities,
  /// control characters removed. Line breaks are the caller's business.
  ///
  /// `]` is written `&#93;`: Graphviz 2.43's HTML-label lexer fails with "syntax error in line
  /// 1" on text that is just `]` (found by fuzzing; `]]>` fails too).
  static func htmlText(_ text: String) -> String {
    escaped(text, backslash: #"\\"#).replacingOccurrences(of: "]", with: "&#93;")
  }

  /// A graph, subgraph or node name. `&` becomes `&amp;`, so that names that
  /// look like character references (`&#1;`) cannot reach the SVG as such;
  /// Graphviz writes it back as `&` in SVG. Control characters become Unicode
  /// control pictures, noncharacters U+FFFD.
  static func identifier(_ name: String) -> String {
    var result = ""
    for scalar in name.unicodeScalars {
      switch scalar.value {
      case 0x26: result += "&amp;"
      case 0x00..<0x20: result.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
      case 0x7F: result += "\u{2421}"
      case 0x80...0x9F, 0xFFFE, 0xFFFF: result += "\u{FFFD}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Why `value` cannot be passed to Graphviz as a keyword, number, colour or
  /// font name, or nil if it can. Graphviz copies such values into SVG
  /// attributes without escaping them.
  static func keywordProblem(_ value: String) -> String? {
    for scalar in value.unicodeScalars {
      if isControl(scalar) { return "it contains a control character" }
      if "\"<>&\\".unicodeScalars.contains(scalar) {
        return "it contains \(String(reflecting: String(scalar))), which no keyword, number, "
          + "colour or font name needs"
      }
    }
    return nil
  }

  /// `link` as Graphviz should receive it (with `&` as `&amp;` for XML), or
  /// nil unless it is an absolute `http` or `https` URL made only of the
  /// characters RFC 3986 allows.
  static func link(_ link: String) -> String? {
    guard let url = URL(string: link), let scheme = url.scheme?.lowercased(),
      scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty
    else { return nil }
    let text = url.absoluteString
    guard text.unicodeScalars.allSatisfy(isURLCharacter) else { return nil }
    // A quote is a valid URL character, but cairo's PDF link tags end their attribute at one
    // (the whole PDF came out broken); percent-encoded it means the same address.
    return text.replacingOccurrences(of: "'", with: "%27").replacingOccurrences(of: "&", with: "&amp;")
  }

  /// `text` split at line feeds, carriage returns, CR LF pairs, next-line
  /// and line or paragraph separators.
  static func lines(of text: String) -> [String] {
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    var afterCarriageReturn = false
    for scalar in text.unicodeScalars {
      let wasAfterCarriageReturn = afterCarriageReturn
      afterCarriageReturn = scalar == "\r"
      switch scalar {
      case "\n" where wasAfterCarriageReturn:
        continue
      case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
        lines.append(String(current))
        current = String.UnicodeScalarView()
      default:
        current.append(scalar)
      }
    }
    lines.append(String(current))
    return lines
  }

  /// `line` with `& < > "` as entities, each backslash as `backslash`, tabs
  /// as spaces and control characters removed.
  private static func escaped(_ line: String, backslash: String) -> String {
    var result = ""
    for scalar in line.unicodeScalars {
      switch scalar {
      case "\\": result += backslash
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "\t": result += " "
      default:
        if !isControl(scalar) { result.unicodeScalars.append(scalar) }
      }
    }
    return result
  }

  /// C0 and C1 control characters, DEL, and the noncharacters XML forbids.
  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
    default: return false
    }
  }

  private static func isURLCharacter(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.isASCII else { return false }
    let character = Character(scalar)
    return character.isLetter || character.isNumber || "-._~:/?#[]@!$&'()*+,;=%".contains(character)
  }
}
