import Foundation
import Testing

@testable import AttributionAnalysis

@Suite("Fixed-point numbers")
struct FixedPointTests {
  @Test("Written as String(format:) writes them, ties and extremes included")
  func matchesFoundation() {
    var values: [Double] = [
      0, -0.0, 0.125, 0.375, 2.675, 1.005, 0.995, -0.005, 0.5, 1e-9, 123_456.789, -1e300,
      .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .infinity, -.infinity, .nan, .leastNonzeroMagnitude,
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2_000 { values.append(Double.random(in: -2...2, using: &generator)) }
    for step in 0...1_000 { values.append(Double(step) / 1_000) }
    for value in values {
      for places in [0, 2, 3] {
        #expect(FixedPoint.text(value, places: places) == String(format: "%.\(places)f", value), "\(value)")
      }
    }
  }
}
