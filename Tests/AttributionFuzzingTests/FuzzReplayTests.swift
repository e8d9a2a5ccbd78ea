import AttributionFuzzing
import Foundation
import Testing

/// Every committed fuzzing input, seeds and failing inputs found by `Scripts/fuzz`, replayed
/// through its target: a crash found once stays fixed.
@Suite("Fuzzing inputs replayed")
struct FuzzReplayTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func inputs(_ target: FuzzTarget) -> [URL] {
    (["Tests/Fuzz/corpus/\(target.rawValue)", "Tests/Fuzz/crashes/\(target.rawValue)"] + target.seedFolders).flatMap { path -> [URL] in
      let folder = root.appendingPathComponent(path)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }
  }

  @Test("Each target's inputs run through it", arguments: FuzzTarget.allCases)
  func replay(_ target: FuzzTarget) throws {
    let inputs = Self.inputs(target)
    // Every target has seeds: a target without any would be replaying nothing.
    #expect(!inputs.isEmpty)
    for input in inputs {
      target.run(try Data(contentsOf: input))
    }
  }
}
