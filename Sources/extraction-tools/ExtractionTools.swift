import ArgumentParser

/// Developer tools for the attribution extractor: training its model and measuring its speed.
@main
struct ExtractionTools: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extraction-tools",
    abstract: "Train and benchmark the attribution extractor.",
    subcommands: [TrainCommand.self, BenchmarkCommand.self, ExportTaggerDataCommand.self])
}
