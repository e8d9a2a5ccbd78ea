import Foundation

/// Reads the library's binary files front to back: bytes, little-endian `UInt32`s and float32s,
/// with an error naming the file where it ends early. The sentence-vector table and the encoder
/// weights are both read with it.
struct ByteReader {
  let data: Data
  let file: String
  private(set) var offset = 0

  init(data: Data, file: String) {
    self.data = data
    self.file = file
  }

  var atEnd: Bool { offset == data.count }

  mutating func bytes(_ count: Int) throws -> [UInt8] {
    guard count >= 0, count <= data.count - offset else {
      throw SentenceVectorsError(file: file, message: "the file ends early, at byte \(offset)")
    }
    let start = data.startIndex + offset
    offset += count
    return Array(data[start..<(start + count)])
  }

  mutating func uint32() throws -> UInt32 {
    let b = try bytes(4)
    return UInt32(b[0]) | UInt32(b[1]) << 8 | UInt32(b[2]) << 16 | UInt32(b[3]) << 24
  }

  mutating func float() throws -> Float { Float(bitPattern: try uint32()) }

  mutating func floats(_ count: Int) throws -> [Float] {
    let raw = try bytes(count * 4)
    return (0..<count).map { index in
      let i = index * 4
      return Float(bitPattern: UInt32(raw[i]) | UInt32(raw[i + 1]) << 8 | UInt32(raw[i + 2]) << 16 | UInt32(raw[i + 3]) << 24)
    }
  }
}

/// A token list as the library ships it: one token a line, in id order. `what` names the list
/// in errors ("token list", "vocabulary").
func readTokenList(_ url: URL, what: String) throws -> [String] {
  guard let data = try? Data(contentsOf: url) else {
    throw SentenceVectorsError(file: url.path, message: "the \(what) is missing or unreadable")
  }
  guard let text = String(data: data, encoding: .utf8) else {
    throw SentenceVectorsError(file: url.path, message: "the \(what) is not UTF-8 text")
  }
  var tokens = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  if tokens.last == "" { tokens.removeLast() }
  return tokens
}
