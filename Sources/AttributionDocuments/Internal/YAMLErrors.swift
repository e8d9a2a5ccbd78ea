import Foundation
import Yams

/// Reading YAML with errors that name the file and line.
package enum YAMLErrors {
  /// The root node of `yaml`, with errors at their line of `file` (`lineOffset` lines before
  /// the text); an alias is refused before anything is composed (``YAMLAliases``).
  package static func compose(_ yaml: String, file: String, lineOffset: Int) throws -> Node? {
    if let line = YAMLAliases.firstAlias(in: yaml) {
      throw InputError(
        file: file, line: line + 1 + lineOffset,
        "YAML aliases (*name) are not accepted: write the value out where it is used")
    }
    do {
      return try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw inputError(error, file: file, lineOffset: lineOffset)
    }
  }

  /// Turns a Yams parse error into an ``InputError`` at the right line of `file`.
  package static func inputError(_ error: YamlError, file: String, lineOffset: Int) -> InputError {
    switch error {
    case .scanner(let context, let problem, let mark, let yaml),
      .parser(let context, let problem, let mark, let yaml),
      .composer(let context, let problem, let mark, let yaml):
      // At the end of the text libyaml points past the last line; the construct left open
      // (its context) is where the reader has to look.
      let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).count
      let line = mark.line > lines - (yaml.hasSuffix("\n") ? 1 : 0) ? (context?.mark.line ?? mark.line) : mark.line
      return InputError(file: file, line: line + lineOffset, "invalid YAML: \(problem)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      return InputError(
        file: file, line: context.mark.line + lineOffset,
        "duplicate key \(duplicates.joined(separator: ", "))")
    default:
      return InputError(file: file, "invalid YAML: \(error)")
    }
  }

  /// The 1-based line of `node` in `file`.
  package static func line(of node: Node, lineOffset: Int) -> Int? {
    node.mark.map { $0.line + lineOffset }
  }

  /// The mapping in `node`, or an error saying what was expected.
  package static func mapping(
    _ node: Node, what: String, file: String, lineOffset: Int
  ) throws -> Node.Mapping {
    guard let mapping = node.mapping else {
      throw InputError(
        file: file, line: line(of: node, lineOffset: lineOffset),
        "\(what) must be a mapping of keys to values")
    }
    return mapping
  }

  /// The string in a scalar node, or an error.
  package static func string(_ node: Node, key: String, file: String, lineOffset: Int) throws -> String {
    guard let scalar = node.scalar else {
      throw InputError(
        file: file, line: line(of: node, lineOffset: lineOffset), "'\(key)' must be a single value")
    }
    return scalar.string
  }

  /// The strings of a sequence node (a lone scalar counts as a one-element list).
  package static func strings(_ node: Node, key: String, file: String, lineOffset: Int) throws -> [String] {
    if let scalar = node.scalar { return [scalar.string] }
    guard let sequence = node.sequence else {
      throw InputError(
        file: file, line: line(of: node, lineOffset: lineOffset), "'\(key)' must be a list")
    }
    return try sequence.map { try string($0, key: key, file: file, lineOffset: lineOffset) }
  }

  /// Checks that every key of `mapping` is one of `allowed`.
  package static func checkKeys(
    _ mapping: Node.Mapping, allowed: [String], what: String, file: String, lineOffset: Int
  ) throws {
    for (key, _) in mapping {
      let name = key.string ?? "?"
      if !allowed.contains(name) {
        throw InputError(
          file: file, line: line(of: key, lineOffset: lineOffset),
          "unknown key '\(name)' in \(what) (expected one of: \(allowed.joined(separator: ", ")))")
      }
    }
  }

  /// Article metadata from a mapping node (an entry of case.yaml's `articles`): an unknown key
  /// is an error.
  package static func metadata(from node: Node, file: String, lineOffset: Int) throws -> ArticleMetadata {
    let mapping = try self.mapping(node, what: "article metadata", file: file, lineOffset: lineOffset)
    try checkKeys(
      mapping, allowed: DocumentReader.frontMatterKeys, what: "article metadata", file: file,
      lineOffset: lineOffset)
    return try metadata(from: mapping, file: file, lineOffset: lineOffset)
  }

  /// Article metadata from an article's front matter: an unknown key (a typo such as
  /// `outlett`) is ignored and added to `warnings`, so one typo does not lose the article.
  package static func metadata(
    from node: Node, file: String, lineOffset: Int, warnings: inout [InputError]
  ) throws -> ArticleMetadata {
    let mapping = try self.mapping(node, what: "article metadata", file: file, lineOffset: lineOffset)
    let allowed = DocumentReader.frontMatterKeys
    for (key, _) in mapping where !allowed.contains(key.string ?? "?") {
      warnings.append(InputError(
        file: file, line: line(of: key, lineOffset: lineOffset),
        "unknown key '\(key.string ?? "?")' in article metadata (expected one of: \(allowed.joined(separator: ", "))): ignored, the article is read"))
    }
    return try metadata(from: mapping, file: file, lineOffset: lineOffset)
  }

  private static func metadata(from mapping: Node.Mapping, file: String, lineOffset: Int) throws -> ArticleMetadata {
    var metadata = ArticleMetadata()
    for (key, value) in mapping {
      let name = key.string ?? ""
      let text = try string(value, key: name, file: file, lineOffset: lineOffset)
      switch name {
      case "outlet": metadata.outlet = text
      case "title": metadata.title = text
      case "date": metadata.date = text
      case "author": metadata.author = text
      case "url":
        guard ArticleMetadata.isWebAddress(text) else {
          throw InputError(
            file: file, line: line(of: value, lineOffset: lineOffset),
            "'url' must be an http or https address, not \"\(text.prefix(60))\"")
        }
        metadata.url = text
      default: break  // an unknown key, refused or reported by the caller
      }
    }
    return metadata
  }
}
