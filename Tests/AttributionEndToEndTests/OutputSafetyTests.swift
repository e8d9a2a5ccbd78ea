import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What `-o` and standard output do with targets that are not plain files, with failing
/// output, and with writes cut off: the user's data is never lost or half-written.
@Suite("Output safety")
struct OutputSafetyTests {
  static let seed = CommandRunner.seedCase.path

  @Test("-o onto a FIFO writes into it and leaves it a FIFO (a device is never replaced)")
  func fifo() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let fifo = folder.appendingPathComponent("pipe")
    #expect(mkfifo(fifo.path, 0o600) == 0)
    let expected = try CommandRunner.run(["export", Self.seed, "--format", "json"]).stdout
    // open(2) on a FIFO waits for the other end, so the reader runs beside the tool.
    let received = Received()
    let reader = Thread {
      received.data = FileHandle(forReadingAtPath: fifo.path)?.readDataToEndOfFile()
    }
    reader.start()
    let result = try CommandRunner.run(["export", Self.seed, "--format", "json", "-o", fifo.path])
    for _ in 0..<500 where received.data == nil { usleep(10_000) }
    #expect(result.status == 0, "\(result.stderr)")
    #expect(received.data == expected)
    var info = stat()
    #expect(lstat(fifo.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
  }

  @Test("-o onto a symlink replaces the file it points to and keeps the link")
  func symlink() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let real = folder.appendingPathComponent("real.json")
    let link = folder.appendingPathComponent("link.json")
    try Data("old".utf8).write(to: real)
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
    let result = try CommandRunner.run(["export", Self.seed, "-o", link.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
    #expect(try Data(contentsOf: real).count > 1000)
  }

  @Test("symlinks planted under temporary names are never followed; the file keeps its mode")
  func plantedTemporaries() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let victim = folder.appendingPathComponent("victim.txt")
    try Data("ORIGINAL".utf8).write(to: victim)
    let output = folder.appendingPathComponent("out.json")
    try Data("old".utf8).write(to: output)
    #expect(chmod(output.path, 0o600) == 0)
    let last = Int(try String(contentsOfFile: "/proc/sys/kernel/ns_last_pid", encoding: .utf8)
      .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    for pid in last + 1...last + 200 {
      try FileManager.default.createSymbolicLink(
        at: folder.appendingPathComponent(".out.json.\(pid).tmp"), withDestinationURL: victim)
    }
    let result = try CommandRunner.run(["export", Self.seed, "-o", output.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try String(contentsOf: victim, encoding: .utf8) == "ORIGINAL")
    var info = stat()
    #expect(lstat(output.path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG)
    #expect(info.st_mode & 0o777 == 0o600)
  }

  @Test("a full standard output is a one-line error and a failure, for every command that writes it")
  func fullStandardOutput() throws {
    guard let full = FileHandle(forWritingAtPath: "/dev/full") else { return }
    for arguments in [
      ["export", Self.seed], ["claims", Self.seed, "--format", "json"], ["audit", Self.seed],
      ["extract", Self.seed, "--format", "jsonl"], ["extract", Self.seed], ["map", Self.seed, "--format", "dot"],
    ] {
      let result = try CommandRunner.run(arguments, standardOutput: full)
      #expect(result.status == 1, "\(arguments)")
      #expect(result.stderr.contains("Error: standard output: No space left on device"), "\(arguments): \(result.stderr)")
      #expect(!result.stderr.contains("Fatal error"), "\(arguments)")
    }
  }

  /// Runs `command` with `-o` onto a file named `name` that holds `old`, killed between writing
  /// its temporary file and renaming it; `check` gets the folder, the file and the result.
  static func killedWrite(
    _ command: String, onto name: String, holding old: String,
    _ check: (URL, URL, CommandRunner.Result) throws -> Void
  ) throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent(name)
    try Data(old.utf8).write(to: output)
    let result = try CommandRunner.run(
      [command, seed, "-o", output.path], environment: ["ATTRIBUTION_FAULT": "kill-before-rename"])
    try check(folder, output, result)
  }

  @Test("a command past --time-limit stops with status 124 mid-write: the old file is kept, the temporary removed")
  func timeLimit() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let article = folder.appendingPathComponent("a.txt")
    try "Kovalenko said on Telegram that the troops had arrived.\n".write(to: article, atomically: true, encoding: .utf8)
    let output = folder.appendingPathComponent("a.out.md")
    try Data("old".utf8).write(to: output)
    // The write pauses before its rename (as a slow disk would) until the limit stops it.
    let result = try CommandRunner.run(
      ["text", article.path, "-o", output.path, "--time-limit", "2"], environment: ["ATTRIBUTION_FAULT": "hang-before-rename"])
    #expect(result.status == 124)
    #expect(result.stderr.contains("Error: stopped after 2 s (--time-limit; 0 for no limit): nothing was written."))
    #expect(try String(contentsOf: output, encoding: .utf8) == "old")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.out.md", "a.txt"])
    // Without the fault the same command finishes well within the limit.
    let normal = try CommandRunner.run(["text", article.path, "-o", output.path, "--time-limit", "2"])
    #expect(normal.status == 0, "\(normal.stderr)")
    #expect(try String(contentsOf: output, encoding: .utf8).contains("Kovalenko said"))
  }

  @Test("--max-case-mb sets the most article text a case folder may hold, for extract and the case commands")
  func caseSizeLimit() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let articles = folder.appendingPathComponent("articles")
    try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
    // Two articles of 0.6 MiB: over a limit of 1 MiB at the second, within the default.
    let text = String(repeating: "Officials said the bridge was closed.\n", count: 16_600)
    for name in ["a.txt", "b.txt"] {
      try text.write(to: articles.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    for command in [["extract", folder.path], ["claims", folder.path]] {
      let result = try CommandRunner.run(command + ["--max-case-mb", "1"])
      #expect(result.status != 0)
      #expect(result.stderr.contains("the case's articles pass 1 MiB at b.txt"), "\(result.stderr)")
      #expect(result.stderr.contains("--max-case-mb"))
    }
    let invalid = try CommandRunner.run(["claims", folder.path, "--max-case-mb", "0"])
    #expect(invalid.status != 0)
    #expect(invalid.stderr.contains("--max-case-mb must be a number of MiB"))
  }

  @Test("two processes writing one output at once leave one whole file, never a mix, and no temporary file")
  func concurrentWriters() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("graph.out")
    let json = try CommandRunner.run(["export", Self.seed, "--format", "json"]).stdout
    let graphml = try CommandRunner.run(["export", Self.seed, "--format", "graphml"]).stdout
    #expect(!json.isEmpty && !graphml.isEmpty)
    for _ in 0..<4 {
      let writers = ["json", "graphml"].map { format -> Process in
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["export", Self.seed, "--format", format, "-o", output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return process
      }
      for writer in writers { try writer.run() }
      for writer in writers { writer.waitUntilExit() }
      #expect(writers.allSatisfy { $0.terminationStatus == 0 })
      let written = try Data(contentsOf: output)
      #expect(written == json || written == graphml)
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.out"])
    }
  }

  @Test("a map killed between writing and renaming leaves the old file and no temporary file")
  func killedLayoutWorker() throws {
    try Self.killedWrite("map", onto: "m.svg", holding: "<old/>") { folder, output, result throws in
      #expect(result.status == 1)
      #expect(result.stderr.contains("crashed (signal 9)") && result.stderr.contains("was left as it was"))
      #expect(try String(contentsOf: output, encoding: .utf8) == "<old/>")
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["m.svg"])
    }
  }

  @Test("an export killed before its rename leaves the old file; the next write clears its leftover")
  func killedExport() throws {
    try Self.killedWrite("export", onto: "g.json", holding: "{}") { folder, output, killed throws in
      #expect(killed.status != 0)
      #expect(try String(contentsOf: output, encoding: .utf8) == "{}")
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 2)
      let again = try CommandRunner.run(["export", Self.seed, "-o", output.path])
      #expect(again.status == 0)
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["g.json"])
    }
  }
}

/// What the FIFO's reader received, set on its thread.
private final class Received: @unchecked Sendable {
  var data: Data?
}

@Suite("Layout worker")
struct LayoutWorkerTests {
  @Test("a map whose process dies leaves no layout running and writes nothing later")
  func cancelledMapStopsItsWorker() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("m.svg")
    try Data("<old/>".utf8).write(to: output)
    let process = Process()
    process.executableURL = CommandRunner.executable
    process.arguments = ["map", CommandRunner.seedCase.path, "-o", output.path]
    process.environment = ProcessInfo.processInfo.environment.merging(["ATTRIBUTION_FAULT": "hang-before-rename"]) { _, new in new }
    process.standardError = FileHandle.nullDevice
    try process.run()
    // The worker has laid the map out when its temporary file appears; its name holds its pid.
    var worker: Int32?
    for _ in 0..<600 where worker == nil {
      usleep(50_000)
      let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      worker = names.first { $0.hasPrefix(".m.svg.") }.flatMap { Int32($0.split(separator: ".")[2]) }
    }
    let pid = try #require(worker)
    // SIGKILL: the test runner may ignore SIGTERM, and its children inherit that.
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    var stopped = false
    for _ in 0..<40 where !stopped {
      usleep(100_000)
      stopped = kill(pid, 0) != 0 && errno == ESRCH
    }
    #expect(stopped, "the layout worker \(pid) outlived its parent")
    #expect(try String(contentsOf: output, encoding: .utf8) == "<old/>")
  }
}

@Suite("Output names and limits")
struct OutputNameTests {
  @Test("a 250-byte file name is written; a name ending in / is an error")
  func names() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let long = folder.appendingPathComponent(String(repeating: "é", count: 122) + ".json")
    #expect(long.lastPathComponent.utf8.count == 249)
    let written = try CommandRunner.run(["export", CommandRunner.seedCase.path, "-o", long.path])
    #expect(written.status == 0, "\(written.stderr)")
    #expect(FileManager.default.fileExists(atPath: long.path))
    let slash = try CommandRunner.run(
      ["export", CommandRunner.seedCase.path, "--format", "json", "-o", folder.path + "/new/"])
    #expect(slash.status == 1 && slash.stderr.contains("names a folder"))
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/new"))
  }

  @Test("--timeout takes 0 or a positive number of seconds", arguments: ["-1", "nan", "inf", "1e-9"])
  func badTimeouts(_ value: String) throws {
    for command in ["map", "report"] {
      let result = try CommandRunner.run([command, CommandRunner.seedCase.path, "--timeout=\(value)"])
      #expect(result.status != 0, "\(command) --timeout \(value)")
      #expect(result.stderr.contains("--timeout must be 0"), "\(result.stderr)")
    }
  }
}
