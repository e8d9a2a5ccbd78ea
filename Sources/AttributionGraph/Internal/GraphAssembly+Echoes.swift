import AttributionLexicon

/// Echoes: "Priebus echoed Pence's suggestion that …", "Cornyn agreed with Pence that …",
/// "Conway repeated Trump's claim that …". The echoer passes on a statement another speaker,
/// named in the content, made first: the statement is that speaker's, and the echoer a relay in
/// its chain (as a citation's citer is), so an echo never counts as a second, independent source.
/// Reads a statement's cue and content only.
extension GraphAssembly {
  struct Echo: Equatable {
    /// The speaker echoed, as the text names them ("Pence", "Donald Trump").
    var speaker: String
    /// What was echoed: the reported clause ("the FBI had found new emails"), or the content
    /// as written when it only names the statement ("Pence's suggestion"), which points back.
    var content: String
  }

  /// The echo in a statement with cue `cue` and content `content`, or nil when the cue is no
  /// echo verb or the content names no other speaker. "agreed" echoes only with "with"
  /// ("agreed with Pence that"); "repeated that …" repeats the speaker's own words.
  static func echo(cue: String, content: String) -> Echo? {
    let cueWords = cue.lowercased().split(separator: " ").map(String.init)
    guard let verb = cueWords.first(where: Lexicon.echoVerbs.contains) else { return nil }
    let words = content.split(separator: " ").map(String.init)
    let isAgreeing = verb.hasPrefix("agree")
    if cueWords.last == "with" || words.first?.lowercased() == "with" {
      // "agreed with Pence that …", "agreed with Pence's assessment that …"
      let names = words.first?.lowercased() == "with" ? Array(words.dropFirst()) : words
      if let echo = possessiveEcho(names) { return echo }
      guard let that = names.prefix(6).firstIndex(where: { $0.lowercased() == "that" }), that > 0 else { return nil }
      let name = names[..<that].joined(separator: " ")
      guard isName(name) else { return nil }
      return Echo(speaker: name, content: names[(that + 1)...].joined(separator: " "))
    }
    guard !isAgreeing else { return nil }
    return possessiveEcho(words)
  }

  /// "Pence's suggestion (that …)": the possessor of a statement noun within the content's
  /// first words.
  private static func possessiveEcho(_ words: [String]) -> Echo? {
    guard
      let possessive = words.prefix(5).firstIndex(where: { $0.hasSuffix("'s") || $0.hasSuffix("\u{2019}s") }),
      possessive + 1 < words.count,
      statementNouns.contains(words[possessive + 1].lowercased().trimming(Lexicon.wordEdges))
    else { return nil }
    let name = (words[..<possessive] + [String(words[possessive].dropLast(2))]).joined(separator: " ")
    guard isName(name) else { return nil }
    let rest = words[(possessive + 2)...]
    if rest.first?.lowercased() == "that", rest.count > 1 {
      return Echo(speaker: name, content: rest.dropFirst().joined(separator: " "))
    }
    return Echo(speaker: name, content: words.joined(separator: " "))
  }

  private static let statementNouns = Lexicon.statementNouns

  /// Whether `text` reads as a name: every word capitalised (titles' function words aside), and
  /// no pronoun.
  private static func isName(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard let first = words.first, !words.isEmpty, words.count <= 5,
      !Lexicon.pronouns.contains(first.lowercased())
    else { return false }
    return words.allSatisfy { word in
      word.first?.isUppercase == true || Lexicon.titleFunctionWords.contains(word.lowercased())
    } && first.first?.isUppercase == true
  }
}
