import ArgumentParser
import AttributionDocuments
import AttributionExtraction

/// The `attribution` command: subcommands only; each lives in its own file.
@main
struct AttributionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "attribution",
    abstract: "Map who said what in news coverage, score corroboration and audit sourcing chains.",
    version: version,
    subcommands: [
      MapCommand.self,
      EvalCommand.self,
      ExportCommand.self,
      ExtractCommand.self,
      ClaimsCommand.self,
      AuditCommand.self,
      ScorecardCommand.self,
      ReportCommand.self,
      TextCommand.self,
      NewCommand.self,
    ]
  )

  /// The tool's version, printed by `attribution --version`.
  static let version = "0.14.0"

  /// Runs the command under its time limit (``Watchdog``); a problem with the user's input (a
  /// file and line, and what is wrong) is printed with its text made inert, like every other
  /// message.
  static func main() {
    do {
      var command = try parseAsRoot()
      if let limited = command as? any TimeLimited { Watchdog.start(limited) }
      try command.run()
    } catch let error as InputError {
      exit(withError: CommandFailure(error.description))
    } catch {
      exit(withError: error)
    }
  }
}
