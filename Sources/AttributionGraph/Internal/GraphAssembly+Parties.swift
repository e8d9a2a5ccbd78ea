import AttributionLexicon
import Foundation

/// Political sides as independence classes, read from a speaker's role or descriptor: a campaign
/// ("Clinton campaign spokesman Brian Fallon" → `Clinton campaign`), else a party
/// (`party-words.tsv`: "Republican Sen. John McCain", "Democratic sources", a "(D-Md.)" tag →
/// `Democratic Party`). People of one side do not corroborate each other; two officials of rival
/// campaigns are two parties. A case file's class wins over both, and a side wins over a
/// government (a Republican senator and a Democratic one are not one "US government").
extension GraphAssembly {
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
    if let index = words.firstIndex(where: { $0.trimmingCharacters(in: .punctuationCharacters) == "campaign" || $0 == "campaign's" }),
      index > 0
    {
      let owner = SourceDescription.stripPossessive(original[index - 1].trimmingCharacters(in: CharacterSet(charactersIn: ",;:")))
      if owner.first?.isUppercase == true, partyNames[owner.lowercased()] == nil,
        !["his", "her", "their", "its", "the", "a"].contains(owner.lowercased())
      {
        return "\(owner) campaign"
      }
    }
    if let party = words.lazy.compactMap({ partyNames[$0.trimmingCharacters(in: .punctuationCharacters)] }).first {
      return party
    }
    // A party tag: "(R-Texas)", "(D-Calif.)".
    switch SourceDescription.partyTag(in: descriptor)?.dropFirst().first {
    case "R": return partyNames["republican"]
    case "D": return partyNames["democratic"]
    default: return nil
    }
  }
}
