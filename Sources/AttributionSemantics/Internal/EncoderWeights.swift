import Foundation

/// The weights of a BERT encoder as `Scripts/convert-encoder` writes them: the magic `AGEN0001`;
/// layers, width, heads, inner width and tensor count (five little-endian `UInt32`s); then each
/// tensor: its name's length and UTF-8 bytes, a kind byte (0 float32, 1 int8 rows with a float32
/// scale each), rows and columns, and its values. Matrices are kept as PyTorch stores them, one
/// row per output. Up to 64 tensors may follow the encoder's (a tagger's head, named outside
/// `embeddings.` and `encoder.`).
struct EncoderWeights: Sendable {
  struct Layer: Sendable {
    /// Query, key and value stacked: 3 × width outputs.
    var qkv: LinearLayer
    var output: LinearLayer
    var attentionNorm: (weight: [Float], bias: [Float])
    var inner: LinearLayer
    var outer: LinearLayer
    var outputNorm: (weight: [Float], bias: [Float])
  }

  let width: Int
  let heads: Int
  let innerWidth: Int
  /// Word embeddings, int8 rows with a scale each: looked up, never multiplied whole.
  let words: [Int8]
  let wordScales: [Float]
  let positions: [Float]
  let tokenType: [Float]
  let embeddingNorm: (weight: [Float], bias: [Float])
  let layers: [Layer]
  /// Tensors beside the encoder's (a tagger's head), as float32, by name.
  let extras: [String: (rows: Int, columns: Int, values: [Float])]

  var vocabularySize: Int { wordScales.count }
  var maxPositions: Int { positions.count / width }

  /// Reads the weights in `data` (from `file`, for messages); with `integer`, the layers' int8
  /// matrices are multiplied in integers where the kernels take their shape.
  init(_ data: Data, file: String, integer: Bool = false) throws {
    var reader = ByteReader(data: data, file: file)
    guard try reader.bytes(8) == Array("AGEN0001".utf8) else {
      throw SentenceVectorsError(file: file, message: "not an encoder weights file (no AGEN0001 header)")
    }
    let layerCount = Int(try reader.uint32())
    let width = Int(try reader.uint32())
    let heads = Int(try reader.uint32())
    let innerWidth = Int(try reader.uint32())
    let count = Int(try reader.uint32())
    guard (1...48).contains(layerCount), (1...4096).contains(width), heads > 0, width % heads == 0,
      (1...16384).contains(innerWidth), (5 + 16 * layerCount...5 + 16 * layerCount + 64).contains(count)
    else {
      throw SentenceVectorsError(file: file, message: "the header's sizes do not describe a BERT encoder")
    }
    self.width = width
    self.heads = heads
    self.innerWidth = innerWidth
    var tensors: [String: Tensor] = [:]
    for _ in 0..<count {
      let tensor = try Self.tensor(from: &reader)
      tensors[tensor.name] = tensor
    }
    guard reader.atEnd else { throw SentenceVectorsError(file: file, message: "bytes left after the last tensor") }

    func tensor(_ name: String, rows: Int?, columns: Int?) throws -> Tensor {
      guard let tensor = tensors[name] else {
        throw SentenceVectorsError(file: file, message: "the tensor \(name) is missing")
      }
      guard columns == nil || tensor.columns == columns, rows == nil || tensor.rows == rows else {
        throw SentenceVectorsError(
          file: file,
          message: "the tensor \(name) is \(tensor.rows) × \(tensor.columns), not \(rows ?? tensor.rows) × \(columns ?? tensor.columns)")
      }
      return tensor
    }
    func vector(_ name: String, _ length: Int) throws -> [Float] { try tensor(name, rows: 1, columns: length).floats }
    func norm(_ prefix: String) throws -> (weight: [Float], bias: [Float]) {
      (try vector(prefix + ".weight", width), try vector(prefix + ".bias", width))
    }

    var extras: [String: (rows: Int, columns: Int, values: [Float])] = [:]
    for (name, tensor) in tensors where !name.hasPrefix("embeddings.") && !name.hasPrefix("encoder.") {
      extras[name] = (tensor.rows, tensor.columns, tensor.floats)
    }
    self.extras = extras
    let wordTensor = try tensor("embeddings.word_embeddings.weight", rows: nil, columns: width)
    guard let scales = wordTensor.scales else {
      throw SentenceVectorsError(file: file, message: "the word embeddings are not stored as int8 rows")
    }
    words = wordTensor.values
    wordScales = scales
    positions = try tensor("embeddings.position_embeddings.weight", rows: nil, columns: width).floats
    tokenType = try tensor("embeddings.token_type_embeddings.weight", rows: nil, columns: width).floats
    embeddingNorm = try norm("embeddings.LayerNorm")
    func linear(_ names: [String], bias: [String], outputs: Int, inputs: Int) throws -> LinearLayer {
      let parts = try names.map { try tensor($0, rows: nil, columns: inputs) }
      let biases = try bias.flatMap { try tensor($0, rows: 1, columns: nil).floats }
      guard parts.allSatisfy({ $0.rows * names.count == outputs }), biases.count == outputs else {
        throw SentenceVectorsError(
          file: file, message: "the tensors \(names.joined(separator: ", ")) and their biases do not make \(outputs) outputs")
      }
      if integer, parts.allSatisfy({ $0.scales != nil }),
        let layer = LinearLayer(
          int8: parts.flatMap(\.values), scales: parts.flatMap { $0.scales ?? [] }, bias: biases,
          outputs: outputs, inputs: inputs)
      {
        return layer
      }
      return LinearLayer(float: parts.flatMap(\.floats), bias: biases, outputs: outputs, inputs: inputs)
    }
    layers = try (0..<layerCount).map { index in
      let p = "encoder.layer.\(index)."
      let attention = ["query", "key", "value"].map { p + "attention.self.\($0)" }
      return Layer(
        qkv: try linear(attention.map { $0 + ".weight" }, bias: attention.map { $0 + ".bias" }, outputs: 3 * width, inputs: width),
        output: try linear(
          [p + "attention.output.dense.weight"], bias: [p + "attention.output.dense.bias"], outputs: width, inputs: width),
        attentionNorm: try norm(p + "attention.output.LayerNorm"),
        inner: try linear(
          [p + "intermediate.dense.weight"], bias: [p + "intermediate.dense.bias"], outputs: innerWidth, inputs: width),
        outer: try linear([p + "output.dense.weight"], bias: [p + "output.dense.bias"], outputs: width, inputs: innerWidth),
        outputNorm: try norm(p + "output.LayerNorm"))
    }
  }

  /// One stored tensor: float32 values, or int8 values with a scale per row.
  private struct Tensor {
    var name: String
    var rows: Int
    var columns: Int
    var values: [Int8] = []
    var scales: [Float]?
    var plain: [Float] = []

    /// The values as float32 (int8 rows times their scale).
    var floats: [Float] {
      guard let scales else { return plain }
      var result = [Float](repeating: 0, count: rows * columns)
      for row in 0..<rows {
        let scale = scales[row]
        for column in 0..<columns { result[row * columns + column] = Float(values[row * columns + column]) * scale }
      }
      return result
    }
  }

  /// Reads one tensor at the reader's position.
  private static func tensor(from reader: inout ByteReader) throws -> Tensor {
    let file = reader.file
    let nameLength = Int(try reader.uint32())
    guard nameLength <= 256, let name = String(bytes: try reader.bytes(nameLength), encoding: .utf8) else {
      throw SentenceVectorsError(file: file, message: "a tensor name at byte \(reader.offset) is not readable")
    }
    let kind = try reader.bytes(1)[0]
    let rows = Int(try reader.uint32())
    let columns = Int(try reader.uint32())
    guard kind <= 1, (1...1 << 24).contains(rows), (1...1 << 16).contains(columns) else {
      throw SentenceVectorsError(file: file, message: "the tensor \(name) has an impossible kind or size")
    }
    var tensor = Tensor(name: name, rows: rows, columns: columns)
    if kind == 1 {
      tensor.scales = try reader.floats(rows)
      tensor.values = try reader.bytes(rows * columns).map { Int8(bitPattern: $0) }
    } else {
      tensor.plain = try reader.floats(rows * columns)
    }
    return tensor
  }
}
