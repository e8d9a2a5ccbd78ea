import AttributionExtraction
import AttributionLexicon

/// Subjects a passive cue of telling speaks to: "the FBI was warned about Mateen", "lawmakers
/// were briefed on …". The subject is whom the words were addressed to, and whoever spoke is
/// not named, but for questions, which reporters ask. Reads one attribution; gives it its teller,
/// the subject kept as its recipient (so an outlet that "was told" still relays the statement).
extension GraphAssembly {
  /// The source every statement told to its subject is given, but for questions: no one named.
  static let unnamedAddresser = "unnamed sources"

  /// `attribution` with its teller in place of a subject that was told, or nil when its subject
  /// speaks. Whoever "was asked" was asked by the reporter: the question is `asker`'s (the
  /// article's outlet, or the wire service of wire copy); anyone else told something was told
  /// it by someone the text does not name.
  static func addressed(_ attribution: Attribution, asker: String) -> Attribution? {
    guard let source = attribution.source, let verb = tellingVerb(source: source, cue: attribution.cue) else { return nil }
    var addressed = attribution
    addressed.source = SourceMention(
      text: verb == "asked" ? asker : unnamedAddresser, spans: [], entity: nil, anonymous: verb != "asked")
    if addressed.recipient == nil {
      addressed.recipient = Mention(text: source.text, spans: source.spans)
    }
    return addressed
  }

  /// The verb of telling (`telling-verbs.txt`) of a source before a passive cue ("was warned
  /// about", "had been told", "was repeatedly asked about"), or nil. A source after the cue is
  /// its agent ("was told by aides") and speaks.
  static func tellingVerb(source: SourceMention, cue: Mention) -> String? {
    guard let sourceStart = source.spans.first?.start, let cueStart = cue.spans.first?.start,
      sourceStart < cueStart
    else { return nil }
    let words = WordSplit.letterRuns(cue.text.lowercased()).map(String.init)
    // "was", "had been", "will be": the first form of "be" among the cue's first three words.
    guard let be = words.prefix(3).firstIndex(where: Lexicon.beForms.contains) else { return nil }
    let verb = words[(be + 1)...].first { word in
      !Lexicon.beForms.contains(word) && word != "not" && !word.hasSuffix("ly")
    }
    return verb.flatMap { Lexicon.tellingVerbs.contains($0) ? $0 : nil }
  }
}
