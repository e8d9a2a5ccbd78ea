import AttributionDocuments
import AttributionExtraction
import AttributionLexicon

/// What the extractor reads as a statement or a source but the text does not: a quantifier cut
/// from the people it counts ("many" of "many Democrats"), someone's conduct ("Clinton's
/// insistence on keeping her communications on a private server"), feelings about a topic
/// ("the State Department worries so much about corrupted cellphones") and a state of mind
/// about a thing ("investigators understood his meaning"). Keeping from saying something
/// ("has avoided directly criticizing Comey") is a refusal, and stays a statement.
extension GraphAssembly {
  /// `attribution` with a source that is a quantifier alone ("many", "some") completed by the
  /// word after it in the text when that word names people ("many Democrats", "some officials").
  static func withQuantifiedNoun(_ attribution: Attribution, in document: Document) -> Attribution {
    guard let source = attribution.source, let span = source.spans.last,
      SourceDescription.unnamedQuantifiers.contains(source.text.lowercased()),
      span.end < attribution.sentence.end
    else { return attribution }
    let rest = document.text(in: TextSpan(span.end, min(attribution.sentence.end, span.end + 40)))
    guard rest.first == " ", let word = rest.split(separator: " ").first.map(String.init) else { return attribution }
    let bare = word.trimming(.punctuationCharacters)
    let lower = bare.lowercased()
    guard !bare.isEmpty, word == bare,
      Lexicon.partisanWords.contains(lower) || Lexicon.anonymousPersonNouns.contains(lower)
    else { return attribution }
    // Spans count scalars. The word must not be the cue's own.
    let end = span.end + 1 + bare.unicodeScalars.count
    guard attribution.cue.spans.allSatisfy({ $0.start >= end }) else { return attribution }
    var completed = attribution
    completed.source = SourceMention(
      text: source.text + " " + bare, spans: source.spans.dropLast() + [TextSpan(span.start, end)],
      entity: source.entity, anonymous: true)
    return completed
  }

  /// Whether a statement is someone's conduct, feeling or state of mind, not something they
  /// said: a noun of conduct with a gerund after "on" ("insistence on keeping"), a verb of a
  /// state of mind with a thing, not a clause ("understood his meaning"), or a verb of feeling
  /// with what it is about ("worries so much about corrupted cellphones"). Figures keep a
  /// statement ("worries about 10,000 troops").
  static func isConductOrFeeling(_ attribution: Attribution) -> Bool {
    let cue = attribution.cue.text.lowercased().split(whereSeparator: { !$0.isLetter })
    let content = attribution.content.text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" })
    guard let first = content.first, content.count >= 2, let cueHead = cue.first else { return false }
    if conductNouns.contains(String(cue.last ?? cueHead)), first == "on", content[1].hasSuffix("ing") { return true }
    // "federal investigators immediately understood his meaning", "Democrats contemplating
    // contingencies": a state of mind about a thing, no proposition.
    if mindVerbs.contains(String(cue.last ?? cueHead)), TopicMarker.isTopic(content: attribution.content.text) { return true }
    if feelingVerbs.contains(String(cueHead)), first == "about",
      !content[1].contains(where: \.isNumber), !["a", "an", "half", "one", "two", "three"].contains(content[1])
    {
      return true
    }
    return false
  }

  /// Nouns of conduct: what someone does, not says ("insistence on keeping", "reliance on").
  static let conductNouns: Set<String> = ["insistence", "reliance", "focus", "emphasis", "persistence"]
  /// Verbs of a state of mind, which say nothing when what they take is a thing, not a clause.
  static let mindVerbs: Set<String> = [
    "understood", "understand", "understands", "contemplating", "contemplate", "contemplated",
    "pondering", "ponder", "pondered", "considering", "weighing",
  ]
  /// Verbs of feeling: to worry about something is not to say anything about it.
  static let feelingVerbs: Set<String> = ["worry", "worries", "worried", "worrying", "fret", "frets", "fretted", "cares", "cared"]
}
