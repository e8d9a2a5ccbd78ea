import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failure to write an export; it names the file.
public struct ExportError: Error, Hashable, Sendable, LocalizedError, CustomStringConvertible {
  /// The file that could not be written.
  public var file: String
  /// What went wrong.
  public var message: String

  public init(file: String, _ message: String) {
    self.file = file
    self.message = message
  }

  /// `file: message`.
  public var description: String { "\(file): \(message)" }

  public var errorDescription: String? { description }
}

/// Writing an export to disk so that readers never see half a file.
public enum ExportFile {
  /// Writes `data` to a temporary file in the folder of `url`, then renames it over `url`.
  /// On failure the temporary file is removed and `url` is left as it was.
  public static func write(_ data: Data, to url: URL) throws {
    let folder = url.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      try data.write(to: temporary)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw ExportError(file: url.path, "cannot write: \(error.localizedDescription)")
    }
    guard rename(temporary.path, url.path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw ExportError(file: url.path, "cannot replace: \(reason)")
    }
  }
}
