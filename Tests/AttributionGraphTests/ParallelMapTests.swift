import Testing

@testable import AttributionGraph

@Suite("Parallel map")
struct ParallelMapTests {
  @Test("Gives map's result, in order, for small and large arrays", arguments: [0, 1, 63, 64, 1_000, 10_007])
  func sameAsMap(count: Int) {
    let numbers = Array(0..<count)
    let transform: @Sendable (Int) -> String = { String($0 * 7 % 13) + ":" + String($0) }
    #expect(numbers.parallelMap(transform) == numbers.map(transform))
  }

  @Test("Claim texts read on all cores equal those read one by one")
  func claimTexts() {
    let contents = (0..<500).map { "\($0 * 100) North Korean troops were seen near Kursk on day \($0)" }
    let parallel = contents.parallelMap { ClaimText($0) }
    let serial = contents.map { ClaimText($0) }
    #expect(parallel.map(\.names) == serial.map(\.names))
    #expect(parallel.map { $0.figures.map(\.value) } == serial.map { $0.figures.map(\.value) })
  }
}
