import AttributionExtraction

/// Matches counted for one component under one rule: true positives, false positives, false
/// negatives, and the precision, recall and F1 they give.
public struct MatchCounts: Hashable, Codable, Sendable {
  /// Predicted items matched one-to-one to a gold item.
  public var truePositives: Int
  /// Predicted items left unmatched.
  public var falsePositives: Int
  /// Gold items left unmatched.
  public var falseNegatives: Int

  public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
    self.truePositives = truePositives
    self.falsePositives = falsePositives
    self.falseNegatives = falseNegatives
  }

  /// The counts for `matched` pairs out of `gold` gold and `predicted` predicted items.
  init(matched: Int, gold: Int, predicted: Int) {
    self.init(
      truePositives: matched, falsePositives: predicted - matched, falseNegatives: gold - matched)
  }

  /// tp / (tp + fp), or nil when nothing was predicted.
  public var precision: Double? {
    truePositives + falsePositives == 0
      ? nil : Double(truePositives) / Double(truePositives + falsePositives)
  }

  /// tp / (tp + fn), or nil when there is nothing to find.
  public var recall: Double? {
    truePositives + falseNegatives == 0
      ? nil : Double(truePositives) / Double(truePositives + falseNegatives)
  }

  /// The harmonic mean of precision and recall: 2tp / (2tp + fp + fn), or nil when there are
  /// neither gold nor predicted items.
  public var f1: Double? {
    let denominator = 2 * truePositives + falsePositives + falseNegatives
    return denominator == 0 ? nil : Double(2 * truePositives) / Double(denominator)
  }

  /// The counts summed, for micro-averaging.
  public static func + (lhs: MatchCounts, rhs: MatchCounts) -> MatchCounts {
    MatchCounts(
      truePositives: lhs.truePositives + rhs.truePositives,
      falsePositives: lhs.falsePositives + rhs.falsePositives,
      falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
  }

  private enum CodingKeys: String, CodingKey {
    case truePositives, falsePositives, falseNegatives, precision, recall, f1
  }

  /// Encodes the counts and the derived scores; an undefined score is `null`.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(truePositives, forKey: .truePositives)
    try container.encode(falsePositives, forKey: .falsePositives)
    try container.encode(falseNegatives, forKey: .falseNegatives)
    try container.encode(precision, forKey: .precision)
    try container.encode(recall, forKey: .recall)
    try container.encode(f1, forKey: .f1)
  }

  /// Decodes the counts; the derived scores are recomputed.
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    truePositives = try container.decode(Int.self, forKey: .truePositives)
    falsePositives = try container.decode(Int.self, forKey: .falsePositives)
    falseNegatives = try container.decode(Int.self, forKey: .falseNegatives)
  }
}

/// One component's counts under both matching rules.
public struct RuleCounts: Hashable, Codable, Sendable {
  /// Counts under exact span match.
  public var exact: MatchCounts
  /// Counts under partial (token Jaccard >= 0.5) match.
  public var partial: MatchCounts

  public init(exact: MatchCounts = MatchCounts(), partial: MatchCounts = MatchCounts()) {
    self.exact = exact
    self.partial = partial
  }

  /// The counts summed rule by rule.
  public static func + (lhs: RuleCounts, rhs: RuleCounts) -> RuleCounts {
    RuleCounts(exact: lhs.exact + rhs.exact, partial: lhs.partial + rhs.partial)
  }
}

/// The parts of an attribution that are scored; `attribution` is the whole of it.
public enum AttributionComponent: String, Codable, CaseIterable, Sendable {
  case source
  case cue
  case content
  case attribution
}

/// Counts for every component of attributions under both rules, for one document or summed
/// over a corpus.
public struct AttributionScores: Hashable, Codable, Sendable {
  /// Sources: one item per attribution that has a source.
  public var source: RuleCounts
  /// Cues: one item per attribution.
  public var cue: RuleCounts
  /// Contents: one item per attribution.
  public var content: RuleCounts
  /// Whole attributions: one item per attribution.
  public var attribution: RuleCounts

  public init(
    source: RuleCounts = RuleCounts(), cue: RuleCounts = RuleCounts(),
    content: RuleCounts = RuleCounts(), attribution: RuleCounts = RuleCounts()
  ) {
    self.source = source
    self.cue = cue
    self.content = content
    self.attribution = attribution
  }

  /// The counts of one component.
  public subscript(component: AttributionComponent) -> RuleCounts {
    switch component {
    case .source: source
    case .cue: cue
    case .content: content
    case .attribution: attribution
    }
  }

  /// The counts summed component by component: micro-averaging over documents.
  public static func + (lhs: AttributionScores, rhs: AttributionScores) -> AttributionScores {
    AttributionScores(
      source: lhs.source + rhs.source, cue: lhs.cue + rhs.cue, content: lhs.content + rhs.content,
      attribution: lhs.attribution + rhs.attribution)
  }
}

/// The result of running the extractor over an annotated corpus and scoring it.
public struct EvaluationReport: Hashable, Codable, Sendable {
  /// The version of this JSON shape; raised when a field changes meaning or goes away.
  public static let currentSchemaVersion = 1

  /// The version of the JSON shape, ``currentSchemaVersion`` when written.
  public var schemaVersion: Int
  /// The corpus split folder, as given.
  public var corpus: String
  /// The number of documents scored.
  public var documents: Int
  /// The number of annotated attributions.
  public var goldAttributions: Int
  /// The number of attributions the extractor returned.
  public var predictedAttributions: Int
  /// Annotated events left out because they lack a cue or a content.
  public var incompleteGoldEvents: Int
  /// The number of code points of text the extractor read.
  public var characters: Int
  /// Wall-clock seconds spent inside the extractor, reading and scoring excluded.
  public var extractionSeconds: Double
  /// Counts micro-averaged over the corpus: summed over documents before computing scores.
  public var scores: AttributionScores

  public init(
    corpus: String, documents: Int, goldAttributions: Int, predictedAttributions: Int,
    incompleteGoldEvents: Int, characters: Int, extractionSeconds: Double,
    scores: AttributionScores
  ) {
    self.schemaVersion = Self.currentSchemaVersion
    self.corpus = corpus
    self.documents = documents
    self.goldAttributions = goldAttributions
    self.predictedAttributions = predictedAttributions
    self.incompleteGoldEvents = incompleteGoldEvents
    self.characters = characters
    self.extractionSeconds = extractionSeconds
    self.scores = scores
  }
}
