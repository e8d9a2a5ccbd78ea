import CEncoderKernels

/// One linear layer of the encoder (weight rows as PyTorch stores them, one per output, and a
/// bias), multiplied either in floats through OpenBLAS or in 8-bit integers (``SentenceEncoder/Arithmetic``).
struct LinearLayer: Sendable {
  let inputs: Int
  let outputs: Int
  let bias: [Float]
  private let weights: Weights

  private enum Weights: Sendable {
    case float([Float])
    case integer(Packed)
  }

  /// The int8 rows laid out for the CPU's kernel, each output's scale and its offset (128
  /// times its row's sum: the inputs' bytes are their int8 values plus 128).
  private struct Packed: Sendable {
    var kernel: Int32
    var values: [Int8]
    var offsets: [Int32]
    var scales: [Float]
  }

  /// A layer multiplied in floats.
  init(float weights: [Float], bias: [Float], outputs: Int, inputs: Int) {
    precondition(weights.count == outputs * inputs && bias.count == outputs, "a linear layer's sizes disagree")
    self.inputs = inputs
    self.outputs = outputs
    self.bias = bias
    self.weights = .float(weights)
  }

  /// A layer multiplied in integers: `values` are int8 rows with a scale each. Nil when the
  /// kernels do not take this shape (outputs a multiple of 32, inputs of 4). `kernel` is the
  /// CPU's fastest (AVX-512 VNNI, AVX2) unless a test names another; nil if the CPU cannot run it.
  init?(
    int8 values: [Int8], scales: [Float], bias: [Float], outputs: Int, inputs: Int,
    kernel: Int32 = attribution_int8_kernel()
  ) {
    precondition(values.count == outputs * inputs && scales.count == outputs && bias.count == outputs)
    let size = Int(attribution_int8_packed_size(Int32(outputs), Int32(inputs), kernel))
    guard size > 0, attribution_int8_kernel_runs(kernel) != 0 else { return nil }
    var packed = [Int8](repeating: 0, count: size)
    var offsets = [Int32](repeating: 0, count: outputs)
    attribution_int8_pack(values, Int32(outputs), Int32(inputs), kernel, &packed, &offsets)
    self.inputs = inputs
    self.outputs = outputs
    self.bias = bias
    weights = .integer(Packed(kernel: kernel, values: packed, offsets: offsets, scales: scales))
  }

  /// Whether the layer multiplies in integers.
  var isInteger: Bool {
    if case .integer = weights { return true }
    return false
  }

  /// `input` (`rows` × ``inputs``) times the weights' transpose, plus the bias.
  func callAsFunction(_ input: [Float], rows: Int) -> [Float] {
    precondition(input.count == rows * inputs, "a linear layer's input has the wrong size")
    switch weights {
    case .float(let weights):
      return SentenceEncoder.linear(input, rows: rows, inputs: inputs, weights, bias, outputs: outputs)
    case .integer(let packed):
      var quantized = [UInt8](repeating: 0, count: rows * inputs)
      var rowScales = [Float](repeating: 0, count: rows)
      attribution_int8_quantize(input, Int32(rows), Int32(inputs), &quantized, &rowScales)
      var result = [Float](repeating: 0, count: rows * outputs)
      attribution_int8_linear(
        packed.kernel, quantized, rowScales, Int32(rows), Int32(inputs), packed.values, packed.offsets,
        packed.scales, bias, Int32(outputs), &result)
      return result
    }
  }
}
