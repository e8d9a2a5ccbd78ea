import ArgumentParser
import AttributionDocuments
import Foundation
import Yams

/// `attribution text`: an article as the tool reads it, as an article file.
struct TextCommand: ParsableCommand, TimeLimited {
  static let configuration = CommandConfiguration(
    commandName: "text",
    abstract: "Print an article as the tool reads it: its metadata as front matter, then its text.",
    discussion: """
      For a web page saved from a browser (.html, .htm), the text is the page's main text (the \
      headline, then its paragraphs) and the metadata comes from its tags: what the evidence \
      offsets and lines of that article count in. Saved with -o as a .txt file, it is an article \
      file of its own, to read or correct by hand.
      """)

  @Argument(help: "An article file (.txt, .md, .html or .htm), or - for standard input.", completion: .file())
  var path: String

  @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  @OptionGroup var timeLimit: TimeLimitOption

  func run() throws {
    let reader = DocumentReader()
    let document = path == "-"
      ? try StandardInput.article(reader: reader)
      : try reader.read(contentsOf: URL(fileURLWithPath: path), displayPath: path)
    for warning in document.warnings { Diagnostics.warn(warning.description) }
    var text = Self.frontMatter(document.metadata)
    text += document.text(in: document.body)
    if !text.hasSuffix("\n") { text += "\n" }
    try OutputFile(path: output).write(Data(text.utf8))
  }

  /// `text` as a YAML double-quoted scalar.
  static func quoted(_ text: String) -> String {
    (try? Yams.serialize(node: Node(text, Tag(.str), .doubleQuoted)).trimmingCharacters(in: .newlines)) ?? "\"\""
  }

  /// The metadata as a front-matter block (nothing when there is none), in the reader's key order.
  static func frontMatter(_ metadata: ArticleMetadata) -> String {
    let values: [(String, String?)] = [
      ("outlet", metadata.outlet), ("title", metadata.title), ("date", metadata.date), ("url", metadata.url),
      ("author", metadata.author),
    ]
    let pairs = values.compactMap { key, value in value.map { (Node(key), Node($0, Tag(.str), .doubleQuoted)) } }
    guard !pairs.isEmpty, let yaml = try? Yams.serialize(node: Node(pairs)) else { return "" }
    return "---\n\(yaml)---\n"
  }
}
