import ArgumentParser

/// The `attribution` command: subcommands only; each lives in its own file.
@main
struct AttributionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "attribution",
    abstract: "Map who said what in news coverage, score corroboration and audit sourcing chains.",
    subcommands: [
      ExtractCommand.self,
      EvalCommand.self,
    ]
  )
}
