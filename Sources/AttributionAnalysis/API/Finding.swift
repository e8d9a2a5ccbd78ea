import AttributionDocuments
import AttributionExtraction

/// How much a finding matters.
public enum Severity: String, Codable, CaseIterable, Sendable, Comparable {
  /// Worth knowing; nothing wrong in itself (an echo, a translation hop).
  case note
  /// Weak sourcing a reader should weigh (an anonymous root, an unnamed outlet).
  case warning
  /// Sourcing that cannot be checked at all (a bare "a source", circular citation).
  case error

  /// Notes sort first, errors last.
  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// What a finding is about.
public enum FindingKind: String, Codable, CaseIterable, Sendable {
  /// A chain ends at an unnamed source that at least says why it would know.
  case anonymousRoot = "anonymous-root"
  /// A chain ends at a source with no description: "a source", "reports".
  case bareSource = "bare-source"
  /// A chain ends at an outlet the article does not name ("South Korean media").
  case unnamedOutlet = "unnamed-outlet"
  /// An outlet is cited but nothing it said can be traced in the articles.
  case untraceableCitation = "untraceable-citation"
  /// Outlets cite each other in a circle.
  case circularCitation = "circular-citation"
  /// Several outlets or articles relay one statement: one origin, many mentions.
  case echo
  /// A statement reaches the reader through someone else's translation.
  case translationHop = "translation-hop"
  /// A claim is stated only by sources of one party.
  case singlePartyClaim = "single-party-claim"
  /// A claim is stated only by unnamed sources.
  case anonymousOnlyClaim = "anonymous-only-claim"

  /// The severity a finding of this kind has.
  public var severity: Severity {
    switch self {
    case .echo, .translationHop, .singlePartyClaim: .note
    case .anonymousRoot, .unnamedOutlet, .untraceableCitation, .anonymousOnlyClaim: .warning
    case .bareSource, .circularCitation: .error
    }
  }
}

/// One problem or fact about sourcing, located in an article: data that reporters turn into text
/// or JSON and tests compare directly.
public struct Finding: Hashable, Codable, Sendable {
  /// What the finding is about.
  public var kind: FindingKind
  /// How much it matters.
  public var severity: Severity
  /// One sentence saying what was found.
  public var message: String
  /// Where in an article it shows (`file:line:column`), when it has one place.
  public var location: SourceLocation?
  /// Further detail: the chain, the other places, the rule behind the finding.
  public var notes: [String]
  /// The claim the finding concerns, if it concerns one.
  public var claim: String?
  /// The nodes involved.
  public var nodes: [String]

  /// A finding; its severity defaults to the one its kind has.
  public init(
    kind: FindingKind, severity: Severity? = nil, message: String, location: SourceLocation? = nil,
    notes: [String] = [], claim: String? = nil, nodes: [String] = []
  ) {
    self.kind = kind
    self.severity = severity ?? kind.severity
    self.message = message
    self.location = location
    self.notes = notes
    self.claim = claim
    self.nodes = nodes
  }
}
