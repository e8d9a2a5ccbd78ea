import AttributionDocuments
import AttributionExtraction
import AttributionLexicon

/// What the extractor reads as a statement or a source but the text does not: a quantifier cut
/// from the people it counts ("many" of "many Democrats"), someone's conduct ("Clinton's
/// insistence on keeping her communications on a private server"), feelings about a topic
/// ("the State Department worries so much about corrupted cellphones"), a state of mind
/// about a thing ("investigators understood his meaning"), a purpose ("hauled before the
/// Subcommittee on Consumer Protection to talk about …") and whom a passive names ("has been
/// called a charlatan by fellow physicians": the physicians speak); and the speaker it missed
/// when a sentence opens with someone's statement ("Obama's remarks were directed at …").
/// Keeping from saying something ("has avoided directly criticizing Comey") is a refusal, and
/// stays a statement.
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

  /// `attribution` with the owner of a statement for a source, when the extractor found none and
  /// the sentence opens with the statement as its subject ("Obama's remarks were directed
  /// broadly at Republican critics"): the words before the cue are the source, which reads as
  /// its owner.
  static func withStatementOwner(_ attribution: Attribution, in document: Document) -> Attribution {
    guard attribution.source == nil, let cue = attribution.cue.spans.first, cue.start > attribution.sentence.start,
      cue.start - attribution.sentence.start <= 80
    else { return attribution }
    let opening = document.text(in: TextSpan(attribution.sentence.start, cue.start))
    let text = SourceDescription.normalize(opening)
    guard SourceDescription.statementOwner(text) != nil else { return attribution }
    let lead = opening.unicodeScalars.prefix { $0.properties.isWhitespace }.count
    let trail = opening.unicodeScalars.reversed().prefix { $0.properties.isWhitespace }.count
    var owned = attribution
    owned.source = SourceMention(text: text, spans: [TextSpan(attribution.sentence.start + lead, cue.start - trail)])
    return owned
  }

  /// Whether a statement is someone's conduct, feeling or state of mind, not something they
  /// said: a noun of conduct with a gerund after "on" ("insistence on keeping"), a verb of a
  /// state of mind with a thing, not a clause ("understood his meaning"), or a verb of feeling
  /// with what it is about ("worries so much about corrupted cellphones"). Figures keep a
  /// statement ("worries about 10,000 troops").
  static func isConductOrFeeling(_ attribution: Attribution) -> Bool {
    let cue = WordSplit.letterRuns(attribution.cue.text.lowercased())
    // Its first two words only, lower-cased (a content may run to pages).
    let content = attribution.content.text.split(maxSplits: 2, whereSeparator: { $0 == " " || $0 == "\n" })
      .prefix(2).map { $0.lowercased() }
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

  /// Whether a statement is a purpose, not something said: a cue that is an infinitive after a
  /// source that is the object of a preposition ("was hauled before the Senate Subcommittee on
  /// Consumer Protection to talk about …"), so the infinitive's subject is someone else. A source
  /// an infinitive takes as its subject speaks ("leaving many to wonder whether …"), and so does
  /// one with "went on to say".
  static func isPurpose(_ attribution: Attribution, in document: Document) -> Bool {
    let cue = WordSplit.letterRuns(attribution.cue.text.lowercased())
    guard cue.first == "to", cue.count >= 2, let source = attribution.source?.spans.first else { return false }
    let before = WordSplit.letterRuns(
      document.text(in: TextSpan(max(attribution.sentence.start, source.start - 12), source.start)).lowercased())
    guard let word = before.last else { return false }
    return prepositions.contains(String(word))
  }

  /// Prepositions whose object is no subject of what follows it.
  static let prepositions: Set<String> = [
    "on", "of", "before", "for", "with", "at", "in", "from", "by", "about", "against", "into", "under",
  ]

  /// Whether a cue is a passive of naming or blaming, so that its subject is whom it is about,
  /// not who spoke: "Mehmet Oz — Ivy League-trained surgeon — has been called a charlatan by
  /// fellow physicians", "the agency was accused of …". The statement stays, said by the agent
  /// after "by" (``passiveAgent(_:in:)``) or by no one named; an active "called the report a
  /// fabrication" keeps its speaker.
  static func isPassiveOfNaming(_ attribution: Attribution) -> Bool {
    let cue = WordSplit.letterRuns(attribution.cue.text.lowercased())
    guard let verb = cue.firstIndex(where: { namingParticiples.contains(String($0)) }), verb > cue.startIndex else { return false }
    return passiveAuxiliaries.contains(String(cue[verb - 1]))
  }

  /// The agent of a passive of naming, when the content gives one: "fellow physicians" of
  /// "has been called a charlatan by fellow physicians for promoting …"; a gerund ("by
  /// promoting") or more than five words is none.
  static func passiveAgent(_ attribution: Attribution, in document: Document) -> SourceMention? {
    guard let span = attribution.content.spans.first else { return nil }
    let scalars = Array(document.text(in: span).unicodeScalars)
    var index = 0
    while index + 4 <= scalars.count,
      !(scalars[index] == " " && scalars[index + 1] == "b" && scalars[index + 2] == "y" && scalars[index + 3] == " ")
    {
      index += 1
    }
    guard index + 4 < scalars.count else { return nil }
    let start = index + 4
    var words: [String] = []
    var end = start
    var position = start
    while position < scalars.count, words.count <= 5 {
      var wordEnd = position
      while wordEnd < scalars.count, scalars[wordEnd].properties.isAlphabetic || scalars[wordEnd] == "-" { wordEnd += 1 }
      let word = String(String.UnicodeScalarView(scalars[position..<wordEnd]))
      if word.isEmpty || agentStops.contains(word.lowercased()) { break }
      words.append(word)
      end = wordEnd
      guard wordEnd < scalars.count, scalars[wordEnd] == " " else { break }
      position = wordEnd + 1
    }
    guard let first = words.first, !first.hasSuffix("ing"), (1...5).contains(words.count) else { return nil }
    return SourceMention(
      text: words.joined(separator: " "), spans: [TextSpan(span.start + start, span.start + end)],
      anonymous: first.first?.isLowercase == true)
  }

  /// Words that end a passive's agent.
  static let agentStops: Set<String> = [
    "for", "of", "in", "over", "after", "because", "with", "at", "on", "to", "and", "as", "who", "that", "since",
  ]

  /// Participles of naming, blaming or praising someone.
  static let namingParticiples: Set<String> = [
    "called", "labeled", "labelled", "branded", "dubbed", "described", "accused", "criticized",
    "criticised", "blamed", "praised", "condemned", "denounced", "attacked", "slammed", "lauded",
  ]
  /// Forms of "be" before a passive participle.
  static let passiveAuxiliaries: Set<String> = ["been", "was", "were", "is", "are", "being", "be"]

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
