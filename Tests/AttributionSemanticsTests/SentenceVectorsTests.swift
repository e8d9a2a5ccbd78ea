import Foundation
import Testing

@testable import AttributionSemantics

@Suite("Sentence vectors")
struct SentenceVectorsTests {
  struct Reference: Decodable {
    var text: String
    var vector: [Float]
    var tokens: [Int32]
  }

  static let references: [Reference] = {
    let url = Bundle.module.url(forResource: "Fixtures/model2vec-reference", withExtension: "json")!
    return try! JSONDecoder().decode([Reference].self, from: Data(contentsOf: url))
  }()

  @Test("The shipped table tokenizes as the Python tokenizer does and matches model2vec's vectors")
  func matchesModel2Vec() {
    let vectors = SentenceVectors.standard
    #expect(vectors.dimensions == 128)
    for reference in Self.references {
      #expect(vectors.tokenIDs(reference.text) == reference.tokens, "\(reference.text)")
      let vector = vectors.vector(reference.text)
      // int8 rows: the same direction within quantisation.
      #expect(SentenceVectors.cosine(vector, reference.vector) > 0.999, "\(reference.text)")
    }
  }

  @Test("ASCII text is split into the same words byte by byte as scalar by scalar")
  func asciiWordsMatchScalarReading() {
    // Every ASCII character alone and between letters, then random runs of them.
    let all = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
    var texts = all + all.map { "ab\($0)cd" } + ["", "  ", "U.S. officials said 1,500 troops... (KCNA)", "a\u{0}b\u{7F}c\u{1F}d"]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<500 {
      texts.append(String((0..<Int.random(in: 1...40, using: &generator)).map { _ in all.randomElement(using: &generator)!.first! }))
    }
    for text in texts {
      let lowered = text.lowercased()
      #expect(WordPieceTokenizer.asciiWords(lowered) == WordPieceTokenizer.unicodeWords(lowered), "\(Array(text.utf8))")
    }
    #expect(WordPieceTokenizer.words("Kursk's \"first\tcontact\"") == ["kursk", "'", "s", "\"", "first", "contact", "\""])
  }

  @Test("Paraphrases score higher than sentences on other subjects")
  func paraphrasesAreClose() {
    let vectors = SentenceVectors.standard
    let a = vectors.vector("Ukrainian forces clashed with North Korean soldiers in Kursk")
    let b = vectors.vector("North Korean troops came under fire from Ukrainian units in the Kursk region")
    let c = vectors.vector("The central bank raised interest rates by a quarter point")
    #expect(SentenceVectors.cosine(a, b) > SentenceVectors.cosine(a, c) + 0.3)
  }

  @Test("Text with no known word has a zero vector and cosine 0")
  func unknownText() {
    let vectors = SentenceVectors.standard
    let empty = vectors.vector("")
    #expect(empty.allSatisfy { $0 == 0 })
    #expect(vectors.tokenIDs(String(repeating: "x", count: 101)).isEmpty)
    #expect(SentenceVectors.cosine(empty, vectors.vector("troops")) == 0)
  }

  @Test("A damaged table or token list is an error naming the file")
  func damagedFiles() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("vectors-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let tokens = directory.appendingPathComponent("tokens.txt")
    let table = directory.appendingPathComponent("vectors.bin")
    try Data("a\nb\n".utf8).write(to: tokens)
    func header(rows: UInt32, dimensions: UInt32) -> [UInt8] {
      Array("AGSV0001".utf8) + withUnsafeBytes(of: rows.littleEndian, Array.init)
        + withUnsafeBytes(of: dimensions.littleEndian, Array.init)
    }
    let row = withUnsafeBytes(of: Float(0.5).bitPattern.littleEndian, Array.init) + [UInt8](repeating: 2, count: 3)
    // A good two-row table reads.
    try Data(header(rows: 2, dimensions: 3) + row + row).write(to: table)
    let good = try SentenceVectors(tokens: tokens, vectors: table)
    #expect(good.vector("a b").count == 3)
    for (bytes, message) in [
      (Array("NOTMAGIC".utf8) + [UInt8](repeating: 0, count: 30), "bad magic"),
      (header(rows: 2, dimensions: 3) + row, "size does not match"),
      (header(rows: 3, dimensions: 3) + row + row + row, "3 rows but the token list 2"),
    ] {
      try Data(bytes).write(to: table)
      let error = #expect(throws: SentenceVectorsError.self) { try SentenceVectors(tokens: tokens, vectors: table) }
      #expect(error?.description.contains(message) == true, "\(String(describing: error))")
      #expect(error?.file == table.path)
    }
    try Data([0xFF, 0xFE]).write(to: tokens)
    #expect(throws: SentenceVectorsError.self) { try SentenceVectors(tokens: tokens, vectors: table) }
  }
}
