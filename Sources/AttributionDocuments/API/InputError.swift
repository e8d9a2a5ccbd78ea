import Foundation

/// A problem with a file the user gave: it names the file, and the line where there is one.
public struct InputError: Error, Hashable, Sendable, LocalizedError, CustomStringConvertible {
  /// The file at fault.
  public var file: String
  /// The 1-based line, when the problem has one.
  public var line: Int?
  /// What is wrong, in words the user can act on.
  public var message: String

  public init(file: String, line: Int? = nil, _ message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message`.
  public var description: String {
    if let line { return "\(file):\(line): \(message)" }
    return "\(file): \(message)"
  }

  public var errorDescription: String? { description }
}
