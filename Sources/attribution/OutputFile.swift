import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a command's output goes: a file, written atomically, or standard output.
struct OutputFile {
  /// The file, or nil for standard output.
  var path: String?

  /// Writes `data` in full or not at all: to a temporary file beside the target, then renamed
  /// over it, so an interrupted run never leaves a half-written file.
  func write(_ data: Data) throws {
    guard let path else {
      FileHandle.standardOutput.write(data)
      return
    }
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw CommandFailure("\(path): the folder \(folder.path) does not exist")
    }
    let temporary = temporaryURL(pid: ProcessInfo.processInfo.processIdentifier)
    do {
      try data.write(to: temporary)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw CommandFailure("\(path): cannot write (\(error.localizedDescription))")
    }
    // rename(2) replaces the target in one step. (FileManager.replaceItemAt on Linux removed the
    // existing file and then failed, losing it.)
    guard rename(temporary.path, url.path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw CommandFailure("\(path): cannot write (\(reason))")
    }
  }

  /// The temporary file a process with `pid` writes before renaming it over the target.
  func temporaryURL(pid: Int32) -> URL {
    let url = URL(fileURLWithPath: path ?? "")
    return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(pid).tmp")
  }

  /// The extension of the output file, lower-cased, if any.
  var pathExtension: String? {
    guard let path else { return nil }
    let ext = (path as NSString).pathExtension.lowercased()
    return ext.isEmpty ? nil : ext
  }
}

/// A failure the command reports as one line on standard error, exiting with status 1.
struct CommandFailure: Error, CustomStringConvertible {
  var description: String

  init(_ description: String) {
    self.description = description
  }
}
