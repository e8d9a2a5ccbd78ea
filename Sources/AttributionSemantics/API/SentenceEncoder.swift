import CBLASCore
import CEncoderKernels
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
  private let unknown: Int32

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

  /// How the layers' matrix products are computed.
  public enum Arithmetic: Sendable {
    /// In float32 through OpenBLAS, from the int8 weights scaled back to floats.
    case float
    /// In 8-bit integers: each row of a layer's input is scaled to bytes by its largest
    /// magnitude, multiplied by the int8 weights with exact integer sums (AVX-512 VNNI where the
    /// CPU has it, about three times OpenBLAS's float speed; AVX2 or plain C elsewhere, the same bits),
    /// then scaled back. Layers stored as floats stay in floats. Attention's softmax takes its
    /// exponentials from a polynomial in vector registers (`attribution_softmax_rows`).
    case integer
  }

  /// How this encoder computes its layers' products.
  public let arithmetic: Arithmetic

  /// Reads weights of the shipped encoder's shape and vocabulary (fine-tuned, as a tagger's
  /// are), with the shipped vocabulary.
  public init(weights weightsURL: URL, arithmetic: Arithmetic = .float) throws {
    try self.init(
      weights: weightsURL, vocabulary: Self.resources.appendingPathComponent("vocab.txt"), arithmetic: arithmetic)
  }

  /// Reads weights written by `Scripts/convert-encoder` and their WordPiece vocabulary (one
  /// token a line, in id order).
  public init(weights weightsURL: URL, vocabulary vocabularyURL: URL, arithmetic: Arithmetic = .float) throws {
    Self.singleThreadedProducts
    guard let data = try? Data(contentsOf: weightsURL) else {
      throw SentenceVectorsError(file: weightsURL.path, message: "the encoder weights are missing or unreadable")
    }
    weights = try EncoderWeights(data, file: weightsURL.path, integer: arithmetic == .integer)
    self.arithmetic = arithmetic
    let tokens = try readTokenList(vocabularyURL, what: "vocabulary")
    guard tokens.count == weights.vocabularySize else {
      throw SentenceVectorsError(
        file: vocabularyURL.path,
        message: "the vocabulary has \(tokens.count) tokens but the weights \(weights.vocabularySize)")
    }
    tokenizer = WordPieceTokenizer(tokens: tokens, unknown: "[UNK]")
    guard let start = tokenizer.id(of: "[CLS]"), let end = tokenizer.id(of: "[SEP]"),
      let unknown = tokenizer.id(of: "[UNK]")
    else {
      throw SentenceVectorsError(file: vocabularyURL.path, message: "the vocabulary has no [CLS], [SEP] or [UNK] token")
    }
    self.start = start
    self.end = end
    self.unknown = unknown
  }

  /// The token ids the encoder reads for a text: `[CLS]`, its pieces, `[SEP]`, at most
  /// ``maxTokens``.
  public func tokenIDs(_ text: String) -> [Int32] {
    let limit = min(Self.maxTokens, weights.maxPositions) - 2
    return [start] + tokenizer.ids(text).prefix(limit) + [end]
  }

  /// The texts' vectors, unit length, in order. Texts are encoded in batches, their tokens
  /// stacked so that each layer's products are one large matrix product, and the batches on all
  /// cores (the result does not depend on how they are scheduled).
  public func vectors(_ texts: [String]) -> [[Float]] {
    var batches: [[[Int32]]] = []
    var batch: [[Int32]] = []
    var batchTokens = 0
    for text in texts {
      let ids = tokenIDs(text)
      if batchTokens + ids.count > Self.batchTokens, !batch.isEmpty {
        batches.append(batch)
        batch = []
        batchTokens = 0
      }
      batch.append(ids)
      batchTokens += ids.count
    }
    if !batch.isEmpty { batches.append(batch) }
    let encoded = BatchSlots<[[Float]]>(count: batches.count)
    let work = batches
    DispatchQueue.concurrentPerform(iterations: work.count) { index in
      encoded.set(index, encode(work[index]))
    }
    return encoded.values.flatMap { $0 }
  }

  /// OpenBLAS runs each product on one thread: callers encode on all cores themselves (batches
  /// here, articles in extraction), and OpenBLAS's own threads, spinning while a product is
  /// small, would only contend with them.
  private static let singleThreadedProducts: Void = openblas_set_num_threads(1)

  /// The OpenBLAS kernels the matrix products run on ("SkylakeX", "Haswell", "Prescott" …).
  /// On Linux x86-64 they follow the CPU's features (`OPENBLAS_CORETYPE` is set as the program
  /// starts, unless the user set it), where OpenBLAS's own choice from the CPU model falls back
  /// to the generic kernels on models it does not know.
  public static var matrixKernel: String { String(cString: openblas_get_corename()) }

  /// The kernels the CPU's features call for, or nil (no AVX2, or not Linux on x86-64).
  public static var matrixKernelForCPU: String? { attribution_blas_core_for_cpu().map { String(cString: $0) } }

  /// The kernel ``Arithmetic/integer`` products run on this CPU: "AVX-512 VNNI", "AVX2" or
  /// "plain C" (all give the same bits).
  public static var integerKernel: String {
    switch attribution_int8_kernel() {
    case 1: "AVX-512 VNNI"
    case 2: "AVX2"
    default: "plain C"
    }
  }

  /// One text's vector, unit length.
  public func vector(_ text: String) -> [Float] { vectors([text])[0] }

  // MARK: Token vectors, for taggers

  /// The ids of `word`'s WordPiece pieces, lower-cased and split at punctuation as BERT splits
  /// text; empty for a word of spaces or control characters alone.
  public func pieces(_ word: String) -> [Int32] { tokenizer.ids(word) }

  /// The ids of the markers a sequence starts and ends with, and of the unknown piece.
  public var markers: (start: Int32, end: Int32, unknown: Int32) { (start, end, unknown) }

  /// The longest sequence the encoder reads, markers included.
  public var maxSequence: Int { min(Self.maxTokens, weights.maxPositions) }

  /// The last layer's vectors of every piece of each sequence (ids as the encoder reads them,
  /// markers included, at most ``maxSequence``): one array per sequence, its rows of
  /// ``dimensions`` floats in order. Sequences are encoded together, as ``vectors(_:)`` does.
  public func tokenVectors(_ sequences: [[Int32]]) -> [[Float]] {
    precondition(sequences.allSatisfy { $0.count <= maxSequence }, "a sequence longer than the encoder reads")
    var result: [[Float]] = []
    result.reserveCapacity(sequences.count)
    var batch: [[Int32]] = []
    var batchTokens = 0
    func flush() {
      let hidden = lastLayer(batch)
      var row = 0
      for ids in batch {
        result.append(Array(hidden[(row * dimensions)..<((row + ids.count) * dimensions)]))
        row += ids.count
      }
      batch = []
      batchTokens = 0
    }
    for ids in sequences {
      if batchTokens + ids.count > Self.batchTokens, !batch.isEmpty { flush() }
      batch.append(ids)
      batchTokens += ids.count
    }
    if !batch.isEmpty { flush() }
    return result
  }

  /// A tensor stored in the weights file beside the encoder's (a tagger's head), as rows and
  /// columns of floats; nil when the file has none of that name.
  public func extraTensor(_ name: String) -> (rows: Int, columns: Int, values: [Float])? {
    weights.extras[name]
  }

  /// How many tokens one batch stacks.
  private static let batchTokens = 4_096

  private func encode(_ batch: [[Int32]]) -> [[Float]] {
    let width = weights.width
    let hidden = lastLayer(batch)
    // Mean of each text's token vectors, at unit length.
    var vectors: [[Float]] = []
    var row = 0
    for ids in batch {
      var mean = [Float](repeating: 0, count: width)
      for r in row..<(row + ids.count) { for d in 0..<width { mean[d] += hidden[r * width + d] } }
      row += ids.count
      let norm = mean.reduce(0) { $0 + $1 * $1 }.squareRoot()
      vectors.append(norm > 0 ? mean.map { $0 / norm } : mean)
    }
    return vectors
  }

  /// The last layer's vector of every token of `batch`, the sequences' rows stacked in order.
  private func lastLayer(_ batch: [[Int32]]) -> [Float] {
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
    return hidden
  }

  private func apply(_ layer: EncoderWeights.Layer, to hidden: inout [Float], batch: [[Int32]]) {
    let width = weights.width
    let rows = hidden.count / width
    let qkv = layer.qkv(hidden, rows: rows)
    var context = [Float](repeating: 0, count: rows * width)
    attend(qkv, into: &context, batch: batch)
    var attended = layer.output(context, rows: rows)
    Self.add(hidden, to: &attended)
    Self.normalize(&attended, rows: rows, width: width, layer.attentionNorm)
    var inner = layer.inner(attended, rows: rows)
    inner.withUnsafeMutableBufferPointer { Self.gelu($0) }
    var output = layer.outer(inner, rows: rows)
    Self.add(attended, to: &output)
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
    let integer = arithmetic == .integer
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
              if integer {
                attribution_softmax_rows(scores.baseAddress, Int32(n), Int32(n))
              } else {
                for r in 0..<n { Self.softmax(scores.baseAddress! + r * n, count: n) }
              }
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

  /// `input` (rows × inputs) times the transpose of `weight` (outputs × inputs), plus `bias`:
  /// a linear layer as PyTorch stores it, through OpenBLAS.
  public static func linear(
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
    values.withUnsafeMutableBufferPointer { values in
      norm.weight.withUnsafeBufferPointer { weight in
        norm.bias.withUnsafeBufferPointer { bias in
          for r in 0..<rows {
            let row = UnsafeMutableBufferPointer(rebasing: values[(r * width)..<((r + 1) * width)])
            var mean: Float = 0
            for d in 0..<width { mean += row[d] }
            mean /= Float(width)
            var variance: Float = 0
            for d in 0..<width {
              let centred = row[d] - mean
              variance += centred * centred
            }
            let inverse = 1 / (variance / Float(width) + 1e-12).squareRoot()
            for d in 0..<width { row[d] = (row[d] - mean) * inverse * weight[d] + bias[d] }
          }
        }
      }
    }
  }

  /// `values` += `other`, element by element.
  private static func add(_ other: [Float], to values: inout [Float]) {
    values.withUnsafeMutableBufferPointer { values in
      other.withUnsafeBufferPointer { other in
        for index in values.indices { values[index] += other[index] }
      }
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

  /// BERT's GELU, x·Φ(x) with the error function, in place. The error function is Eigen's
  /// rational approximation (within 1e-7 of `erff` on floats): no calls, so the loop vectorizes.
  public static func gelu(_ values: UnsafeMutableBufferPointer<Float>) {
    for index in values.indices {
      let x = values[index]
      let y = min(max(x * 0.70710678, -4), 4)
      let y2 = y * y
      var p: Float = -2.72614225801306e-10
      p = p * y2 + 2.77068142495902e-08
      p = p * y2 - 2.10102402082508e-06
      p = p * y2 - 5.69250639462346e-05
      p = p * y2 - 7.34990630326855e-04
      p = p * y2 - 2.95459980854025e-03
      p = p * y2 - 1.60960333262415e-02
      var q: Float = -1.45660718464996e-05
      q = q * y2 - 2.13374055278905e-04
      q = q * y2 - 1.68282697438203e-03
      q = q * y2 - 7.37332916720468e-03
      q = q * y2 - 1.42647390514189e-02
      values[index] = 0.5 * x * (1 + y * p / q)
    }
  }
}

/// Results written by concurrent workers, one slot each, read once all are done.
private final class BatchSlots<Value>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  var values: [Value] { slots.map { $0! } }
}
