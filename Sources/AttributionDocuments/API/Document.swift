import Foundation

/// What is known about an article apart from its text: from its front matter or the case file.
public struct ArticleMetadata: Hashable, Codable, Sendable {
  /// The publication that ran the article ("Business Insider").
  public var outlet: String?
  /// The headline.
  public var title: String?
  /// The publication date as written, preferably ISO 8601 ("2024-10-29").
  public var date: String?
  /// Where the article was published; only http(s) addresses are kept.
  public var url: String?
  /// The byline.
  public var author: String?

  public init(
    outlet: String? = nil, title: String? = nil, date: String? = nil, url: String? = nil,
    author: String? = nil
  ) {
    self.outlet = outlet
    self.title = title
    self.date = date
    self.url = url
    self.author = author
  }

  /// Whether `url` is an address this metadata keeps: http or https, in any case.
  static func isWebAddress(_ url: String) -> Bool {
    let lowered = url.lowercased()
    return lowered.hasPrefix("https://") || lowered.hasPrefix("http://")
  }

  /// This metadata with every field it lacks taken from `other`.
  public func filling(from other: ArticleMetadata) -> ArticleMetadata {
    ArticleMetadata(
      outlet: outlet ?? other.outlet, title: title ?? other.title, date: date ?? other.date,
      url: url ?? other.url, author: author ?? other.author)
  }
}

/// An article as read from disk: its full text, where the body starts after any front matter,
/// and its metadata. All offsets are Unicode code points into `text`.
public struct Document: Sendable {
  /// The file name without its extension; names the article in evidence and output.
  public var id: String
  /// The path the article was read from, as given.
  public var path: String
  /// The file's text exactly as read, front matter included.
  public var text: String
  /// The article body: everything after the front matter.
  public var body: TextSpan
  /// Outlet, title, date, URL and author.
  public var metadata: ArticleMetadata
  /// What was wrong with the file but did not stop it being read (an unknown front-matter
  /// key, which is ignored), each naming the file and line.
  public var warnings: [InputError] = []
  /// The text as code points, for slicing by offset.
  public let scalars: [Unicode.Scalar]
  /// The offset each line starts at, the first line's (0) first.
  private let lineStarts: [Int]

  /// A document over `text`; `body` defaults to the whole text.
  public init(
    id: String, path: String? = nil, text: String, body: TextSpan? = nil,
    metadata: ArticleMetadata = ArticleMetadata()
  ) {
    self.id = id
    self.path = path ?? id
    self.text = text
    // Sized by the quick count, so the code points are decoded once, not also to count them.
    var lineStarts = [0]
    self.scalars = [Unicode.Scalar](unsafeUninitializedCapacity: text.unicodeScalarCount) { buffer, initialized in
      for scalar in text.unicodeScalars {
        buffer.initializeElement(at: initialized, to: scalar)
        initialized += 1
        if scalar == "\n" { lineStarts.append(initialized) }
      }
    }
    self.lineStarts = lineStarts
    self.body = body ?? TextSpan(0, scalars.count)
    self.metadata = metadata
  }

  /// The text covered by `span` (clamped to the document).
  public func text(in span: TextSpan) -> String {
    let start = max(0, min(span.start, scalars.count))
    let end = max(start, min(span.end, scalars.count))
    return ScalarText.text(scalars, start..<end)
  }

  /// The 1-based line and column of a code-point offset.
  public func location(of offset: Int) -> SourceLocation {
    let offset = max(0, min(offset, scalars.count))
    let line = line(of: offset)
    return SourceLocation(file: path, line: line, column: offset - lineStarts[line - 1] + 1)
  }

  /// The 1-based line of a code-point offset (clamped to the text), by binary search over the
  /// lines' starts: an audit asks for thousands of places in one long article.
  public func line(of offset: Int) -> Int {
    let offset = max(0, min(offset, scalars.count))
    return lineStarts.partitionPoint { $0 > offset }
  }
}

/// A place in a file, 1-based, for messages and findings.
public struct SourceLocation: Hashable, Codable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int?

  public init(file: String, line: Int, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, or `file:line`.
  public var description: String {
    column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
  }
}

extension String {
  /// The number of code points, counted in the UTF-8: every byte but a continuation byte
  /// starts one. Much quicker than counting `unicodeScalars`, which decodes each.
  var unicodeScalarCount: Int {
    var text = self
    // Wrapping sums (a count cannot overflow) let the loop run on vectors of bytes.
    return text.withUTF8 { bytes in bytes.reduce(0) { $0 &+ ($1 & 0xC0 == 0x80 ? 0 : 1) } }
  }
}
