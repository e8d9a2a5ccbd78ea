import Foundation
import Testing

@testable import AttributionSemantics

@Suite("Sentence encoder")
struct SentenceEncoderTests {
  struct Reference: Decodable {
    var text: String
    var ids: [Int32]
    var vector: [Float]
  }

  /// sentence-transformers' vectors from the float32 weights (`Scripts/convert-encoder`).
  static let references: [Reference] = {
    let url = Bundle.module.url(forResource: "Fixtures/encoder-reference", withExtension: "json")!
    return try! JSONDecoder().decode([Reference].self, from: Data(contentsOf: url))
  }()

  @Test("The shipped encoder tokenizes as BERT does and matches sentence-transformers' vectors")
  func matchesSentenceTransformers() {
    let encoder = SentenceEncoder.standard
    #expect(encoder.dimensions == 384)
    let vectors = encoder.vectors(Self.references.map(\.text))
    for (reference, vector) in zip(Self.references, vectors) {
      #expect(encoder.tokenIDs(reference.text) == reference.ids, "\(reference.text)")
      // int8 weights move a vector by a cosine of at most 0.001; a wrong layer moves it far more.
      #expect(SentenceVectors.cosine(vector, reference.vector) > 0.998, "\(reference.text)")
      let largest = zip(vector, reference.vector).map { abs($0 - $1) }.max() ?? 0
      #expect(largest < 0.01, "\(reference.text)")
    }
  }

  @Test("Matrix products run on the kernels the CPU's features call for, or those OPENBLAS_CORETYPE names")
  func matrixKernels() {
    let kernel = SentenceEncoder.matrixKernel.lowercased()
    #expect(!kernel.isEmpty)
    // The test binary is started again with the variable set, as the tool is, unless it was set.
    guard let expected = SentenceEncoder.matrixKernelForCPU else { return }
    let setting = ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"]
    #expect(setting != nil)
    #expect(kernel == (setting ?? expected).lowercased())
  }

  @Test("A text's vector does not depend on the batch it is encoded in")
  func batchesAreIndependent() {
    let encoder = SentenceEncoder.standard
    let texts = Self.references.map(\.text)
    let together = encoder.vectors(texts)
    for (text, vector) in zip(texts, together) {
      #expect(SentenceVectors.cosine(encoder.vector(text), vector) > 0.99999, "\(text)")
    }
  }

  @Test("Long texts are cut at 256 tokens; unknown words are read as [UNK]")
  func limits() {
    let encoder = SentenceEncoder.standard
    let long = String(repeating: "troops ", count: 400)
    #expect(encoder.tokenIDs(long).count == SentenceEncoder.maxTokens)
    #expect(encoder.tokenIDs(String(repeating: "x", count: 101)) == [101, 100, 102])
    #expect(encoder.vector(long).count == 384)
    #expect(encoder.vector("").count == 384)
  }

  @Test("Paraphrases score higher than sentences on other subjects")
  func paraphrasesAreClose() {
    let encoder = SentenceEncoder.standard
    let v = encoder.vectors([
      "North Korean troops came under fire in Kursk",
      "North Korean soldiers were attacked in the Kursk region",
      "The central bank raised interest rates by a quarter point",
    ])
    #expect(SentenceVectors.cosine(v[0], v[1]) > SentenceVectors.cosine(v[0], v[2]) + 0.3)
  }

  @Test("Damaged weights are an error naming the file")
  func damagedWeights() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("encoder-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let vocabulary = directory.appendingPathComponent("vocab.txt")
    try Data("[PAD]\n[UNK]\n".utf8).write(to: vocabulary)
    let weights = directory.appendingPathComponent("weights.bin")
    let shipped = SentenceEncoder.resources.appendingPathComponent("minilm-l6-int8.bin")
    let cases: [(Data, String)] = [
      (Data("not weights".utf8), "no AGEN0001 header"),
      (try Data(contentsOf: shipped).prefix(5_000), "ends early"),
      (Data("AGEN0001".utf8) + Data([6, 0, 0, 0, 0, 1, 0, 0, 12, 0, 0, 0, 0, 6, 0, 0, 101, 0, 0, 0]), "sizes"),
    ]
    for (data, message) in cases {
      try data.write(to: weights)
      let error = #expect(throws: SentenceVectorsError.self) {
        try SentenceEncoder(weights: weights, vocabulary: vocabulary)
      }
      #expect(error?.file == weights.path)
      #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
    }
    // Sound weights with a vocabulary of the wrong size.
    let sound = directory.appendingPathComponent("sound.bin")
    try FileManager.default.copyItem(at: shipped, to: sound)
    let error = #expect(throws: SentenceVectorsError.self) {
      try SentenceEncoder(weights: sound, vocabulary: vocabulary)
    }
    #expect(error?.file == vocabulary.path)
  }
}
