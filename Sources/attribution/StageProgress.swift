import Foundation

/// What a long case command is doing, on one line of standard error that each step overwrites
/// ("report: laying out the map (4.2 s)…"), shown only when standard error is a terminal, so
/// scripts, pipes and tests see nothing. Warnings clear the line before they print.
enum StageProgress {
  nonisolated(unsafe) private static var shown = false
  nonisolated(unsafe) private static var started = Date()
  private static let lock = NSLock()
  private static let isTerminal = isatty(STDERR_FILENO) == 1

  /// Shows `step` in place of the previous one, with the seconds since the command began.
  static func step(_ step: String) {
    guard isTerminal else { return }
    lock.lock()
    defer { lock.unlock() }
    if !shown { started = Date() }
    let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
    write("\r\u{1B}[K" + TerminalText.inert("\(step) (\(seconds) s)…"))
    shown = true
  }

  /// Clears the line, before a warning or at the end.
  static func clear() {
    guard isTerminal else { return }
    lock.lock()
    defer { lock.unlock() }
    if shown { write("\r\u{1B}[K") }
    shown = false
  }

  /// Writes `text` as it is: the only control characters are the ones this type puts there.
  private static func write(_ text: String) {
    try? FileDescriptor.writeAll(Data(text.utf8), to: STDERR_FILENO)
  }
}
