import AttributionAnalysis
import AttributionDocuments
import AttributionExtraction
import AttributionGraph

/// How one publisher sources what it prints: the attributions in its articles, how many name
/// their source, how many of the claims it carries are not corroborated, and how often it says
/// it could not verify something.
public struct OutletScorecard: Hashable, Codable, Sendable {
  /// The publisher's name, or for an article without one, "article <id>".
  public var outlet: String
  /// The publisher's articles (their ids), in case order.
  public var articles: [String]
  /// The attributions its articles carry: statements about claims, each read once.
  public var attributions: Int
  /// Attributions with a source in the text (the rest are the article's own voice: "cannot be
  /// independently confirmed").
  public var sourced: Int
  /// Sourced attributions whose source is named (a person on the record, or an institution).
  public var named: Int
  /// Sourced attributions whose source is unnamed or bare.
  public var anonymous: Int
  /// The distinct claims its attributions concern.
  public var claims: Int
  /// Those of them that are not corroborated.
  public var uncorroborated: Int
  /// The lines of its articles that say a claim could not be verified.
  public var couldNotVerifyLines: Int

  /// A scorecard with these counts.
  public init(
    outlet: String, articles: [String], attributions: Int, sourced: Int, named: Int,
    anonymous: Int, claims: Int, uncorroborated: Int, couldNotVerifyLines: Int
  ) {
    self.outlet = outlet
    self.articles = articles
    self.attributions = attributions
    self.sourced = sourced
    self.named = named
    self.anonymous = anonymous
    self.claims = claims
    self.uncorroborated = uncorroborated
    self.couldNotVerifyLines = couldNotVerifyLines
  }

  /// Named sources as a fraction of sourced attributions; nil when there are none.
  public var namedShare: Double? { Self.share(named, of: sourced) }
  /// Anonymous sources as a fraction of sourced attributions; nil when there are none.
  public var anonymousShare: Double? { Self.share(anonymous, of: sourced) }
  /// Uncorroborated claims as a fraction of the claims carried; nil when there are none.
  public var uncorroboratedShare: Double? { Self.share(uncorroborated, of: claims) }

  private static func share(_ part: Int, of whole: Int) -> Double? {
    whole == 0 ? nil : Double(part) / Double(whole)
  }

  /// One scorecard per publisher of the articles in `documents` (ids in case order, with their
  /// outlet when known), from the statements in `graph` and the claims' `assessments`.
  /// Publishers appear in the order of their first article.
  public static func scorecards(
    documents: [(id: String, outlet: String?)], graph: AttributionGraph,
    assessments: [ClaimAssessment]
  ) -> [OutletScorecard] {
    let corroborated = Set(assessments.filter(\.isCorroborated).map(\.id))
    var publisher: [String: String] = [:]
    var order: [String] = []
    var articles: [String: [String]] = [:]
    for document in documents {
      let name = document.outlet ?? "article \(document.id)"
      publisher[document.id] = name
      if articles[name] == nil { order.append(name) }
      articles[name, default: []].append(document.id)
    }
    var tallies: [String: Tally] = [:]
    for edge in graph.edges where statementKinds.contains(edge.kind) {
      guard graph.node(edge.to)?.kind == .claim else { continue }
      let grade = graph.node(edge.from).map(SourcingGrade.init(of:))
      for evidence in edge.evidence {
        let name = publisher[evidence.document] ?? evidence.outlet ?? "article \(evidence.document)"
        if articles[name] == nil {
          order.append(name)
          articles[name] = [evidence.document]
        }
        tallies[name, default: Tally()].add(
          evidence, kind: edge.kind, claim: edge.to, grade: grade,
          corroborated: corroborated.contains(edge.to))
      }
    }
    return order.map { name in
      let tally = tallies[name] ?? Tally()
      return OutletScorecard(
        outlet: name, articles: articles[name] ?? [], attributions: tally.attributions.count,
        sourced: tally.named + tally.anonymous, named: tally.named, anonymous: tally.anonymous,
        claims: tally.claims.count, uncorroborated: tally.uncorroborated.count,
        couldNotVerifyLines: tally.couldNotVerifyLines.count)
    }
  }

  private static let statementKinds: Set<EdgeKind> = [.said, .confirmed, .couldNotVerify, .denied]

  /// One attribution: where its cue stands and what it says.
  private struct AttributionKey: Hashable {
    var document: String
    var cue: [TextSpan]
    var content: [TextSpan]
    var claim: String
  }

  /// A place in an article: its id and line.
  private struct ArticleLine: Hashable {
    var document: String
    var line: Int
  }

  /// Counts for one publisher, filled edge by edge.
  private struct Tally {
    var attributions: Set<AttributionKey> = []
    var named = 0
    var anonymous = 0
    var claims: Set<String> = []
    var uncorroborated: Set<String> = []
    var couldNotVerifyLines: Set<ArticleLine> = []

    mutating func add(
      _ evidence: Evidence, kind: EdgeKind, claim: String, grade: SourcingGrade?,
      corroborated: Bool
    ) {
      let key = AttributionKey(
        document: evidence.document, cue: evidence.cue.spans, content: evidence.content,
        claim: claim)
      guard attributions.insert(key).inserted else { return }
      claims.insert(claim)
      if !corroborated { uncorroborated.insert(claim) }
      if kind == .couldNotVerify {
        couldNotVerifyLines.insert(ArticleLine(document: evidence.document, line: evidence.line))
      }
      guard !evidence.source.isEmpty, let grade else { return }
      if grade.isAnonymous { anonymous += 1 } else { named += 1 }
    }
  }
}
