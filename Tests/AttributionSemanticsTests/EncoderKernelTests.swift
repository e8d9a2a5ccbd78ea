import CEncoderKernels
import Foundation
import Testing

@testable import AttributionSemantics

/// The encoder's integer products and vectorized softmax: the same bits from every kernel,
/// close to the float computation they stand for.
@Suite("Encoder kernels")
struct EncoderKernelTests {
  /// A fixed pseudo-random sequence (SplitMix64), so a failure can be replayed.
  struct Numbers {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func float(_ range: ClosedRange<Float>) -> Float {
      range.lowerBound + Float(next() >> 40) / Float(1 << 24) * (range.upperBound - range.lowerBound)
    }
  }

  /// How many values of two results differ in any bit.
  static func differences(_ a: [Float], _ b: [Float]) -> Int {
    a.count == b.count ? zip(a, b).filter { $0.bitPattern != $1.bitPattern }.count : max(a.count, b.count)
  }

  @Test("Integer products: every kernel gives the same bits, within a few percent of floats")
  func integerKernelsAgree() throws {
    var numbers = Numbers(state: 7)
    let outputs = 64
    let inputs = 384
    let values = (0..<(outputs * inputs)).map { _ in Int8(truncatingIfNeeded: Int(numbers.next() % 255) - 127) }
    let scales = (0..<outputs).map { _ in numbers.float(0.001...0.02) }
    let bias = (0..<outputs).map { _ in numbers.float(-1...1) }
    let floats = (0..<(outputs * inputs)).map { Float(values[$0]) * scales[$0 / inputs] }
    // 13 rows: the fast kernel's tiles of 8, 4 and 1 rows; one row all zeros, one with an outlier.
    let rows = 13
    var input = (0..<(rows * inputs)).map { _ in numbers.float(-3...3) }
    for k in 0..<inputs { input[2 * inputs + k] = 0 }
    input[5 * inputs + 17] = 40
    let fast = try #require(LinearLayer(int8: values, scales: scales, bias: bias, outputs: outputs, inputs: inputs))
    let plain = try #require(
      LinearLayer(int8: values, scales: scales, bias: bias, outputs: outputs, inputs: inputs, kernel: 0))
    let exact = LinearLayer(float: floats, bias: bias, outputs: outputs, inputs: inputs)
    #expect(fast.isInteger && plain.isInteger && !exact.isInteger)
    let a = fast(input, rows: rows)
    let b = plain(input, rows: rows)
    let c = exact(input, rows: rows)
    #expect(Self.differences(a, b) == 0)
    // Every kernel this CPU runs (AVX-512 VNNI, AVX2, plain), not only its fastest.
    for kernel in Int32(0)...2 where attribution_int8_kernel_runs(kernel) != 0 {
      let layer = try #require(
        LinearLayer(int8: values, scales: scales, bias: bias, outputs: outputs, inputs: inputs, kernel: kernel))
      #expect(Self.differences(layer(input, rows: rows), b) == 0, "kernel \(kernel)")
    }
    // Each input moves by at most half a step (its row's largest magnitude / 127), so an output
    // by at most half a step times its weights' magnitudes (plus float rounding).
    for r in 0..<rows {
      let step = (input[(r * inputs)..<((r + 1) * inputs)].map(abs).max() ?? 0) / 127
      for o in 0..<outputs {
        let weights = floats[(o * inputs)..<((o + 1) * inputs)].reduce(0) { $0 + abs($1) }
        let bound = step / 2 * weights * 1.001 + 1e-4
        #expect(abs(a[r * outputs + o] - c[r * outputs + o]) <= bound, "row \(r), output \(o)")
      }
    }
    // A row with a NaN or an infinity (damaged weights upstream) gives numbers, not a crash:
    // infinity zeroes the row (its outputs are the bias), a NaN reads as the smallest byte.
    var damaged = Array(input[0..<(2 * inputs)])
    damaged[3] = .nan
    damaged[inputs + 5] = .infinity
    let repaired = fast(damaged, rows: 2)
    let finite = repaired.allSatisfy { $0.isFinite }
    #expect(Self.differences(repaired, plain(damaged, rows: 2)) == 0)
    #expect(finite)
    #expect(Array(repaired[outputs..<(2 * outputs)]) == bias)
    // The zero row gives the bias exactly.
    #expect(Array(a[(2 * outputs)..<(3 * outputs)]) == bias)
  }

  @Test("The CPU's fastest integer kernel is one it runs, and is named")
  func namedKernel() {
    let kernel = attribution_int8_kernel()
    #expect(attribution_int8_kernel_runs(kernel) == 1)
    #expect(SentenceEncoder.integerKernel == ["plain C", "AVX-512 VNNI", "AVX2"][Int(kernel)])
    #expect(attribution_int8_kernel_runs(3) == 0)
  }

  @Test("Shapes the integer kernels do not take stay in floats")
  func unsupportedShapes() {
    #expect(LinearLayer(int8: [Int8](repeating: 1, count: 10 * 8), scales: .init(repeating: 1, count: 10),
      bias: .init(repeating: 0, count: 10), outputs: 10, inputs: 8) == nil)
    #expect(LinearLayer(int8: [Int8](repeating: 1, count: 32 * 6), scales: .init(repeating: 1, count: 32),
      bias: .init(repeating: 0, count: 32), outputs: 32, inputs: 6) == nil)
  }

  @Test("Softmax: vectorized and plain builds agree bit for bit and match expf's")
  func softmaxAgrees() {
    var numbers = Numbers(state: 11)
    for count in [1, 2, 15, 16, 17, 33, 254] {
      var scores = (0..<(3 * count)).map { _ in numbers.float(-30...30) }
      scores[0] = -500  // under the exponential's range: a weight of 0
      var vector = scores
      var plain = scores
      attribution_softmax_rows(&vector, 3, Int32(count))
      attribution_softmax_rows_plain(&plain, 3, Int32(count))
      #expect(Self.differences(vector, plain) == 0, "\(count) scores")
      for r in 0..<3 {
        let row = Array(scores[(r * count)..<((r + 1) * count)])
        let top = row.max()!
        let exponentials = row.map { expf($0 - top) }
        let total = exponentials.reduce(0, +)
        for (index, value) in vector[(r * count)..<((r + 1) * count)].enumerated() {
          #expect(abs(value - exponentials[index] / total) <= 1e-6, "\(count) scores, row \(r), score \(index)")
        }
      }
    }
  }

  @Test("Softmax gives a NaN score no weight")
  func softmaxNaN() {
    var scores: [Float] = (0..<40).map { Float($0) / 10 }
    scores[7] = .nan
    attribution_softmax_rows(&scores, 1, 40)
    let total = scores.reduce(0, +)
    #expect(scores[7] == 0)
    #expect(abs(total - 1) < 1e-5)
  }

  @Test("The encoder in integer arithmetic stays within a cosine of 0.99 of sentence-transformers")
  func integerEncoderMatchesReference() throws {
    let encoder = try SentenceEncoder(
      weights: SentenceEncoder.resources.appendingPathComponent("minilm-l6-int8.bin"), arithmetic: .integer)
    #expect(encoder.arithmetic == .integer)
    let references = SentenceEncoderTests.references
    let vectors = encoder.vectors(references.map(\.text))
    for (reference, vector) in zip(references, vectors) {
      #expect(SentenceVectors.cosine(vector, reference.vector) > 0.99, "\(reference.text)")
    }
  }
}
