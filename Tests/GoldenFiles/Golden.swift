import Foundation
import Testing

/// Golden files beside a test target's sources, in its `Golden/` folder. Run the tests with
/// `UPDATE_GOLDENS=1` to rewrite them from the current output, then review the diff.
public struct Golden: Sendable {
  /// The folder holding the golden files.
  public let folder: URL

  /// The `Golden/` folder beside the test file that names it (pass `#filePath`).
  public init(besides testFile: String) {
    folder = URL(fileURLWithPath: testFile).deletingLastPathComponent()
      .appendingPathComponent("Golden")
  }

  /// Compares `data` byte for byte with the golden file `name` (or rewrites it).
  public func check(
    _ data: Data, against name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
      try data.write(to: url)
      return
    }
    let expected = try Data(contentsOf: url)
    #expect(
      String(decoding: data, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
      "differs from Golden/\(name); rerun with UPDATE_GOLDENS=1 to accept",
      sourceLocation: sourceLocation)
  }
}
