import Foundation
import Yams

/// Reads article files: plain text, or Markdown/text that opens with YAML front matter
/// (`---` lines around `outlet`, `title`, `date`, `url`, `author`), or a web page saved from a
/// browser (`.html`, `.htm`), whose main text and metadata are read with libxml2 (see
/// ``isPage(_:)``); a page's offsets and lines count in that text.
///
/// Reading refuses what it cannot read faithfully: an empty file, a binary file, text that is
/// not UTF-8, front matter that is not valid YAML or has unknown keys, a file over the size limit.
/// Each refusal is an ``InputError`` naming the file and, where there is one, the line.
public struct DocumentReader: Sendable {
  /// The largest article accepted, in bytes.
  public var maximumBytes: Int

  /// The front matter keys an article may carry.
  public static let frontMatterKeys = ["outlet", "title", "date", "url", "author"]

  public init(maximumBytes: Int = 32 << 20) {
    self.maximumBytes = maximumBytes
  }

  /// Reads the file at `url`; `displayPath` names it in errors and evidence.
  public func read(contentsOf url: URL, displayPath: String? = nil) throws -> Document {
    let path = displayPath ?? url.path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw InputError(file: path, "no such file")
    }
    if isDirectory.boolValue {
      throw InputError(file: path, "is a folder, not an article file")
    }
    let type = (try? FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path)[.type]) as? FileAttributeType
    if let type, type != .typeRegular {
      throw InputError(file: path, "is not a regular file (a pipe, device or socket): not read")
    }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw InputError(file: path, "cannot read the file (\(error.localizedDescription))")
    }
    let id = url.deletingPathExtension().lastPathComponent
    if Self.isPage(url.path) { return try readPage(data: data, id: id, path: path) }
    return try read(data: data, id: id, path: path)
  }

  /// Whether a file is a saved web page, by its extension (`.html`, `.htm`, `.xhtml`).
  public static func isPage(_ path: String) -> Bool {
    ["html", "htm", "xhtml"].contains((path as NSString).pathExtension.lowercased())
  }

  /// Reads a saved web page held in memory: its main text (the headline, then its paragraphs
  /// separated by blank lines) is the document's text, and its metadata comes from the page's
  /// `og:` and `article:` tags, JSON-LD and canonical link.
  public func readPage(data: Data, id: String, path: String) throws -> Document {
    try checkBytes(data, path: path, kind: "a web page")
    let page = try HTMLPage.read(data, path: path)
    return Document(id: id, path: path, text: page.text, metadata: page.metadata)
  }

  /// Refuses an empty file, one over ``maximumBytes``, and one holding a NUL byte (binary, not
  /// `kind`).
  private func checkBytes(_ data: Data, path: String, kind: String) throws {
    if data.isEmpty { throw InputError(file: path, "the file is empty") }
    if data.count > maximumBytes {
      throw InputError(
        file: path,
        "the file is \(data.count) bytes; articles over \(maximumBytes) bytes are refused")
    }
    // Searched in the bytes themselves: Data's own `firstIndex(of:)` goes byte by byte through
    // its storage object.
    if let nul = data.withUnsafeBytes({ $0.firstIndex(of: 0) }).map({ data.startIndex + $0 }) {
      throw InputError(
        file: path, line: Self.line(at: nul, in: data),
        "the file holds a NUL byte: it looks binary, not \(kind)")
    }
  }

  /// Reads an article held in memory.
  public func read(data: Data, id: String, path: String) throws -> Document {
    try checkBytes(data, path: path, kind: "an article")
    guard var text = String(validatingUTF8Data: data) else {
      let bad = Self.firstInvalidUTF8Offset(in: data) ?? 0
      throw InputError(
        file: path, line: Self.line(at: bad, in: data),
        "the file is not valid UTF-8 (first bad byte at offset \(bad)); convert it, e.g. with iconv -f WINDOWS-1252 -t UTF-8"
      )
    }
    // A byte-order mark is a code point of the file: offsets count it, as every other reader of
    // the file does (decoding drops it), and the body starts after it.
    let hasBOM = data.starts(with: [0xEF, 0xBB, 0xBF])
    if hasBOM && text.unicodeScalars.first != "\u{FEFF}" { text = "\u{FEFF}" + text }
    var warnings: [InputError] = []
    var (metadata, body) = try Self.frontMatter(of: text, path: path, warnings: &warnings)
    if hasBOM && body.start == 0 { body = TextSpan(1, body.end) }
    var document = Document(id: id, path: path, text: text, body: body, metadata: metadata)
    document.warnings = warnings
    return document
  }

  /// Splits off front matter: the metadata and the code-point span of the body. Lines may end in
  /// LF, CR LF or CR (files saved on Windows or old Macs); a leading byte-order mark is skipped.
  static func frontMatter(of text: String, path: String, warnings: inout [InputError]) throws -> (ArticleMetadata, TextSpan) {
    let scalars = text.unicodeScalars
    let total = text.unicodeScalarCount
    var index = scalars.startIndex
    if index < scalars.endIndex, scalars[index] == "\u{FEFF}" { index = scalars.index(after: index) }
    /// The next line from `index`, without its line end, and the code points it takes with it.
    func nextLine() -> (text: String, length: Int)? {
      guard index < scalars.endIndex else { return nil }
      var line = String.UnicodeScalarView()
      var length = 0
      while index < scalars.endIndex {
        let scalar = scalars[index]
        index = scalars.index(after: index)
        length += 1
        if scalar == "\n" { break }
        if scalar == "\r" {
          if index < scalars.endIndex, scalars[index] == "\n" {
            index = scalars.index(after: index)
            length += 1
          }
          break
        }
        line.append(scalar)
      }
      return (String(line), length)
    }
    // Only the first line decides; an article without front matter is not split into lines.
    let skipped = index == scalars.startIndex ? 0 : 1
    guard let first = nextLine(), first.text.trimmingCharacters(in: .whitespaces) == "---" else {
      return (ArticleMetadata(), TextSpan(0, total))
    }
    var consumed = skipped + first.length
    var yamlLines: [String] = []
    var closed = false
    while let line = nextLine() {
      consumed += line.length
      if line.text.trimmingCharacters(in: .whitespaces) == "---" {
        closed = true
        break
      }
      yamlLines.append(line.text)
    }
    guard closed else {
      throw InputError(
        file: path, line: 1, "front matter opened with '---' is never closed by a '---' line")
    }
    let metadata = try parseMetadata(
      yaml: yamlLines.joined(separator: "\n"), path: path, firstLine: 2, warnings: &warnings)
    return (metadata, TextSpan(min(consumed, total), total))
  }

  /// Parses a YAML mapping of article metadata whose first line is `firstLine` of `path`.
  static func parseMetadata(
    yaml: String, path: String, firstLine: Int, warnings: inout [InputError]
  ) throws -> ArticleMetadata {
    let node = try YAMLErrors.compose(yaml, file: path, lineOffset: firstLine - 1)
    guard let node else { return ArticleMetadata() }
    return try YAMLErrors.metadata(from: node, file: path, lineOffset: firstLine - 1, warnings: &warnings)
  }

  static func line(at byteOffset: Int, in data: Data) -> Int {
    data.prefix(byteOffset).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
  }

  static func firstInvalidUTF8Offset(in data: Data) -> Int? {
    var bytes = CountingIterator(base: data.makeIterator())
    var decoder = UTF8()
    while true {
      let before = bytes.count
      switch decoder.decode(&bytes) {
      case .scalarValue: continue
      case .emptyInput: return nil
      case .error: return before
      }
    }
  }
}

/// A byte iterator that counts what it has handed out.
private struct CountingIterator: IteratorProtocol {
  var base: Data.Iterator
  var count = 0

  mutating func next() -> UInt8? {
    let byte = base.next()
    if byte != nil { count += 1 }
    return byte
  }
}

extension String {
  /// The string decoded from strictly valid UTF-8, or nil.
  package init?(validatingUTF8Data data: Data) {
    guard let string = String(bytes: data, encoding: .utf8) else { return nil }
    self = string
  }
}
