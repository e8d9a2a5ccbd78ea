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
    let parts = try! pieces(data(frame), [key: items(elements, chunkSize: chunkSize)]) + [[UInt8(ascii: "\n")]]
    // Written straight into the string's storage from the encoded chunks: a report of tens of
    // megabytes is held once as chunks and once as the string, never a third time as one array
    // of bytes (the encoder's output is valid UTF-8).
    let count = parts.reduce(0) { $0 + $1.count }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var offset = 0
      for part in parts {
        _ = UnsafeMutableBufferPointer(rebasing: buffer[offset..<(offset + part.count)]).initialize(from: part)
        offset += part.count
      }
      return offset
    }
  }

  /// The lines `elements` take as the items of a top-level array of a pretty-printed document,
  /// in chunks of `chunkSize` encoded on all cores, to be joined by ",\n". A chunk encoded alone
  /// is "[\n  {…},\n  {…}\n]": its lines inside the brackets, moved two spaces in, are the
  /// chunk's lines in the document (each chunk's encoding is let go as soon as it is moved). A
  /// chunk the encoder refuses throws its error (the first such chunk's).
  package static func items<Element: Encodable & Sendable>(_ elements: [Element], chunkSize: Int = 64) throws -> [[UInt8]] {
    let size = max(chunkSize, 1)
    let starts = Array(stride(from: 0, to: elements.count, by: size))
    return try starts.parallelMap { start in
      Result { indented(Array(try data(Array(elements[start..<min(start + size, elements.count)]))).dropFirst(2).dropLast(2)) }
    }.map { try $0.get() }
  }

  /// `shell` (a pretty-printed document whose top-level arrays named in `arrays` are empty)
  /// with each of those arrays holding its items (``items(_:chunkSize:)``). The encoder writes
  /// an empty array as an opening bracket, an empty line and the closing one; a string holds
  /// no raw line break, so that text is found only where the key is.
  package static func splice(_ shell: Data, _ arrays: [String: [[UInt8]]]) -> Data {
    let parts = pieces(shell, arrays)
    var bytes = Data(capacity: parts.reduce(1) { $0 + $1.count })
    for part in parts { bytes.append(contentsOf: part) }
    return bytes
  }

  /// The pieces ``splice(_:_:)`` joins, in order: the shell's text around each array, and the
  /// arrays' item chunks with the separators between them (not copied).
  private static func pieces(_ shell: Data, _ arrays: [String: [[UInt8]]]) -> [ArraySlice<UInt8>] {
    let bytes = Array(shell)
    // Where each array to fill is, in the order of the text.
    let places = arrays.filter { !$0.value.isEmpty }.map { key, chunks -> (start: Int, key: String, chunks: [[UInt8]]) in
      let empty = Array("\n  \"\(key)\" : [\n\n  ]".utf8)
      guard let start = firstRange(of: empty, in: bytes) else {
        preconditionFailure("\(key) must be a top-level key of the frame, its array empty")
      }
      return (start, key, chunks)
    }.sorted { $0.start < $1.start }
    let separator = ArraySlice(",\n".utf8)
    var parts: [ArraySlice<UInt8>] = []
    var position = 0
    for place in places {
      parts.append(bytes[position..<place.start])
      parts.append(ArraySlice("\n  \"\(place.key)\" : [\n".utf8))
      for (index, chunk) in place.chunks.enumerated() {
        if index > 0 { parts.append(separator) }
        parts.append(chunk[...])
      }
      parts.append(ArraySlice("\n  ]".utf8))
      position = place.start + "\n  \"\(place.key)\" : [\n\n  ]".utf8.count
    }
    parts.append(bytes[position...])
    return parts
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
