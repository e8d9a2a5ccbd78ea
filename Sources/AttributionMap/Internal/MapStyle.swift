import AttributionAnalysis
import AttributionGraph
import Graphviz

/// The look of the map. Colours come from the Okabe–Ito palette, which readers with colour
/// vision deficiencies can tell apart, and every kind differs in shape or line style too.
struct MapStyle {
  var graph: AttributionGraph
  var assessments: [String: ClaimAssessment]
  var showsLegend: Bool
  var highlighted: Set<String>

  static let font = "Helvetica"

  func styledGraph() -> Graph {
    var root = Graph(
      name: "attribution_map",
      attributes: [
        "rankdir": "LR", "fontname": .string(Self.font), "labelloc": "t", "fontsize": 18,
        "label": .label(.text(graph.title)), "nodesep": 0.25, "ranksep": 0.6,
        "overlap": "prism", "outputorder": "edgesfirst",
      ],
      nodeDefaults: ["fontname": .string(Self.font), "fontsize": 11, "style": "filled", "penwidth": 1.2],
      edgeDefaults: ["fontname": .string(Self.font), "fontsize": 9, "arrowsize": 0.7])
    var clusters: [String: [Graphviz.Node]] = [:]
    for node in graph.nodes {
      var styled = Self.node(node)
      if node.kind == .claim, let assessment = assessments[node.id] {
        styled.attributes.merge(Self.claimStyle(node, assessment)) { _, new in new }
      }
      if highlighted.contains(node.id) { styled.attributes["penwidth"] = 4 }
      if let affiliation = node.affiliation, node.kind == .person || node.kind == .institution {
        clusters[affiliation, default: []].append(styled)
      } else {
        root.nodes.append(styled)
      }
    }
    root.subgraphs = clusters.keys.sorted().map { affiliation in
      Subgraph(
        name: "affiliation_" + affiliation.filter { $0.isLetter || $0.isNumber },
        attributes: [
          "label": .label(.text(affiliation)), "style": "rounded,dashed", "color": "gray55",
          "fontcolor": "gray30", "fontsize": 12,
        ],
        nodes: clusters[affiliation] ?? [])
    }
    root.edges = graph.edges.map(edge)
    if showsLegend { root.subgraphs.append(Self.legend()) }
    return root
  }

  // MARK: Nodes

  static func node(_ node: AttributionNode) -> Graphviz.Node {
    var attributes: Attributes = ["tooltip": .string(tooltip(node))]
    if let url = node.url { attributes[.url] = .string(url) }
    switch node.kind {
    case .outlet:
      attributes[.shape] = "box"
      attributes[.style] = node.unnamed ? "rounded,filled,dashed" : "rounded,filled"
      attributes[.fillcolor] = "#DDEBF7"
      attributes[.color] = "#0072B2"
      attributes[.label] = .label(.html(.text([.bold([.plain(wrap(node.label, width: 40, lines: 2))])] + (node.unnamed ? [.lineBreak, small("unnamed outlet")] : []))))
    case .person:
      attributes[.shape] = "ellipse"
      attributes[.style] = node.anonymous ? "filled,dashed" : "filled"
      attributes[.fillcolor] = node.anonymous ? "#FFFFFF" : "#FFF1CC"
      attributes[.color] = "#E69F00"
      let name: HTMLText = node.anonymous ? .italic([.plain(wrap(node.label, width: 28, lines: 3))]) : .bold([.plain(wrap(node.label, width: 40, lines: 2))])
      var lines: [HTMLText] = [name]
      if let role = node.role, !node.anonymous { lines += [.lineBreak, small(wrap(role, width: 32, lines: 2))] }
      attributes[.label] = .label(.html(.text(lines)))
    case .institution:
      attributes[.shape] = "component"
      attributes[.fillcolor] = "#DDF2E8"
      attributes[.color] = "#009E73"
      attributes[.label] = .label(.html(.text([.bold([.plain(wrap(node.label, width: 40, lines: 2))])])))
    case .channel:
      attributes[.shape] = "cds"
      attributes[.fillcolor] = "#EEEEEE"
      attributes[.color] = "gray40"
      attributes[.label] = .label(.text(wrap(node.label, width: 40, lines: 2)))
    case .claim:
      attributes[.shape] = "note"
      attributes[.fillcolor] = "#FFFFFF"
      attributes[.color] = "gray30"
      attributes[.label] = .label(.text(wrap(node.label, width: 34, lines: 5), alignment: .left))
    }
    return Graphviz.Node(node.id, attributes: attributes)
  }

  /// A claim drawn by its status: fill colour, border pattern, a double border when contested,
  /// and the status written on its first line, so colour is never the only cue.
  static func claimStyle(_ node: AttributionNode, _ assessment: ClaimAssessment) -> Attributes {
    let primary = assessment.primaryStatus
    let look = StatusLook.of(primary)
    var style = ["filled"]
    if let border = look.border { style.append(border) }
    if assessment.status.contains(.unverified) || assessment.status.contains(.denied) {
      style.append("diagonals")
    }
    var statusLine = assessment.status.map(\.rawValue).joined(separator: ", ")
    statusLine += String(format: " · %.2f", assessment.score)
    if let contest = assessment.contest { statusLine += " · range \(contest.range)" }
    var attributes: Attributes = [
      "fillcolor": .string(look.fill), "color": .string(look.line), "style": .string(style.joined(separator: ",")),
      "label": .label(.html(.text([
        .font(HTMLFont(color: look.line, pointSize: 9), [.bold([.plain(statusLine.uppercased())])]),
        .lineBreak, .plain(wrap(node.label, width: 34, lines: 5)),
      ]))),
      "tooltip": .string("\(node.label)\n\n\(statusLine)\n\(assessment.reason)"),
    ]
    if assessment.status.contains(.contested) { attributes["peripheries"] = 2 }
    return attributes
  }

  static func small(_ text: String) -> HTMLText {
    .font(HTMLFont(color: "gray30", pointSize: 9), [.plain(text)])
  }

  static func tooltip(_ node: AttributionNode) -> String {
    var lines = [node.label]
    if let role = node.role { lines.append("Role: \(role)") }
    if let affiliation = node.affiliation { lines.append("Affiliation: \(affiliation)") }
    if !node.aliases.isEmpty { lines.append("Also: \(node.aliases.joined(separator: "; "))") }
    return lines.joined(separator: "\n")
  }

  /// The text broken into lines of at most `width` characters, at most `lines` of them, the last
  /// ending in an ellipsis when text was cut.
  static func wrap(_ text: String, width: Int, lines maximum: Int) -> String {
    var lines: [String] = []
    var current = ""
    var cut = false
    for word in text.split(whereSeparator: \.isWhitespace) {
      let word = word.count > width ? word.prefix(width - 1) + "…" : Substring(word)
      if current.isEmpty {
        current = String(word)
      } else if current.count + 1 + word.count <= width {
        current += " " + word
      } else {
        lines.append(current)
        current = String(word)
        if lines.count == maximum {
          cut = true
          break
        }
      }
    }
    if !cut && !current.isEmpty { lines.append(current) }
    if cut, var last = lines.popLast() {
      if last.count >= width { last = String(last.prefix(width - 1)) }
      lines.append(last + "…")
    }
    return lines.joined(separator: "\n")
  }

  /// Colours and border of a claim status (Okabe–Ito hues, light fills).
  struct StatusLook {
    var fill: String
    var line: String
    var border: String?

    static func of(_ status: ClaimStatus) -> StatusLook {
      switch status {
      case .corroborated: StatusLook(fill: "#D4EFE2", line: "#007A5A", border: "bold")
      case .singleParty: StatusLook(fill: "#FBE3C0", line: "#9A5E00", border: nil)
      case .singleSource: StatusLook(fill: "#FFF6C8", line: "#7A6A00", border: nil)
      case .anonymousOnly: StatusLook(fill: "#EDEDED", line: "#555555", border: "dashed")
      case .unsourced: StatusLook(fill: "#FFFFFF", line: "#555555", border: "dotted")
      case .unverified: StatusLook(fill: "#FFFFFF", line: "#A06F00", border: "dotted")
      case .denied: StatusLook(fill: "#F7D3C3", line: "#B34700", border: nil)
      case .contested: StatusLook(fill: "#F3DCEB", line: "#9E4F7F", border: nil)
      }
    }
  }

  // MARK: Edges

  func edge(_ edge: AttributionEdge) -> Graphviz.Edge {
    var attributes = Self.edgeStyle(edge.kind)
    if edge.kind == .contradicts {
      let figures = [edge.from, edge.to].compactMap { edge.figures[$0] }
      attributes[.label] = .label(.text(figures.joined(separator: " ≠ ")))
    }
    attributes[.tooltip] = .string(Self.evidenceTooltip(edge, graph: graph))
    if let url = edge.evidence.lazy.compactMap(\.url).first {
      attributes[.url] = .string(url)
    }
    return Graphviz.Edge(from: edge.from, to: edge.to, attributes: attributes)
  }

  static func edgeStyle(_ kind: EdgeKind) -> Attributes {
    switch kind {
    case .said: ["color": "#333333"]
    case .confirmed: ["color": "#009E73", "penwidth": 2.2, "label": .label(.text("confirmed")), "fontcolor": "#00704F"]
    case .cited: ["color": "#0072B2", "style": "dashed", "arrowhead": "vee"]
    case .couldNotVerify:
      ["color": "#E69F00", "style": "dotted", "penwidth": 2.2, "arrowhead": "odiamond", "label": .label(.text("could not verify")), "fontcolor": "#A06F00"]
    case .denied: ["color": "#D55E00", "penwidth": 2.2, "arrowhead": "tee", "label": .label(.text("denied")), "fontcolor": "#D55E00"]
    case .contradicts:
      // Not `constraint=false`, which would keep contradicting claims in one column: with
      // clusters it makes Graphviz 2.42's dot free memory twice when the layout is freed.
      ["color": "#CC79A7", "style": "bold,dashed", "dir": "both", "arrowhead": "odot", "arrowtail": "odot", "fontcolor": "#9E4F7F"]
    case .via: ["color": "gray55", "style": "dotted", "arrowhead": "none"]
    case .noComment:
      ["color": "#999999", "style": "dashed", "arrowhead": "odot", "label": .label(.text("no comment")), "fontcolor": "#6E6E6E"]
    }
  }

  static func evidenceTooltip(_ edge: AttributionEdge, graph: AttributionGraph) -> String {
    let from = graph.node(edge.from)?.label ?? edge.from
    let to = graph.node(edge.to)?.label ?? edge.to
    var lines = ["\(from) — \(edge.kind.inWords) → \(to)"]
    for evidence in edge.evidence.prefix(4) {
      let sentence = evidence.sentence.count > 300 ? evidence.sentence.prefix(299) + "…" : Substring(evidence.sentence)
      lines.append("• \(evidence.outlet ?? evidence.document) (\(evidence.document), line \(evidence.line)): \(sentence)")
    }
    if edge.evidence.count > 4 { lines.append("… and \(edge.evidence.count - 4) more") }
    return lines.joined(separator: "\n")
  }

  // MARK: Legend

  static func legend() -> Subgraph {
    let samples: [(NodeKind, String, Bool)] = [
      (.outlet, "Outlet", false), (.person, "Named person", false), (.person, "Anonymous source", true),
      (.institution, "Institution", false), (.channel, "Channel", false), (.claim, "Claim", false),
    ]
    var nodes = samples.enumerated().map { index, sample in
      var node = Self.node(AttributionNode(id: "legend:node\(index)", kind: sample.0, label: sample.1, anonymous: sample.2))
      node.attributes[.tooltip] = .string(sample.1)
      node.attributes["fontsize"] = 9
      return node
    }
    let statuses: [(ClaimStatus, [ClaimStatus])] = [
      (.corroborated, [.corroborated]), (.singleParty, [.singleParty]), (.singleSource, [.singleSource]),
      (.anonymousOnly, [.anonymousOnly]), (.singleSource, [.singleSource, .unverified]),
      (.singleSource, [.singleSource, .contested]),
    ]
    for (index, sample) in statuses.enumerated() {
      let node = AttributionNode(id: "legend:status\(index)", kind: .claim, label: "claim")
      let assessment = ClaimAssessment(
        id: node.id, text: "claim", status: sample.1, score: 0, origins: [], negative: [],
        discounted: [], parties: [], contest: nil, reason: "", explanation: [])
      var styled = Self.node(node)
      styled.attributes.merge(claimStyle(node, assessment)) { _, new in new }
      styled.attributes[.label] = .label(.html(.text([.bold([.plain(sample.1.map(\.rawValue).joined(separator: " + "))])])))
      styled.attributes[.tooltip] = .string(sample.1.map(\.rawValue).joined(separator: " + "))
      styled.attributes["fontsize"] = 9
      nodes.append(styled)
    }
    var edges: [Graphviz.Edge] = []
    for kind in EdgeKind.allCases {
      let tail = "legend:\(kind.rawValue):from"
      let head = "legend:\(kind.rawValue):to"
      nodes += [tail, head].map { Graphviz.Node($0, attributes: ["shape": "point", "width": 0.05, "label": .label(.text(""))]) }
      var style = edgeStyle(kind)
      style[.label] = .label(.text(kind.inWords))
      style[.tooltip] = .string(kind.inWords)
      edges.append(Graphviz.Edge(from: tail, to: head, attributes: style))
    }
    return Subgraph(
      name: "legend",
      attributes: ["label": .label(.text("Legend")), "style": "rounded", "color": "gray70", "fontsize": 12, "rank": "sink"],
      nodes: nodes, edges: edges)
  }
}
