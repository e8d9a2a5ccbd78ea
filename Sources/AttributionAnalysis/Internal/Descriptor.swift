import AttributionGraph
import AttributionLexicon

/// Reads an anonymous source's description for a reason it would know.
enum Descriptor {
  /// Words that say nothing about who the source is or why it would know.
  static let empty: Set<String> = WordList.emptyDescriptorWords.words

  /// True when the node's label or role holds at least one word beyond the empty ones
  /// ("senior", "intelligence", "official", "familiar").
  static func hasPosition(_ node: Node) -> Bool {
    if let role = node.role, !words(role).isEmpty { return true }
    return !words(node.label).isEmpty
  }

  /// The descriptive words of `text`.
  static func words(_ text: String) -> [String] {
    text.lowercased()
      .split { !$0.isLetter && $0 != "-" }
      .map(String.init)
      .filter { !empty.contains($0) }
  }
}
