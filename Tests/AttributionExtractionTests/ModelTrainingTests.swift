@testable @_spi(Training) import AttributionExtraction
import AttributionDocuments
import Foundation
import Testing

@Suite("Training the learned model")
struct ModelTrainingTests {
  /// A small corpus: "NAME vorpled CLAUSE." with the source, cue and content annotated. The cue
  /// is a made-up verb, so only a model that learned it can find it.
  static let documents: [TrainingDocument] = {
    let names = ["Maria Lopez", "The ministry", "A spokesman", "John Smith", "Officials", "The mayor"]
    let clauses = [
      "the bridge would reopen in May", "talks had stalled", "the troops had left the city",
      "prices would rise again", "the vote was postponed", "nobody was hurt",
    ]
    return names.indices.map { index in
      var text = ""
      var attributions: [TrainingAttribution] = []
      for offset in 0..<4 {
        let name = names[(index + offset) % names.count]
        let clause = clauses[(index + 2 * offset) % clauses.count]
        let start = text.unicodeScalars.count
        let cueStart = start + name.unicodeScalars.count + 1
        let contentStart = cueStart + 8
        text += "\(name) vorpled \(clause). "
        attributions.append(
          TrainingAttribution(
            source: [TextSpan(start, start + name.unicodeScalars.count)],
            cue: [TextSpan(cueStart, cueStart + 7)],
            content: [TextSpan(contentStart, contentStart + clause.unicodeScalars.count)]))
      }
      return TrainingDocument(document: Document(id: "doc\(index)", text: text), attributions: attributions)
    }
  }()

  @Test func trainingIsDeterministic() {
    let first = ModelTraining.train(Self.documents, epochs: 2, runs: 2, seed: 7) { _ in }
    let second = ModelTraining.train(Self.documents, epochs: 2, runs: 2, seed: 7) { _ in }
    #expect(first == second)
  }

  @Test func severalRunsAverageDifferentOrders() {
    let one = ModelTraining.train(Self.documents, epochs: 2, runs: 1, seed: 7) { _ in }
    let two = ModelTraining.train(Self.documents, epochs: 2, runs: 2, seed: 7) { _ in }
    #expect(one != two)
  }

  @Test func theAveragedModelFindsWhatItWasTaughtInNewText() throws {
    let data = ModelTraining.train(Self.documents, epochs: 4, runs: 3, seed: 1) { _ in }
    let extractor = try #require(AttributionExtractor(modelData: data))
    let text = "The mayor vorpled the vote was postponed."
    #expect(AttributionExtractor.rulesOnly.attributions(in: Document(id: "new", text: text)).isEmpty)
    let found = extractor.attributions(in: Document(id: "new", text: text))
    let attribution = try #require(found.first)
    #expect(attribution.cue.text == "vorpled")
    #expect(attribution.source?.text == "The mayor")
    #expect(attribution.content.text == "the vote was postponed")
  }

  @Test func theMeanOfATaggerWithItselfIsTheTagger() {
    var tagger = AttributionModel.cueTagger()
    tagger.weights[5] = 3
    tagger.transitions[1] = -2
    let mean = tagger.adding(tagger).scaled(by: 0.5)
    #expect(mean.weights == tagger.weights)
    #expect(mean.transitions == tagger.transitions)
  }
}
