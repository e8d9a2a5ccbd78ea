import Foundation
import Testing

@testable import AttributionGraph

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

  struct TwoArrays: Encodable {
    var alpha: [Element]
    var name: String
    var omega: [Int]
  }

  @Test("Two top-level arrays, one before another key and one after, spliced into one document")
  func twoArrays() throws {
    for count in [0, 1, 70, 200] {
      let elements = Self.elements(count)
      let numbers = Array(0..<(count * 3))
      let whole = try JSONText.data(TwoArrays(alpha: elements, name: "n \"omega\" : [", omega: numbers))
      let spliced = try JSONText.splice(
        JSONText.data(TwoArrays(alpha: [], name: "n \"omega\" : [", omega: [])),
        ["alpha": JSONText.items(elements, chunkSize: 9), "omega": JSONText.items(numbers, chunkSize: 50)])
      #expect(spliced == whole, "count \(count)")
    }
  }

  @Test("A chunk the encoder refuses (a NaN) is an error, not a crash")
  func refusedChunk() {
    #expect(throws: EncodingError.self) { try JSONText.items([1.0, .nan, 2.0], chunkSize: 1) }
  }
}
