import AttributionDocuments
import AttributionExtraction

/// Compares mentions of one text under the two matching rules of ``AttributionEvaluation``.
struct MentionMatcher {
  /// What a mention covers, reduced to what the rules compare.
  struct Coverage: Hashable {
    /// The offsets of the word code points covered (neither whitespace nor punctuation), sorted;
    /// for a mention of punctuation alone, its non-whitespace code points.
    var words: [Int]
    /// The indices of the tokens the mention touches; for a mention of punctuation alone, one
    /// negative index per non-whitespace code point.
    var tokens: Set<Int>
  }

  private let isWord: [Bool]
  private let isBlank: [Bool]
  /// The token each code point belongs to, if any.
  private let tokenAt: [Int?]

  init(text: String) {
    let scalars = Array(text.unicodeScalars)
    let isBlank = scalars.map { Self.isSpace($0) }
    let isWord = scalars.map { !Self.isSpace($0) && !Self.isPunctuation($0) }
    var tokenAt = [Int?](repeating: nil, count: scalars.count)
    var token = 0
    var start = 0
    while start < scalars.count {
      guard !Self.isSpace(scalars[start]) else {
        start += 1
        continue
      }
      var end = start
      while end < scalars.count && !Self.isSpace(scalars[end]) { end += 1 }
      if let first = (start..<end).first(where: { isWord[$0] }),
        let last = (start..<end).last(where: { isWord[$0] })
      {
        for offset in first...last { tokenAt[offset] = token }
        token += 1
      }
      start = end
    }
    self.isWord = isWord
    self.isBlank = isBlank
    self.tokenAt = tokenAt
  }

  /// The coverage of a mention made of `spans` (clamped to the text). A mention of punctuation
  /// alone (the cue `:` or `―` before a quote) is covered by its non-whitespace code points,
  /// each of which stands for a token of its own.
  func coverage(_ spans: [TextSpan]) -> Coverage {
    var words = Set<Int>()
    var marks = Set<Int>()
    var tokens = Set<Int>()
    for span in spans {
      for offset in max(0, span.start)..<max(max(0, span.start), min(span.end, isWord.count)) {
        if isWord[offset] {
          words.insert(offset)
        } else if !isBlank[offset] {
          marks.insert(offset)
        }
        if let token = tokenAt[offset] { tokens.insert(token) }
      }
    }
    guard words.isEmpty else { return Coverage(words: words.sorted(), tokens: tokens) }
    return Coverage(words: marks.sorted(), tokens: Set(marks.map { -1 - $0 }))
  }

  /// Exact match: the same word code points, and at least one.
  static func exact(_ lhs: Coverage, _ rhs: Coverage) -> Bool {
    !lhs.words.isEmpty && lhs.words == rhs.words
  }

  /// The token Jaccard index of two coverages; 0 when either touches no token.
  static func jaccard(_ lhs: Coverage, _ rhs: Coverage) -> Double {
    guard !lhs.tokens.isEmpty, !rhs.tokens.isEmpty else { return 0 }
    let shared = lhs.tokens.intersection(rhs.tokens).count
    return Double(shared) / Double(lhs.tokens.count + rhs.tokens.count - shared)
  }

  /// The pairs chosen by greedy one-to-one matching, in the order taken: candidate pairs (those
  /// `score` rates) are taken best first, ties going to the earlier gold then the earlier
  /// prediction, and a pair is kept only when neither side is already matched.
  static func greedyMatches(
    gold: Int, predicted: Int, score: (_ gold: Int, _ predicted: Int) -> Double?
  ) -> [(gold: Int, predicted: Int)] {
    var candidates: [(gold: Int, predicted: Int, score: Double)] = []
    for g in 0..<gold {
      for p in 0..<predicted {
        if let value = score(g, p) { candidates.append((g, p, value)) }
      }
    }
    candidates.sort {
      ($0.score, -$0.gold, -$0.predicted) > ($1.score, -$1.gold, -$1.predicted)
    }
    var usedGold = Set<Int>()
    var usedPredicted = Set<Int>()
    var matches: [(gold: Int, predicted: Int)] = []
    for candidate in candidates
    where !usedGold.contains(candidate.gold) && !usedPredicted.contains(candidate.predicted) {
      usedGold.insert(candidate.gold)
      usedPredicted.insert(candidate.predicted)
      matches.append((candidate.gold, candidate.predicted))
    }
    return matches
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace
  }

  private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      return true
    default:
      return false
    }
  }
}
