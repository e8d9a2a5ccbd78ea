import COpenBLAS
import Foundation

/// Sentence vectors from the all-MiniLM-L6-v2 encoder itself: BERT's tokenizer, six transformer
/// layers, the mean of the last layer's token vectors at unit length, as sentence-transformers
/// computes them. It reads a sentence in context: "came under fire" and "engaged with" are
/// closer here than in ``SentenceVectors``' static table, and a sentence on the same topic but
/// another event further away.
///
/// The shipped weights, ``standard``, are int8 with a scale per row (`Scripts/convert-encoder`
/// rebuilds them; they move a vector by a cosine of at most 0.001). Matrix products run through
/// OpenBLAS. A statement of twenty words takes a few milliseconds: the encoder re-scores the
/// candidates the static table finds, in cases, never a whole corpus.
public struct SentenceEncoder: Sendable {
  /// The vectors' length.
  public var dimensions: Int { weights.width }
  /// The most tokens read of one text (with its two markers); the rest is cut, as
  /// sentence-transformers cuts it.
  public static let maxTokens = 256
  private let weights: EncoderWeights
  private let tokenizer: WordPieceTokenizer
  private let start: Int32
  private let end: Int32

  /// The encoder that ships with the library.
  public static let standard: SentenceEncoder = {
    do {
      let directory = resources
      return try SentenceEncoder(
        weights: directory.appendingPathComponent("minilm-l6-int8.bin"),
        vocabulary: directory.appendingPathComponent("vocab.txt"))
    } catch {
      // The weights ship inside the library, like its word lists.
      fatalError("AttributionSemantics: \(error)")
    }
  }()

  /// Where the shipped weights and vocabulary are.
  static var resources: URL {
    Bundle.module.resourceURL?.appendingPathComponent("Encoder") ?? URL(fileURLWithPath: "Encoder")
  }

  /// Reads weights written by `Scripts/convert-encoder` and their WordPiece vocabulary (one
  /// token a line, in id order).
  public init(weights weightsURL: URL, vocabulary vocabularyURL: URL) throws {
    guard let data = try? Data(contentsOf: weightsURL) else {
      throw SentenceVectorsError(file: weightsURL.path, message: "the encoder weights are missing or unreadable")
    }
    weights = try EncoderWeights(data, file: weightsURL.path)
    let tokens = try readTokenList(vocabularyURL, what: "vocabulary")
    guard tokens.count == weights.vocabularySize else {
      throw SentenceVectorsError(
        file: vocabularyURL.path,
        message: "the vocabulary has \(tokens.count) tokens but the weights \(weights.vocabularySize)")
    }
    tokenizer = WordPieceTokenizer(tokens: tokens, unknown: "[UNK]")
    guard let start = tokenizer.id(of: "[CLS]"), let end = tokenizer.id(of: "[SEP]") else {
      throw SentenceVectorsError(file: vocabularyURL.path, message: "the vocabulary has no [CLS] or [SEP] token")
    }
    self.start = start
    self.end = end
  }

  /// The token ids the encoder reads for a text: `[CLS]`, its pieces, `[SEP]`, at most
  /// ``maxTokens``.
  public func tokenIDs(_ text: String) -> [Int32] {
    let limit = min(Self.maxTokens, weights.maxPositions) - 2
    return [start] + tokenizer.ids(text).prefix(limit) + [end]
  }

  /// The texts' vectors, unit length, in order. Texts are encoded in batches, their tokens
  /// stacked so that each layer's products are one large matrix product.
  public func vectors(_ texts: [String]) -> [[Float]] {
    var result: [[Float]] = []
    result.reserveCapacity(texts.count)
    var batch: [[Int32]] = []
    var batchTokens = 0
    for text in texts {
      let ids = tokenIDs(text)
      if batchTokens + ids.count > Self.batchTokens, !batch.isEmpty {
        result += encode(batch)
        batch = []
        batchTokens = 0
      }
      batch.append(ids)
      batchTokens += ids.count
    }
    if !batch.isEmpty { result += encode(batch) }
    return result
  }

  /// One text's vector, unit length.
  public func vector(_ text: String) -> [Float] { vectors([text])[0] }

  /// How many tokens one batch stacks.
  private static let batchTokens = 4_096

  private func encode(_ batch: [[Int32]]) -> [[Float]] {
    let width = weights.width
    let rows = batch.reduce(0) { $0 + $1.count }
    var hidden = [Float](repeating: 0, count: rows * width)
    // Embeddings: word + position + token type 0, then layer norm.
    var row = 0
    for ids in batch {
      for (position, id) in ids.enumerated() {
        let word = Int(id) * width
        let scale = weights.wordScales[Int(id)]
        for d in 0..<width {
          hidden[row * width + d] =
            Float(weights.words[word + d]) * scale + weights.positions[position * width + d] + weights.tokenType[d]
        }
        row += 1
      }
    }
    Self.normalize(&hidden, rows: rows, width: width, weights.embeddingNorm)
    for layer in weights.layers { apply(layer, to: &hidden, batch: batch) }
    // Mean of each text's token vectors, at unit length.
    var vectors: [[Float]] = []
    row = 0
    for ids in batch {
      var mean = [Float](repeating: 0, count: width)
      for r in row..<(row + ids.count) { for d in 0..<width { mean[d] += hidden[r * width + d] } }
      row += ids.count
      let norm = mean.reduce(0) { $0 + $1 * $1 }.squareRoot()
      vectors.append(norm > 0 ? mean.map { $0 / norm } : mean)
    }
    return vectors
  }

  private func apply(_ layer: EncoderWeights.Layer, to hidden: inout [Float], batch: [[Int32]]) {
    let width = weights.width
    let rows = hidden.count / width
    let qkv = Self.linear(hidden, rows: rows, inputs: width, layer.qkv, layer.qkvBias, outputs: 3 * width)
    var context = [Float](repeating: 0, count: rows * width)
    attend(qkv, into: &context, batch: batch)
    var attended = Self.linear(context, rows: rows, inputs: width, layer.output, layer.outputBias, outputs: width)
    for index in attended.indices { attended[index] += hidden[index] }
    Self.normalize(&attended, rows: rows, width: width, layer.attentionNorm)
    var inner = Self.linear(attended, rows: rows, inputs: width, layer.inner, layer.innerBias, outputs: weights.innerWidth)
    for index in inner.indices { inner[index] = Self.gelu(inner[index]) }
    var output = Self.linear(inner, rows: rows, inputs: weights.innerWidth, layer.outer, layer.outerBias, outputs: width)
    for index in output.indices { output[index] += attended[index] }
    Self.normalize(&output, rows: rows, width: width, layer.outputNorm)
    hidden = output
  }

  /// Self-attention of each text over its own tokens, head by head; `qkv` holds each token's
  /// query, key and value side by side.
  private func attend(_ qkv: [Float], into context: inout [Float], batch: [[Int32]]) {
    let width = weights.width
    let headWidth = width / weights.heads
    let stride = 3 * width
    let scale = 1 / Float(headWidth).squareRoot()
    var first = 0
    qkv.withUnsafeBufferPointer { qkv in
      context.withUnsafeMutableBufferPointer { context in
        for ids in batch {
          let n = ids.count
          var scores = [Float](repeating: 0, count: n * n)
          for head in 0..<weights.heads {
            let query = qkv.baseAddress! + first * stride + head * headWidth
            let key = query + width
            let value = query + 2 * width
            scores.withUnsafeMutableBufferPointer { scores in
              cblas_sgemm(
                CblasRowMajor, CblasNoTrans, CblasTrans, Int32(n), Int32(n), Int32(headWidth), scale,
                query, Int32(stride), key, Int32(stride), 0, scores.baseAddress, Int32(n))
              for r in 0..<n { Self.softmax(scores.baseAddress! + r * n, count: n) }
              cblas_sgemm(
                CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(n), Int32(headWidth), Int32(n), 1,
                scores.baseAddress, Int32(n), value, Int32(stride), 0,
                context.baseAddress! + first * width + head * headWidth, Int32(width))
            }
          }
          first += n
        }
      }
    }
  }

  /// `input` (rows × inputs) times the transpose of `weight` (outputs × inputs), plus `bias`.
  private static func linear(
    _ input: [Float], rows: Int, inputs: Int, _ weight: [Float], _ bias: [Float], outputs: Int
  ) -> [Float] {
    var result = [Float](repeating: 0, count: rows * outputs)
    for r in 0..<rows { for c in 0..<outputs { result[r * outputs + c] = bias[c] } }
    cblas_sgemm(
      CblasRowMajor, CblasNoTrans, CblasTrans, Int32(rows), Int32(outputs), Int32(inputs), 1,
      input, Int32(inputs), weight, Int32(inputs), 1, &result, Int32(outputs))
    return result
  }

  private static func normalize(_ values: inout [Float], rows: Int, width: Int, _ norm: (weight: [Float], bias: [Float])) {
    for r in 0..<rows {
      let base = r * width
      var mean: Float = 0
      for d in 0..<width { mean += values[base + d] }
      mean /= Float(width)
      var variance: Float = 0
      for d in 0..<width {
        let centred = values[base + d] - mean
        variance += centred * centred
      }
      let inverse = 1 / (variance / Float(width) + 1e-12).squareRoot()
      for d in 0..<width { values[base + d] = (values[base + d] - mean) * inverse * norm.weight[d] + norm.bias[d] }
    }
  }

  private static func softmax(_ row: UnsafeMutablePointer<Float>, count: Int) {
    var largest = -Float.infinity
    for i in 0..<count { largest = max(largest, row[i]) }
    var total: Float = 0
    for i in 0..<count {
      row[i] = expf(row[i] - largest)
      total += row[i]
    }
    for i in 0..<count { row[i] /= total }
  }

  /// BERT's GELU, with the error function.
  private static func gelu(_ x: Float) -> Float { 0.5 * x * (1 + erff(x * 0.70710678)) }
}
