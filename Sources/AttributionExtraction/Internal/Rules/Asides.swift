import AttributionDocuments
import AttributionLexicon

/// Asides and pointing back: the writer's "…, a claim that could not be independently
/// verified" and ", which could not be confirmed" are attributions of their own about what the
/// sentence reported, and end the content of the statement before them; a sentence-opening
/// "Despite …," phrase names no speaker.
/// Example: "Kovalenko said the troops had been hit, which could not be independently confirmed."
extension RuleExtractor {
  /// Whether `draft` is the writer's aside on what the sentence reported before it: "…, a claim
  /// that could not be independently verified", "…, which could not be confirmed" (see
  /// ``pointingBack(relative:in:)``). Its content is the pointing phrase after the comma.
  func isAside(_ draft: AttributionDraft) -> Bool {
    guard draft.kind == .couldNotVerify, draft.source == nil, draft.content.count == 1, let phrase = draft.content.first,
      !phrase.isEmpty
    else { return false }
    let relative = phrase.count == 1 && lowers[phrase.lowerBound] == "which" ? phrase.lowerBound : phrase.upperBound
    return pointingBack(relative: relative, in: draft.sentence) == phrase
  }

  /// The writer's asides are not part of what the sentence reported: "Kovalenko said the troops
  /// had been hit, which could not be independently confirmed" has the content "the troops had
  /// been hit", and so does "…, although the BBC has not been able to verify the claim". The
  /// aside (``isAside(_:)``, or an attribution whose source follows ", although", ", though",
  /// ", but", ", while" or ", whereas") is an attribution of its own, and the content of a draft
  /// whose cue comes before it ends at its comma.
  func endBeforeAsides(_ drafts: inout [AttributionDraft], bySentence: [Range<Int>: [Int]]) {
    var commas: [(sentence: Range<Int>, comma: Int)] = []
    for draft in drafts {
      if isAside(draft) {
        commas.append((draft.sentence, draft.content[0].lowerBound - 1))
      } else if let source = draft.source, source.lowerBound - 2 >= draft.sentence.lowerBound,
        Self.counterpointOpeners.contains(lowers[source.lowerBound - 1]), tokens[source.lowerBound - 2].isMark(",")
      {
        commas.append((draft.sentence, source.lowerBound - 2))
      }
    }
    for (sentence, comma) in commas {
      for index in bySentence[sentence] ?? [] {
        guard drafts[index].content.contains(where: { $0.contains(comma) }),
          !drafts[index].cue.contains(where: { $0.upperBound > comma })
        else { continue }
        // Pieces after the comma go (a content can be split around the cue: "X, he said, Y").
        let kept = drafts[index].content.compactMap { piece -> Range<Int>? in
          piece.lowerBound < comma ? piece.lowerBound..<min(piece.upperBound, comma) : nil
        }
        if !kept.isEmpty { drafts[index].content = kept }
      }
    }
  }

  /// Whether the draft's source sits in the phrase opening its sentence and its cue after it:
  /// "Despite denials from North Korea and evasive responses from the Kremlin, reports indicate
  /// …" has no source in "evasive responses from the Kremlin".
  func isInOpeningAdverbial(_ draft: AttributionDraft) -> Bool {
    let sentence = draft.sentence
    guard let source = draft.source, let cue = draft.cue.first, !sentence.isEmpty,
      Self.adverbialOpeners.contains(lowers[sentence.lowerBound]), source.lowerBound > sentence.lowerBound,
      let comma = (sentence.lowerBound..<cue.lowerBound).first(where: { tokens[$0].isMark(",") })
    else { return false }
    return source.upperBound <= comma + 1 && cue.lowerBound > comma
  }

  /// Words that open a sentence's introductory phrase, which names no speaker of the verb after it.
  static let adverbialOpeners: Set<String> = WordList.adverbialOpeners.words

  /// Words after a comma that open the writer's counterpoint: ", although the BBC could not …".
  static let counterpointOpeners: Set<String> = WordList.counterpointOpeners.words

  /// What the relative pronoun at `relative`, subject of a passive cue, points back at when a
  /// comma opens its phrase: "…, a claim that could not be independently verified" gives "a
  /// claim", "…, which could not be confirmed" gives "which". Both stand for what the
  /// sentence reported before them, and the graph reads them so. Nil for other relatives
  /// ("Reports that were confirmed …"), whose clause the rules do not read.
  func pointingBack(relative: Int, in sentence: Range<Int>) -> Range<Int>? {
    guard relative > sentence.lowerBound + 1, relative < sentence.upperBound else { return nil }
    // A clause must come before the comma: in "The report, which could not be verified, said …"
    // the relative is about the report, not about something reported.
    func followsClause(_ comma: Int) -> Bool {
      (sentence.lowerBound..<comma).contains { isIn(.finiteVerb, $0) || isIn(.irregularPast, $0) || isVerbLike($0) }
    }
    if tokens[relative - 1].isMark(",") {
      return lowers[relative] == "which" && followsClause(relative - 1) ? relative..<(relative + 1) : nil
    }
    guard let phrase = subjectBefore(relative, in: sentence), phrase.count <= 3, phrase.upperBound == relative,
      phrase.lowerBound > sentence.lowerBound, tokens[phrase.lowerBound - 1].isMark(","),
      isIn(.determiner, phrase.lowerBound), Self.pointingNouns.contains(lowers[relative - 1]),
      followsClause(phrase.lowerBound - 1)
    else { return nil }
    return phrase
  }

  /// Nouns that name what was reported: "a claim that could not be verified".
  static let pointingNouns: Set<String> = WordList.pointingNouns.words
}
