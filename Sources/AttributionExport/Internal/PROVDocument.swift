import AttributionGraph

/// Builds the JSON-LD of ``PROVExporter`` from a graph.
struct PROVDocument {
  private static let statementKinds: Set<EdgeKind> = [.said, .confirmed, .denied, .couldNotVerify]

  let graph: AttributionGraph
  let vocabulary: String
  let resources: String

  var json: JSONValue {
    var items: [JSONValue] = []
    for node in graph.nodes {
      switch node.kind {
      case .person, .institution, .outlet: items.append(agent(node))
      case .channel: items.append(channel(node))
      case .claim: items.append(claim(node))
      }
    }
    let quotations = quotationsByArticle()
    for article in quotations.articles {
      items.append(self.article(article, quotations: quotations.byArticle[article] ?? []))
    }
    for edge in graph.edges where Self.statementKinds.contains(edge.kind) {
      items.append(statement(edge))
    }
    items.append(contentsOf: quotations.reports.map(\.json))
    return [
      "@context": [
        "prov": "http://www.w3.org/ns/prov#",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
        "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        "ag": .string(vocabulary),
        "agr": .string(resources),
      ],
      "@graph": .array(items),
    ]
  }

  // MARK: Identifiers

  /// A resource identifier: `agr:` and the path components, each percent-encoded.
  private func id(_ components: String...) -> String {
    "agr:" + components.map(Self.percentEncoded).joined(separator: "/")
  }

  private func nodeID(_ node: String) -> String { id("node", node) }
  private func articleID(_ document: String) -> String { id("article", document) }
  private func statementID(_ edge: Edge) -> String { id("statement", edge.id) }
  private func reportID(relay: String, edge: Edge) -> String { id("report", relay, edge.id) }

  /// `text` with every byte outside ASCII letters, digits and `-._~:` percent-encoded.
  private static func percentEncoded(_ text: String) -> String {
    var result = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: ":"):
        result.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return result
  }

  // MARK: Nodes

  private func agent(_ node: Node) -> JSONValue {
    let type: JSONValue =
      switch node.kind {
      case .person: ["prov:Agent", "prov:Person"]
      case .outlet: ["prov:Agent", "prov:Organization", "ag:Outlet"]
      default: ["prov:Agent", "prov:Organization"]
      }
    var object = facts(of: node)
    object["@type"] = type
    object["ag:anonymous"] = .bool(node.anonymous)
    object["ag:unnamed"] = .bool(node.unnamed)
    if let role = node.role { object["ag:role"] = .string(role) }
    if let affiliation = node.affiliation { object["ag:affiliation"] = .string(affiliation) }
    if let independenceClass = node.independenceClass {
      object["ag:independenceClass"] = .string(independenceClass)
    }
    if let url = node.url { object["ag:url"] = .string(url) }
    return .object(object)
  }

  private func channel(_ node: Node) -> JSONValue {
    var object = facts(of: node)
    object["@type"] = ["ag:Channel"]
    return .object(object)
  }

  private func claim(_ node: Node) -> JSONValue {
    var object = facts(of: node)
    object["@type"] = ["prov:Entity", "ag:Claim"]
    object["prov:value"] = .string(node.label)
    var figures: [String] = []
    var contradicted: [String] = []
    for edge in graph.edges where edge.kind == .contradicts {
      if let figure = edge.figures[node.id], !figures.contains(figure) { figures.append(figure) }
      if edge.from == node.id { contradicted.append(edge.to) }
    }
    if !figures.isEmpty { object["ag:figure"] = .array(figures.map(JSONValue.string)) }
    if !contradicted.isEmpty {
      object["ag:contradicts"] = .array(contradicted.map { .reference(nodeID($0)) })
    }
    return .object(object)
  }

  /// The facts every node resource has: its identifier, label, kind, node id and aliases.
  private func facts(of node: Node) -> [String: JSONValue] {
    var object: [String: JSONValue] = [
      "@id": .string(nodeID(node.id)),
      "rdfs:label": .string(node.label),
      "ag:kind": .string(node.kind.rawValue),
      "ag:nodeID": .string(node.id),
    ]
    if !node.aliases.isEmpty { object["ag:alias"] = .array(node.aliases.map(JSONValue.string)) }
    return object
  }

  // MARK: Statements

  private func statement(_ edge: Edge) -> JSONValue {
    var object: [String: JSONValue] = [
      "@id": .string(statementID(edge)),
      "@type": ["prov:Entity", "ag:Statement"],
      "ag:stance": .string(edge.kind.rawValue),
      "ag:about": .reference(nodeID(edge.to)),
      "prov:wasAttributedTo": .reference(nodeID(edge.from)),
    ]
    var channels: [String] = []
    for via in graph.edges(from: edge.from) where via.kind == .via && !channels.contains(via.to) {
      let shared = via.evidence.contains { viaEvidence in
        edge.evidence.contains { $0.document == viaEvidence.document && $0.cue == viaEvidence.cue }
      }
      if shared { channels.append(via.to) }
    }
    if !channels.isEmpty { object["ag:channel"] = .array(channels.map { .reference(nodeID($0)) }) }
    var documents: [String] = []
    for evidence in edge.evidence where !documents.contains(evidence.document) {
      documents.append(evidence.document)
    }
    if !documents.isEmpty {
      object["ag:reportedIn"] = .array(documents.map { .reference(articleID($0)) })
    }
    return .object(object)
  }

  // MARK: Articles and chains

  /// A relay's report of one statement: attributed to the relay, quoted from the next link.
  private struct Report {
    let id: String
    let relay: String
    let quotation: Quotation

    var json: JSONValue {
      [
        "@id": .string(id),
        "@type": ["prov:Entity", "ag:Report"],
        "prov:wasAttributedTo": .reference(relay),
        "prov:wasQuotedFrom": .reference(quotation.entity),
        "prov:hadPrimarySource": .reference(quotation.statement),
        "prov:qualifiedQuotation": quotation.json,
      ]
    }
  }

  /// One quotation: the entity quoted, the agent it is attributed to, the original statement
  /// and, when read in an article, where.
  private struct Quotation {
    let entity: String
    let agent: String
    let statement: String
    var location: [String: JSONValue] = [:]

    var json: JSONValue {
      var object = location
      object["@type"] = "prov:Quotation"
      object["prov:entity"] = .reference(entity)
      object["prov:agent"] = .reference(agent)
      return .object(object)
    }
  }

  private struct Quotations {
    var articles: [String] = []
    var byArticle: [String: [Quotation]] = [:]
    var reports: [Report] = []
  }

  /// Every article in evidence order, the quotations each makes, and the relays' reports.
  private func quotationsByArticle() -> Quotations {
    var result = Quotations()
    var reportIDs: Set<String> = []
    for edge in graph.edges {
      for evidence in edge.evidence where !result.articles.contains(evidence.document) {
        result.articles.append(evidence.document)
      }
    }
    for edge in graph.edges where Self.statementKinds.contains(edge.kind) {
      let statement = statementID(edge)
      for evidence in edge.evidence {
        let document = evidence.document
        var chain = self.chain(to: edge.from, in: document)
        if chain.first == articleOutlet(evidence, chain: chain) { chain.removeFirst() }
        guard let first = chain.first else { continue }
        // links[i] is what chain[i] put out: each relay's report, then the speaker's statement.
        let links = zip(chain, chain.dropFirst()).map { relay, _ in
          reportID(relay: relay, edge: edge)
        } + [statement]
        var quotation = Quotation(
          entity: links[0], agent: nodeID(first), statement: statement)
        quotation.location = location(of: evidence)
        result.byArticle[document, default: []].append(quotation)
        for index in chain.indices.dropLast() where !reportIDs.contains(links[index]) {
          reportIDs.insert(links[index])
          result.reports.append(
            Report(
              id: links[index], relay: nodeID(chain[index]),
              quotation: Quotation(
                entity: links[index + 1], agent: nodeID(chain[index + 1]), statement: statement)))
        }
      }
    }
    return result
  }

  /// The sourcing chain of a statement by `speaker` in `document`: from the node that cites
  /// without being cited there (normally the article's outlet) down to the speaker, following
  /// `cited` edges with evidence from `document`.
  private func chain(to speaker: String, in document: String) -> [String] {
    var chain = [speaker]
    var current = speaker
    while let citing = graph.edges(to: current).first(where: { edge in
      edge.kind == .cited && !chain.contains(edge.from)
        && edge.evidence.contains { $0.document == document }
    }) {
      chain.insert(citing.from, at: 0)
      current = citing.from
    }
    return chain
  }

  /// The outlet node of the article `evidence` comes from: the outlet it names, else the head
  /// of the chain when that is an outlet citing someone else.
  private func articleOutlet(_ evidence: Evidence, chain: [String]) -> String? {
    if let name = evidence.outlet?.lowercased(),
      let outlet = graph.nodes(of: .outlet).first(where: { node in
        node.label.lowercased() == name || node.aliases.contains { $0.lowercased() == name }
      })
    {
      return outlet.id
    }
    if chain.count > 1, let head = chain.first, graph.node(head)?.kind == .outlet { return head }
    return nil
  }

  private func article(_ document: String, quotations: [Quotation]) -> JSONValue {
    var object: [String: JSONValue] = [
      "@id": .string(articleID(document)),
      "@type": ["prov:Entity", "ag:Article"],
      "rdfs:label": .string(document),
    ]
    if let outlet = articleOutletID(document) {
      object["prov:wasAttributedTo"] = .reference(nodeID(outlet))
    }
    let evidence = graph.edges.flatMap(\.evidence).filter { $0.document == document }
    if let name = evidence.lazy.compactMap(\.outlet).first {
      object["ag:outletName"] = .string(name)
    }
    if let url = evidence.lazy.compactMap(\.url).first { object["ag:url"] = .string(url) }
    if let date = evidence.lazy.compactMap(\.date).first { object["ag:date"] = .string(date) }
    if !quotations.isEmpty {
      var quoted: [String] = []
      var primary: [String] = []
      for quotation in quotations {
        if !quoted.contains(quotation.entity) { quoted.append(quotation.entity) }
        if !primary.contains(quotation.statement) { primary.append(quotation.statement) }
      }
      object["prov:wasQuotedFrom"] = .array(quoted.map(JSONValue.reference))
      object["prov:hadPrimarySource"] = .array(primary.map(JSONValue.reference))
      object["prov:qualifiedQuotation"] = .array(quotations.map(\.json))
    }
    return .object(object)
  }

  /// The outlet of `document`, found from the first statement evidence that reveals it.
  private func articleOutletID(_ document: String) -> String? {
    for edge in graph.edges where Self.statementKinds.contains(edge.kind) {
      for evidence in edge.evidence where evidence.document == document {
        if let outlet = articleOutlet(evidence, chain: chain(to: edge.from, in: document)) {
          return outlet
        }
      }
    }
    return nil
  }

  /// Where an article shows a statement: cue text, sentence, content and their code-point
  /// offsets into the article file, and the line.
  private func location(of evidence: Evidence) -> [String: JSONValue] {
    var object: [String: JSONValue] = [
      "ag:cue": .string(evidence.cue.text),
      "ag:sentence": .string(evidence.sentence),
      "ag:sentenceStart": .int(evidence.sentenceSpan.start),
      "ag:sentenceEnd": .int(evidence.sentenceSpan.end),
      "ag:line": .int(evidence.line),
    ]
    if let first = evidence.cue.spans.first, let last = evidence.cue.spans.last {
      object["ag:cueStart"] = .int(first.start)
      object["ag:cueEnd"] = .int(last.end)
    }
    if let first = evidence.content.first, let last = evidence.content.last {
      object["ag:contentStart"] = .int(first.start)
      object["ag:contentEnd"] = .int(last.end)
      let scalars = Array(evidence.sentence.unicodeScalars)
      var parts: [String] = []
      for span in evidence.content {
        let lower = span.start - evidence.sentenceSpan.start
        let upper = span.end - evidence.sentenceSpan.start
        guard lower >= 0, lower <= upper, upper <= scalars.count else { return object }
        parts.append(String(String.UnicodeScalarView(scalars[lower..<upper])))
      }
      object["ag:content"] = .string(parts.joined(separator: " "))
    }
    return object
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
