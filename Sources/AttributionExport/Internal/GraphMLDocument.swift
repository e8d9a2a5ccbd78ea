import AttributionGraph

/// The GraphML text of one graph, written line by line in node and edge order.
struct GraphMLDocument {
  /// One `<key>` declaration: the element it applies to, its name and its GraphML type.
  private struct Key {
    let id: String
    let domain: String
    let name: String
    let type: String
    var defaultValue: String?

    init(_ domain: String, _ name: String, _ type: String, default defaultValue: String? = nil) {
      self.id = "\(domain.prefix(1))_\(name)"
      self.domain = domain
      self.name = name
      self.type = type
      self.defaultValue = defaultValue
    }
  }

  private static let keys: [Key] = [
    Key("graph", "title", "string"),
    Key("node", "kind", "string"),
    Key("node", "label", "string"),
    Key("node", "aliases", "string"),
    Key("node", "role", "string"),
    Key("node", "affiliation", "string"),
    Key("node", "independenceClass", "string"),
    Key("node", "anonymous", "boolean", default: "false"),
    Key("node", "unnamed", "boolean", default: "false"),
    Key("node", "url", "string"),
    Key("node", "status", "string"),
    Key("node", "primaryStatus", "string"),
    Key("node", "score", "double"),
    Key("node", "contestedRange", "string"),
    Key("edge", "kind", "string"),
    Key("edge", "label", "string"),
    Key("edge", "evidenceCount", "int", default: "0"),
    Key("edge", "firstSentence", "string"),
    Key("edge", "firstDocument", "string"),
    Key("edge", "firstLine", "int"),
    Key("edge", "documents", "string"),
    Key("edge", "figures", "string"),
    Key("edge", "firstDate", "string"),
    Key("edge", "lastDate", "string"),
  ]

  let text: String

  init(_ graph: AttributionGraph, judgements: [String: ClaimJudgement] = [:]) {
    var lines = [
      #"<?xml version="1.0" encoding="UTF-8"?>"#,
      #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns""#
        + #" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#
        + #" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns"#
        + #" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
    ]
    for key in Self.keys {
      let open =
        #"  <key id="\#(key.id)" for="\#(key.domain)" attr.name="\#(key.name)""#
        + #" attr.type="\#(key.type)""#
      if let defaultValue = key.defaultValue {
        lines.append(open + ">")
        lines.append("    <default>\(defaultValue)</default>")
        lines.append("  </key>")
      } else {
        lines.append(open + "/>")
      }
    }
    lines.append(#"  <graph id="G" edgedefault="directed">"#)
    lines.append(Self.data("g_title", graph.title, indent: 4))
    for node in graph.nodes {
      lines.append(#"    <node id="\#(XMLText.escaped(node.id))">"#)
      lines.append(contentsOf: Self.data(of: node))
      if let judgement = judgements[node.id] { lines.append(contentsOf: Self.data(of: judgement)) }
      lines.append("    </node>")
    }
    for edge in graph.edges {
      lines.append(
        #"    <edge id="\#(XMLText.escaped(edge.id))" source="\#(XMLText.escaped(edge.from))""#
          + #" target="\#(XMLText.escaped(edge.to))">"#)
      lines.append(contentsOf: Self.data(of: edge))
      lines.append("    </edge>")
    }
    lines.append("  </graph>")
    lines.append("</graphml>")
    text = lines.joined(separator: "\n") + "\n"
  }

  private static func data(_ key: String, _ value: String, indent: Int = 6) -> String {
    String(repeating: " ", count: indent)
      + #"<data key="\#(key)">\#(XMLText.escaped(value))</data>"#
  }

  private static func data(of node: Node) -> [String] {
    var lines = [data("n_kind", node.kind.rawValue), data("n_label", node.label)]
    if !node.aliases.isEmpty { lines.append(data("n_aliases", node.aliases.joined(separator: "; "))) }
    if let role = node.role { lines.append(data("n_role", role)) }
    if let affiliation = node.affiliation { lines.append(data("n_affiliation", affiliation)) }
    if let independenceClass = node.independenceClass {
      lines.append(data("n_independenceClass", independenceClass))
    }
    lines.append(data("n_anonymous", String(node.anonymous)))
    lines.append(data("n_unnamed", String(node.unnamed)))
    if let url = node.url { lines.append(data("n_url", url)) }
    return lines
  }

  private static func data(of judgement: ClaimJudgement) -> [String] {
    var lines = [
      data("n_status", judgement.statuses.joined(separator: "; ")), data("n_primaryStatus", judgement.primaryStatus),
      data("n_score", String(judgement.score)),
    ]
    if let range = judgement.contestedRange { lines.append(data("n_contestedRange", range)) }
    return lines
  }

  private static func data(of edge: Edge) -> [String] {
    var lines = [
      data("e_kind", edge.kind.rawValue),
      data("e_label", edge.kind.rawValue),
      data("e_evidenceCount", String(edge.evidence.count)),
    ]
    if let first = edge.evidence.first {
      lines.append(data("e_firstSentence", first.sentence))
      lines.append(data("e_firstDocument", first.document))
      lines.append(data("e_firstLine", String(first.line)))
      var documents: [String] = []
      for evidence in edge.evidence where !documents.contains(evidence.document) {
        documents.append(evidence.document)
      }
      lines.append(data("e_documents", documents.joined(separator: "; ")))
    }
    let dates = edge.evidence.compactMap(\.date).sorted()
    if let first = dates.first, let last = dates.last {
      lines.append(data("e_firstDate", first))
      lines.append(data("e_lastDate", last))
    }
    if !edge.figures.isEmpty {
      let figures = edge.figures.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
      lines.append(data("e_figures", figures.joined(separator: "; ")))
    }
    return lines
  }
}
