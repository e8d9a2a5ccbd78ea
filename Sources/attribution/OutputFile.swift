import AttributionDocuments
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a command's output goes: a file, written atomically, or standard output.
///
/// A regular file (or a symlink to one) is replaced in one step: the data goes to a new
/// temporary file beside it, created exclusively under an unpredictable name and never through a
/// symlink, and is then renamed over the target; an interrupted run leaves the old file whole.
/// A device, FIFO or socket (`-o /dev/stdout`, `-o /dev/null`, a named pipe) is written to
/// directly, never replaced.
struct OutputFile {
  /// The file, or nil for standard output.
  var path: String?

  /// Writes `data` in full or, for a file, not at all.
  func write(_ data: Data) throws {
    guard let path else {
      try StandardOutput.write(data)
      return
    }
    if path.hasSuffix("/") { throw CommandFailure("\(path): names a folder; give a file name") }
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath()
    var info = stat()
    let exists = stat(target.path, &info) == 0
    if exists {
      switch info.st_mode & S_IFMT {
      case S_IFREG: break
      case S_IFDIR: throw CommandFailure("\(path): is a folder, not a file")
      default: return try writeDirectly(data, to: target.path, shownAs: path)
      }
    }
    let folder = target.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw CommandFailure("\(path): the folder \(folder.path) does not exist")
    }
    Self.removeStaleTemporaries(of: target)
    let (temporary, descriptor) = try createTemporary(beside: target, shownAs: path)
    TemporaryFiles.insert(temporary.path)
    defer { TemporaryFiles.remove(temporary.path) }
    do {
      try FileDescriptor.writeAll(data, to: descriptor)
      // The new file gets the old one's permissions, or those of a file newly made.
      _ = fchmod(descriptor, exists ? info.st_mode & 0o7777 : Self.defaultMode)
      guard fsync(descriptor) == 0 else { throw POSIXFailure(errno) }
      close(descriptor)
    } catch {
      close(descriptor)
      unlink(temporary.path)
      throw CommandFailure("\(path): cannot write (\(error))")
    }
    FaultInjection.beforeRename()
    // rename(2) replaces the target in one step. (FileManager.replaceItemAt on Linux removed the
    // existing file and then failed, losing it.)
    guard rename(temporary.path, target.path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary.path)
      throw CommandFailure("\(path): cannot write (\(reason))")
    }
  }

  /// The extension of the output file, lower-cased, if any.
  var pathExtension: String? {
    guard let path else { return nil }
    let ext = (path as NSString).pathExtension.lowercased()
    return ext.isEmpty ? nil : ext
  }

  /// The name prefix of the temporary files a process with `pid` makes for `target`:
  /// `.NAME.PID.` (a random part and `.tmp` follow).
  private static func temporaryPrefix(of target: URL, pid: Int32) -> String {
    ".\(temporaryStem(of: target)).\(pid)."
  }

  /// The target's name as temporary names begin with it: cut to 200 bytes (at a character), so
  /// the temporary name stays within the 255 bytes a file name may have.
  private static func temporaryStem(of target: URL) -> String {
    var stem = ""
    for character in target.lastPathComponent {
      if stem.utf8.count + character.utf8.count > 200 { break }
      stem.append(character)
    }
    return stem
  }

  /// Removes the temporary files that process `pid` left beside `output` (a layout worker that
  /// was stopped or died).
  static func removeTemporaries(of output: String, pid: Int32) {
    let target = URL(fileURLWithPath: output).resolvingSymlinksInPath()
    for (path, owner) in temporaries(of: target) where owner == pid { unlink(path) }
  }

  /// Removes temporary files for `target` whose process no longer runs (killed mid-write).
  private static func removeStaleTemporaries(of target: URL) {
    for (path, owner) in temporaries(of: target) where kill(owner, 0) != 0 && errno == ESRCH {
      unlink(path)
    }
  }

  /// The temporary files beside `target` (`.NAME.PID.RANDOM.tmp`), with the process that made
  /// each.
  private static func temporaries(of target: URL) -> [(path: String, pid: Int32)] {
    let prefix = ".\(temporaryStem(of: target))."
    let folder = target.deletingLastPathComponent()
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).compactMap { name in
      guard name.hasPrefix(prefix), name.hasSuffix(".tmp") else { return nil }
      let fields = name.dropFirst(prefix.count).split(separator: ".")
      guard fields.count == 3, let pid = Int32(fields[0]), pid > 0 else { return nil }
      return (folder.appendingPathComponent(name).path, pid)
    }
  }

  /// A new temporary file beside `target`, open for writing: created exclusively (never an
  /// existing file, never through a symlink), readable by the owner only until it is complete.
  private func createTemporary(beside target: URL, shownAs path: String) throws -> (URL, Int32) {
    let prefix = Self.temporaryPrefix(of: target, pid: getpid())
    for _ in 0..<16 {
      let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
      let url = target.deletingLastPathComponent().appendingPathComponent("\(prefix)\(random).tmp")
      let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if descriptor >= 0 { return (url, descriptor) }
      if errno != EEXIST {
        throw CommandFailure("\(path): cannot write (\(String(cString: strerror(errno))))")
      }
    }
    throw CommandFailure("\(path): cannot write (no free temporary file name beside it)")
  }

  /// Writes to a device, FIFO or socket in place.
  private func writeDirectly(_ data: Data, to target: String, shownAs path: String) throws {
    let descriptor = open(target, O_WRONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw CommandFailure("\(path): cannot write (\(String(cString: strerror(errno))))")
    }
    defer { close(descriptor) }
    do {
      try FileDescriptor.writeAll(data, to: descriptor)
    } catch {
      throw CommandFailure("\(path): cannot write (\(error))")
    }
  }

  /// rw-rw-rw- less the process's umask, as for any file a program creates.
  private static let defaultMode: mode_t = {
    let mask = umask(0)
    umask(mask)
    return 0o666 & ~mask
  }()
}

/// The process's standard output, written with errors reported (a full disk, a closed pipe),
/// never ignored and never a crash.
enum StandardOutput {
  /// Writes all of `data` to standard output, or throws naming it.
  static func write(_ data: Data) throws {
    try naming { try FileDescriptor.writeAll(data, to: STDOUT_FILENO) }
  }

  /// Writes `text` as UTF-8 to standard output, control characters made inert
  /// (``TerminalText``): replaced in text, escaped in JSON (`isJSON`), so the data is kept.
  static func write(_ text: String, isJSON: Bool = false) throws {
    try naming {
      if isJSON {
        // Long runs are written from the string's storage; escapes and short runs are gathered
        // first, so text full of control characters is not one write(2) per character.
        var pending: [UInt8] = []
        try TerminalText.escapedJSON(text) { piece in
          if pending.count + piece.count > 1 << 16 {
            try pending.withUnsafeBytes { try FileDescriptor.writeAll($0, to: STDOUT_FILENO) }
            pending.removeAll(keepingCapacity: true)
          }
          if piece.count > 1 << 16 {
            try FileDescriptor.writeAll(piece, to: STDOUT_FILENO)
          } else {
            pending.append(contentsOf: piece)
          }
        }
        try pending.withUnsafeBytes { try FileDescriptor.writeAll($0, to: STDOUT_FILENO) }
      } else {
        try FileDescriptor.writeAll(TerminalText.inert(text), to: STDOUT_FILENO)
      }
    }
  }

  /// Runs `write`, its failure rethrown naming standard output.
  private static func naming(_ write: () throws -> Void) throws {
    do {
      try write()
    } catch {
      throw CommandFailure("standard output: \(error)")
    }
  }
}

/// The process's standard input, read as one article where a command takes a file and is given
/// `-`: a saved web page when it opens like one (`<!doctype html`, `<html`), else text with
/// optional front matter; named `stdin` in evidence and messages.
enum StandardInput {
  static func article(reader: DocumentReader) throws -> Document {
    let data = FileHandle.standardInput.readDataToEndOfFile()
    let opening = String(decoding: data.prefix(512), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    if opening.hasPrefix("<!doctype html") || opening.hasPrefix("<html") {
      return try reader.readPage(data: data, id: "stdin", path: "stdin")
    }
    return try reader.read(data: data, id: "stdin", path: "stdin")
  }
}

/// The process's standard error: messages made inert (``TerminalText``); a failure to write
/// them is ignored, as there is nowhere left to report it.
enum StandardError {
  /// Writes `text` to standard error.
  static func write(_ text: String) {
    try? FileDescriptor.writeAll(Data(TerminalText.inert(text).utf8), to: STDERR_FILENO)
  }
}

/// write(2) until every byte is written.
enum FileDescriptor {
  static func writeAll(_ data: Data, to descriptor: Int32) throws {
    try data.withUnsafeBytes { try writeAll($0, to: descriptor) }
  }

  /// Writes `text`'s UTF-8 as it is stored (a report of tens of megabytes is not copied first).
  static func writeAll(_ text: String, to descriptor: Int32) throws {
    var text = text
    try text.withUTF8 { try writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
  }

  static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) throws {
    guard var next = buffer.baseAddress else { return }
    var left = buffer.count
    while left > 0 {
      let written = write(descriptor, next, left)
      if written < 0 {
        if errno == EINTR { continue }
        throw POSIXFailure(errno)
      }
      left -= written
      next += written
    }
  }
}

/// A system call's failure, described as the system does ("No space left on device").
struct POSIXFailure: Error, CustomStringConvertible {
  var code: Int32

  init(_ code: Int32) {
    self.code = code
  }

  var description: String { String(cString: strerror(code)) }
}

/// Faults the end-to-end tests inject to check that an interrupted write loses nothing.
enum FaultInjection {
  /// Between writing the temporary file and renaming it over the target, with
  /// `ATTRIBUTION_FAULT=kill-before-rename` the process kills itself, as `kill -9` would; with
  /// `hang-before-rename` it waits a minute, as a long layout would.
  static func beforeRename() {
    switch ProcessInfo.processInfo.environment["ATTRIBUTION_FAULT"] {
    case "kill-before-rename": kill(getpid(), SIGKILL)
    case "hang-before-rename": sleep(60)
    default: break
    }
  }
}

/// A failure the command reports as one line on standard error, exiting with status 1.
struct CommandFailure: Error, CustomStringConvertible {
  var description: String

  init(_ description: String) {
    self.description = TerminalText.inert(description)
  }
}
