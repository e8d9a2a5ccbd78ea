import AttributionGraph

/// What the articles do for one claim, in one word each; a claim carries every status that fits
/// ("single-party" and "unverified", "corroborated" and "contested").
public enum ClaimStatus: String, Codable, CaseIterable, Sendable, Comparable {
  /// The one of `statuses` a claim is shown by: its support (corroborated, single party, single
  /// source, unsourced), except that support from anonymous sources alone is shown as that,
  /// however many parties it spans.
  public static func primary(of statuses: [ClaimStatus]) -> ClaimStatus {
    if statuses.contains(.anonymousOnly) { return .anonymousOnly }
    return statuses.sorted().first { $0 != .contested && $0 != .unverified && $0 != .denied }
      ?? statuses.first ?? .unsourced
  }

  /// At least two independent parties state it.
  case corroborated
  /// Several sources state it, all speaking for one party (one government, one outlet group).
  case singleParty = "single-party"
  /// Exactly one source states it.
  case singleSource = "single-source"
  /// Every source that states it is unnamed.
  case anonymousOnly = "anonymous-only"
  /// Nobody in the articles states it; it appears only as checked or denied.
  case unsourced
  /// Someone looked and could not confirm it ("cannot be independently confirmed").
  case unverified
  /// Someone denied it.
  case denied
  /// Another claim gives a different figure for the same quantity.
  case contested

  /// Statuses in the order above: corroborated first.
  public static func < (lhs: ClaimStatus, rhs: ClaimStatus) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// One original statement about a claim: a source and what it did, however many articles and
/// outlets relay it.
public struct Origin: Hashable, Codable, Sendable {
  /// The source's node id.
  public var source: String
  /// The source's name or description.
  public var label: String
  /// What the source did with the claim (said, confirmed, could not verify, denied), in graph
  /// order.
  public var statements: [EdgeKind]
  /// How well the source is identified.
  public var grade: SourcingGrade
  /// The party the source speaks for: its independence class, or its own name when it has none.
  public var party: String
  /// The media the source used (Telegram, "KBS interview").
  public var channels: [String]
  /// How many pieces of evidence report the statement.
  public var mentions: Int
  /// The articles that report it.
  public var documents: [String]
  /// The outlets at the start of the chains that carry it to the reader.
  public var reportedBy: [String]

  /// An origin; `mentions` counts the pieces of evidence that report it.
  public init(
    source: String, label: String, statements: [EdgeKind], grade: SourcingGrade, party: String,
    channels: [String] = [], mentions: Int = 1, documents: [String] = [], reportedBy: [String] = []
  ) {
    self.source = source
    self.label = label
    self.statements = statements
    self.grade = grade
    self.party = party
    self.channels = channels
    self.mentions = mentions
    self.documents = documents
    self.reportedBy = reportedBy
  }
}

/// Why some evidence for a claim was not counted as further corroboration.
public enum DiscountReason: String, Codable, CaseIterable, Sendable {
  /// Several outlets or articles relaying one statement: counted once.
  case echo
  /// A further source from a party already counted: not independent.
  case sameParty = "same-party"
  /// A source that cites another source of the same claim: its statement derives from that one.
  case relay
  /// A co-signer of a statement another source made with it ("Cummings and Conyers wrote in a
  /// letter"): one statement, one origin.
  case jointStatement = "joint-statement"
}

/// Evidence that was seen but not counted, and why.
public struct Discount: Hashable, Codable, Sendable {
  /// Why it was not counted.
  public var reason: DiscountReason
  /// The source concerned.
  public var source: String
  /// The source's name or description.
  public var label: String
  /// The explanation, in a sentence a reader can check against the articles.
  public var explanation: String

  /// Evidence of `source` not counted, for `reason`.
  public init(reason: DiscountReason, source: String, label: String, explanation: String) {
    self.reason = reason
    self.source = source
    self.label = label
    self.explanation = explanation
  }
}

/// A figure one claim gives for a quantity that other claims state differently.
public struct ContestedFigure: Hashable, Codable, Sendable {
  /// The claim's node id.
  public var claim: String
  /// The figure as written ("at least 10,000").
  public var figure: String

  /// The figure `figure` as the claim `claim` gives it.
  public init(claim: String, figure: String) {
    self.claim = claim
    self.figure = figure
  }
}

/// The disagreement a contested claim belongs to: every figure given, and their range.
public struct Contest: Hashable, Codable, Sendable {
  /// The figure this claim gives, when the graph records it.
  public var figure: String?
  /// Every figure for the quantity, smallest first (figures that cannot be read as numbers last).
  public var figures: [ContestedFigure]
  /// The smallest figure given.
  public var low: String
  /// The largest figure given.
  public var high: String

  /// A disagreement over `figures`, from `low` to `high`.
  public init(figure: String?, figures: [ContestedFigure], low: String, high: String) {
    self.figure = figure
    self.figures = figures
    self.low = low
    self.high = high
  }

  /// "8,000–12,000", or the one figure when all agree.
  public var range: String { low == high ? low : "\(low)–\(high)" }
}

/// How well one claim is supported, and why: the result of scoring it.
public struct ClaimAssessment: Hashable, Codable, Sendable, Identifiable {
  /// The claim's node id.
  public var id: String
  /// The claim's text.
  public var text: String
  /// Every status that applies, in ``ClaimStatus`` order.
  public var status: [ClaimStatus]
  /// The corroboration score in [0, 1]: higher means more, better and more independent support.
  public var score: Double
  /// The original statements that support the claim and were counted.
  public var origins: [Origin]
  /// Statements against it: could-not-verify and denials.
  public var negative: [Origin]
  /// Evidence seen but not counted, with the reason.
  public var discounted: [Discount]
  /// The independent parties among the counted origins.
  public var parties: [String]
  /// The figures in dispute, for a contested claim.
  public var contest: Contest?
  /// True when most statements of the claim are of opinion, evaluation or demand ("defies
  /// explanation", "should resign"), not of fact: such a claim is left out of the
  /// uncorroborated list unless everything is asked for.
  public var opinion: Bool
  /// One line saying why the claim has its status.
  public var reason: String
  /// The score's derivation, one step a line.
  public var explanation: [String]

  /// An assessment; ``CorroborationModel`` makes them from a graph.
  public init(
    id: String, text: String, status: [ClaimStatus], score: Double, origins: [Origin] = [],
    negative: [Origin] = [], discounted: [Discount] = [], parties: [String] = [],
    contest: Contest? = nil, opinion: Bool = false, reason: String, explanation: [String] = []
  ) {
    self.id = id
    self.text = text
    self.status = status
    self.score = score
    self.origins = origins
    self.negative = negative
    self.discounted = discounted
    self.parties = parties
    self.contest = contest
    self.opinion = opinion
    self.reason = reason
    self.explanation = explanation
  }

  /// True when at least two independent parties support the claim.
  public var isCorroborated: Bool { status.contains(.corroborated) }

  /// The status a map or report shows the claim by: what its support is (corroborated, single
  /// party, single source, unsourced), except that support from anonymous sources alone is
  /// shown as that, however many parties it spans.
  public var primaryStatus: ClaimStatus { ClaimStatus.primary(of: status) }
}
