import AttributionLexicon
import Foundation

/// Political sides as independence classes, read from a speaker's role or descriptor: a campaign
/// ("Clinton campaign spokesman Brian Fallon" → `Clinton campaign`), else a party
/// (`party-words.tsv`: "Republican Sen. John McCain", "Democratic sources", a "(D-Md.)" tag →
/// `Democratic Party`). People of one side do not corroborate each other; two officials of rival
/// campaigns are two parties. A case file's class wins over both, and a side wins over a
/// government (a Republican senator and a Democratic one are not one "US government").
extension GraphAssembly {
  /// The punctuation a role's words are trimmed of, made once.
  static let roleWordEdges = CharacterSet(charactersIn: ",;:()")
  static let clausePunctuation = CharacterSet(charactersIn: ",;:")

  static let partyNames: [String: String] = WordList.partyWords.dictionary

  /// The campaign or party a descriptor puts its speaker in, if it names one.
  static func politicalClass(_ descriptor: String?) -> String? {
    guard let descriptor else { return nil }
    let original = SourceDescription.normalize(descriptor).split(separator: " ").map(String.init)
    let words = original.map { $0.lowercased() }
    // "the Democratic People's Republic of Korea", "the Republican Guard": names, not parties.
    if words.contains(where: { $0.hasPrefix("republic") && !$0.hasPrefix("republican") }) || words.contains("guard") {
      return nil
    }
    if let index = words.firstIndex(where: { $0.trimming(.punctuationCharacters) == "campaign" || $0 == "campaign's" }),
      index > 0
    {
      let owner = SourceDescription.stripPossessive(original[index - 1].trimming(Self.clausePunctuation))
      if owner.first?.isUppercase == true, partyNames[owner.lowercased()] == nil,
        !["his", "her", "their", "its", "the", "a"].contains(owner.lowercased())
      {
        return "\(owner) campaign"
      }
    }
    // "Team Trump": the candidate's campaign.
    if words.count == 2, words[0] == "team", original[1].first?.isUppercase == true, partyNames[words[1]] == nil {
      return "\(SourceDescription.stripPossessive(original[1])) campaign"
    }
    if let party = words.lazy.compactMap({ partyNames[$0.trimming(.punctuationCharacters)] }).first {
      return party
    }
    // A party tag: "(R-Texas)", "(D-Calif.)".
    switch SourceDescription.partyTag(in: descriptor)?.dropFirst().first {
    case "R": return partyNames["republican"]
    case "D": return partyNames["democratic"]
    default: return nil
    }
  }

  /// Whether a role or descriptor makes its holder an official who speaks for a government now:
  /// an official's word ("spokesman", "minister"), an office not left (``isPastRole(_:)``), and
  /// no body outside government ("director … at the American Enterprise Institute").
  static func isServingOfficial(_ descriptor: String) -> Bool {
    descriptor.lowercased().split(separator: " ").contains { officialWords.contains(String($0)) }
      && !isPastRole(descriptor) && isGovernmentBody(descriptor)
  }

  /// Whether a role is one its holder has left ("former US officials", "who was coordinator for
  /// counterterrorism at the State Department from 2009 to 2012", "ex-minister"): they no longer
  /// speak for the government they served, so it gives them no class (a party still does).
  static func isPastRole(_ role: String) -> Bool {
    let words = SourceDescription.normalize(role).lowercased().split(separator: " ")
      .map { $0.trimming(Self.roleWordEdges) }
    if words.contains(where: { pastRoleWords.contains($0) || $0.hasPrefix("ex-") || $0.hasPrefix("then-") }) {
      return true
    }
    // "who served as", "who had been": a relative clause of an office left; "who was" only
    // with a year ("who was coordinator … from 2009 to 2012"), since "who was asked about …"
    // or "who was appointed by …" says nothing of leaving.
    let relative = zip(words, words.dropFirst()).compactMap { $0 == "who" ? $1 : nil }
    if relative.contains(where: { ["served", "had"].contains($0) }) { return true }
    return relative.contains("was") && words.contains { $0.count == 4 && $0.allSatisfy(\.isNumber) }
  }

  static let pastRoleWords: Set<String> = ["former", "formerly", "retired", "onetime", "one-time", "erstwhile", "ex"]

  /// A candidate speaks for their own campaign: when a class "Trump campaign" holds some
  /// speakers, the person the campaign is named for joins it, whatever party their role
  /// names, so the candidate and their staff are one party. The person is the one whose
  /// surname the campaign bears; of several (Hillary, Bill and Chelsea Clinton), the one
  /// whose role makes them a candidate, else the one with the most statements. A case file's
  /// class wins.
  mutating func joinCampaigns() {
    let campaigns = Set(graph.nodes.compactMap { node in
      node.independenceClass.flatMap { $0.hasSuffix(" campaign") ? $0 : nil }
    })
    guard !campaigns.isEmpty else { return }
    // Named people by the key of their surname, read once.
    var bySurname: [String: [Node]] = [:]
    for node in graph.nodes(of: .person) where !node.anonymous && node.label.split(separator: " ").count >= 2
      && factsByKey[Self.nameKey(node.label)]?.independenceClass == nil
    {
      bySurname[NameKey.key(PersonRecord.surname(of: node.label)), default: []].append(node)
    }
    let isCandidate = { (node: Node) in
      node.role.map { role in
        role.lowercased().split(separator: " ").contains { Self.candidateWords.contains(String($0)) }
      } ?? false
    }
    let graph = graph
    let statements = { (node: Node) in graph.edges(to: node.id).reduce(0) { $0 + $1.evidence.count } }
    var joined: [Node] = []
    for campaign in campaigns.sorted() {
      let namesakes = bySurname[NameKey.key(String(campaign.dropLast(" campaign".count)))] ?? []
      let candidate = namesakes.first(where: isCandidate)
        ?? namesakes.max { (statements($0), $1.id) < (statements($1), $0.id) }
      guard var candidate else { continue }
      candidate.independenceClass = campaign
      joined.append(candidate)
    }
    for node in joined { self.graph.update(node) }
  }

  /// Role words of someone running for office.
  static let candidateWords: Set<String> = ["candidate", "nominee", "contender", "challenger", "running"]
}
