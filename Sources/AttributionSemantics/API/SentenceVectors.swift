import Foundation

/// Sentence vectors from a static table: one vector per WordPiece token, a sentence's vector the
/// mean of its tokens', at unit length. Two sentences that say the same thing in other words
/// ("came under fire", "a clash") get a high cosine, which word overlap cannot show.
///
/// The shipped table, ``standard``, is all-MiniLM-L6-v2 distilled by model2vec into 29,525
/// tokens of 128 dimensions (`Scripts/distil-claim-embeddings` rebuilds it), stored as int8
/// with a scale per row. Encoding a sentence takes microseconds, with no model at run time.
public struct SentenceVectors: Sendable {
  /// The vectors' length.
  public let dimensions: Int
  private let tokenizer: WordPieceTokenizer
  private let table: [Float]

  /// The table that ships with the library.
  public static let standard: SentenceVectors = {
    do {
      guard let directory = Bundle.module.resourceURL?.appendingPathComponent("Embeddings") else {
        throw SentenceVectorsError(file: "Embeddings", message: "the library's resources are missing")
      }
      return try SentenceVectors(
        tokens: directory.appendingPathComponent("tokens.txt"),
        vectors: directory.appendingPathComponent("vectors.bin"))
    } catch {
      // The table ships inside the library, like its word lists.
      fatalError("AttributionSemantics: \(error)")
    }
  }()

  /// Reads a token list (one token a line, in row order) and its table of vectors.
  public init(tokens tokensURL: URL, vectors vectorsURL: URL) throws {
    let tokens = try readTokenList(tokensURL, what: "token list")
    guard let data = try? Data(contentsOf: vectorsURL) else {
      throw SentenceVectorsError(file: vectorsURL.path, message: "the vector table is missing or unreadable")
    }
    let (rows, dimensions, table) = try Self.decode(data, file: vectorsURL.path)
    guard rows == tokens.count else {
      throw SentenceVectorsError(
        file: vectorsURL.path, message: "the table has \(rows) rows but the token list \(tokens.count) tokens")
    }
    self.dimensions = dimensions
    self.table = table
    self.tokenizer = WordPieceTokenizer(tokens: tokens)
  }

  /// The sentence's vector, unit length; all zeros when no word of it is known.
  public func vector(_ text: String) -> [Float] {
    var sum = [Float](repeating: 0, count: dimensions)
    let ids = tokenizer.ids(text)
    guard !ids.isEmpty else { return sum }
    table.withUnsafeBufferPointer { table in
      for id in ids {
        let row = Int(id) * dimensions
        for d in 0..<dimensions { sum[d] += table[row + d] }
      }
    }
    var norm: Float = 0
    for value in sum { norm += value * value }
    norm = norm.squareRoot()
    guard norm > 0 else { return sum }
    return sum.map { $0 / norm }
  }

  /// The tokens a text is read as (for tests and explanations).
  func tokenIDs(_ text: String) -> [Int32] { tokenizer.ids(text) }

  /// The cosine of two unit vectors (their dot product); 0 when either is all zeros.
  public static func cosine(_ a: [Float], _ b: [Float]) -> Double {
    precondition(a.count == b.count, "vectors of different lengths")
    // Eight lanes at a time (the sum runs in one fixed order: the same bits in every run).
    return a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        var lanes = SIMD8<Float>()
        var index = 0
        if let x = a.baseAddress, let y = b.baseAddress {
          while index + 8 <= a.count {
            let u = UnsafeRawPointer(x + index).loadUnaligned(as: SIMD8<Float>.self)
            let v = UnsafeRawPointer(y + index).loadUnaligned(as: SIMD8<Float>.self)
            lanes += u * v
            index += 8
          }
        }
        var sum = lanes.sum()
        while index < a.count {
          sum += a[index] * b[index]
          index += 1
        }
        return Double(sum)
      }
    }
  }

  /// Magic "AGSV0001", rows and dimensions (UInt32, little-endian), then each row: its scale
  /// (Float32) and its int8 values.
  private static func decode(_ data: Data, file: String) throws -> (Int, Int, [Float]) {
    var reader = ByteReader(data: data, file: file)
    guard data.count >= 16, try reader.bytes(8) == Array("AGSV0001".utf8) else {
      throw SentenceVectorsError(file: file, message: "not a sentence-vector table (bad magic)")
    }
    let rows = Int(try reader.uint32())
    let dimensions = Int(try reader.uint32())
    guard rows > 0, (1...4096).contains(dimensions), data.count == 16 + rows * (4 + dimensions) else {
      throw SentenceVectorsError(
        file: file, message: "the table's size does not match its \(rows) rows of \(dimensions) dimensions")
    }
    var table = [Float](repeating: 0, count: rows * dimensions)
    for row in 0..<rows {
      let scale = try reader.float()
      guard scale.isFinite else {
        throw SentenceVectorsError(file: file, message: "row \(row) has no finite scale")
      }
      for (d, byte) in try reader.bytes(dimensions).enumerated() {
        table[row * dimensions + d] = Float(Int8(bitPattern: byte)) * scale
      }
    }
    return (rows, dimensions, table)
  }
}

/// A sentence-vector table that cannot be read.
public struct SentenceVectorsError: Error, CustomStringConvertible, Sendable {
  public var file: String
  public var message: String
  public var description: String { "\(file): \(message)" }

  /// An error about `file` (a weights or vocabulary file), saying what is wrong with it.
  public init(file: String, message: String) {
    self.file = file
    self.message = message
  }
}
