import AttributionLexicon
import Foundation

/// What a source mention says besides its head, and what the extractor left around it: the
/// name before an appositive ("Rendell, a Clinton surrogate"), the owner of a statement ("Ryan's
/// language in the statement"), a US party tag ("(R-Texas)"), and the words cut from its end
/// ("Lawmakers, however", "FBI was").
extension SourceDescription {
  /// A US party tag in parentheses ("(R-Texas)", "(D-Calif.)"), if the mention has one.
  static func partyTag(in raw: String) -> String? {
    guard let open = raw.firstIndex(of: "("), let close = raw[open...].firstIndex(of: ")") else { return nil }
    let inside = raw[raw.index(after: open)..<close]
    guard inside.count >= 3, let party = inside.first, "RDI".contains(party),
      inside.dropFirst().first == "-" || inside.dropFirst().first == "."
    else { return nil }
    return "(" + inside + ")"
  }

  /// The descriptor without what the extractor left at its end: an adverb after a comma
  /// ("Lawmakers, however"), an auxiliary verb ("FBI was"), a "both" ("NBC News and ABC News
  /// both").
  static func trimmedTail(_ text: String) -> String {
    var words = text.split(separator: " ").map(String.init)
    while words.count > 1 {
      let last = words[words.count - 1]
      // Lower-case only: "George Will" keeps his name.
      if ["was", "were", "is", "are", "has", "have", "had", "will", "would", "both", "each", "alike"].contains(last) {
        words.removeLast()
      } else if words[words.count - 2].hasSuffix(","),
        ["however", "too", "also", "though", "meanwhile", "instead", "then", "now"].contains(last)
      {
        words.removeLast()
        words[words.count - 1].removeLast()
      } else {
        break
      }
    }
    return words.joined(separator: " ")
  }

  /// Words that stand alone for unnamed people ("some say", "many argued").
  static let unnamedQuantifiers: Set<String> = ["some", "many", "others", "most", "few", "several", "those", "these"]

  /// The name a descriptor gives before its appositive's comma ("Rendell" of "Rendell, a Clinton
  /// surrogate"): one to four name words, none of them a noun for people ("Lawmakers, however").
  static func appositiveName(_ head: String) -> [String]? {
    let words = head.split(separator: " ")
    guard (1...4).contains(words.count),
      !words.contains(where: { word in
        let lower = word.lowercased()
        return Lexicon.anonymousPersonNouns.contains(lower) || Lexicon.pronouns.contains(lower)
          || unnamedQuantifiers.contains(lower)
      }),
      let name = personName(in: head, allowSingle: true), name.count == words.count
    else { return nil }
    return name
  }

  /// The name before an appositive's comma when what follows the comma describes its bearer
  /// ("Giuliani, who served as U.S. attorney for the Southern District of New York", "Colin
  /// Clarke, a political scientist at the Rand Corporation"), or nil.
  static func describedName(_ text: String) -> [String]? {
    guard let comma = text.firstIndex(of: ","),
      let next = text[text.index(after: comma)...].split(separator: " ").first?.lowercased(),
      describingOpeners.contains(next)
    else { return nil }
    return appositiveName(String(text[..<comma]))
  }

  /// Words that open an appositive or relative clause describing the name before its comma.
  static let describingOpeners: Set<String> = WordList.describingOpeners.words

  /// The author of a statement a descriptor names instead of its speaker: "the chairman of the
  /// committee" of "Letter to Facebook from the chairman of the committee", "Mr. Comey" of "a
  /// statement from Mr. Comey".
  static func statementAuthor(_ text: String) -> String? {
    let words = text.split(separator: " ")
    guard let first = words.first, statementHeads.contains(first.lowercased()),
      let from = words.prefix(6).firstIndex(where: { $0.lowercased() == "from" }), from + 1 < words.count
    else { return nil }
    return words[(from + 1)...].joined(separator: " ")
  }

  /// The owner of a statement a descriptor names instead of its speaker: "Ryan" of "Ryan's
  /// language in the statement", "her" of "her account".
  static func statementOwner(_ text: String) -> String? {
    let words = text.split(separator: " ")
    guard words.count >= 2, words.count <= 7 else { return nil }
    let owner: String
    let headIndex: Int
    if ["his", "her", "their"].contains(words[0].lowercased()) {
      (owner, headIndex) = (words[0].lowercased(), 1)
    } else if let end = words.prefix(3).firstIndex(where: { $0.hasSuffix("'s") }),
      words[...end].allSatisfy({ $0.first?.isUppercase == true }), end + 1 < words.count
    {
      // "Ryan's language", "Donald Trump's assertion".
      owner = (words[..<end].map(String.init) + [String(words[end].dropLast(2))]).joined(separator: " ")
      headIndex = end + 1
    } else {
      return nil
    }
    let head = words[headIndex].lowercased().trimming(.punctuationCharacters)
    return Self.statementHeads.contains(head) ? owner : nil
  }

  /// Nouns for what someone said or wrote, whose owner is the speaker.
  static let statementHeads: Set<String> = [
    "statement", "statements", "language", "words", "remarks", "comments", "account", "letter",
    "tweet", "tweets", "post", "speech", "testimony", "message", "interview", "claim", "claims",
    "assertion", "assertions", "suggestion", "argument", "allegation", "allegations",
  ]

  /// The words before an aside a spaced dash opens: "government officials - and many outside the
  /// government -" are government officials, "Kagan — who was a leading architect of …" is
  /// Kagan. A dash inside a word ("Rand-funded") or a text that opens with one is left whole.
  static func beforeDashAside(_ text: String) -> String {
    let bytes = Array(text.utf8)
    // After a space: "-", or an em or en dash (E2 80 94, E2 80 93), then a space.
    for start in bytes.indices.dropFirst() where bytes[start - 1] == 0x20 {
      let dashEnd: Int
      if bytes[start] == 0x2D {
        dashEnd = start + 1
      } else if bytes[start] == 0xE2, start + 2 < bytes.count, bytes[start + 1] == 0x80,
        bytes[start + 2] == 0x94 || bytes[start + 2] == 0x93
      {
        dashEnd = start + 3
      } else {
        continue
      }
      guard dashEnd < bytes.count, bytes[dashEnd] == 0x20, start >= 2 else { continue }
      return String(decoding: bytes[..<(start - 1)], as: UTF8.self)
    }
    return text
  }

  /// The parts of a mention between "and" or "&", except where the conjunction joins words of
  /// one organisation's name after its "for" or "of" ("the Center for Strategic and International
  /// Studies", "the Department of Health and Human Services").
  static func conjoinedParts(_ text: String) -> [String] {
    let words = text.split(separator: " ", omittingEmptySubsequences: false)
    func capitalized(_ index: Int) -> Bool { words.indices.contains(index) && words[index].first?.isUppercase == true }
    var parts: [String] = []
    var start = 0
    for index in words.indices where words[index] == "and" || words[index] == "&" {
      guard index > start, index + 1 < words.count else { continue }
      var head = index - 1
      while head > start, capitalized(head) { head -= 1 }
      let insideName = capitalized(index - 1) && capitalized(index + 1) && head > start
        && ["for", "of", "on"].contains(words[head]) && capitalized(head - 1)
      if insideName { continue }
      parts.append(words[start..<index].joined(separator: " "))
      start = index + 1
    }
    parts.append(words[start...].joined(separator: " "))
    return parts
  }
}
