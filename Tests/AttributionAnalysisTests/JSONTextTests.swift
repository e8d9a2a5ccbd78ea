import Foundation
import Testing

@testable import AttributionAnalysis

@Suite("JSON text")
struct JSONTextTests {
  struct Element: Encodable, Sendable {
    var name: String
    var figures: [Int]
    var nested: [[String]]
    var score: Double?
  }

  struct Frame: Encodable {
    var items: [Element]
    var title: String
    var version: Int
  }

  static func elements(_ count: Int) -> [Element] {
    (0..<count).map { index -> Element in
      let name = index % 3 == 0 ? "line\nbreak / \"quoted\" \u{1}\u{7F}\u{85} Київ #\(index)" : "n\(index)"
      let nested: [[String]] = index % 2 == 0 ? [] : [[], ["a"]]
      let score: Double? = index % 5 == 0 ? nil : Double(index) / 7
      return Element(name: name, figures: Array(0..<(index % 4)), nested: nested, score: score)
    }
  }

  @Test("Elements encoded in chunks on all cores give the bytes of one encoding", arguments: [0, 1, 2, 7, 8, 9, 300])
  func splicedMatchesWhole(count: Int) {
    let elements = Self.elements(count)
    let whole = JSONText.encode(Frame(items: elements, title: "T \"items\" : [", version: 2))
    for chunkSize in [1, 3, 8, 256] {
      let spliced = JSONText.encode(
        Frame(items: [], title: "T \"items\" : [", version: 2), splicing: elements, at: "items", chunkSize: chunkSize)
      #expect(spliced == whole, "count \(count), chunks of \(chunkSize)")
    }
  }
}
