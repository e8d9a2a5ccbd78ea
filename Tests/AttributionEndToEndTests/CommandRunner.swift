import Foundation

/// Runs the built `attribution` executable, as a user would from a shell.
struct CommandRunner {
  struct Result {
    var status: Int32
    var stdout: Data
    var stderr: String
    var output: String { String(decoding: stdout, as: UTF8.self) }
  }

  /// The package root, found from this file's path.
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The seed case folder.
  static let seedCase = packageRoot.appendingPathComponent("Graphs/north-korean-troops-kursk")

  /// The executable beside the test bundle in the build folder.
  static let executable: URL = {
    var folder = Bundle.main.bundleURL
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("attribution")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    let arguments = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    return arguments.appendingPathComponent("attribution")
  }()

  /// Runs the tool with `arguments`; with `standardOutput`, its output goes there instead of
  /// into the result; `environment` adds variables to the test's own; `input` is its standard
  /// input (empty when nil).
  static func run(
    _ arguments: [String], in directory: URL? = nil, standardOutput: FileHandle? = nil,
    environment: [String: String] = [:], input: Data? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    }
    let out = Pipe()
    let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID())")
    guard FileManager.default.createFile(atPath: errorFile.path, contents: nil) else {
      throw CocoaError(.fileWriteUnknown)
    }
    defer { try? FileManager.default.removeItem(at: errorFile) }
    let errorHandle = try FileHandle(forWritingTo: errorFile)
    process.standardOutput = standardOutput ?? out
    process.standardError = errorHandle
    // Standard input from a file, so a large input cannot block on a full pipe.
    var inputFile: URL?
    if let input {
      let file = FileManager.default.temporaryDirectory.appendingPathComponent("stdin-\(UUID())")
      try input.write(to: file)
      inputFile = file
      process.standardInput = try FileHandle(forReadingFrom: file)
    } else {
      process.standardInput = FileHandle.nullDevice
    }
    defer { if let inputFile { try? FileManager.default.removeItem(at: inputFile) } }
    try process.run()
    try out.fileHandleForWriting.close()
    let stdout = standardOutput == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
    process.waitUntilExit()
    try errorHandle.close()
    let stderr = try Data(contentsOf: errorFile)
    return Result(status: process.terminationStatus, stdout: stdout, stderr: String(decoding: stderr, as: UTF8.self))
  }

  /// A fresh temporary folder, removed by the caller.
  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attribution-e2e-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }
}
