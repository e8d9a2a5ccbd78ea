import AttributionGraph

/// How well a source is identified: the reliability half of the grading, kept apart from how
/// credible any one claim is (as the intelligence "Admiralty" system grades a source A–F apart
/// from the information's credibility 1–6).
///
/// A journalist can check the grade from the article alone: is the source named, is it a body
/// speaking as itself, does an anonymous source come with a reason to know, or is it bare?
public enum SourcingGrade: String, Codable, CaseIterable, Sendable, Comparable {
  /// A named person speaking on the record ("Rustem Umerov, Ukraine's defense minister").
  case named
  /// A named government body, organization or outlet speaking as itself ("the Pentagon", "ISW").
  case institution
  /// An unnamed source whose description says why it would know ("an unnamed senior Ukrainian
  /// intelligence official", "a military intelligence source").
  case anonymousWithPosition = "anonymous-with-position"
  /// A source with no description at all ("a source", "reports"), or an outlet the article does
  /// not name ("South Korean media").
  case bare

  /// The weight of one statement from a source of this grade, in [0, 1].
  public var weight: Double {
    switch self {
    case .named: 1.0
    case .institution: 0.8
    case .anonymousWithPosition: 0.5
    case .bare: 0.25
    }
  }

  /// A short description for reports ("named on the record").
  public var summary: String {
    switch self {
    case .named: "named on the record"
    case .institution: "institution statement"
    case .anonymousWithPosition: "anonymous, with a position to know"
    case .bare: "bare source"
    }
  }

  /// True for grades that do not name the source.
  public var isAnonymous: Bool { self == .anonymousWithPosition || self == .bare }

  /// Better grades sort first.
  public static func < (lhs: SourcingGrade, rhs: SourcingGrade) -> Bool {
    lhs.weight > rhs.weight
  }

  /// The grade of `node` as a source.
  public init(of node: Node) {
    switch node.kind {
    case .outlet where node.unnamed:
      self = .bare
    case _ where node.anonymous:
      self = Descriptor.hasPosition(node) ? .anonymousWithPosition : .bare
    case .person:
      self = .named
    case .institution, .outlet, .channel, .claim:
      self = .institution
    }
  }
}
