import Foundation

/// JSON encoding shared by the JSON reporters and exporters: pretty-printed, keys sorted,
/// slashes unescaped; large top-level arrays encoded in chunks on all cores and spliced into
/// the same bytes one encoding gives (a corpus's claims or graph run to tens of megabytes).
package enum JSONText {
  /// `value` as pretty-printed JSON with sorted keys and unescaped slashes, newline-terminated.
  /// For the reporters' plain structs of strings, numbers and arrays, which cannot fail.
  package static func encode<Value: Encodable>(_ value: Value) -> String {
    String(decoding: try! data(value), as: UTF8.self) + "\n"
  }

  /// `value` pretty-printed with sorted keys and unescaped slashes (no final newline).
  package static func data<Value: Encodable>(_ value: Value) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(value)
  }

  /// ``encode(_:)`` of `frame` with `elements` in its top-level array `key` (empty in `frame`).
  package static func encode<Frame: Encodable, Element: Encodable & Sendable>(
    _ frame: Frame, splicing elements: [Element], at key: String, chunkSize: Int = 64
  ) -> String {
    var bytes = try! splice(data(frame), [key: items(elements, chunkSize: chunkSize)])
    // The final newline appended to the bytes: a string of tens of megabytes is not copied again.
    bytes.append(UInt8(ascii: "\n"))
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The lines `elements` take as the items of a top-level array of a pretty-printed document:
  /// encoded in chunks of `chunkSize` on all cores. A chunk encoded alone is
  /// "[\n  {…},\n  {…}\n]": its lines inside the brackets, moved two spaces in, are the
  /// chunk's lines in the document.
  /// The first chunk's error (in order) is thrown.
  package static func items<Element: Encodable & Sendable>(_ elements: [Element], chunkSize: Int = 64) throws -> [UInt8] {
    let size = max(chunkSize, 1)
    let starts = Array(stride(from: 0, to: elements.count, by: size))
    let encoded = starts.parallelMap { start in
      Result { try data(Array(elements[start..<min(start + size, elements.count)])) }
    }
    let chunks = try encoded.map { indented(Array(try $0.get()).dropFirst(2).dropLast(2)) }
    var result: [UInt8] = []
    result.reserveCapacity(chunks.reduce(0) { $0 + $1.count + 2 })
    for (index, chunk) in chunks.enumerated() {
      if index > 0 { result.append(contentsOf: ",\n".utf8) }
      result.append(contentsOf: chunk)
    }
    return result
  }

  /// `shell` (a pretty-printed document whose top-level arrays named in `arrays` are empty)
  /// with each of those arrays holding its items (``items(_:chunkSize:)``). The encoder writes
  /// an empty array as an opening bracket, an empty line and the closing one; a string holds
  /// no raw line break, so that text is found only where the key is.
  package static func splice(_ shell: Data, _ arrays: [String: [UInt8]]) -> [UInt8] {
    var bytes = Array(shell)
    for (key, items) in arrays.sorted(by: { $0.key < $1.key }) where !items.isEmpty {
      let empty = Array("\n  \"\(key)\" : [\n\n  ]".utf8)
      guard let start = firstRange(of: empty, in: bytes) else {
        preconditionFailure("\(key) must be a top-level key of the frame, its array empty")
      }
      let filled = Array("\n  \"\(key)\" : [\n".utf8) + items + Array("\n  ]".utf8)
      bytes.replaceSubrange(start..<(start + empty.count), with: filled)
    }
    return bytes
  }

  private static func firstRange(of part: [UInt8], in bytes: [UInt8]) -> Int? {
    guard bytes.count >= part.count else { return nil }
    for start in 0...(bytes.count - part.count) where bytes[start] == part[0] {
      if bytes[start..<(start + part.count)].elementsEqual(part) { return start }
    }
    return nil
  }

  /// Each non-empty line of `lines` two spaces further in (the encoder leaves the inner line
  /// of an empty array empty).
  private static func indented(_ lines: ArraySlice<UInt8>) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(lines.count + lines.count / 16)
    var atLineStart = true
    for byte in lines {
      if atLineStart, byte != UInt8(ascii: "\n") { result.append(contentsOf: [0x20, 0x20]) }
      result.append(byte)
      atLineStart = byte == UInt8(ascii: "\n")
    }
    return result
  }
}
