import AttributionExtraction
import AttributionGraph

/// One run of a ``SourcingAuditor`` over a graph.
struct Audit {
  let auditor: SourcingAuditor
  let graph: AttributionGraph
  let citations: CitationIndex

  init(auditor: SourcingAuditor, graph: AttributionGraph) {
    self.auditor = auditor
    self.graph = graph
    citations = CitationIndex(graph)
  }

  func run(claim selected: String?, assessments all: [ClaimAssessment]) -> AuditReport {
    let assessments = all.filter { selected == nil || $0.id == selected }
    var claims: [ClaimAudit] = []
    var findings: [Finding] = []
    var involved: Set<String> = []
    for assessment in assessments {
      let (audit, claimFindings, nodes) = self.audit(assessment)
      claims.append(audit)
      findings += claimFindings
      involved.formUnion(nodes)
    }
    // A selection of claims (one, or fewer than the graph has) keeps the findings across the
    // graph that touch its chains.
    let isSelection = selected != nil || assessments.count < graph.nodes(of: .claim).count
    findings += graphFindings().filter { finding in
      !isSelection || finding.nodes.contains(where: involved.contains)
    }
    return AuditReport(title: graph.title, claims: claims, findings: findings)
  }

  // MARK: One claim

  /// A chain with the statement at its end.
  private struct Traced {
    var chain: [String]
    var statement: Statement
    var evidence: Evidence
  }

  private func audit(_ assessment: ClaimAssessment) -> (ClaimAudit, [Finding], Set<String>) {
    let claim = assessment.id
    var traced: [Traced] = []
    for edge in graph.edges(to: claim) where Statements.all.contains(edge.kind) {
      for evidence in edge.evidence {
        let channels = citations.channelEdges(from: edge.from)
          .filter { $0.sentences.contains(CitationIndex.Sentence(evidence)) }
          .compactMap { graph.node($0.edge.to)?.label }
        let statement = Statement(
          kind: edge.kind, cue: evidence.cue.text, channels: channels,
          location: auditor.location(of: evidence), sentence: evidence.sentence)
        for chain in citations.chains(to: edge.from, for: evidence) {
          traced.append(Traced(chain: chain, statement: statement, evidence: evidence))
        }
      }
    }
    var findings: [Finding] = []
    var seen: Set<Finding> = []
    func add(_ finding: Finding) {
      if seen.insert(finding).inserted { findings.append(finding) }
    }
    for item in traced {
      chainFindings(item, claim: claim).forEach(add)
    }
    echoFindings(traced, claim: claim).forEach(add)
    claimFindings(assessment).forEach(add)
    findings.sort { ($1.severity, $0.kind.rawValue) < ($0.severity, $1.kind.rawValue) }
    let audit = ClaimAudit(
      claim: claim, text: assessment.text, status: assessment.status, trees: trees(traced))
    return (audit, findings, Set(traced.flatMap(\.chain)))
  }

  private func trees(_ traced: [Traced]) -> [SourcingTree] {
    var roots: [SourcingTree] = []
    for item in traced { insert(item.chain[...], statement: item.statement, into: &roots) }
    return roots
  }

  private func insert(
    _ chain: ArraySlice<String>, statement: Statement, into trees: inout [SourcingTree]
  ) {
    guard let id = chain.first else { return }
    let index: Int
    if let existing = trees.firstIndex(where: { $0.node == id }) {
      index = existing
    } else {
      let node = graph.node(id)
      trees.append(
        SourcingTree(
          node: id, label: node?.label ?? id, kind: node?.kind ?? .person,
          anonymous: (node?.anonymous ?? false) || (node?.unnamed ?? false)))
      index = trees.count - 1
    }
    if chain.count == 1 {
      if !trees[index].statements.contains(statement) { trees[index].statements.append(statement) }
    } else {
      insert(chain.dropFirst(), statement: statement, into: &trees[index].children)
    }
  }

  private func chainFindings(_ item: Traced, claim: String) -> [Finding] {
    var findings: [Finding] = []
    let labels = item.chain.map { graph.node($0)?.label ?? $0 }
    let path = "chain: " + labels.joined(separator: " → ")
    let location = item.statement.location
    if let speaker = graph.node(item.chain.last!) {
      let grade = SourcingGrade(of: speaker)
      if speaker.kind == .outlet && speaker.unnamed {
        findings.append(
          Finding(
            kind: .unnamedOutlet,
            message: "the chain ends at an outlet the article does not name: \"\(speaker.label)\"",
            location: location, notes: [path], claim: claim, nodes: item.chain))
      } else if grade == .bare {
        findings.append(
          Finding(
            kind: .bareSource,
            message: "the chain ends at a source with no description: \"\(speaker.label)\"",
            location: location,
            notes: [path, "AP: describe an anonymous source's position and why they would know"],
            claim: claim, nodes: item.chain))
      } else if grade == .anonymousWithPosition {
        findings.append(
          Finding(
            kind: .anonymousRoot,
            message: "the chain ends at an anonymous source: \"\(speaker.label)\"",
            location: location, notes: [path], claim: claim, nodes: item.chain))
      }
    }
    for (relayer, relayed) in zip(item.chain, item.chain.dropFirst()) {
      guard let translator = graph.node(relayed), translator.kind == .outlet else { continue }
      let names = ([translator.label] + translator.aliases).map { $0.lowercased() }
      let hop = graph.edges(from: relayer).first { $0.kind == .cited && $0.to == relayed }
      let translated = hop?.evidence.contains { evidence in
        let sentence = evidence.sentence.lowercased()
        return evidence.document == item.evidence.document
          && evidence.sentenceSpan == item.evidence.sentenceSpan
          && sentence.contains("translat") && names.contains { sentence.contains($0) }
      }
      if translated == true {
        let from = graph.node(relayer)?.label ?? relayer
        let through = graph.node(relayed)?.label ?? relayed
        findings.append(
          Finding(
            kind: .translationHop,
            message:
              "\(from) relies on \(through)'s translation; the original wording is not quoted",
            location: location, notes: [path, item.evidence.sentence], claim: claim,
            nodes: [relayer, relayed]))
      }
    }
    return findings
  }

  /// One echo finding per source whose statement reaches the reader through several outlets or
  /// articles.
  private func echoFindings(_ traced: [Traced], claim: String) -> [Finding] {
    var order: [String] = []
    var bySource: [String: [Traced]] = [:]
    for item in traced where Statements.supporting.contains(item.statement.kind) {
      let source = item.chain.last!
      if bySource[source] == nil { order.append(source) }
      bySource[source, default: []].append(item)
    }
    return order.compactMap { source in
      let items = bySource[source]!
      var outlets: [String] = []
      var documents: [String] = []
      for item in items {
        let root = graph.node(item.chain[0])?.label ?? item.chain[0]
        if !outlets.contains(root) { outlets.append(root) }
        if !documents.contains(item.evidence.document) { documents.append(item.evidence.document) }
      }
      guard outlets.count > 1 || documents.count > 1 else { return nil }
      let label = graph.node(source)?.label ?? source
      return Finding(
        kind: .echo,
        message:
          "\(outlets.count) outlet(s) in \(documents.count) articles relay one statement by \(label): counted as one origin",
        location: items[0].statement.location,
        notes: items.map {
          "\($0.statement.location): "
            + $0.chain.map { graph.node($0)?.label ?? $0 }.joined(separator: " → ")
        },
        claim: claim, nodes: [source])
    }
  }

  private func claimFindings(_ assessment: ClaimAssessment) -> [Finding] {
    var findings: [Finding] = []
    let sources = assessment.origins.map(\.source)
    if assessment.status.contains(.anonymousOnly) {
      findings.append(
        Finding(
          kind: .anonymousOnlyClaim,
          message:
            "every source of the claim is anonymous: \(assessment.origins.map(\.label).joined(separator: ", "))",
          notes: [assessment.reason], claim: assessment.id, nodes: sources))
    }
    if assessment.status.contains(.singleParty) {
      findings.append(
        Finding(
          kind: .singlePartyClaim,
          message:
            "every source of the claim speaks for \(assessment.parties.joined(separator: ", ")): no independent corroboration",
          notes: [assessment.reason], claim: assessment.id, nodes: sources))
    }
    return findings
  }

  // MARK: The whole graph

  private func graphFindings() -> [Finding] {
    var findings: [Finding] = []
    for cycle in citations.cycles() {
      let labels = (cycle + [cycle[0]]).map { graph.node($0)?.label ?? $0 }
      let first = graph.edges(from: cycle[0]).first {
        $0.kind == .cited && $0.to == cycle[1 % cycle.count]
      }
      findings.append(
        Finding(
          kind: .circularCitation,
          message: "citation goes in a circle: \(labels.joined(separator: " → "))",
          location: first?.evidence.first.map(auditor.location(of:)),
          notes: ["no statement in the circle can be traced to an origin outside it"], nodes: cycle)
      )
    }
    let speaking: Set<EdgeKind> = Statements.all.union([.cited, .via])
    for edge in graph.edges where edge.kind == .cited {
      guard let cited = graph.node(edge.to), cited.kind == .outlet,
        !graph.edges(from: cited.id).contains(where: { speaking.contains($0.kind) })
      else { continue }
      let citing = graph.node(edge.from)?.label ?? edge.from
      findings.append(
        Finding(
          kind: .untraceableCitation,
          message:
            "\(citing) cites \(cited.label), but nothing \(cited.label) said can be traced in the articles",
          location: edge.evidence.first.map(auditor.location(of:)),
          notes: edge.evidence.map { "\(auditor.location(of: $0)): \($0.sentence)" },
          nodes: [edge.from, edge.to]))
    }
    return findings
  }
}
