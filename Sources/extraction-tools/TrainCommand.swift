import ArgumentParser
import AttributionEvaluation
@_spi(Training) import AttributionExtraction
import Foundation

/// `extraction-tools train`: trains the model on PolNeAR's train split and writes it.
struct TrainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train", abstract: "Train the extractor's model on PolNeAR train.")

  @Option(help: "The PolNeAR folder holding train/ and dev/.")
  var corpus: String

  @Option(help: "Training passes over the data.")
  var epochs = 8

  @Option(help: "Independent training runs whose taggers are averaged into the model.")
  var runs = 4

  @Option(
    help: ArgumentHelp(
      "Silver syntax tags (Scripts/silver-syntax's output, holding train/): also train the syntax taggers.",
      valueName: "folder"))
  var silver: String?

  @Option(help: "Seed for the order examples are shown in.")
  var seed: UInt64 = 1

  @Option(help: "Where to write the model.")
  var output: String

  @Option(help: "Skip training: read this model file instead (to re-run --predict-dev).")
  var reuse: String?

  @Option(help: "Also write the trained extractor's output on dev here, as JSON lines.")
  var predictDev: String?

  @Flag(help: "Also score the trained extractor on dev and print the table's F1 figures, then the rules' alone.")
  var scoreDev = false

  func run() throws {
    let root = URL(fileURLWithPath: corpus)
    let data: Data
    if let reuse {
      data = try Data(contentsOf: URL(fileURLWithPath: reuse))
    } else {
      let train = try PolNeAR.read(
        split: root.appendingPathComponent("train"),
        silver: silver.map { URL(fileURLWithPath: $0).appendingPathComponent("train") })
      data = ModelTraining.train(train, epochs: epochs, runs: runs, seed: seed) {
        FileHandle.standardError.write(Data("\($0)\n".utf8))
      }
    }
    try data.write(to: URL(fileURLWithPath: output))
    print("wrote \(output) (\(data.count) bytes)")
    guard let extractor = AttributionExtractor(modelData: data) else {
      throw ValidationError("the trained model could not be read back")
    }
    if scoreDev, let silver {
      let dev = try PolNeAR.read(
        split: root.appendingPathComponent("dev"), silver: URL(fileURLWithPath: silver).appendingPathComponent("dev"))
      if let agreement = ModelTraining.syntaxAgreement(modelData: data, documents: dev) {
        print(
          String(
            format: "syntax taggers agree with the silver tags on dev: part of speech %.3f, dependency %.3f",
            agreement.partOfSpeech, agreement.dependency))
      }
    }
    if scoreDev {
      let corpus = try BratCorpus.read(directory: root.appendingPathComponent("dev"))
      let report = AttributionEvaluation.score(corpus: corpus, extractor: extractor)
      print(DevScores(report))
      // The baseline in the same run: what the learned taggers add to the rules.
      let rules = AttributionEvaluation.score(corpus: corpus, extractor: .rulesOnly)
      print("rules alone, for comparison:")
      print(DevScores(rules))
    }
    guard let predictDev else { return }
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

/// The dev figures the acceptance criteria name, on one line each.
struct DevScores: CustomStringConvertible {
  let report: EvaluationReport

  init(_ report: EvaluationReport) { self.report = report }

  var description: String {
    AttributionComponent.allCases.map { component in
      let counts = report.scores[component]
      func f(_ m: MatchCounts) -> String {
        String(format: "P %.3f R %.3f F1 %.3f", m.precision ?? 0, m.recall ?? 0, m.f1 ?? 0)
      }
      return "\(component.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) exact \(f(counts.exact))  partial \(f(counts.partial))"
    }.joined(separator: "\n")
  }
}
