import ArgumentParser
import Foundation

/// `--time-limit SECONDS`: how long a whole command may run, wall time. Past it the command
/// stops with a message and status 124 (as `timeout(1)`), writing nothing: an output file it
/// was writing keeps its old contents and the temporary file is removed.
struct TimeLimitOption: ParsableArguments {
  @Option(
    name: .customLong("time-limit"),
    help: ArgumentHelp(
      "Stop the whole command after this many seconds, writing nothing (0: no limit; case commands default to \(Int(Watchdog.caseDefault)), extract and eval to none).",
      valueName: "seconds"))
  var seconds: Double?

  func validate() throws {
    if let seconds, !(seconds >= 0 && seconds.isFinite) {
      throw ValidationError("--time-limit must be a number of seconds, 0 or more (0: no limit)")
    }
  }
}

/// A command that runs under a time limit: its option, and its default when not given.
protocol TimeLimited {
  var timeLimit: TimeLimitOption { get }
  /// The limit when `--time-limit` is not given, in seconds; 0 for none.
  static var defaultTimeLimit: Double { get }
}

extension TimeLimited {
  static var defaultTimeLimit: Double { Watchdog.caseDefault }
}

/// Stops the process when a command's time limit passes.
enum Watchdog {
  /// The default limit of commands that read one case: generous for a case (PolNeAR's 840
  /// training articles as one case take about 15 s), short of a run that would go on for hours.
  static let caseDefault: Double = 600

  /// The exit status of a command stopped by its limit (that of `timeout(1)`).
  static let status: Int32 = 124

  /// Starts the clock for `command`; at its limit the process stops (a limit of 0: never).
  static func start(_ command: any TimeLimited) {
    let seconds = command.timeLimit.seconds ?? type(of: command).defaultTimeLimit
    guard seconds > 0 else { return }
    let thread = Thread {
      Thread.sleep(forTimeInterval: seconds)
      stop(after: seconds)
    }
    thread.start()
  }

  /// Removes the output being written, says why, and exits without running anything else (no
  /// `atexit` handler, no buffered output flushed halfway).
  private static func stop(after seconds: Double) {
    TemporaryFiles.removeAll()
    StandardError.write(
      "Error: stopped after \(seconds.formatted()) s (--time-limit; 0 for no limit): nothing was written. The input may be too large or too unusual for one run: split the case, or raise the limit.\n"
    )
    _exit(status)
  }
}

/// The temporary files this process is writing, so that a command stopped by its time limit
/// can remove them (a killed process's are removed by the next write to the same file).
enum TemporaryFiles {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var paths: Set<String> = []

  static func insert(_ path: String) {
    lock.withLock { _ = paths.insert(path) }
  }

  static func remove(_ path: String) {
    lock.withLock { _ = paths.remove(path) }
  }

  /// Unlinks every temporary file still being written. Called once, as the process stops; the
  /// lock is held to the end so that no write registers a new one meanwhile.
  static func removeAll() {
    lock.lock()
    for path in paths { unlink(path) }
  }
}
