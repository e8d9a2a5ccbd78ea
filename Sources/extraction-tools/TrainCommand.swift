@_spi(Training) import AttributionExtraction
import ArgumentParser
import Foundation

/// `extraction-tools train`: trains the model on PolNeAR's train split and writes it.
struct TrainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train", abstract: "Train the extractor's model on PolNeAR train.")

  @Option(help: "The PolNeAR folder holding train/ and dev/.")
  var corpus: String

  @Option(help: "Training passes over the data.")
  var epochs = 8

  @Option(help: "Seed for the order examples are shown in.")
  var seed: UInt64 = 1

  @Option(help: "Where to write the model.")
  var output: String

  @Option(help: "Skip training: read this model file instead (to re-run --predict-dev).")
  var reuse: String?

  @Option(help: "Also write the trained extractor's output on dev here, as JSON lines.")
  var predictDev: String?

  func run() throws {
    let root = URL(fileURLWithPath: corpus)
    let data: Data
    if let reuse {
      data = try Data(contentsOf: URL(fileURLWithPath: reuse))
    } else {
      let train = try PolNeAR.read(split: root.appendingPathComponent("train"))
      data = ModelTraining.train(train, epochs: epochs, seed: seed) {
        FileHandle.standardError.write(Data("\($0)\n".utf8))
      }
    }
    try data.write(to: URL(fileURLWithPath: output))
    print("wrote \(output) (\(data.count) bytes)")
    guard let predictDev else { return }
    guard let extractor = AttributionExtractor(modelData: data) else {
      throw ValidationError("the trained model could not be read back")
    }
    let dev = try PolNeAR.read(split: root.appendingPathComponent("dev"))
    var lines = ""
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    for item in dev {
      let record = Prediction(document: item.document.id, attributions: extractor.attributions(in: item.document))
      lines += String(decoding: try encoder.encode(record), as: UTF8.self) + "\n"
    }
    try lines.write(toFile: predictDev, atomically: true, encoding: .utf8)
  }
}

/// One document's predictions.
struct Prediction: Encodable {
  var document: String
  var attributions: [Attribution]
}
