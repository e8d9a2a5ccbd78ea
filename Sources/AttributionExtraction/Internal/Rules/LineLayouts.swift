import AttributionLexicon
/// Attributions set by the layout of a line rather than by a verb: a speaker's name and a colon
/// ("Pat Caddell: Democrat voters worried…", "WALLACE: Let's start…") and a quotation signed with
/// a dash ("“…our greatest shame.” ― Sonya Herridge"). The taggers rarely learn these (PolNeAR
/// train has few dashes), so the rules add them.
extension RuleExtractor {
  /// Words that open a line with a colon but name no speaker ("Correction:", "Q:", "The Latest:").
  static let colonStopWords: Set<String> = WordList.colonStopWords.words

  /// The dashes that sign a quotation.
  static let signingDashes: Set<String> = ["\u{2015}", "\u{2014}", "\u{2013}", "--"]

  /// The line-layout attributions of the document, in order.
  func lineDrafts() -> [AttributionDraft] {
    guard !tokens.isEmpty else { return [] }
    // Word counts, made the first time a line looks like "Name: …" (most articles have none).
    var occurrences: [String: Int]? = nil
    var drafts: [AttributionDraft] = []
    var start = 0
    while start < tokens.count {
      var end = start + 1
      while end < tokens.count, !tokens[end].newlineBefore { end += 1 }
      let line = start..<end
      if let draft = speakerColon(in: line, occurrences: &occurrences) { drafts.append(draft) }
      drafts.append(contentsOf: signedQuotes(in: line))
      start = end
    }
    return drafts
  }

  /// "Name: what they said" at the start of a line. The name is one to four capitalised words
  /// that appear elsewhere in the article; what follows is at least four words, not a figure.
  func speakerColon(in line: Range<Int>, occurrences: inout [String: Int]?) -> AttributionDraft? {
    var first = line.lowerBound
    if first < line.upperBound, tokens[first].isQuote { first += 1 }
    var colon = first
    var words = 0
    while colon < line.upperBound, colon - first <= 8, !tokens[colon].isMark(":") {
      let token = tokens[colon]
      if token.isWord {
        guard token.isCapitalized else { return nil }
        guard !Self.colonStopWords.contains(PersonNames.stripPossessive(lowers[colon])) else { return nil }
        words += 1
      } else if !token.isMark(".") && !token.isMark("-") {
        return nil
      }
      colon += 1
    }
    guard colon < line.upperBound, tokens[colon].isMark(":"), (1...4).contains(words),
      tokens[colon - 1].isWord, tokens[colon - 1].text.unicodeScalars.count >= 2
    else { return nil }
    var contentEnd = line.upperBound
    if tokens[contentEnd - 1].isMark(".") { contentEnd -= 1 }
    let content = (colon + 1)..<contentEnd
    guard !content.isEmpty, tokens[content.lowerBound].shape != .number,
      !tokens[content.lowerBound].isMark("$"), !tokens[content.lowerBound].isMark("%"),
      content.filter({ tokens[$0].isWord }).count >= 4
    else { return nil }
    // A speaker is named again in the article; a heading ("Clinton Wades In") usually is not.
    let last = lowers[colon - 1]
    if occurrences == nil {
      var counts: [String: Int] = [:]
      for (index, token) in tokens.enumerated() where token.isWord { counts[lowers[index], default: 0] += 1 }
      occurrences = counts
    }
    let inLine = line.filter { lowers[$0] == last }.count
    guard (occurrences?[last] ?? 0) > inLine else { return nil }
    return AttributionDraft(
      kind: .said, source: first..<colon, cue: [colon..<(colon + 1)], content: [content],
      sentence: line)
  }

  /// “A quotation” ― Name, on one line: the dash is the cue, the name after it the source.
  func signedQuotes(in line: Range<Int>) -> [AttributionDraft] {
    var drafts: [AttributionDraft] = []
    var index = line.lowerBound + 1
    while index < line.upperBound {
      defer { index += 1 }
      guard tokens[index - 1].isQuote else { continue }
      var cueEnd = index
      if Self.signingDashes.contains(tokens[index].text) {
        cueEnd = index + 1
      } else if tokens[index].isMark("-"), index + 1 < line.upperBound, tokens[index + 1].isMark("-"),
        tokens[index + 1].start == tokens[index].end
      {
        cueEnd = index + 2
      }
      guard cueEnd > index, cueEnd < line.upperBound, tokens[cueEnd].isWord,
        tokens[cueEnd].isCapitalized
      else { continue }
      var sourceEnd = line.upperBound
      if tokens[sourceEnd - 1].isMark(".") { sourceEnd -= 1 }
      guard sourceEnd > cueEnd, sourceEnd - cueEnd <= 8,
        (cueEnd..<sourceEnd).allSatisfy({ tokens[$0].isWord || tokens[$0].isMark(".") })
      else { continue }
      // The quotation opens at the line's first mark, or the nearest mark before the close.
      let close = index - 1
      let open = tokens[line.lowerBound].isQuote && line.lowerBound < close
        ? line.lowerBound
        : (line.lowerBound..<close).last { tokens[$0].isQuote }
      guard let open, close - open >= 3 else { continue }
      drafts.append(
        AttributionDraft(
          kind: .said, source: cueEnd..<sourceEnd, sourceAfterCue: true, cue: [index..<cueEnd],
          content: [open..<(close + 1)], sentence: line))
    }
    return drafts
  }

  /// Adds the line-layout attributions to `drafts`, in place of any attribution whose cue they
  /// share (their spans follow the layout exactly; a tagger's guess at them does not).
  func adding(lines: [AttributionDraft], to drafts: [AttributionDraft]) -> [AttributionDraft] {
    guard !lines.isEmpty else { return drafts }
    let cueTokens = Set(lines.flatMap { $0.cue.flatMap { $0 } })
    var result = drafts.filter { draft in !draft.cue.contains { $0.contains { cueTokens.contains($0) } } }
    result.append(contentsOf: lines)
    return result.sorted { $0.cue[0].lowerBound < $1.cue[0].lowerBound }
  }
}
