import Foundation

/// The field names of a corpus line: which JSON key holds the id, the text and each piece of
/// metadata. The defaults are `id`, `text`, `title`, `outlet`, `date` and `url`.
public struct CorpusFields: Sendable, Hashable {
  public var id = "id"
  public var text = "text"
  public var title = "title"
  public var outlet = "outlet"
  public var date = "date"
  public var url = "url"

  /// The names of the fields that can be renamed.
  public static let names = ["id", "text", "title", "outlet", "date", "url"]

  public init() {}

  /// Renames a field from `FIELD=KEY` (`text=body`: the text is under `body`).
  public mutating func rename(_ assignment: String) throws {
    let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2, !parts[1].isEmpty else {
      throw InputError(file: "--field", "'\(assignment)' is not FIELD=KEY (for example text=body)")
    }
    switch parts[0] {
    case "id": id = parts[1]
    case "text": text = parts[1]
    case "title": title = parts[1]
    case "outlet": outlet = parts[1]
    case "date": date = parts[1]
    case "url": url = parts[1]
    default:
      throw InputError(file: "--field", "unknown field '\(parts[0])' (expected one of: \(Self.names.joined(separator: ", ")))")
    }
  }
}

/// One line of a JSON Lines corpus as an article: an object with the text and, optionally, an
/// id, title, outlet, date and URL (``CorpusFields`` names them).
public enum CorpusRecord {
  /// The article on `line` (line `number` of `path`), or an error naming the file and line.
  /// Without an id, the article is named by a hash of its text (`doc-` and 16 hex digits), the
  /// same on every machine; an id that is a number is written as one.
  public static func document(
    from line: Data, number: Int, path: String, fields: CorpusFields = CorpusFields()
  ) throws -> Document {
    func failure(_ message: String) -> InputError { InputError(file: path, line: number, message) }
    let parsed: Any
    do {
      parsed = try JSONSerialization.jsonObject(with: line, options: [])
    } catch {
      let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
      throw failure("not valid JSON" + (reason.map { ": \($0.prefix(120))" } ?? ""))
    }
    guard let object = parsed as? [String: Any] else { throw failure("not a JSON object") }
    guard let textValue = object[fields.text], !(textValue is NSNull) else {
      throw failure("no '\(fields.text)' field (the article's text)")
    }
    guard let text = textValue as? String else { throw failure("'\(fields.text)' is not a string") }
    guard text.contains(where: { !$0.isWhitespace }) else { throw failure("'\(fields.text)' is empty") }
    var warnings: [InputError] = []
    func string(_ key: String) throws -> String? {
      switch object[key] {
      case nil, is NSNull: return nil
      case let value as String: return value.isEmpty ? nil : value
      default: throw failure("'\(key)' is not a string")
      }
    }
    let id: String
    switch object[fields.id] {
    case nil, is NSNull: id = contentID(of: text)
    case let value as String where !value.isEmpty: id = value
    // JSON's true and false arrive as numbers too, of type char.
    case let value as NSNumber where String(cString: value.objCType) != "c": id = value.stringValue
    default: throw failure("'\(fields.id)' is not a string or a number")
    }
    var url = try string(fields.url)
    if let given = url, !ArticleMetadata.isWebAddress(given) {
      warnings.append(failure("'\(fields.url)' is not an http or https address: ignored"))
      url = nil
    }
    let metadata = ArticleMetadata(
      outlet: try string(fields.outlet), title: try string(fields.title), date: try string(fields.date), url: url)
    var document = Document(id: id, path: "\(path):\(number)", text: text, metadata: metadata)
    document.warnings = warnings
    return document
  }

  /// `doc-` and the FNV-1a hash of the text's UTF-8 bytes, as 16 hex digits.
  public static func contentID(of text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash &*= 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return "doc-" + String(repeating: "0", count: 16 - hex.count) + hex
  }
}

/// The lines of a JSON Lines stream, read in chunks so that memory stays bounded however long
/// the stream: a line longer than `maximumBytes` is skipped (reported, never held whole).
public struct CorpusLines {
  /// One line: its 1-based number and its bytes (without the line end), or its length when it
  /// was over the limit.
  public enum Line {
    case text(number: Int, bytes: Data)
    case tooLong(number: Int, bytes: Int)
  }

  /// The longest line read, in bytes: an article's limit (``DocumentReader/maximumBytes``)
  /// with room for its other fields.
  public let maximumBytes: Int
  /// Bytes read from the stream so far (for progress).
  public private(set) var bytesRead = 0
  private let nextChunk: () throws -> Data?
  private var buffer: [UInt8] = []
  private var start = 0
  /// Where to look for the next line end: the bytes before it, from `start`, hold none.
  private var searchFrom = 0
  private var number = 0
  private var finished = false

  /// Lines from the chunks `nextChunk` returns, nil at the end of the stream.
  public init(maximumBytes: Int = (32 << 20) + (1 << 20), nextChunk: @escaping () throws -> Data?) {
    self.maximumBytes = maximumBytes
    self.nextChunk = nextChunk
  }

  /// Lines of the file open at `handle`, read a megabyte at a time.
  public init(handle: FileHandle, maximumBytes: Int = (32 << 20) + (1 << 20)) {
    self.init(maximumBytes: maximumBytes) { try handle.read(upToCount: 1 << 20) }
  }

  /// The next line that is not blank, or nil at the end of the stream.
  public mutating func next() throws -> Line? {
    var skipped = 0
    while true {
      let from = min(max(start, searchFrom), buffer.count)
      if let newline = buffer[from..<buffer.count].firstIndex(of: UInt8(ascii: "\n")) {
        number += 1
        var end = newline
        if end > start && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let length = skipped + (end - start)
        let bytes = Data(buffer[start..<end])
        start = newline + 1
        searchFrom = start
        if skipped > 0 || length > maximumBytes { return .tooLong(number: number, bytes: length) }
        if isBlank(bytes) { continue }
        return .text(number: number, bytes: bytes)
      }
      if finished {
        guard start < buffer.count || skipped > 0 else { return nil }
        number += 1
        let length = skipped + (buffer.count - start)
        let bytes = Data(buffer[start...])
        buffer.removeAll()
        start = 0
        if skipped > 0 || length > maximumBytes { return .tooLong(number: number, bytes: length) }
        if isBlank(bytes) { return nil }
        return .text(number: number, bytes: bytes)
      }
      // Keep only the unread part, and not even that when the line is already too long.
      buffer.removeSubrange(0..<start)
      start = 0
      searchFrom = buffer.count
      if buffer.count > maximumBytes {
        skipped += buffer.count
        buffer.removeAll(keepingCapacity: true)
        searchFrom = 0
      }
      if let chunk = try nextChunk(), !chunk.isEmpty {
        bytesRead += chunk.count
        buffer.append(contentsOf: chunk)
      } else {
        finished = true
      }
    }
  }

  private func isBlank(_ bytes: Data) -> Bool {
    bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
  }
}
