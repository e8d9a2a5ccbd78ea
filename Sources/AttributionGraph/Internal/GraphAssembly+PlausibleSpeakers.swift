import AttributionDocuments
import AttributionLexicon

/// Source words that name no speaker: an extractor's misread span ("Presumptive", "Both",
/// "Speech", "Sacrosanct by gun advocates", "Among those with direct experience") would
/// otherwise become a person or an institution of its own, and a party that corroborates. Such
/// a statement keeps its place in the graph, in the article's own voice (its outlet's, or the
/// wire's for wire copy).
///
/// A single capitalised word is a name when the article never uses it in lower case and
/// capitalises it at least once inside a sentence (not as a sentence's or a headline's first
/// word): "Umerov" and "Facebook" are names, "Presumptive" and "Speech" are not. A longer
/// institution needs an organisation's mark: an organisation word ("committee", "campaign"),
/// a place or party it belongs to, initials ("FBI"), or a proper name in which every word is
/// capitalised and none is a capitalised function word ("Islamic State", "Judicial Watch"; not
/// the headline words "Stealth Over Health"). Nor is an unnamed source shouted in a subhead's
/// capitals ("FELLOW DOCTORS DON'T WANT …").
extension GraphAssembly {
  /// Whether a source part names no one the graph can hold as a speaker.
  mutating func isImplausibleSpeaker(_ part: String, entity: String?, documentIndex: Int, document: Document) -> Bool {
    let description = describe(part, entity: entity)
    switch description.category {
    case .namedPerson where description.nameWords.count == 1:
      let name = description.nameWords[0]
      let known = !records(withSurname: NameKey.key(name)).isEmpty
      return !known && factsByKey[Self.nameKey(name)] == nil && !isNameLike(name, documentIndex: documentIndex, document: document)
    case .institution:
      if factsByKey[Self.nameKey(description.name)] != nil { return false }
      return Self.isShouted(description.name)
        || !Self.hasOrganizationMark(description) && !isSingleName(description.name, documentIndex: documentIndex, document: document)
    case .anonymousPerson, .role:
      // A subhead in capitals ("FELLOW DOCTORS DON'T WANT TO ASSOCIATE WITH HIM").
      return Self.isShouted(description.name)
    default:
      return false
    }
  }

  /// An institution's descriptor shows it is one: an organisation word, a place or party it
  /// belongs to, initials, or a proper name of two words or more.
  static func hasOrganizationMark(_ description: SourceDescription) -> Bool {
    let words = SourceDescription.normalize(description.name).split(separator: " ").map { word in
      String(word.unicodeScalars.filter(NameEvidence.isWordScalar).map(Character.init))
    }.filter { !$0.isEmpty }
    if description.affiliation != nil || politicalClass(description.name) != nil { return true }
    let lower = words.map { SourceDescription.stripPossessive($0.lowercased()) }
    if lower.contains(where: { Lexicon.organizationWords.contains($0) || sideNouns.contains($0) }) { return true }
    if words.contains(where: isInitials) { return true }
    guard words.count >= 2 else { return false }
    return words.allSatisfy { $0.first?.isUppercase == true }
      && !words.dropFirst().contains { capitalizedFunctionWords.contains($0) }
  }

  /// A heading shouted in capitals ("CONGRESS HAS INVESTIGATED HIM", "OZ'S BOSS"): several
  /// words all in capitals, or an organisation's common noun in capitals (not initials such as
  /// "UNESCO").
  static func isShouted(_ name: String) -> Bool {
    let words = name.split(separator: " ").map { $0.filter(\.isLetter) }.filter { !$0.isEmpty }
    let capitals = words.filter { $0.count >= 2 && $0.allSatisfy(\.isUppercase) }
    return (words.count >= 2 && capitals.count == words.count)
      || capitals.contains { $0.count > 5 && Lexicon.organizationWords.contains($0.lowercased()) }
  }

  /// Initials of an organisation: "FBI", "F.B.I.", "DNC's", "UNESCO".
  static func isInitials(_ word: String) -> Bool {
    let letters = SourceDescription.stripPossessive(word).filter(\.isLetter)
    return (2...8).contains(letters.count) && letters.allSatisfy(\.isUppercase)
  }

  /// Words that a title capitalises and a name does not contain.
  static let capitalizedFunctionWords: Set<String> = [
    "Of", "The", "And", "For", "Over", "To", "In", "On", "At", "With", "By", "From", "An", "Is", "Are", "As",
  ]

  private mutating func isSingleName(_ name: String, documentIndex: Int, document: Document) -> Bool {
    let words = name.split(separator: " ")
    return words.count == 1 && isNameLike(String(words[0]), documentIndex: documentIndex, document: document)
  }

  /// Whether the article uses `word` as a name: never in lower case, capitalised inside a
  /// sentence at least once.
  mutating func isNameLike(_ word: String, documentIndex: Int, document: Document) -> Bool {
    let evidence = nameEvidence(documentIndex: documentIndex, document: document)
    let key = SourceDescription.stripPossessive(word).lowercased()
    return !evidence.lowerCase.contains(key) && evidence.capitalizedInside.contains(key)
  }

  /// Whether the article writes `word` in lower case somewhere ("one", "local"): capitalised,
  /// it only opens a sentence or a descriptor.
  mutating func isWrittenInLowerCase(_ word: String, documentIndex: Int, document: Document) -> Bool {
    nameEvidence(documentIndex: documentIndex, document: document).lowerCase
      .contains(SourceDescription.stripPossessive(word).lowercased())
  }

  /// How the article writes its words, read once per article.
  private mutating func nameEvidence(documentIndex: Int, document: Document) -> NameEvidence {
    if let known = nameEvidence[documentIndex] { return known }
    let evidence = NameEvidence(document.text(in: document.body))
    nameEvidence[documentIndex] = evidence
    return evidence
  }
}

/// How an article writes its words: which it uses in lower case, and which it capitalises
/// inside a sentence (not after a full stop, question or exclamation mark or colon, not after an
/// opening quote, and not on a line written in title case, such as a headline). One pass over
/// the text's scalars, each word read in place.
struct NameEvidence {
  var lowerCase: Set<String> = []
  var capitalizedInside: Set<String> = []

  init(_ text: String) {
    let abbreviations = WordList.abbreviations.words
    // The current line's words: the word, whether it is capitalised, and whether it opens a
    // sentence or quotation; kept until the line ends, when title case is known.
    var line: [(key: String, capitalized: Bool, opens: Bool)] = []
    var opensSentence = true
    func endToken(_ token: Substring.UnicodeScalarView) {
      guard let opening = token.first else { return }
      let quoted = Self.openers.contains(opening)
      var key = ""
      if let low = token.firstIndex(where: Self.isWordScalar), let high = token.lastIndex(where: Self.isWordScalar) {
        let core = token[low...high]
        key = Self.key(core)
        if Self.isAlphabetic(core[low]) {
          line.append((key, Self.isUppercase(core[low]), opensSentence || quoted))
        }
      }
      let last = token.last { !Self.closers.contains($0) }
      opensSentence = (last.map { Self.stops.contains($0) } ?? false) && !abbreviations.contains(key)
    }
    func endLine() {
      let capitalized = line.filter(\.capitalized).count
      let isTitleLine = line.count >= 3 && capitalized * 5 >= line.count * 3
      for word in line {
        if !word.capitalized {
          lowerCase.insert(word.key)
        } else if !word.opens && !isTitleLine {
          capitalizedInside.insert(word.key)
        }
      }
      line.removeAll(keepingCapacity: true)
      opensSentence = true
    }
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    var index = start
    while index != scalars.endIndex {
      let scalar = scalars[index]
      let next = scalars.index(after: index)
      switch scalar {
      case "\n", "\r":
        endToken(scalars[start..<index])
        endLine()
        start = next
      case " ", "\t":
        endToken(scalars[start..<index])
        start = next
      default:
        if !scalar.isASCII, scalar.properties.isWhitespace {
          endToken(scalars[start..<index])
          start = next
        }
      }
      index = next
    }
    endToken(scalars[start...])
    endLine()
  }

  private static let openers: [Unicode.Scalar] = ["\"", "\u{201C}", "\u{2018}", "'", "("]
  private static let closers: [Unicode.Scalar] = ["\"", "\u{201D}", "\u{2019}", "'", ")", "]"]
  private static let stops: [Unicode.Scalar] = [".", "!", "?", ":"]

  /// A word's key: lower case, a curly apostrophe straight, without a possessive "'s".
  private static func key(_ core: Substring.UnicodeScalarView) -> String {
    var key = core.contains("\u{2019}")
      ? String(String.UnicodeScalarView(core.map { $0 == "\u{2019}" ? "'" : $0 })).lowercased()
      : String(Substring(core)).lowercased()
    if key.hasSuffix("'s") { key.removeLast(2) }
    return key
  }

  private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) : scalar.properties.isAlphabetic
  }

  private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? ("A"..."Z").contains(scalar) : scalar.properties.isUppercase
  }

  /// Letters, digits, apostrophes and hyphens: what a word keeps at its ends.
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    isAlphabetic(scalar) || ("0"..."9").contains(scalar) || scalar == "'" || scalar == "\u{2019}" || scalar == "-"
  }
}
