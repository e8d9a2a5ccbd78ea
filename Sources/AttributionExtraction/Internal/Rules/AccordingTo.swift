import AttributionDocuments
import AttributionLexicon

/// "According to" and its kin: "according to X", "citing X", "quoting X", where X is the source
/// a statement rests on or relays.
/// Example: "About 100 soldiers have died, according to MP Lee Seong-kweun." (source "MP Lee
/// Seong-kweun", cue "according to").
extension RuleExtractor {
  func accordingTo(at index: Int, in sentence: Range<Int>) -> AttributionDraft? {
    let cue = index..<(index + 2)
    var end = index + 2
    while end < sentence.upperBound {
      let token = tokens[end]
      if token.shape == .punctuation && [",", ".", ";", ":", "\u{2014}", "\u{2013}", "!", "?"].contains(token.text) {
        break
      }
      if token.isQuote { break }
      end += 1
    }
    guard end > index + 2 else { return nil }
    var source = (index + 2)..<end
    var relay: TextSpan? = nil
    // "according to X's translation": X is a relay, not a source.
    if lowers[end - 1] == "translation" || lowers[end - 1] == "reporting" {
      relay = possessorSpan(source.lowerBound..<(end - 1))
      source = source.lowerBound..<(end - 1)
    }
    let sentenceEnd = contentEnd(in: sentence)
    var content: Range<Int>
    // After the source: an aside in dashes, then the content.
    var after = end
    if after < sentenceEnd, tokens[after].isMark("\u{2014}") || tokens[after].isMark("\u{2013}") {
      var closing = after + 1
      while closing < sentenceEnd && tokens[closing].text != tokens[after].text { closing += 1 }
      if closing < sentenceEnd { after = closing + 1 }
    }
    if after < sentenceEnd, tokens[after].isMark(",") { after += 1 }
    if after < sentenceEnd {
      content = after..<sentenceEnd
    } else {
      var start = sentence.lowerBound
      start = skipIntro(from: start, before: index)
      var stop = index
      if stop > start, tokens[stop - 1].isMark(",") { stop -= 1 }
      guard stop > start else { return nil }
      content = start..<stop
    }
    var draft = AttributionDraft(kind: .said, source: source, cue: [cue], content: [content], sentence: sentence)
    draft.relay = relay
    return draft
  }

  /// A source that cites another: "Citing a source in the Ukrainian military, CNN reported …"
  /// has the source "CNN" (the phrase before it is a citation of its own, which PolNeAR marks as
  /// one); "The Washington Post, quoting two US officials, said …", read as the officials'
  /// statement, has the Post as its relay.
  func readCiting(_ draft: inout AttributionDraft) {
    guard var source = draft.source, let cue = draft.cue.first, source.upperBound <= cue.lowerBound else { return }
    if Self.citingWords.contains(lowers[source.lowerBound]),
      let comma = source.last(where: { tokens[$0].isMark(",") }), comma + 1 < source.upperBound
    {
      source = (comma + 1)..<source.upperBound
      draft.source = source
    }
    // "The ministry, citing the latest figures, said": the citation is no part of the source.
    if let citing = source.first(where: { Self.citingWords.contains(lowers[$0]) }), citing - 1 > source.lowerBound,
      tokens[citing - 1].isMark(",")
    {
      source = source.lowerBound..<(citing - 1)
      draft.source = source
    }
    let sentence = draft.sentence
    guard draft.relay == nil, source.lowerBound - 3 >= sentence.lowerBound,
      Self.citingWords.contains(lowers[source.lowerBound - 1]), tokens[source.lowerBound - 2].isMark(",")
    else { return }
    let relayEnd = source.lowerBound - 2
    guard let relayStart = nounPhraseStart(endingAt: relayEnd - 1, in: sentence), relayStart < relayEnd,
      tokens[relayStart].isCapitalized
    else { return }
    draft.relay = possessorSpan(relayStart..<relayEnd)
  }

  /// Cues by which a source names the source it relays ("citing", "quoting").
  static let citingWords: Set<String> = WordList.citingCues.words
}
