import AttributionDocuments
import AttributionExtraction
import AttributionLexicon
import Foundation

/// Outlets, channels and the case file's entities: the nodes a statement reaches the article
/// through ("told the Financial Times", "on Telegram", "in an interview with KBS"). Reads
/// outlet names (known from articles, footnotes, relays and the case file) and channel
/// phrases; adds outlet, channel and entity nodes, and the government party of state bodies.
extension GraphAssembly {
  /// Words of a role that make its holder an official of a government.
  static let officialWords = Lexicon.titles.union(WordList.officialWords.words)

  /// Stage 1: the keys of every outlet name the case knows, from the case file's outlets, the
  /// articles' outlets and footnoted source lists, and the relays and recipients that name one,
  /// so that a source naming an outlet is read as that outlet.
  mutating func collectKnownOutlets(
    _ extracted: [(document: Document, attributions: [Attribution])], footnotes: [[Int: String]]
  ) {
    knownOutlets = Set((caseFile.entities.filter { $0.kind == .outlet } + Self.newsOutlets)
      .flatMap { [$0.name] + $0.aliases }.map(SourceDescription.outletKey))
    for (index, item) in extracted.enumerated() {
      if let outlet = item.document.metadata.outlet { knownOutlets.insert(SourceDescription.outletKey(outlet)) }
      for name in footnotes[index].values { knownOutlets.insert(SourceDescription.outletKey(name)) }
      for attribution in item.attributions {
        let recipient = Self.isCorrespondence(attribution.cue) ? nil : attribution.recipient
        for mention in [attribution.relay, recipient].compactMap({ $0 })
        where !Self.isChannelLike(mention.text) {
          if let name = Self.outletName(mention.text) { knownOutlets.insert(SourceDescription.outletKey(name)) }
        }
      }
    }
  }

  mutating func entityNode(fact: EntityFact) -> String {
    let kind: NodeKind
    switch fact.kind {
    case .outlet: return outlet(named: fact.name)
    case .channel: kind = .channel
    default: kind = .institution
    }
    return graph.add(Node(
      id: "\(kind.rawValue):\(NameKey.slug(fact.name))", kind: kind, label: fact.name,
      aliases: fact.aliases, role: fact.role, affiliation: fact.affiliation,
      independenceClass: fact.independenceClass ?? governmentClass(fact.affiliation)))
  }

  /// The outlet node for `name`; short names and acronyms ("FT", "ISW") meet their full names.
  mutating func outlet(
    named rawName: String, unnamed: Bool = false, affiliation: String? = nil
  ) -> String {
    var name = SourceDescription.stripPossessive(SourceDescription.normalize(rawName))
    if name.hasPrefix("the ") { name.removeFirst(4) }
    var fact: EntityFact?
    if let known = factsByKey[Self.nameKey(name)], known.kind == .outlet || known.kind == nil {
      fact = known
      name = known.name
    }
    let key = SourceDescription.outletKey(name)
    let initials = Self.initials(name)
    if let id = outletIDs[key] ?? outletIDs[initials] ?? (name.count <= 5 ? outletIDs["#" + key] : nil) {
      graph.add(Node(id: id, kind: .outlet, label: name))
      return id
    }
    let id = "outlet:" + NameKey.slug(name)
    outletIDs[key] = id
    if initials.count >= 2 { outletIDs["#" + initials] = id }
    // A case file's aliases are shown; the built-in list's other names are not the case's words.
    let aliases = fact.map { fact in caseFile.entities.contains { $0.name == fact.name } ? fact.aliases : [] } ?? []
    graph.add(Node(
      id: id, kind: .outlet, label: name, aliases: aliases, affiliation: fact?.affiliation ?? affiliation,
      independenceClass: fact?.independenceClass ?? name, unnamed: unnamed))
    // Filed by the last word of its name, as a paper's word finds it (``casePaper(_:)``).
    if let words = graph.node(id)?.label.split(separator: " "), words.count >= 2, let last = words.last {
      outletsByLastWord[String(last), default: []].insert(id)
    }
    return id
  }

  static func initials(_ name: String) -> String {
    let words = name.split(separator: " ").filter { $0.first?.isUppercase == true }
    guard words.count >= 2 else { return NameKey.key(name) }
    return String(words.compactMap(\.first)).lowercased()
  }

  mutating func channelNode(_ text: String, recipient: String?, speaker: String?) -> String {
    let lower = SourceDescription.normalize(text).lowercased()
    let label: String
    var scoped = false
    if lower.contains("telegram") {
      label = "Telegram"
    } else if lower.contains("interview") {
      if let recipient, let name = Self.outletName(recipient) {
        label = "\(name) interview"
      } else {
        label = "interview"
        scoped = true
      }
    } else if lower.contains("briefing") {
      let words = SourceDescription.normalize(text).split(separator: " ")
      let qualifier = words.firstIndex(where: { $0.lowercased() == "briefing" })
        .flatMap { $0 > 0 ? words[$0 - 1] : nil }
      if let qualifier, qualifier.first?.isUppercase == true {
        label = "\(qualifier) briefing"
      } else {
        label = "press briefing"
        scoped = true
      }
    } else {
      let skipped: Set<String> = [
        "in", "on", "at", "a", "an", "the", "another", "same", "his", "her", "their", "its", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "morning",
        "evening", "afternoon", "late", "early", "new",
      ]
      let words = SourceDescription.normalize(text).split(separator: " ")
        .filter { !skipped.contains($0.lowercased().trimming(.punctuationCharacters)) }
      label = words.isEmpty ? "statement" : words.joined(separator: " ")
      scoped = true
    }
    let scope = scoped ? (speaker.map { "-" + NameKey.slug(String($0.split(separator: ":").last ?? "")) } ?? "") : ""
    return graph.add(Node(id: "channel:" + NameKey.slug(label) + scope, kind: .channel, label: label))
  }

  /// Whether a cue is one of private correspondence ("wrote in an email", "said in a letter"):
  /// its recipient read the words but did not publish them, so a recipient outlet relays nothing.
  static func isCorrespondence(_ cue: Mention) -> Bool {
    cue.text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" })
      .contains { ["email", "e-mail", "emails", "letter", "memo", "text", "texts"].contains($0) }
  }

  static func isChannelLike(_ text: String) -> Bool {
    let lower = text.lowercased()
    return ["meeting", "conference", "briefing", "council", "hearing", "summit"].contains { lower.contains($0) }
  }

  /// The outlet a recipient or relay mention names: its trailing acronym ("KBS"), or its
  /// capitalized name ("The New Voice of Ukraine"); nil for "reporters".
  static func outletName(_ text: String) -> String? {
    let normalized = SourceDescription.normalize(text)
    var words = normalized.split(separator: " ").map(String.init)
    for stop in ["translation", "reporting", "report", "reports", "account"] {
      if let index = words.firstIndex(where: { $0.lowercased() == stop }) { words = Array(words[..<index]) }
    }
    if let last = words.last {
      let letters = last.filter(\.isLetter)
      if letters.count >= 2, letters.allSatisfy(\.isUppercase) {
        return SourceDescription.stripPossessive(last.trimming(.punctuationCharacters))
      }
    }
    guard let start = words.firstIndex(where: { $0.first?.isUppercase == true }) else { return nil }
    var run = [String]()
    for (offset, word) in words[start...].enumerated() {
      if word.first?.isUppercase == true || (Lexicon.titleFunctionWords.contains(word) && !run.isEmpty) {
        run.append(word)
      } else {
        break
      }
      // "the NFL Network's Rich Eisen": the outlet, not its journalist.
      let rest = words[(start + offset + 1)...]
      if word.hasSuffix("'s"), rest.count == 2, rest.allSatisfy({ $0.first?.isUppercase == true }),
        !rest.contains(where: { Lexicon.outletNouns.contains($0.lowercased()) || Lexicon.channelNouns.contains($0.lowercased()) })
      {
        break
      }
    }
    while let last = run.last, Lexicon.titleFunctionWords.contains(last) { run.removeLast() }
    let name = SourceDescription.stripPossessive(run.joined(separator: " ").trimming(.punctuationCharacters))
    guard !name.isEmpty, !Affiliation.isBareGovernment(name) else { return nil }
    return name
  }

  func governmentClass(_ affiliation: String?) -> String? {
    guard let affiliation, places.states.contains(affiliation) else { return nil }
    return "\(affiliation) government"
  }
}
