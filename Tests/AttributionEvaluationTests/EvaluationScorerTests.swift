import AttributionDocuments
import Foundation
import Testing

@testable import AttributionEvaluation
import AttributionExtraction

/// A sentence with helpers to locate mentions by their words, so a test shows the text and the
/// spans together.
private struct ScoringFixture {
  let text: String

  /// The code-point span of the `occurrence`-th appearance of `phrase`.
  func span(_ phrase: String, occurrence: Int = 1) -> TextSpan {
    let scalars = Array(text.unicodeScalars)
    let needle = Array(phrase.unicodeScalars)
    var seen = 0
    for start in 0...(scalars.count - needle.count)
    where Array(scalars[start..<start + needle.count]) == needle {
      seen += 1
      if seen == occurrence { return TextSpan(start, start + needle.count) }
    }
    fatalError("\"\(phrase)\" occurs fewer than \(occurrence) times in the text")
  }

  func mention(_ phrases: String...) -> Mention {
    let spans = phrases.map { span($0) }
    return Mention(text: phrases.joined(separator: " "), spans: spans)
  }

  func gold(source: String?, cue: String, content: String...) -> AnnotatedAttribution {
    AnnotatedAttribution(
      source: source.map { mention($0) }, cue: mention(cue),
      content: Mention(text: content.joined(separator: " "), spans: content.map { span($0) }),
      location: SourceLocation(file: "gold.ann", line: 1))
  }

  func predicted(source: String?, cue: String, content: String...) -> Attribution {
    Attribution(
      kind: .said, quote: .indirect,
      source: source.map { SourceMention(text: $0, spans: [span($0)]) }, cue: mention(cue),
      content: Mention(text: content.joined(separator: " "), spans: content.map { span($0) }),
      sentence: TextSpan(0, text.unicodeScalars.count))
  }
}

@Suite struct EvaluationScorerTests {
  private let bridge = ScoringFixture(
    text: "Officials said the bridge was closed. It was reported that traffic slowed.")

  @Test func identicalAttributionsMatchUnderBothRules() {
    let gold = [bridge.gold(source: "Officials", cue: "said", content: "the bridge was closed")]
    let predicted = [
      bridge.predicted(source: "Officials", cue: "said", content: "the bridge was closed")
    ]
    let scores = AttributionEvaluation.score(gold: gold, predicted: predicted, text: bridge.text)
    for component in AttributionComponent.allCases {
      #expect(scores[component].exact == MatchCounts(truePositives: 1))
      #expect(scores[component].partial == MatchCounts(truePositives: 1))
    }
  }

  @Test func shorterContentMatchesPartiallyNotExactly() {
    let gold = [bridge.gold(source: "Officials", cue: "said", content: "the bridge was closed")]
    let predicted = [
      bridge.predicted(source: "Officials", cue: "said", content: "bridge was closed")
    ]
    let scores = AttributionEvaluation.score(gold: gold, predicted: predicted, text: bridge.text)
    #expect(scores.content.exact == MatchCounts(falsePositives: 1, falseNegatives: 1))
    #expect(scores.content.partial == MatchCounts(truePositives: 1))
    #expect(scores.attribution.exact == MatchCounts(falsePositives: 1, falseNegatives: 1))
    #expect(scores.attribution.partial == MatchCounts(truePositives: 1))
  }

  @Test func jaccardBelowOneHalfIsNoMatch() {
    let gold = [bridge.gold(source: "Officials", cue: "said", content: "the bridge was closed")]
    let predicted = [bridge.predicted(source: "Officials", cue: "said", content: "was closed")]
    let scores = AttributionEvaluation.score(gold: gold, predicted: predicted, text: bridge.text)
    #expect(scores.content.partial == MatchCounts(truePositives: 1))
    let fewer = [bridge.predicted(source: "Officials", cue: "said", content: "closed")]
    let fewerScores = AttributionEvaluation.score(gold: gold, predicted: fewer, text: bridge.text)
    #expect(fewerScores.content.partial == MatchCounts(falsePositives: 1, falseNegatives: 1))
    #expect(fewerScores.attribution.partial == MatchCounts(falsePositives: 1, falseNegatives: 1))
    #expect(fewerScores.cue.partial == MatchCounts(truePositives: 1))
  }

  @Test func surroundingPunctuationAndSpacesDoNotBreakExactMatch() {
    let gold = [bridge.gold(source: "Officials", cue: "said", content: "the bridge was closed")]
    let predicted = [
      bridge.predicted(source: "Officials ", cue: " said ", content: " the bridge was closed. ")
    ]
    let scores = AttributionEvaluation.score(gold: gold, predicted: predicted, text: bridge.text)
    #expect(scores.attribution.exact == MatchCounts(truePositives: 1))
  }

  @Test func discontinuousSpansMatchExactlyAsTheSameWords() {
    let quote = ScoringFixture(text: "“The talks failed,” the minister said, “and we will not return.”")
    let gold = [
      quote.gold(
        source: "the minister", cue: "said", content: "The talks failed,", "and we will not return."
      )
    ]
    let regrouped = [
      quote.predicted(
        source: "the minister", cue: "said", content: "“The talks", "failed,”",
        "“and we will not return.”")
    ]
    let scores = AttributionEvaluation.score(gold: gold, predicted: regrouped, text: quote.text)
    #expect(scores.content.exact == MatchCounts(truePositives: 1))
    let whole = [
      quote.predicted(
        source: "the minister", cue: "said",
        content: "The talks failed,” the minister said, “and we will not return.")
    ]
    let wholeScores = AttributionEvaluation.score(gold: gold, predicted: whole, text: quote.text)
    #expect(wholeScores.content.exact == MatchCounts(falsePositives: 1, falseNegatives: 1))
    #expect(wholeScores.content.partial == MatchCounts(truePositives: 1))
    let half = [quote.predicted(source: "the minister", cue: "said", content: "The talks failed,")]
    let halfScores = AttributionEvaluation.score(gold: gold, predicted: half, text: quote.text)
    #expect(halfScores.content.partial == MatchCounts(falsePositives: 1, falseNegatives: 1))
  }

  @Test func punctuationOnlyCuesMatchTheSameMark() {
    let colon = ScoringFixture(text: "The senator: taxes will rise. The mayor: they will not.")
    let gold = [colon.gold(source: "The senator", cue: ":", content: "taxes will rise.")]
    let same = [colon.predicted(source: "The senator", cue: ": ", content: "taxes will rise")]
    let scores = AttributionEvaluation.score(gold: gold, predicted: same, text: colon.text)
    #expect(scores.cue.exact == MatchCounts(truePositives: 1))
    #expect(scores.attribution.partial == MatchCounts(truePositives: 1))
    let other = [
      Attribution(
        kind: .said, quote: .indirect, source: nil,
        cue: Mention(text: ":", spans: [colon.span(":", occurrence: 2)]),
        content: colon.mention("taxes will rise"), sentence: TextSpan(0, 1))
    ]
    let otherScores = AttributionEvaluation.score(gold: gold, predicted: other, text: colon.text)
    #expect(otherScores.cue.partial == MatchCounts(falsePositives: 1, falseNegatives: 1))
  }

  @Test func missingSourcesOnBothSidesMatch() {
    let gold = [bridge.gold(source: nil, cue: "was reported", content: "that traffic slowed")]
    let predicted = [bridge.predicted(source: nil, cue: "was reported", content: "traffic slowed")]
    let scores = AttributionEvaluation.score(gold: gold, predicted: predicted, text: bridge.text)
    #expect(scores.source.partial == MatchCounts())
    #expect(scores.source.partial.f1 == nil)
    #expect(scores.attribution.partial == MatchCounts(truePositives: 1))
  }

  @Test func sourceOnOneSideOnlyIsNoWholeMatch() {
    let gold = [bridge.gold(source: nil, cue: "was reported", content: "that traffic slowed")]
    let predicted = [
      bridge.predicted(source: "Officials", cue: "was reported", content: "that traffic slowed")
    ]
    let scores = AttributionEvaluation.score(gold: gold, predicted: predicted, text: bridge.text)
    #expect(scores.source.partial == MatchCounts(falsePositives: 1))
    #expect(scores.attribution.partial == MatchCounts(falsePositives: 1, falseNegatives: 1))
    #expect(scores.cue.exact == MatchCounts(truePositives: 1))
  }

  @Test func onePredictionCannotMatchTwoGoldItems() {
    let two = ScoringFixture(text: "Officials and engineers said the bridge was closed.")
    let gold = [
      two.gold(source: "Officials", cue: "said", content: "the bridge was closed"),
      two.gold(source: "engineers", cue: "said", content: "the bridge was closed"),
    ]
    let predicted = [
      two.predicted(source: "engineers", cue: "said", content: "the bridge was closed")
    ]
    let scores = AttributionEvaluation.score(gold: gold, predicted: predicted, text: two.text)
    #expect(scores.content.exact == MatchCounts(truePositives: 1, falseNegatives: 1))
    #expect(scores.source.exact == MatchCounts(truePositives: 1, falseNegatives: 1))
    #expect(scores.attribution.exact == MatchCounts(truePositives: 1, falseNegatives: 1))
  }

  @Test func greedyMatchingTakesTheBestPairsFirst() {
    // Gold 1 fits only prediction 0 (1.0); gold 0 fits prediction 0 (0.9) and prediction 1
    // (0.6). Taking the best pair first matches both golds; giving gold 0 its best prediction
    // first would leave gold 1 unmatched.
    let scores: [[Double?]] = [[0.9, 0.6], [1.0, nil]]
    let matches = MentionMatcher.greedyMatches(gold: 2, predicted: 2) { scores[$0][$1] }
    #expect(matches.map { [$0.gold, $0.predicted] } == [[1, 0], [0, 1]])
    let contested: [[Double?]] = [[0.8], [0.9]]
    let taken = MentionMatcher.greedyMatches(gold: 2, predicted: 1) { contested[$0][$1] }
    #expect(taken.map { [$0.gold, $0.predicted] } == [[1, 0]])
  }

  @Test func greedyTiesGoToEarlierGoldThenEarlierPrediction() {
    let matches = MentionMatcher.greedyMatches(gold: 2, predicted: 2) { _, _ in 0.7 }
    #expect(matches.map { [$0.gold, $0.predicted] } == [[0, 0], [1, 1]])
  }

  @Test func corpusScoresAreMicroAveragedAndTimed() throws {
    let corpus = try BratCorpus.read(directory: bratFixture("tiny"))
    let report = AttributionEvaluation.score(corpus: corpus) { document in
      corpus.documents.first { $0.document.id == document.id }!.attributions.prefix(1).map {
        Attribution(
          kind: .said, quote: .indirect,
          source: $0.source.map { SourceMention(text: $0.text, spans: $0.spans) }, cue: $0.cue,
          content: $0.content, sentence: TextSpan(0, 1))
      }
    }
    #expect(report.schemaVersion == EvaluationReport.currentSchemaVersion)
    #expect(report.documents == 2)
    #expect(report.goldAttributions == 4)
    #expect(report.predictedAttributions == 2)
    #expect(report.incompleteGoldEvents == 1)
    #expect(report.scores.attribution.exact == MatchCounts(truePositives: 2, falseNegatives: 2))
    #expect(report.scores.attribution.exact.precision == 1)
    #expect(report.scores.attribution.exact.recall == 0.5)
    #expect(report.scores.source.partial == MatchCounts(truePositives: 2, falseNegatives: 1))
    #expect(report.extractionSeconds >= 0)
  }

  @Test func reportJSONCarriesSchemaVersionAndNullForUndefinedScores() throws {
    let corpus = try BratCorpus.read(directory: bratFixture("tiny"))
    let report = AttributionEvaluation.score(corpus: corpus, extract: { (_: Document) in [] })
    let data = try JSONEncoder().encode(report)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["schemaVersion"] as? Int == 1)
    let scores = try #require(object["scores"] as? [String: [String: [String: Any]]])
    #expect(scores["cue"]?["exact"]?["precision"] is NSNull)
    #expect(scores["cue"]?["exact"]?["recall"] as? Double == 0)
    #expect(try JSONDecoder().decode(EvaluationReport.self, from: data) == report)
  }
}
