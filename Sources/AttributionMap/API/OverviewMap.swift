import AttributionAnalysis
import AttributionGraph
import Foundation
import Graphviz

/// A case at a glance, whatever its size: the outlets that report (left), the parties their
/// sources speak for (middle: every source of one party is one node, with its count) and the
/// claims by status (right). An edge from an outlet to a party counts the claims it carries
/// from that party's sources; an edge from a party to a status counts that party's claims of
/// the status. Its size is bounded (``partyLimit``, ``outletLimit``, and an outlet–party edge is
/// drawn only when it is among the ``edgeLimit`` largest of its outlet or of its party), so it is
/// laid out in about a second even for a corpus, and stays readable at page width where the full
/// map of a large case cannot.
public struct OverviewMap: Sendable {
  /// At most this many parties are drawn, the ones with the most claims; the rest are one node.
  public static let partyLimit = 24
  /// At most this many outlets are drawn, the ones carrying the most claims; the rest are one node.
  public static let outletLimit = 16
  /// An outlet–party edge is drawn when it is among this many largest of its outlet's or its
  /// party's; the claims of the others still count in the nodes' totals.
  public static let edgeLimit = 4

  /// The case's title, drawn above.
  public var title: String
  /// The claims' assessments.
  public var assessments: [ClaimAssessment]

  /// The overview of the claims `assessments` of the case `title`.
  public init(title: String, assessments: [ClaimAssessment]) {
    self.title = title
    self.assessments = assessments
  }

  /// Renders the overview as `format` (laid out by `dot`); DOT is the graph before layout.
  public func render(_ format: OutputFormat) throws -> RenderedMap {
    let graph = graphviz
    if format == .dot {
      return RenderedMap(data: Data(try graph.dotSource().utf8), engine: .dot, diagnostics: [])
    }
    let rendered = try graph.render(format, layout: .dot)
    return RenderedMap(data: rendered.data, engine: .dot, diagnostics: rendered.diagnostics)
  }

  /// The counts the picture shows.
  struct Tally {
    /// Claims per party, sources per party, claims per outlet.
    var partyClaims: [String: Set<String>] = [:]
    var partySources: [String: Set<String>] = [:]
    var outletClaims: [String: Set<String>] = [:]
    /// Claims per (outlet, party) and per (party, status).
    var carried: [Pair: Set<String>] = [:]
    var stated: [Pair: Set<String>] = [:]
    var statusClaims: [ClaimStatus: Int] = [:]

    struct Pair: Hashable {
      var from: String
      var to: String
    }
  }

  static let otherParties = "other parties"
  static let otherOutlets = "other outlets"
  static let noSource = "no source in the text"

  func tally() -> Tally {
    var tally = Tally()
    let parties = Self.top(
      assessments.reduce(into: [String: Set<String>]()) { counts, claim in
        for origin in claim.origins { counts[origin.party, default: []].insert(claim.id) }
      }, limit: Self.partyLimit)
    let outlets = Self.top(
      assessments.reduce(into: [String: Set<String>]()) { counts, claim in
        for origin in claim.origins { for outlet in origin.reportedBy { counts[outlet, default: []].insert(claim.id) } }
      }, limit: Self.outletLimit)
    for claim in assessments {
      let status = claim.primaryStatus
      tally.statusClaims[status, default: 0] += 1
      let origins = claim.origins
      if origins.isEmpty {
        tally.partyClaims[Self.noSource, default: []].insert(claim.id)
        tally.stated[Tally.Pair(from: Self.noSource, to: status.rawValue), default: []].insert(claim.id)
      }
      for origin in origins {
        let party = parties.contains(origin.party) ? origin.party : Self.otherParties
        tally.partyClaims[party, default: []].insert(claim.id)
        tally.partySources[party, default: []].insert(origin.source)
        tally.stated[Tally.Pair(from: party, to: status.rawValue), default: []].insert(claim.id)
        for reporter in origin.reportedBy {
          let outlet = outlets.contains(reporter) ? reporter : Self.otherOutlets
          tally.outletClaims[outlet, default: []].insert(claim.id)
          tally.carried[Tally.Pair(from: outlet, to: party), default: []].insert(claim.id)
        }
      }
    }
    tally.carried = Self.strongest(tally.carried, limit: Self.edgeLimit)
    return tally
  }

  /// The edges of `edges` that are among the `limit` largest of their source or of their target.
  private static func strongest(_ edges: [Tally.Pair: Set<String>], limit: Int) -> [Tally.Pair: Set<String>] {
    let ranked = edges.sorted { ($1.value.count, $0.key.from, $0.key.to) < ($0.value.count, $1.key.from, $1.key.to) }
    var fromCount: [String: Int] = [:]
    var toCount: [String: Int] = [:]
    var kept: [Tally.Pair: Set<String>] = [:]
    for (pair, claims) in ranked {
      let fromRank = fromCount[pair.from, default: 0]
      let toRank = toCount[pair.to, default: 0]
      fromCount[pair.from] = fromRank + 1
      toCount[pair.to] = toRank + 1
      if fromRank < limit || toRank < limit { kept[pair] = claims }
    }
    return kept
  }

  /// The `limit` keys with the largest sets (ties by name).
  private static func top(_ counts: [String: Set<String>], limit: Int) -> Set<String> {
    Set(ranked(counts).prefix(limit).map(\.key))
  }

  /// `counts` with the largest sets first, ties by name.
  private static func ranked(_ counts: [String: Set<String>]) -> [(key: String, value: Set<String>)] {
    counts.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }
  }

  /// The styled Graphviz graph.
  public var graphviz: Graph {
    let tally = tally()
    var root = Graph(
      name: "attribution_overview",
      attributes: [
        "rankdir": "LR", "fontname": .string(MapStyle.font), "labelloc": "t", "fontsize": 18,
        "label": .label(.text("\(title): overview")), "nodesep": 0.2, "ranksep": 1.4,
        // Counts as external labels: placed after layout, they do not push nodes apart.
        "forcelabels": "true",
      ],
      nodeDefaults: ["fontname": .string(MapStyle.font), "fontsize": 12, "style": "filled", "penwidth": 1.2],
      edgeDefaults: ["fontname": .string(MapStyle.font), "fontsize": 10, "arrowsize": 0.6])
    func id(_ kind: String, _ name: String) -> String { "\(kind):\(name)" }
    func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
    for (outlet, claims) in Self.ranked(tally.outletClaims) {
      root.nodes.append(Graphviz.Node(id("outlet", outlet), attributes: [
        "shape": "box", "style": "rounded,filled", "fillcolor": "#DDEBF7", "color": "#0072B2",
        "label": .label(.html(.text([
          .bold([.plain(MapStyle.wrap(outlet, width: 30, lines: 2))]), .lineBreak,
          MapStyle.small(plural(claims.count, "claim")),
        ]))),
        "tooltip": .string("\(outlet): carries \(plural(claims.count, "claim"))"),
      ]))
    }
    for (party, claims) in Self.ranked(tally.partyClaims) {
      let sources = tally.partySources[party]?.count ?? 0
      let detail = party == Self.noSource ? plural(claims.count, "claim") : "\(plural(sources, "source")) · \(plural(claims.count, "claim"))"
      root.nodes.append(Graphviz.Node(id("party", party), attributes: [
        "shape": "ellipse", "fillcolor": party == Self.noSource ? "#FFFFFF" : "#FFF1CC", "color": "#E69F00",
        "style": party == Self.noSource ? "filled,dashed" : "filled",
        "label": .label(.html(.text([.bold([.plain(MapStyle.wrap(party, width: 30, lines: 2))]), .lineBreak, MapStyle.small(detail)]))),
        "tooltip": .string("\(party): \(detail)"),
      ]))
    }
    for status in ClaimStatus.allCases {
      guard let count = tally.statusClaims[status] else { continue }
      let look = MapStyle.StatusLook.of(status)
      var style = ["filled"]
      if let border = look.border { style.append(border) }
      root.nodes.append(Graphviz.Node(id("status", status.rawValue), attributes: [
        "shape": "note", "fillcolor": .string(look.fill), "color": .string(look.line),
        "style": .string(style.joined(separator: ",")), "penwidth": 2,
        "label": .label(.html(.text([.bold([.plain(status.rawValue.uppercased())]), .lineBreak, .plain(plural(count, "claim"))]))),
        "tooltip": .string("\(plural(count, "claim")) \(status.rawValue)"),
      ]))
    }
    let largest = max(1, (Array(tally.carried.values) + Array(tally.stated.values)).map(\.count).max() ?? 1)
    func width(_ count: Int) -> AttributeValue {
      .string(String(format: "%.2f", 1 + 5 * Double(count) / Double(largest)))
    }
    for (pair, claims) in tally.carried.sorted(by: { ($0.key.from, $0.key.to) < ($1.key.from, $1.key.to) }) {
      root.edges.append(Graphviz.Edge(from: id("outlet", pair.from), to: id("party", pair.to), attributes: [
        "color": "#0072B2", "style": "dashed", "arrowhead": "vee", "penwidth": width(claims.count),
        "xlabel": .label(.text("\(claims.count)")), "fontcolor": "#0062A0",
        "tooltip": .string("\(pair.from) carries \(plural(claims.count, "claim")) from \(pair.to)"),
      ]))
    }
    for (pair, claims) in tally.stated.sorted(by: { ($0.key.from, $0.key.to) < ($1.key.from, $1.key.to) }) {
      root.edges.append(Graphviz.Edge(from: id("party", pair.from), to: id("status", pair.to), attributes: [
        "color": "#333333", "penwidth": width(claims.count), "xlabel": .label(.text("\(claims.count)")),
        "tooltip": .string("\(pair.from): \(plural(claims.count, "claim")) \(pair.to)"),
      ]))
    }
    return root
  }
}
