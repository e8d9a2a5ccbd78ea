/// A half-open range of Unicode code-point offsets into a document's text, exactly as read
/// from the file (front matter included).
public struct TextSpan: Hashable, Comparable, Codable, Sendable {
  /// The offset of the first code point.
  public var start: Int
  /// The offset one past the last code point.
  public var end: Int

  /// A span from `start` up to, not including, `end`.
  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = end
  }

  /// The number of code points covered.
  public var length: Int { end - start }

  public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }

  /// Encoded as the two-element array `[start, end]`.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.unkeyedContainer()
    try container.encode(start)
    try container.encode(end)
  }

  public init(from decoder: Decoder) throws {
    var container = try decoder.unkeyedContainer()
    start = try container.decode(Int.self)
    end = try container.decode(Int.self)
  }
}
