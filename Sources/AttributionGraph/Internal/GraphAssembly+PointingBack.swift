import AttributionLexicon
import AttributionExtraction

/// Content that only points back ("the reports", "the numbers", "the comments of Ukrainian
/// officials"): which earlier claim a confirmation, denial or could-not-verify is about.
/// Reads a statement's content and its article's earlier claims; gives the claims it targets.
extension GraphAssembly {
  /// Whether content only points back at something reported before. Doubt and denial are
  /// nearly always about an earlier report: "was looking into the reports", "declined to provide
  /// further details", "did not respond to a request for comment".
  static func anaphor(_ content: String, kind: AttributionKind) -> Anaphor? {
    let words = content.lowercased().split(separator: " ")
      .map { $0.trimming(Lexicon.wordEdges) }
    if kind == .couldNotVerify || kind == .denied {
      let pointing = words.contains { Lexicon.anaphoricHeads.contains($0) && !["it", "this", "that", "them"].contains($0) }
      if pointing || words.first == "to" || content.lowercased().contains("request for comment") {
        return anaphor(content) ?? Anaphor()
      }
    }
    return anaphor(content)
  }

  static func anaphor(_ content: String) -> Anaphor? {
    // More than six words is a clause of its own: counted first without splitting, by the
    // space-separated pieces that hold a letter or digit and so keep a word when trimmed.
    if wordCountExceeds(content, 6) { return nil }
    let words = content.lowercased().split(separator: " ")
      .map { $0.trimming(Lexicon.wordEdges) }.filter { !$0.isEmpty }
    if words.isEmpty { return Anaphor() }
    let determiners: Set<String> = ["the", "these", "those", "such", "that", "this", "his", "her", "their", "its", "any", "further", "other"]
    guard var headIndex = words.firstIndex(where: { !determiners.contains($0) }) else { return nil }
    // "the death toll", "the casualty figures": a figure head after one or two modifiers.
    if let figures = words.indices.dropFirst(headIndex + 1).prefix(2).first(where: { Lexicon.figureHeads.contains(words[$0]) }),
      words[headIndex..<figures].allSatisfy({ Lexicon.figureModifiers.contains($0) })
    {
      headIndex = figures
    }
    guard words.count <= 6,
      Lexicon.anaphoricHeads.contains(words[headIndex]) || Lexicon.pointingHeads.contains(words[headIndex])
        || words.allSatisfy({ determiners.contains($0) })
    else { return nil }
    // Only a noun phrase points back ("the reports", "the comments of Ukrainian officials"); a
    // clause says something of its own about them ("the reports were another hoax").
    if headIndex + 1 < words.count, !Self.pointingPrepositions.contains(words[headIndex + 1]) { return nil }
    let isFigures = Lexicon.figureHeads.contains(words[headIndex])
    if let of = words.firstIndex(of: "of") {
      return Anaphor(
        affiliation: Affiliation.of(words[(of + 1)...].joined(separator: " ")), isFigures: isFigures)
    }
    return Anaphor(isFigures: isFigures)
  }

  /// Whether `text` has more than `limit` space-separated pieces holding an ASCII letter or digit.
  static func wordCountExceeds(_ text: String, _ limit: Int) -> Bool {
    var count = 0
    var counted = false
    for byte in text.utf8 {
      if byte == 0x20 {
        counted = false
      } else if !counted, (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
        counted = true
        count += 1
        if count > limit { return true }
      }
    }
    return false
  }

  /// Words that may follow the head of content that points back: "the reports of troops in
  /// Kursk", "the claims about the clash".
  static let pointingPrepositions: Set<String> = WordList.pointingPrepositions.words

  /// The claims content like "the report" points back to: with "the comments of <descriptor>",
  /// every claim in the article from sources of that affiliation; otherwise the claim made
  /// earlier in the same sentence, for "the numbers" the latest claim with figures, what the
  /// article's previous such content pointed to, or else its latest claim. `earlier` are the
  /// article's statements before this one that make claims of their own.
  func anaphorTargets(
    _ index: Int, _ anaphor: Anaphor, earlier: ArraySlice<Int>, claimOfStatement: [Int: String],
    previous: [String]?, texts: [ClaimText]
  ) -> [String] {
    if let affiliation = anaphor.affiliation {
      let targets = earlier.filter { other in
        statements[other].speakers.contains { graph.node($0)?.affiliation == affiliation }
      }.compactMap { claimOfStatement[$0] }
      if !targets.isEmpty { return targets }
    }
    // Never the statement whose content holds the pointer ("said they … could not confirm the
    // numbers").
    let sentence = statements[index].evidence.sentenceSpan
    let start = statements[index].evidence.content.map(\.start).min() ?? 0
    // Searched from the end, lazily: an article of thousands of statements has as many pointers.
    let outside = earlier.lazy.filter { other in
      statements[other].evidence.sentenceSpan != sentence || statements[other].evidence.content.allSatisfy { $0.end <= start }
    }
    // "…, a claim that could not be independently verified": the claim the sentence just made.
    if let last = outside.last, statements[last].evidence.sentenceSpan == sentence, let claim = claimOfStatement[last] {
      return [claim]
    }
    // "could not confirm the numbers": the latest claim that counted people, else the latest
    // that gave a figure other than a time or a share.
    if anaphor.isFigures,
      let counted = outside.last(where: { texts[$0].figures.contains { $0.unit == "people" } })
        ?? outside.last(where: { texts[$0].figures.contains { !Lexicon.timeAndShareUnits.contains($0.unit) } }),
      let claim = claimOfStatement[counted]
    {
      return [claim]
    }
    if let previous { return previous }
    return outside.last.flatMap { claimOfStatement[$0] }.map { [$0] } ?? []
  }
}
