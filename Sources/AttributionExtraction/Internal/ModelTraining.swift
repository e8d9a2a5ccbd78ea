import AttributionDocuments
import Foundation

/// One hand-annotated attribution, for training: code-point spans into the document's text.
@_spi(Training) public struct TrainingAttribution: Sendable {
  public var source: [TextSpan]
  public var cue: [TextSpan]
  public var content: [TextSpan]

  public init(source: [TextSpan], cue: [TextSpan], content: [TextSpan]) {
    self.source = source
    self.cue = cue
    self.content = content
  }
}

/// A document with its hand-annotated attributions and, for training the syntax taggers, another
/// tagger's tokens ("silver" tags: spaCy's, from `Scripts/silver-syntax`).
@_spi(Training) public struct TrainingDocument: Sendable {
  public var document: Document
  public var attributions: [TrainingAttribution]
  public var silver: [SilverToken]?

  public init(document: Document, attributions: [TrainingAttribution], silver: [SilverToken]? = nil) {
    self.document = document
    self.attributions = attributions
    self.silver = silver
  }
}

/// A token as another tagger saw it: code-point offsets, a Penn Treebank tag and a dependency
/// label.
@_spi(Training) public struct SilverToken: Sendable {
  public var span: TextSpan
  public var partOfSpeech: String
  public var dependency: String

  public init(span: TextSpan, partOfSpeech: String, dependency: String) {
    self.span = span
    self.partOfSpeech = partOfSpeech
    self.dependency = dependency
  }
}

/// Trains the learned extractor's two taggers (averaged structured perceptrons) and returns the
/// model file's bytes. With several runs, each run sees the examples in its own orders and the
/// taggers are the mean of the runs' averaged taggers (still one linear model, scored as fast).
/// When every document has silver tags, the syntax taggers are trained first and the attribution
/// taggers learn from their output. (That output is a little better on the training text than
/// it will be on new text; tagging each fold with syntax taggers trained on the other folds
/// scored no better on PolNeAR dev, so training keeps the simpler way.)
/// Deterministic: the same documents, epochs, runs and seed give the same bytes.
@_spi(Training) public enum ModelTraining {
  public static func train(
    _ documents: [TrainingDocument], epochs: Int, runs: Int = 1, seed: UInt64, log: (String) -> Void
  ) -> Data {
    var cueExamples: [([[UInt32]], [Int])] = []
    var roleExamples: [([[UInt32]], [Int])] = []
    var covered = 0
    var total = 0
    var prepared: [(text: AnalyzedText, drafts: [AttributionDraft], facts: TokenFacts, training: TrainingDocument)] = []
    for training in documents {
      let text = AnalyzedText(document: training.document)
      guard !text.tokens.isEmpty else { continue }
      let ruleDrafts = RuleExtractor(text: text).ruleDrafts()
      let facts = TokenFacts(tokens: text.tokens, words: text.words, layout: text.layout, rules: ruleDrafts)
      prepared.append((text, ruleDrafts, facts, training))
    }
    var syntax: SyntaxTagger? = nil
    if !prepared.isEmpty, prepared.allSatisfy({ $0.training.silver != nil }) {
      let lessons = prepared.map { item in
        let (partOfSpeech, dependency) = silverClasses(item.training.silver!, item.text.tokens)
        return (item.facts, item.text.layout.sentences, partOfSpeech, dependency)
      }
      let tagger = SyntaxTagger.train(lessons, epochs: min(epochs, 5), seed: seed, log: log)
      for index in prepared.indices {
        prepared[index].facts.addSyntax(tagger, sentences: prepared[index].text.layout.sentences)
      }
      syntax = tagger
    }
    for (text, ruleDrafts, facts, training) in prepared {
      let tokens = text.tokens
      let layout = text.layout
      let builder = FeatureBuilder(facts: facts, bucketBits: AttributionModel.bucketBits)
      var sentenceOf = [Int](repeating: 0, count: tokens.count)
      for (number, sentence) in layout.sentences.enumerated() {
        for index in sentence { sentenceOf[index] = number }
      }
      var cueLabels = [Int](repeating: 0, count: tokens.count)
      for attribution in training.attributions {
        for span in attribution.cue {
          let range = tokenRange(span, tokens)
          for index in range {
            cueLabels[index] = index == range.lowerBound ? 1 : 2
          }
        }
      }
      for sentence in layout.sentences where !sentence.isEmpty {
        cueExamples.append((builder.cueFeatures(sentence), Array(cueLabels[sentence])))
      }
      for attribution in training.attributions {
        guard let first = attribution.cue.first else { continue }
        let cue = tokenRange(first, tokens)
        guard !cue.isEmpty else { continue }
        let number = sentenceOf[cue.lowerBound]
        let window = AttributionModel.window(for: cue, around: number, sentences: layout.sentences, tokens: tokens)
        var labels = [Int](repeating: 0, count: window.count)
        func mark(_ spans: [TextSpan], begin: Int) {
          for span in spans {
            let range = tokenRange(span, tokens).clamped(to: window)
            total += 1
            if range == tokenRange(span, tokens) { covered += 1 }
            for index in range where !cue.contains(index) {
              labels[index - window.lowerBound] = index == range.lowerBound ? begin : begin + 1
            }
          }
        }
        mark(attribution.source, begin: 1)
        mark(attribution.content, begin: 3)
        roleExamples.append(
          (
            builder.roleFeatures(
              window, cue: cue, sentence: layout.sentences[number],
              rule: facts.rule(for: cue, in: ruleDrafts)), labels
          ))
      }
    }
    log("\(cueExamples.count) sentences, \(roleExamples.count) cues; \(covered)/\(total) role spans inside their window")
    var orders = ExampleOrder(seed: seed)
    var cue: Perceptron? = nil
    var role: Perceptron? = nil
    for run in 1...max(1, runs) {
      var cueTrainer = PerceptronTrainer(AttributionModel.cueTagger())
      var roleTrainer = PerceptronTrainer(AttributionModel.roleTagger())
      for epoch in 1...max(1, epochs) {
        for index in orders.shuffled(cueExamples.count) {
          cueTrainer.learn(cueExamples[index].0, gold: cueExamples[index].1)
        }
        for index in orders.shuffled(roleExamples.count) {
          roleTrainer.learn(roleExamples[index].0, gold: roleExamples[index].1)
        }
        log("run \(run), epoch \(epoch) done")
      }
      cue = cue.map { $0.adding(cueTrainer.averaged()) } ?? cueTrainer.averaged()
      role = role.map { $0.adding(roleTrainer.averaged()) } ?? roleTrainer.averaged()
    }
    return AttributionModel(
      cue: cue!.scaled(by: 1 / Float(max(1, runs))), role: role!.scaled(by: 1 / Float(max(1, runs))),
      syntax: syntax
    ).data
  }

  /// How often the model's syntax taggers agree with the silver tags of `documents`: the share
  /// of tokens with a silver tag given the same part-of-speech class, and the same dependency
  /// class; nil when the model has no syntax taggers.
  public static func syntaxAgreement(modelData: Data, documents: [TrainingDocument]) -> (partOfSpeech: Double, dependency: Double)? {
    guard let model = AttributionModel(data: modelData), let syntax = model.syntax else { return nil }
    var same = (0, 0)
    var total = 0
    for training in documents {
      guard let silver = training.silver else { continue }
      let text = AnalyzedText(document: training.document)
      let tagged = syntax.tags(of: text)
      let (partOfSpeech, dependency) = silverClasses(silver, text.tokens)
      for index in text.tokens.indices {
        guard let gold = partOfSpeech[index], let label = dependency[index] else { continue }
        total += 1
        if tagged.partOfSpeech[index] == gold { same.0 += 1 }
        if tagged.dependency[index] == label { same.1 += 1 }
      }
    }
    guard total > 0 else { return nil }
    return (Double(same.0) / Double(total), Double(same.1) / Double(total))
  }

  /// Each token's silver part-of-speech and dependency classes: those of the silver token its
  /// first character falls in, or nil.
  static func silverClasses(_ silver: [SilverToken], _ tokens: [Token]) -> ([UInt8?], [UInt8?]) {
    var partOfSpeech = [UInt8?](repeating: nil, count: tokens.count)
    var dependency = [UInt8?](repeating: nil, count: tokens.count)
    var next = 0
    for (index, token) in tokens.enumerated() {
      while next < silver.count && silver[next].span.end <= token.start { next += 1 }
      guard next < silver.count, silver[next].span.start <= token.start else { continue }
      partOfSpeech[index] = UInt8(SyntaxTagger.partOfSpeech(silver[next].partOfSpeech))
      dependency[index] = UInt8(SyntaxTagger.dependency(silver[next].dependency))
    }
    return (partOfSpeech, dependency)
  }

  /// The orders training shows its examples in: Fisher–Yates shuffles driven by a 64-bit linear
  /// congruential generator, so a seed gives the same orders on every machine.
  struct ExampleOrder {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The indices `0..<count` in the next order.
    mutating func shuffled(_ count: Int) -> [Int] {
      var order = Array(0..<count)
      for index in stride(from: count - 1, to: 0, by: -1) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        order.swapAt(index, Int((state >> 33) % UInt64(index + 1)))
      }
      return order
    }
  }

  /// The tokens overlapping `span`.
  static func tokenRange(_ span: TextSpan, _ tokens: [Token]) -> Range<Int> {
    let low = tokens.partitionPoint { $0.end > span.start }
    var end = low
    while end < tokens.count && tokens[end].start < span.end { end += 1 }
    return low..<end
  }
}

extension AttributionExtractor {
  /// An extractor using the model in `modelData` (as written by ``ModelTraining``), or nil when
  /// the bytes are not a model.
  @_spi(Training) public init?(modelData: Data) {
    guard let model = AttributionModel(data: modelData) else { return nil }
    self.init(model: model)
  }
}

extension AttributionExtractor {
  /// Tokenizes the document and runs the model's syntax taggers alone: a measure of what they
  /// cost. Returns the number of tokens tagged.
  @_spi(Training) public func syntaxTagsOnly(in document: Document) -> Int {
    guard let syntax = model?.syntax else { return 0 }
    return syntax.tags(of: AnalyzedText(document: document)).partOfSpeech.count
  }

  /// The rule-based extractor alone, without the learned model: a baseline for measurements.
  @_spi(Training) public static let rulesOnly = AttributionExtractor(model: nil)

  /// The sentences of the document's body: a baseline for measurements.
  @_spi(Training) public static func sentences(in document: Document) -> [TextSpan] {
    let body = max(0, document.body.start)..<min(document.scalars.count, max(document.body.start, document.body.end))
    let tokens = Tokenizer.tokens(document.scalars, in: body)
    return SentenceSplitter.layout(tokens).sentences.map {
      TextSpan(tokens[$0.lowerBound].start, tokens[$0.upperBound - 1].end)
    }
  }
}
