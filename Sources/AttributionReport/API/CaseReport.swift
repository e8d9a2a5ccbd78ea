import AttributionAnalysis
import AttributionDocuments
import AttributionExtraction
import AttributionGraph
import AttributionMap
import Foundation

/// An article as the report lists it.
public struct ReportArticle: Hashable, Codable, Sendable {
  /// The article's id (its file name without extension).
  public var id: String
  /// The article's path, relative to the case folder.
  public var path: String
  /// The publisher, when known.
  public var outlet: String?
  /// The headline, when known.
  public var title: String?
  /// The publication date as written, when known.
  public var date: String?
  /// Where it was published, when known; only http(s) addresses become links.
  public var url: String?

  /// An article entry.
  public init(
    id: String, path: String, outlet: String? = nil, title: String? = nil, date: String? = nil,
    url: String? = nil
  ) {
    self.id = id
    self.path = path
    self.outlet = outlet
    self.title = title
    self.date = date
    self.url = url
  }
}

/// Everything one case report shows, as data: the articles, the map, the claims with their
/// assessments, the sourcing audit and the outlets' scorecards. ``HTMLReport`` writes it.
public struct CaseReport: Sendable {
  /// The case's title.
  public var title: String
  /// The articles read, in case order.
  public var articles: [ReportArticle]
  /// Articles that could not be read, one message each (file and reason).
  public var unreadable: [String]
  /// The attribution map as SVG markup, without XML prolog or DOCTYPE; nil when not drawn.
  public var map: String?
  /// Why there is no map, when there is none (a layout past its time limit), shown in its place.
  public var mapNote: String?
  /// The case at a glance (an `OverviewMap` as SVG markup), shown before the full map; nil
  /// when not drawn.
  public var overview: String?
  /// Whether the full map is small enough to open with the page (else it is one click away).
  public var mapIsSmall = false
  /// Every claim's assessment, in the model's order (best supported first).
  public var claims: [ClaimAssessment]
  /// The sourcing audit of every claim, with its findings.
  public var audit: AuditReport
  /// One scorecard per publisher.
  public var scorecards: [OutletScorecard]
  /// Each claim's own chain map as inline SVG, by claim id (see ``ClaimMaps``); a claim
  /// without one is listed without its map.
  public var claimMaps: [String: String] = [:]
  /// Why some claims have no chain map, when some have none.
  public var claimMapsNote: String?
  /// How the articles were read (`AttributionGraph.extraction`), shown under the title.
  public var extraction: String?

  /// A report of these parts.
  public init(
    title: String, articles: [ReportArticle], unreadable: [String] = [], map: String?,
    claims: [ClaimAssessment], audit: AuditReport, scorecards: [OutletScorecard]
  ) {
    self.title = title
    self.articles = articles
    self.unreadable = unreadable
    self.map = map
    self.claims = claims
    self.audit = audit
    self.scorecards = scorecards
  }

  /// The report of `aCase`, whose graph is `graph`: claims scored by `model` (or `assessments`,
  /// the same model's assessments of `graph` when the caller has them already: the claims are
  /// scored once), chains audited by a `SourcingAuditor` with the same model, and `svg` (a
  /// rendered `AttributionMap`, or nil) inlined. Article paths are shown relative to the case
  /// folder, so the report does not depend on where the case lies.
  public init(
    case aCase: Case, graph: AttributionGraph, model: CorroborationModel = CorroborationModel(),
    assessments: [ClaimAssessment]? = nil, svg: Data?
  ) {
    let folder = aCase.directory.standardizedFileURL.path
    let documents = aCase.documents.map { document in
      var shown = document
      shown.path = Self.relative(document.path, to: folder)
      return shown
    }
    let claims = assessments ?? model.assess(graph)
    self.init(
      title: graph.title,
      articles: documents.map { document in
        ReportArticle(
          id: document.id, path: document.path, outlet: document.metadata.outlet,
          title: document.metadata.title, date: document.metadata.date, url: document.metadata.url)
      },
      unreadable: aCase.problems.map { problem in
        var shown = problem
        shown.file = Self.relative(problem.file, to: folder)
        return shown.description
      },
      map: svg.flatMap { Self.inlineSVG(String(decoding: $0, as: UTF8.self)) },
      claims: claims,
      audit: SourcingAuditor(model: model, documents: documents).audit(graph, assessments: claims),
      scorecards: OutletScorecard.scorecards(
        documents: documents.map { ($0.id, $0.metadata.outlet) }, graph: graph,
        assessments: claims))
    extraction = graph.extraction
  }

  /// Draws the maps that cost little whatever the case's size: the `OverviewMap` of the
  /// claims and each claim's chain map (``ClaimMaps``) from `graph`, the graph the report is
  /// of. The full map is given by the caller (``map``), which can bound its layout time.
  public mutating func drawSmallMaps(graph: AttributionGraph) throws {
    let drawn = try OverviewMap(title: graph.title, assessments: claims).render(.svg)
    overview = Self.inlineSVG(String(decoding: drawn.data, as: UTF8.self))
      .map { ClaimMaps.uniqueIDs($0, prefix: "overview_") }
    (claimMaps, claimMapsNote) = ClaimMaps.render(graph: graph, claims: claims, audit: audit)
  }

  /// A case whose graph has more nodes than this gets the overview and per-claim maps in its
  /// report, not the full map, which would take minutes to lay out and could not be read;
  /// `attribution map` still draws it.
  public static let fullMapNodeLimit = 1500
  /// A full map of at most this many nodes opens with the page; a larger one is a click away,
  /// under the overview.
  public static let smallMapNodeLimit = 40

  /// The indices of `claims` in the order a fact-checker works through them: the claims that
  /// are not corroborated first, each group in the model's order (best supported first).
  public static func checkingOrder(_ claims: [ClaimAssessment]) -> [Int] {
    claims.indices.sorted { a, b in
      let (first, second) = (claims[a].isCorroborated, claims[b].isCorroborated)
      return first == second ? a < b : !first
    }
  }

  /// `svg` from its `<svg` element on: the XML declaration, DOCTYPE and leading comments,
  /// which do not belong inside HTML, removed; nil when there is no `<svg` element.
  public static func inlineSVG(_ svg: String) -> String? {
    guard let start = svg.range(of: "<svg") else { return nil }
    return String(svg[start.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private static func relative(_ path: String, to folder: String) -> String {
    let standard = URL(fileURLWithPath: path).standardizedFileURL.path
    return standard.hasPrefix(folder + "/") ? String(standard.dropFirst(folder.count + 1)) : path
  }
}
