import AttributionDocuments
import Foundation

/// What `attribution extract` wrote, read back record by record: JSON Lines line by line (in
/// bounded memory), or a `.json` file as one array. `scorecard` and `--extractions` read it.
enum ExtractOutputFile {
  /// Calls `record` with each record of `path` (`-`: standard input) decoded as `T` and its
  /// place (`FILE:LINE`, or `FILE: element N`); a line that is not one goes to `unreadable`
  /// with its place and what is wrong, which may throw to stop. Blank lines are skipped.
  static func read<T: Decodable>(
    _ path: String, as type: T.Type, unreadable: (_ place: String, _ problem: String) throws -> Void,
    record: (_ place: String, _ value: T) throws -> Void
  ) throws {
    let name = path == "-" ? "standard input" : path
    let handle: FileHandle
    if path == "-" {
      handle = FileHandle.standardInput
    } else {
      guard let opened = FileHandle(forReadingAtPath: path) else { throw CommandFailure("\(path): cannot be read") }
      handle = opened
    }
    let decoder = JSONDecoder()
    if path.lowercased().hasSuffix(".json") {
      let values: [T]
      do {
        values = try decoder.decode([T].self, from: try handle.readToEnd() ?? Data())
      } catch {
        throw CommandFailure("\(name): not a JSON array of `attribution extract` records")
      }
      for (index, value) in values.enumerated() { try record("\(name): element \(index + 1)", value) }
      return
    }
    var lines = CorpusLines(handle: handle)
    while let line = try lines.next() {
      switch line {
      case .tooLong(let number, let bytes):
        try unreadable("\(name):\(number)", "a line of \(bytes) bytes is over the limit")
      case .text(let number, let bytes):
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
        guard let value = try? decoder.decode(T.self, from: bytes) else {
          try unreadable("\(name):\(number)", "not an `attribution extract` record")
          continue
        }
        try record("\(name):\(number)", value)
      }
    }
  }
}
