/// Places and bodies that tie a source to a state or international organization ("Ukrainian
/// intelligence", "a Pentagon spokeswoman", "NATO"), read from `Lists/gazetteer-affiliations.tsv`.
/// A case can add its own (see `CaseFile`'s `places`).
public struct Gazetteer: Hashable, Sendable {
  /// What a gazetteer phrase is, which decides how it affiliates.
  public enum Kind: String, CaseIterable, Hashable, Sendable {
    /// A country's name ("ukraine", "north korea", "dprk").
    case country
    /// A capital or other place standing for its state ("kyiv", "washington").
    case capital
    /// A named body of a state or an international one ("united nations").
    case body
    /// A government office that is not the government itself ("state department").
    case office
    /// A people's name or adjective ("ukrainian", "north korean").
    case demonym
    /// A possessive ("ukraine's").
    case possessive
    /// Initials used as an adjective ("us", "nato", "eu").
    case initials
    /// A seat of government standing for part of it ("pentagon", "kremlin").
    case seat
    /// A word of a place name with no affiliation of its own ("north", "korean").
    case part
    /// A region or city within a state ("kursk", "donetsk"): it affiliates, but alone it is not
    /// the state's government. The kind a case's own places take unless they say otherwise.
    case region

    /// Whether a phrase of this kind, right before "experts", "analysts" and the like, names
    /// what they study rather than whom they work for ("North Korea experts").
    public var namesSubjectMatter: Bool { [.country, .capital, .body, .office, .region].contains(self) }

    /// Whether the phrase alone stands for its state's whole government ("Kyiv said"), not a
    /// part of it ("the Pentagon said").
    public var standsForGovernment: Bool { ![.seat, .office, .part, .region].contains(self) }
  }

  /// One phrase of the gazetteer.
  public struct Place: Hashable, Sendable {
    /// The phrase, lower-case, matched as whole words.
    public var phrase: String
    /// The state or body it ties to ("Ukraine", "NATO"), or nil for a `part`.
    public var affiliation: String?
    /// What the phrase is.
    public var kind: Kind

    /// A phrase tying to `affiliation`.
    public init(phrase: String, affiliation: String?, kind: Kind) {
      self.phrase = phrase
      self.affiliation = affiliation
      self.kind = kind
    }
  }

  /// The phrases, in the order they are tried.
  public private(set) var places: [Place]

  /// The phrases that affiliate, in order: every place but the parts of names.
  public private(set) var affiliations: [(phrase: String, affiliation: String, kind: Kind)]

  /// Every state and body a phrase ties to: their officials speak for one party.
  public private(set) var states: Set<String>

  /// A gazetteer of `places`.
  public init(places: [Place]) {
    self.places = places
    affiliations = places.compactMap { place in place.affiliation.map { (place.phrase, $0, place.kind) } }
    states = Set(places.filter { $0.kind != .region }.compactMap(\.affiliation))
  }

  /// Two gazetteers are equal when they hold the same places in the same order.
  public static func == (lhs: Gazetteer, rhs: Gazetteer) -> Bool { lhs.places == rhs.places }

  /// Hashes the places, as `==` compares them.
  public func hash(into hasher: inout Hasher) { hasher.combine(places) }

  /// The gazetteer the library ships.
  public static let standard = Gazetteer(
    places: WordList.gazetteerAffiliations.rows.map { row in
      Place(phrase: row[0], affiliation: row[1].isEmpty ? nil : row[1], kind: Kind(rawValue: row[2]) ?? .part)
    })

  /// This gazetteer with `more` places tried first (a case's own places).
  public func adding(_ more: [Place]) -> Gazetteer {
    more.isEmpty ? self : Gazetteer(places: more + places)
  }
}
