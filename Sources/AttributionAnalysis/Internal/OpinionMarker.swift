import AttributionGraph
import AttributionLexicon

/// Tells statements of opinion ("this announcement defies explanation", "Clinton should release
/// her records", "Trump believes …") from statements of fact, which are what corroboration is
/// about. A statement is opinion when one of these holds:
/// - its cue presents a verdict, wish or call ("blasted", "praised", "urged": `opinion-cues.txt`);
/// - its content demands or recommends ("should", "must", "ought": `opinion-markers.txt`), or
///   holds a first-person view ("I think", "we hope");
/// - its content judges with a strongly subjective, polar adjective (subjectivity at least 0.8
///   and polarity at least 0.5 either way in Pattern's lexicon, `subjective-words.tsv`) used as a
///   predicate or a degree ("was inexplicable", "extremely careless": `evaluation-openers.txt`),
///   and holds no figure, which anchors a statement in something countable.
/// A claim is opinion when more than half of the statements made about it are.
enum OpinionMarker {
  static let cues: Set<String> = WordList.opinionCues.words
  static let markers: Set<String> = WordList.opinionMarkers.words
  static let evaluative: Set<String> = Set(
    WordList.subjectiveWords.rows.compactMap { row in
      guard let subjectivity = Double(row[1]), let polarity = Double(row[2]) else { return nil }
      return subjectivity >= 0.8 && abs(polarity) >= 0.5 ? row[0] : nil
    })
  static let openers: Set<String> = WordList.evaluationOpeners.words.union(WordList.beForms.words)
  static let firstPerson: Set<String> = ["i", "we"]
  /// Verbs of view that make a first-person sentence opinion ("I think", "we feel").
  static let views: Set<String> = ["believe", "feel", "hope", "think", "wish"]

  /// True when a statement with this content and cue is one of opinion.
  static func isOpinion(content: String, cue: String) -> Bool {
    if words(of: cue).contains(where: cues.contains) { return true }
    let words = words(of: content)
    if words.contains(where: markers.contains) { return true }
    for (index, word) in words.enumerated().dropFirst() where views.contains(word) || cues.contains(word) {
      if firstPerson.contains(words[index - 1]) { return true }
    }
    let hasFigure = Numerals.occur(in: content)
    guard !hasFigure else { return false }
    return words.indices.dropFirst().contains { evaluative.contains(words[$0]) && openers.contains(words[$0 - 1]) }
  }

  /// The text of the evidence's content: its spans cut from the sentence, joined by spaces.
  static func content(of evidence: Evidence) -> String {
    let base = evidence.sentenceSpan.start
    // ASCII: offsets in scalars are offsets in bytes.
    let bytes = evidence.sentence.utf8
    if bytes.allSatisfy({ $0 < 0x80 }) {
      let count = bytes.count
      return evidence.content.map { span in
        let start = min(max(span.start - base, 0), count)
        let end = min(max(span.end - base, start), count)
        return String(Substring(bytes[bytes.index(bytes.startIndex, offsetBy: start)..<bytes.index(bytes.startIndex, offsetBy: end)]))
      }.joined(separator: " ")
    }
    let scalars = evidence.sentence.unicodeScalars
    let indices = Array(scalars.indices) + [scalars.endIndex]
    let count = indices.count - 1
    return evidence.content.map { span in
      let start = min(max(span.start - base, 0), count)
      let end = min(max(span.end - base, start), count)
      return String(Substring(scalars[indices[start]..<indices[end]]))
    }.joined(separator: " ")
  }

  /// The lower-cased words of `text` (``TopicMarker/words(of:)``).
  static func words(of text: String) -> [String] { TopicMarker.words(of: text) }

  /// What a claim's statements make it, each statement's content cut once: opinion when more
  /// than half of all its statements give a view, a topic when more than half of those of
  /// `supporting` kinds name one (``TopicMarker``).
  static func read(_ edges: [Edge], supporting: Set<EdgeKind>) -> (opinion: Bool, topic: Bool) {
    var (opinions, total, topics, supported) = (0, 0, 0, 0)
    for edge in edges {
      let supports = supporting.contains(edge.kind)
      for evidence in edge.evidence {
        let text = content(of: evidence)
        total += 1
        if isOpinion(content: text, cue: evidence.cue.text) { opinions += 1 }
        if supports {
          supported += 1
          if TopicMarker.isTopic(content: text) { topics += 1 }
        }
      }
    }
    return (opinions * 2 > total, topics * 2 > supported)
  }
}
