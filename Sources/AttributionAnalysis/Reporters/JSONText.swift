import AttributionGraph
import Foundation

/// JSON encoding shared by the JSON reporters.
enum JSONText {
  /// `value` as pretty-printed JSON with sorted keys and unescaped slashes, newline-terminated.
  static func encode<Value: Encodable>(_ value: Value) -> String {
    String(decoding: data(value), as: UTF8.self) + "\n"
  }

  private static func data<Value: Encodable>(_ value: Value) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding plain structs of strings, numbers and arrays cannot fail.
    return try! encoder.encode(value)
  }

  /// ``encode(_:)`` of `frame` with `elements` in its top-level array `key` (empty in `frame`,
  /// and the first of its keys in sorted order): the same bytes, with the elements encoded in
  /// chunks of `chunkSize` on all cores (a corpus's claims run to tens of megabytes of JSON).
  static func encode<Frame: Encodable, Element: Encodable & Sendable>(
    _ frame: Frame, splicing elements: [Element], at key: String, chunkSize: Int = 64
  ) -> String {
    let shell = encode(frame)
    // The encoder writes an empty array as an opening bracket, an empty line and the closing one.
    let empty = "{\n  \"\(key)\" : [\n\n  ]"
    guard !elements.isEmpty else { return shell }
    precondition(shell.hasPrefix(empty), "\(key) must be the frame's first key, its array empty")
    let starts = Array(stride(from: 0, to: elements.count, by: max(chunkSize, 1)))
    let chunks = starts.parallelMap { start in
      // A chunk encoded alone is "[\n  {…},\n  {…}\n]": its lines inside the brackets, moved
      // two spaces in, are the chunk's lines in the document.
      let bytes = Array(data(Array(elements[start..<min(start + chunkSize, elements.count)])))
      return indented(bytes.dropFirst(2).dropLast(2))
    }
    var result: [UInt8] = []
    result.reserveCapacity(chunks.reduce(shell.utf8.count) { $0 + $1.count + 2 })
    result.append(contentsOf: "{\n  \"\(key)\" : [\n".utf8)
    for (index, chunk) in chunks.enumerated() {
      if index > 0 { result.append(contentsOf: ",\n".utf8) }
      result.append(contentsOf: chunk)
    }
    result.append(contentsOf: "\n  ]".utf8)
    result.append(contentsOf: shell.utf8.dropFirst(empty.utf8.count))
    return String(decoding: result, as: UTF8.self)
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
