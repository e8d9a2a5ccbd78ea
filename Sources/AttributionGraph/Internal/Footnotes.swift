import Foundation

/// Numbered source lists of summary articles: "Sources: [1]Associated Press, [2]POLITICO …
/// and [6]Understanding War." with `[n]` markers in the text.
enum Footnotes {
  private static let entry = try! NSRegularExpression(
    pattern: #"\[(\d{1,3})\]\s*([^\[\],;]+?)\s*(?=,|;|\band\b|\[|\.\s*$|$)"#,
    options: [.anchorsMatchLines])
  private static let marker = try! NSRegularExpression(pattern: #"\[(\d{1,3})\]"#)

  /// The outlets of the article's source list, by number; empty when it has none.
  static func sources(in text: String) -> [Int: String] {
    var result: [Int: String] = [:]
    // Most articles have no list: a text without "source" in any case is not split into lines.
    guard mentionsSource(text) else { return result }
    for line in text.split(separator: "\n") {
      let trimmed = line.trimming(.whitespaces)
      guard trimmed.lowercased().hasPrefix("sources:") || trimmed.lowercased().hasPrefix("source:")
      else { continue }
      let ns = trimmed as NSString
      for match in entry.matches(in: trimmed, range: NSRange(location: 0, length: ns.length)) {
        guard let number = Int(ns.substring(with: match.range(at: 1))) else { continue }
        let name = ns.substring(with: match.range(at: 2))
          .trimming(CharacterSet(charactersIn: " .").union(.whitespaces))
        if !name.isEmpty { result[number] = name }
      }
    }
    return result
  }

  /// Whether `text` holds "source" in any case (ASCII letters: what "source:" lower-cases from).
  static func mentionsSource(_ text: String) -> Bool {
    let word = Array("source".utf8)
    var matched = 0
    for byte in text.utf8 {
      let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
      matched = lower == word[matched] ? matched + 1 : (lower == word[0] ? 1 : 0)
      if matched == word.count { return true }
    }
    return false
  }

  /// The footnote numbers marked in `text`, in order, without repeats.
  static func markers(in text: String) -> [Int] {
    let ns = text as NSString
    var seen: [Int] = []
    for match in marker.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
      if let number = Int(ns.substring(with: match.range(at: 1))), !seen.contains(number) {
        seen.append(number)
      }
    }
    return seen
  }
}
