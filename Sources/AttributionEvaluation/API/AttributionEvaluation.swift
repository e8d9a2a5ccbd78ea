import AttributionDocuments
import AttributionExtraction
import Foundation

/// Scores extracted attributions against hand-annotated ones.
///
/// **Items.** Per document, each attribution contributes one item per component: its cue, its
/// content, the whole attribution, and its source when it has one (an absent source is not an
/// item). Gold items are matched one-to-one to predicted items of the same component and
/// document; a matched pair is a true positive, an unmatched prediction a false positive, an
/// unmatched gold item a false negative. Counts are summed over the corpus before precision,
/// recall and F1 are computed (micro-averaging).
///
/// **Words and tokens.** A word code point is one that is neither whitespace nor punctuation
/// (Unicode general category P*). A token is a run of non-whitespace code points of the text
/// with punctuation trimmed from both ends (`“gifted` is `gifted`, `U.S.` is `U.S`); runs of
/// punctuation alone are not tokens. A mention touches a token when one of its spans covers at
/// least one code point of it. A mention of punctuation alone (PolNeAR marks `:` and `―` as
/// cues before a quote) is compared by its non-whitespace code points instead, each counting as
/// a token.
///
/// **Exact match.** Two mentions match exactly when they cover the same non-empty set of word
/// code points. For discontinuous mentions this means: the same set of spans once each span is
/// trimmed of surrounding whitespace and punctuation, and spans that touch, overlap or are
/// separated only by whitespace and punctuation are joined. `10 20;25 40` thus matches
/// `10 40` when 20–25 is `", "`.
///
/// **Partial match.** Two mentions match partially when the Jaccard index of the sets of tokens
/// they touch is at least 0.5. Exact implies partial.
///
/// **Whole attributions.** A gold and a predicted attribution match partially when their cues
/// and contents match partially and their sources match partially or are both absent; exactly
/// when the same holds with exact matches.
///
/// **One-to-one.** Within a document and component, candidate pairs are taken greedily in order
/// of score (1 for exact; the Jaccard index for partial; the sum of the cue, content and source
/// indices for whole attributions, an absent pair of sources counting 1), ties going to the
/// earlier gold item and then the earlier prediction; a pair is kept only when neither item is
/// already matched, so one prediction never matches two gold items.
public enum AttributionEvaluation {
  /// The least token Jaccard index at which two mentions match partially.
  public static let partialThreshold = 0.5

  /// Runs `extractor` over every document of `corpus` (on all cores) and scores its
  /// attributions.
  public static func score(
    corpus: BratCorpus, extractor: AttributionExtractor = AttributionExtractor()
  ) -> EvaluationReport {
    score(corpus: corpus, extractAll: { documents in
      let found = Found(count: documents.count)
      DispatchQueue.concurrentPerform(iterations: documents.count) { index in
        found.set(index, extractor.attributions(in: documents[index]))
      }
      return found.values
    })
  }

  /// Scores the attributions `extract` returns for each document of `corpus`, in turn.
  static func score(corpus: BratCorpus, extract: (Document) -> [Attribution]) -> EvaluationReport {
    score(corpus: corpus, extractAll: { $0.map(extract) })
  }

  /// Scores the attributions `extractAll` returns for the documents of `corpus`, timing it
  /// (wall time).
  static func score(
    corpus: BratCorpus, extractAll: ([Document]) -> [[Attribution]]
  ) -> EvaluationReport {
    let clock = ContinuousClock()
    var found: [[Attribution]] = []
    let elapsed = clock.measure { found = extractAll(corpus.documents.map(\.document)) }
    var scores = AttributionScores()
    var predictedCount = 0
    for (annotated, predicted) in zip(corpus.documents, found) {
      predictedCount += predicted.count
      scores =
        scores
        + score(gold: annotated.attributions, predicted: predicted, text: annotated.document.text)
    }
    let seconds = elapsed.components
    return EvaluationReport(
      corpus: corpus.directory.path, documents: corpus.documents.count,
      goldAttributions: corpus.attributionCount, predictedAttributions: predictedCount,
      incompleteGoldEvents: corpus.documents.reduce(0) { $0 + $1.incompleteEvents.count },
      characters: corpus.documents.reduce(0) { $0 + $1.document.scalars.count },
      extractionSeconds: Double(seconds.seconds) + Double(seconds.attoseconds) / 1e18,
      scores: scores)
  }

  /// Scores the attributions predicted for one text against its gold attributions; all spans
  /// are code-point offsets into `text`.
  public static func score(
    gold: [AnnotatedAttribution], predicted: [Attribution], text: String
  ) -> AttributionScores {
    let matcher = MentionMatcher(text: text)
    let goldItems = gold.map {
      ScoredAttribution(
        source: $0.source.map { matcher.coverage($0.spans) }, cue: matcher.coverage($0.cue.spans),
        content: matcher.coverage($0.content.spans))
    }
    let predictedItems = predicted.map {
      ScoredAttribution(
        source: $0.source.map { matcher.coverage($0.spans) }, cue: matcher.coverage($0.cue.spans),
        content: matcher.coverage($0.content.spans))
    }
    return AttributionScores(
      source: componentCounts(
        gold: goldItems.compactMap(\.source), predicted: predictedItems.compactMap(\.source)),
      cue: componentCounts(gold: goldItems.map(\.cue), predicted: predictedItems.map(\.cue)),
      content: componentCounts(
        gold: goldItems.map(\.content), predicted: predictedItems.map(\.content)),
      attribution: RuleCounts(
        exact: counts(gold: goldItems, predicted: predictedItems, score: exactScore),
        partial: counts(gold: goldItems, predicted: predictedItems, score: partialScore)))
  }

  private typealias Coverage = MentionMatcher.Coverage

  /// An attribution reduced to the coverage of its parts.
  private struct ScoredAttribution {
    var source: Coverage?
    var cue: Coverage
    var content: Coverage
  }

  private static func componentCounts(gold: [Coverage], predicted: [Coverage]) -> RuleCounts {
    RuleCounts(
      exact: counts(gold: gold, predicted: predicted) {
        MentionMatcher.exact($0, $1) ? 1 : nil
      },
      partial: counts(gold: gold, predicted: predicted) { partial($0, $1) })
  }

  private static func counts<Item>(
    gold: [Item], predicted: [Item], score: (Item, Item) -> Double?
  ) -> MatchCounts {
    MatchCounts(
      matched: MentionMatcher.greedyMatches(gold: gold.count, predicted: predicted.count) {
        score(gold[$0], predicted[$1])
      }.count,
      gold: gold.count, predicted: predicted.count)
  }

  /// The Jaccard index of a partial match, or nil below the threshold.
  private static func partial(_ gold: Coverage, _ predicted: Coverage) -> Double? {
    let index = MentionMatcher.jaccard(gold, predicted)
    return index >= partialThreshold ? index : nil
  }

  private static func exactScore(_ gold: ScoredAttribution, _ predicted: ScoredAttribution)
    -> Double?
  {
    let sourcesMatch: Bool
    switch (gold.source, predicted.source) {
    case (nil, nil): sourcesMatch = true
    case (let lhs?, let rhs?): sourcesMatch = MentionMatcher.exact(lhs, rhs)
    default: sourcesMatch = false
    }
    return sourcesMatch && MentionMatcher.exact(gold.cue, predicted.cue)
      && MentionMatcher.exact(gold.content, predicted.content) ? 1 : nil
  }

  private static func partialScore(_ gold: ScoredAttribution, _ predicted: ScoredAttribution)
    -> Double?
  {
    let source: Double?
    switch (gold.source, predicted.source) {
    case (nil, nil): source = 1
    case (let lhs?, let rhs?): source = partial(lhs, rhs)
    default: source = nil
    }
    guard let source, let cue = partial(gold.cue, predicted.cue),
      let content = partial(gold.content, predicted.content)
    else { return nil }
    return source + cue + content
  }
}

/// Each document's attributions, written by concurrent workers, read once all are done.
private final class Found: @unchecked Sendable {
  private var slots: [[Attribution]]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: [], count: count) }

  func set(_ index: Int, _ attributions: [Attribution]) {
    lock.lock()
    slots[index] = attributions
    lock.unlock()
  }

  var values: [[Attribution]] { slots }
}
