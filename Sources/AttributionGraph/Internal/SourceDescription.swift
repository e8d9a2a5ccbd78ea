import AttributionExtraction
import AttributionLexicon
import Foundation

/// What a source mention says about who is speaking, read from its words alone.
struct SourceDescription: Hashable {
  enum Category: Hashable {
    /// A named person ("Andrii Kovalenko"), or a surname alone ("Umerov").
    case namedPerson
    /// A pronoun ("he"): resolved against the article.
    case pronoun
    /// An unnamed person or group ("an unnamed senior Ukrainian intelligence official").
    case anonymousPerson
    /// A role alone that may name a holder mentioned earlier ("the minister").
    case role
    /// A government body or organization ("the Pentagon", "Ukrainian intelligence").
    case institution
    /// An outlet, named or not ("South Korean media").
    case outlet
  }

  var category: Category
  /// The display name: a person's name, or the descriptor without its leading article.
  var name: String
  /// The words of a person's name, when there is one.
  var nameWords: [String]
  /// The rest of the descriptor: title, position, organization.
  var role: String?
  /// The country or organization the descriptor ties the source to.
  var affiliation: String?

  // Sets a name's or role's edges are trimmed of, made once (a CharacterSet built from a
  // string costs more than the trimming).
  static let spaceAndClausePunctuation = CharacterSet(charactersIn: " ,;:")
  static let roleEdges = CharacterSet(charactersIn: " ,;:-\u{2014}\u{2013}")
  static let comma = CharacterSet(charactersIn: ",")
  static let nameWordEdges = CharacterSet(charactersIn: ",;:()\"\u{201C}\u{201D}")

  /// Whether `scalar` is an upper-case or title-case letter (`CharacterSet.uppercaseLetters`),
  /// ASCII read without the look-up.
  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? scalar.value &- 0x41 < 26 : CharacterSet.uppercaseLetters.contains(scalar)
  }

  /// Straight apostrophes and single spaces: each run of whitespace one space, none at the
  /// ends. One pass over the scalars (it runs on every mention and content of a corpus).
  static func normalize(_ text: String) -> String {
    if isNormalASCII(text) { return text }
    var result: [UInt8] = []
    result.reserveCapacity(text.utf8.count)
    var space = false
    // Whether the scalar before was whitespace: marks that extend it belong to its character
    // and go with it (a space with a combining accent, as mis-decoded text has).
    var afterWhitespace = false
    for scalar in text.unicodeScalars {
      let isWhitespace = scalar.isASCII
        ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
        : scalar.properties.isWhitespace
      if isWhitespace {
        space = !result.isEmpty
        afterWhitespace = true
        continue
      }
      if afterWhitespace, !scalar.isASCII,
        scalar.properties.isGraphemeExtend || scalar.properties.generalCategory == .spacingMark
          || scalar == "\u{200D}"
      {
        continue
      }
      afterWhitespace = false
      if space {
        result.append(0x20)
        space = false
      }
      UTF8.encode(scalar == "\u{2019}" || scalar == "\u{2018}" ? "'" : scalar) { result.append($0) }
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// Whether ASCII text is already normal: no whitespace but single spaces between words.
  private static func isNormalASCII(_ text: String) -> Bool {
    var previous: UInt8 = 0x20
    for byte in text.utf8 {
      if byte >= 0x80 || (0x09...0x0D).contains(byte) || (byte == 0x20 && previous == 0x20) { return false }
      previous = byte
    }
    return previous != 0x20 || text.isEmpty
  }

  /// Reads a source mention; `knownOutlets` holds the keys of outlet names the case knows, and
  /// `places` the gazetteer affiliations are read with (the library's and the case's own).
  static func describe(
    _ raw: String, entity: String?, knownOutlets: Set<String>, places: Gazetteer = .standard
  )
    -> SourceDescription
  {
    var description = reading(raw, entity: entity, knownOutlets: knownOutlets, places: places)
    // "Rep. Michael McCaul (R-Texas)": the party tag the parentheses drop stays in the role.
    if description.category == .namedPerson, let tag = partyTag(in: raw) {
      description.role = [description.role, tag].compactMap { $0 }.joined(separator: " ")
    }
    return description
  }

  private static func reading(
    _ raw: String, entity: String?, knownOutlets: Set<String>, places: Gazetteer
  ) -> SourceDescription {
    // Without the commas an appositive leaves at its ends ("US officials, speaking on condition
    // of anonymity,").
    let text = trimmedTail(trimDeterminers(withoutParentheses(beforeDashAside(normalize(raw))))
      .trimming(Self.spaceAndClausePunctuation))
    let lower = text.lowercased()
    let affiliation = Affiliation.of(text, in: places)
    if knownOutlets.contains(outletKey(text)) {
      return SourceDescription(
        category: .outlet, name: stripPossessive(text), nameWords: [], role: nil,
        affiliation: affiliation)
    }
    if Lexicon.pronouns.contains(lower) {
      return SourceDescription(
        category: .pronoun, name: text, nameWords: [], role: nil, affiliation: nil)
    }
    // A country's name speaks for its government: "the United States could confirm …" is the
    // US government, not a person called "United States".
    if let affiliation, Affiliation.isBareGovernment(stripPossessive(text), in: places) {
      return SourceDescription(
        category: .institution, name: "\(affiliation) government", nameWords: [], role: nil,
        affiliation: affiliation)
    }
    // "Giuliani, who served as U.S. attorney for the Southern District": the name before an
    // appositive's comma speaks; names inside what describes them do not.
    if let words = describedName(text), let surname = words.last,
      !knownOutlets.contains(outletKey(words.joined(separator: " "))),
      entity.map({ !normalize($0).split(separator: " ").contains(Substring(surname)) }) ?? true
    {
      return person(words, in: text, affiliation: affiliation)
    }
    let fullName = personName(in: text, allowSingle: false)
    // The extractor's entity, unless it is one word the text's own full name lacks ("Presumptive
    // GOP" for "Presumptive GOP nominee Donald Trump") or the owner of the person the text names
    // ("Ronald Reagan's former education secretary William J. Bennett").
    if let entity, let words = personName(in: normalize(entity), allowSingle: true),
      words.count >= 2 || fullName.map({ !$0.contains(words[0]) }) != true,
      fullName == nil || fullName == words || !text.contains(words.joined(separator: " ") + "'s ")
    {
      return person(words, in: text, affiliation: affiliation)
    }
    if let words = fullName {
      return person(words, in: text, affiliation: affiliation)
    }
    if let surname = titledSurname(in: text) {
      return person([surname], in: text, affiliation: affiliation)
    }
    // "Rendell, a Clinton surrogate", "Trump, who has nearly 9 million followers": the name
    // before an appositive's comma is who speaks, the rest describes them.
    if let comma = text.firstIndex(of: ","), let words = appositiveName(String(text[..<comma])) {
      return person(words, in: text, affiliation: affiliation)
    }
    // "Ryan's language in the statement", "her account", "a letter from the chairman": the
    // statement's owner or author speaks.
    if let owner = statementOwner(text) ?? statementAuthor(text) {
      return describe(owner, entity: nil, knownOutlets: knownOutlets, places: places)
    }
    let words = lower.split(separator: " ").map { $0.trimming(.punctuationCharacters) }
    // "Some", "many", "others": unnamed people.
    if words.count == 1, Self.unnamedQuantifiers.contains(words[0]) {
      return SourceDescription(
        category: .anonymousPerson, name: capitalizedFirst(text), nameWords: [], role: text, affiliation: nil)
    }
    // "Republicans said", "Republican criticism": a party's members, unnamed; "the GOP" and
    // "Labour" are the party itself.
    // "Many Democrats": the party's members too.
    let partisan = words.count == 2 && Self.unnamedQuantifiers.contains(words[0]) ? Array(words.dropFirst()) : words
    if partisan.count == 1, Lexicon.partisanWords.contains(partisan[0]), !["gop", "labour"].contains(partisan[0]) {
      let word = partisan[0]
      let members = word == "democratic" ? "democrats" : word.hasSuffix("s") ? word : word + "s"
      return SourceDescription(
        category: .anonymousPerson, name: capitalizedFirst(members), nameWords: [], role: text, affiliation: nil)
    }
    let hasPersonNoun = words.contains { Lexicon.anonymousPersonNouns.contains($0) }
    // "agency" is a news agency unless the descriptor makes it a state's ("Ukraine's military
    // intelligence agency", "the border agency").
    let isStateAgency = words.contains("agency") && !words.contains { ["news", "press", "wire"].contains($0) }
      && words.contains { Lexicon.stateAgencyWords.contains($0) }
    let hasOutletNoun = !isStateAgency && words.contains { Lexicon.outletNouns.contains($0) }
    if let only = personName(in: text, allowSingle: true), only.count == 1,
      words.count == 1, !Lexicon.anonymousPersonNouns.contains(words[0])
    {
      return SourceDescription(
        category: .namedPerson, name: only[0], nameWords: only, role: nil, affiliation: nil)
    }
    if hasOutletNoun && !hasPersonNoun {
      return SourceDescription(
        category: .outlet, name: capitalizedFirst(text), nameWords: [], role: nil,
        affiliation: affiliation)
    }
    if hasPersonNoun {
      let opening = normalize(raw).split(separator: " ").first.map { $0.lowercased() } ?? ""
      // "the minister", "Ukraine's defense minister", and a title alone as a headline writes it
      // ("President", "Former DNC chairman"): one holder, whom the article may name.
      let bareTitle = text.first?.isUppercase == true && opening == words.first
        && !words.contains { $0 == "a" || $0 == "an" || Self.unnamedQuantifiers.contains($0) }
      let definite = (opening == "the" || opening.hasSuffix("'s") || bareTitle)
        && !words.contains { $0.hasSuffix("s") && !$0.hasSuffix("'s") }
      let descriptive = words.contains { Lexicon.anonymousPersonNouns.contains($0) && !["official", "officials", "source", "sources", "people", "person"].contains($0) }
      return SourceDescription(
        category: definite && descriptive ? .role : .anonymousPerson,
        name: capitalizedFirst(text), nameWords: [], role: text, affiliation: affiliation)
    }
    return SourceDescription(
      category: .institution, name: institutionName(text, affiliation: affiliation, places: places),
      nameWords: [], role: nil, affiliation: affiliation)
  }

  /// Splits "Austin and Blinken" or "Zelenskyy and Ukrainian intelligence officials" into its
  /// sources; a phrase whose parts are not all sources ("the Armed Forces of Ukraine and Defence
  /// Intelligence of Ukraine") stays whole.
  static func split(_ raw: String, knownOutlets: Set<String> = []) -> [String] {
    let text = normalize(raw)
    let parts = conjoinedParts(text)
    // A relative clause describes one source ("Giuliani, who served as U.S. attorney … and as
    // associate attorney general").
    guard parts.count > 1, !text.contains(", who "), !text.contains(", which ") else { return [raw] }
    let allSources = parts.allSatisfy { part in
      let bare = part.trimming(.whitespaces)
      let opening = bare.split(separator: " ").first.map { $0.lowercased() } ?? ""
      guard !["as", "for", "of", "in", "from", "to", "with", "by", "at", "on"].contains(opening) else { return false }
      let trimmed = trimDeterminers(bare)
      let words = trimmed.lowercased().split(separator: " ").map(String.init)
      if knownOutlets.contains(outletKey(trimmedTail(trimmed))) { return true }
      if personName(in: trimmed, allowSingle: words.count == 1) != nil { return true }
      // People by a noun: several ("officials"), or one with a determiner ("a senior official");
      // a bare title is one more title of the person named next ("former prosecutor and mayor
      // Rudy Giuliani").
      let determined = trimmed != bare || opening.hasSuffix("'s")
      if words.contains(where: { Lexicon.anonymousPersonNouns.contains($0) && (determined || $0.hasSuffix("s")) }) {
        return true
      }
      return words.count <= 2 && Affiliation.of(trimmed) != nil
    }
    return allSources ? parts.map { trimmedTail($0.trimming(.whitespaces)) } : [raw]
  }

  private static func person(_ words: [String], in text: String, affiliation: String?)
    -> SourceDescription
  {
    let name = words.joined(separator: " ")
    var role = text
    if let range = role.range(of: name) { role.removeSubrange(range) }
    role = trimDeterminers(
      role.trimming(Self.roleEdges))
    // "Obama" read as "Barack Obama": a part of the name is no role.
    let nameKeys = Set(words.map { NameKey.key(stripPossessive($0)) })
    if role.split(separator: " ").allSatisfy({ nameKeys.contains(NameKey.key(stripPossessive(cleanToken(String($0))))) }) {
      role = ""
    }
    return SourceDescription(
      category: .namedPerson, name: name, nameWords: words, role: role.isEmpty ? nil : role,
      affiliation: affiliation)
  }

  /// The person name in a descriptor: the last run of capitalized words that are not titles,
  /// organization words or places, not led in by "of"/"for" (which makes it an organization's
  /// name), two words or more unless `allowSingle`.
  static func personName(in text: String, allowSingle: Bool) -> [String]? {
    let tokens = text.split(separator: " ").map(String.init)
    var best: [String]?
    var index = 0
    while index < tokens.count {
      guard isNameWord(tokens[index]) else {
        index += 1
        continue
      }
      let start = index
      var run: [String] = []
      while index < tokens.count, isNameWord(tokens[index]) || (!run.isEmpty && isSuffix(tokens[index])) {
        run.append(cleanToken(tokens[index]))
        let ended = tokens[index].hasSuffix(",") || tokens[index].hasSuffix("'s")
        index += 1
        if ended { break }
      }
      let before = start > 0 ? tokens[start - 1].lowercased() : ""
      // "Chief of Staff Katie Walsh": a title that ends in an organization word.
      let afterChiefOfStaff = start >= 3 && cleanToken(before) == "staff"
        && tokens[start - 2].lowercased() == "of" && tokens[start - 3].lowercased() == "chief"
      let ledByConnector = ["of", "for", "the", "and", "from", "to"].contains(before)
        || (Lexicon.organizationWords.contains(cleanToken(before).lowercased()) && !afterChiefOfStaff)
      let nextIsOrganization = index < tokens.count
        && Lexicon.organizationWords.contains(cleanToken(tokens[index]).lowercased())
      if !ledByConnector, !nextIsOrganization, run.count >= 2 || (allowSingle && run.count == 1),
        run.count <= 5
      {
        best = run
      }
    }
    return best
  }

  /// The one name after a person's title or honorific: "President Obama", "Mr. Regalado, the
  /// Republican mayor of Miami", "Japanese Defence Minister Gen Nakatani". Not when the titled
  /// name is whom the source works for or is with ("Spokesman for Mr. Clinton", "Aides to
  /// Mr. Sanders", "Neither Mr. Comey nor other officials").
  static func titledSurname(in text: String) -> String? {
    let tokens = text.split(separator: " ").map(String.init)
    for index in tokens.indices.dropLast() {
      let title = cleanToken(tokens[index])
      guard title.first?.isUppercase == true, Lexicon.personTitles.contains(title.lowercased()),
        !tokens[index].hasSuffix(","), isNameWord(tokens[index + 1])
      else { continue }
      let before = tokens[..<index].map { cleanToken($0).lowercased() }
      guard !before.contains(where: { Lexicon.relationWords.contains($0) }) else { return nil }
      // One name: the next word is not a name too ("President Barack Obama" is read whole).
      let name = tokens[index + 1]
      let ends = name.hasSuffix(",") || name.hasSuffix("'s") || index + 2 == tokens.count
        || !isNameWord(tokens[index + 2])
      return ends ? cleanToken(name) : nil
    }
    return nil
  }

  private static func isSuffix(_ token: String) -> Bool {
    Lexicon.nameSuffixes.contains(token.lowercased().trimming(Self.comma))
  }

  private static func cleanToken(_ token: String) -> String {
    var token = token
    if token.hasSuffix("'s") { token.removeLast(2) }
    return token.trimming(Self.nameWordEdges)
  }

  private static func isNameWord(_ raw: String) -> Bool {
    let token = cleanToken(raw)
    guard let first = token.unicodeScalars.first, Self.isUppercase(first)
    else { return false }
    let lower = token.lowercased()
    // "What Trump said", "When Obama spoke": a sentence's opening word is no name.
    if ["what", "when", "where", "why", "how", "while", "if", "as", "after", "before"].contains(lower) { return false }
    // "Families Of Gun Violence Victims", "Stealth Over Health": a title's words, not a name's.
    if GraphAssembly.capitalizedFunctionWords.contains(token) { return false }
    if Lexicon.titles.contains(lower) || Lexicon.organizationWords.contains(lower)
      || Lexicon.partisanWords.contains(lower)
    {
      return false
    }
    if isSuffix(token) { return false }
    if Affiliation.isPlaceOrDemonym(lower) { return false }
    let letters = token.filter(\.isLetter)
    if letters.count >= 2 && letters.allSatisfy(\.isUppercase) { return false }
    if lower.hasSuffix(".") && letters.count > 1 { return false }
    return letters.count >= 1
  }

  /// The text without parenthesized asides ("Institute for the Study of War (ISW)").
  static func withoutParentheses(_ text: String) -> String {
    guard text.contains("(") else { return text }
    var result = ""
    var depth = 0
    for character in text {
      if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if depth == 0 {
        result.append(character)
      }
    }
    // "the National Intelligence Service (NIS), told" leaves no space before the comma.
    return normalize(result).replacingOccurrences(of: " ,", with: ",")
  }

  /// The text without a leading article or quantifier.
  static func trimDeterminers(_ text: String) -> String {
    var result = text
    for prefix in ["the ", "a ", "an ", "some ", "a number of ", "several ", "two ", "three "] {
      if result.lowercased().hasPrefix(prefix) {
        result = String(result.dropFirst(prefix.count))
      }
    }
    return result
  }

  static func stripPossessive(_ text: String) -> String {
    var result = text
    if result.hasSuffix("'s") { result.removeLast(2) }
    return result
  }

  /// The comparison key of an outlet name: lower case, no leading "the", no possessive.
  static func outletKey(_ text: String) -> String {
    NameKey.key(stripPossessive(trimDeterminers(normalize(text))).lowercased())
  }

  private static func capitalizedFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }

  private static func institutionName(_ text: String, affiliation: String?, places: Gazetteer) -> String {
    let bare = stripPossessive(text).trimming(.punctuationCharacters)
    if let affiliation, Affiliation.isBareGovernment(bare, in: places) {
      return "\(affiliation) government"
    }
    return capitalizedFirst(stripPossessive(text))
  }
}

/// Reading an affiliation out of a descriptor.
enum Affiliation {
  /// The first country or organization the text ties its subject to, by the phrases of
  /// `gazetteer`.
  static func of(_ text: String, in gazetteer: Gazetteer = .standard) -> String? {
    let lower = " " + SourceDescription.normalize(text).lowercased()
      .replacingOccurrences(of: ",", with: " ").replacingOccurrences(of: ";", with: " ") + " "
    var best: (position: Int, length: Int, affiliation: String)?
    // A phrase is searched for only when its first word is one of the text's.
    let words = Set(lower.split(separator: " "))
    for (phrase, affiliation, kind) in gazetteer.affiliations where words.contains(phrase.prefix { $0 != " " }) {
      var searchStart = lower.startIndex
      while let range = lower.range(of: " \(phrase) ", range: searchStart..<lower.endIndex) {
        let after = lower[range.upperBound...].split(separator: " ").first.map(String.init) ?? ""
        if kind.namesSubjectMatter && Lexicon.subjectMatterNouns.contains(after) {
          searchStart = lower.index(before: range.upperBound)
          continue
        }
        let position = lower.distance(from: lower.startIndex, to: range.lowerBound)
        if best == nil || position < best!.position
          || (position == best!.position && phrase.count > best!.length)
        {
          best = (position, phrase.count, affiliation)
        }
        break
      }
    }
    return best?.affiliation
  }

  static func isDemonym(_ word: String) -> Bool {
    word.hasSuffix("ian") || word.hasSuffix("ean") || word.hasSuffix("ese") || word.hasSuffix("ish")
      || word == "american" || word == "nato"
  }

  /// True for a word that names a place or people ("Ukrainian", "Kyiv", "US").
  static func isPlaceOrDemonym(_ word: String) -> Bool {
    let bare = word.hasSuffix("'s") ? String(word.dropLast(2)) : word
    return placePhrases.contains(bare) || placePhrases.contains(word)
  }

  /// The phrases of the library's gazetteer.
  private static let placePhrases = Set(Lexicon.places.map(\.phrase))

  /// True when the text is only a country, its capital or its people ("the U.S.", "Kyiv").
  static func isBareGovernment(_ text: String, in gazetteer: Gazetteer = .standard) -> Bool {
    let lower = SourceDescription.trimDeterminers(SourceDescription.normalize(text)).lowercased()
    return gazetteer.affiliations.contains { $0.phrase == lower && $0.kind.standsForGovernment }
  }
}
