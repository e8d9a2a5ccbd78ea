import ArgumentParser
import Foundation

/// Runs the current command again in a child process with a time limit.
///
/// Graphviz's layout cannot be cancelled from inside the process, and `dot` on a tangled graph
/// of a few hundred nodes can run for minutes. Commands that lay out a graph therefore run the
/// work in a child (the same command, plus `--layout-worker`) and stop it at the limit, so the
/// user gets a message instead of a hang. The child writes its output itself, atomically; a
/// child stopped at the limit leaves nothing behind.
enum LayoutWorker {
  /// The hidden flag that marks the child.
  static let flag = "--layout-worker"

  /// The environment variable naming the file where the child says which layout it started.
  static let statusVariable = "ATTRIBUTION_LAYOUT_STATUS"

  /// Runs this command in a child and waits at most `seconds`; throws at the limit (saying
  /// which layout the child was running, when it had started one) or when the child fails (its
  /// own messages have already gone to standard error).
  static func run(seconds: Double, output: String?) throws {
    let process = Process()
    process.executableURL = executable
    process.arguments = Array(CommandLine.arguments.dropFirst()) + [flag]
    process.standardInput = FileHandle.nullDevice
    let status = FileManager.default.temporaryDirectory
      .appendingPathComponent("attribution-layout-\(getpid())-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: status) }
    process.environment = ProcessInfo.processInfo.environment.merging([statusVariable: status.path]) { _, new in new }
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    do {
      try process.run()
    } catch {
      throw CommandFailure("cannot start the layout process (\(error.localizedDescription))")
    }
    if finished.wait(timeout: .now() + seconds) == .timedOut {
      // SIGKILL, not SIGTERM: a child started by a process that ignores SIGTERM inherits that,
      // and the layout has nothing to save anyway.
      kill(process.processIdentifier, SIGKILL)
      finished.wait()
      if let output { OutputFile.removeTemporaries(of: output, pid: process.processIdentifier) }
      let started = (try? String(contentsOf: status, encoding: .utf8))?.split(separator: " ")
      throw LayoutTimedOut(
        seconds: seconds, engine: started?.first.map(String.init),
        nodes: started.flatMap { $0.count > 1 ? Int($0[1]) : nil })
    }
    let failed = process.terminationReason == .uncaughtSignal || process.terminationStatus != 0
    if failed, let output { OutputFile.removeTemporaries(of: output, pid: process.processIdentifier) }
    if process.terminationReason == .uncaughtSignal {
      // A reader that went away (`map | head`): the shell's convention is to stop quietly.
      if process.terminationStatus == SIGPIPE { throw ExitCode(128 + SIGPIPE) }
      let written = output.map { "\($0) was left as it was" } ?? "standard output may hold part of it"
      throw CommandFailure("the layout process crashed (signal \(process.terminationStatus)); \(written)")
    }
    if process.terminationStatus != 0 {
      throw ExitCode(process.terminationStatus)
    }
  }

  /// Called in the child just before a layout: tells the parent the engine and the graph's size,
  /// for its message should the layout pass the limit.
  static func announce(engine: String, nodes: Int) {
    guard let path = ProcessInfo.processInfo.environment[statusVariable] else { return }
    try? Data("\(engine) \(nodes)".utf8).write(to: URL(fileURLWithPath: path))
  }

  /// Checks a `--timeout` value: 0 (no limit) or a number of seconds from a millisecond up.
  static func validate(timeout: Double) throws {
    guard timeout.isFinite, timeout == 0 || timeout >= 0.001 else {
      throw ValidationError("--timeout must be 0 (no limit) or a number of seconds of at least 0.001, not \(timeout)")
    }
  }

  /// Called first thing in the child: it stops (SIGKILL) as soon as its parent is gone, so a
  /// cancelled `map` or `report` (SIGTERM, a closed terminal) never leaves a layout running
  /// that writes its output later.
  static func stopWithParent() {
    let parent = getppid()
    let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
    timer.schedule(deadline: .now(), repeating: .milliseconds(200))
    timer.setEventHandler {
      if getppid() != parent { kill(getpid(), SIGKILL) }
    }
    timer.resume()
    watchdog = timer
  }

  /// The child's parent watch, kept alive for the life of the process.
  nonisolated(unsafe) private static var watchdog: DispatchSourceTimer?

  private static var executable: URL {
    #if os(Linux)
      URL(fileURLWithPath: "/proc/self/exe")
    #else
      Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    #endif
  }
}

/// A layout stopped at its `--timeout`: `map` fails with it; `report` writes the rest of the
/// report without the map.
struct LayoutTimedOut: Error, CustomStringConvertible {
  var seconds: Double
  /// The engine the child was laying out with, and the map's nodes; nil when it had not begun.
  var engine: String?
  var nodes: Int?

  /// What was stopped, in words.
  var what: String {
    guard let engine else {
      return "the case was not read and laid out within \(seconds.formatted()) s (--timeout)"
    }
    let size = nodes.map { " of \($0.formatted()) nodes" } ?? ""
    return "the map\(size) was not laid out with \(engine) within \(seconds.formatted()) s (--timeout)"
  }

  /// What to try next, for the engine that was too slow.
  var suggestion: String {
    engine == "sfdp"
      ? "focus the map with --claim, --status, --uncorroborated or --outlet, or raise --timeout"
      : "try --engine sfdp (force-directed, much faster on large graphs), or focus the map with --claim, --status, --uncorroborated or --outlet"
  }

  var description: String { "\(what) and was stopped; \(suggestion)" }
}
