import ArgumentParser
@_spi(Training) import AttributionExtraction
import AttributionSemantics
import Foundation

/// `extraction-tools export-tagger-data`: the transformer tagger's training data from a PolNeAR
/// split, as JSON lines (see ``TaggerTraining``), for `Scripts/train-tagger`.
struct ExportTaggerDataCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export-tagger-data", abstract: "Write a PolNeAR split as the transformer tagger's training chunks.")

  @Option(help: "The PolNeAR split folder (holding text/ and attributions/).")
  var split: String

  @Option(help: "Where to write the JSON lines.")
  var output: String

  func run() throws {
    let documents = try PolNeAR.read(split: URL(fileURLWithPath: split))
    let lines = TaggerTraining.lines(documents, encoder: SentenceEncoder.standard)
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
    print("wrote \(output): \(lines.count) chunks of \(documents.count) documents")
  }
}
