import AttributionGraph

/// Compares a rubric's source ("James Comey", "Federal Bureau of Investigation", "aides to
/// Comey") with a graph's source node.
enum SourceNames {
  /// Words that do not tell one name from another.
  static let fillers: Set<String> = ["the", "of", "and", "for", "s"]

  /// True when the node is the rubric's source: an unnamed node for an unnamed source; else a
  /// named node one of whose names (label or alias) has all its words in the rubric's name or
  /// holds all the rubric's words ("Comey" and "James B. Comey" for "James Comey"), or is its
  /// initials ("FBI" for "Federal Bureau of Investigation"). A joint source ("Elijah Cummings
  /// and John Conyers") is matched by either signer.
  static func matches(_ expected: String, anonymous: Bool, node: Node) -> Bool {
    if anonymous { return node.anonymous }
    guard !node.anonymous else { return false }
    let names = [node.label] + node.aliases
    let wanted = [expected] + expected.components(separatedBy: " and ").filter { $0 != expected }
    return wanted.contains { want in names.contains { same(want, $0) } }
  }

  /// True when one name's words all occur in the other's, or one is the other's initials.
  static func same(_ a: String, _ b: String) -> Bool {
    let left = words(a)
    let right = words(b)
    guard !left.isEmpty, !right.isEmpty else { return false }
    if Set(left).isSubset(of: right) || Set(right).isSubset(of: left) { return true }
    return (right.count == 1 && initials(a) == right[0]) || (left.count == 1 && initials(b) == left[0])
  }

  /// A source's words, lower-cased, without fillers or single letters, so that spellings of one
  /// name compare equal.
  static func key(_ name: String) -> String { words(name).joined(separator: " ") }

  static func words(_ name: String) -> [String] {
    name.lowercased()
      .split { !$0.isLetter && !$0.isNumber }
      .map(String.init)
      .filter { $0.count > 1 && !fillers.contains($0) }
  }

  /// The initials of the capitalised words of `name` ("Federal Bureau of Investigation" → "fbi").
  static func initials(_ name: String) -> String {
    String(
      name.split { !$0.isLetter }
        .filter { $0.first?.isUppercase == true }
        .compactMap(\.first)
    ).lowercased()
  }
}
