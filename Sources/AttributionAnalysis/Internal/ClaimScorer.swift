import AttributionGraph
import Foundation

/// Applies a ``CorroborationModel`` to the claims of one graph.
struct ClaimScorer {
  let model: CorroborationModel
  let graph: AttributionGraph
  let citations: CitationIndex

  init(model: CorroborationModel, graph: AttributionGraph) {
    self.model = model
    self.graph = graph
    citations = CitationIndex(graph)
  }

  func assess(_ claim: Node) -> ClaimAssessment {
    let incoming = graph.edges(to: claim.id).filter { Statements.all.contains($0.kind) }
    var supporting = Self.poolingUnnamed(origins(incoming.filter { Statements.supporting.contains($0.kind) }))
    let negative = origins(incoming.filter { Statements.negative.contains($0.kind) }).map(\.origin)
    var discounted: [Discount] = []
    var explanation: [String] = []

    let mentions = supporting.map(\.origin.mentions).reduce(0, +)
    let relays = relayDiscounts(supporting)
    discounted += relays
    supporting.removeAll { counted in relays.contains { $0.source == counted.origin.source } }
    let cosigners = jointDiscounts(supporting)
    discounted += cosigners
    supporting.removeAll { counted in cosigners.contains { $0.source == counted.origin.source } }
    discounted += supporting.compactMap(echoDiscount)
    explanation.append(
      "\(mentions) supporting mention(s) from \(supporting.count + relays.count + cosigners.count) source(s): \(supporting.count) origin(s) counted"
    )

    let byParty = Dictionary(grouping: supporting, by: \.partyKey)
    let parties = byParty.values
      .map { $0.sorted { ($0.origin.grade, $0.origin.label) < ($1.origin.grade, $1.origin.label) } }
      .sorted {
        ($0[0].origin.grade, $0[0].origin.party) < ($1[0].origin.grade, $1[0].origin.party)
      }
    // A topic ("Comey", "the attack") asserts nothing: its sources spoke of one thing, and
    // only the first party counts.
    let (opinion, topic) = OpinionMarker.read(incoming, supporting: Statements.supporting)
    if topic, parties.count > 1 {
      explanation.append("a topic, not a statement of fact: the first party counts, the others spoke of it too")
    }
    var doubt = 1.0
    for party in topic ? Array(parties.prefix(1)) : parties {
      let best = party[0].origin
      var share = model.partyWeight * best.grade.weight
      var line =
        "\(best.party): \(best.label) (\(best.grade.summary), weight \(format(best.grade.weight))) gives \(format(share))"
      if party.count > 1 {
        share += model.samePartyBonus
        line +=
          " + \(format(model.samePartyBonus)) for \(party.count - 1) more source(s) of the same party"
        for other in party.dropFirst() {
          discounted.append(
            Discount(
              reason: .sameParty, source: other.origin.source, label: other.origin.label,
              explanation:
                "\(other.origin.label) speaks for \(best.party), as \(best.label) does: not independent corroboration"
            ))
        }
      }
      doubt *= 1 - share
      explanation.append(line)
    }
    var score = 1 - doubt
    let countedParties = topic ? min(1, parties.count) : parties.count
    explanation.append(
      "support from \(countedParties) independent part\(countedParties == 1 ? "y" : "ies"): \(format(score))"
    )

    for origin in negative {
      for kind in origin.statements {
        let penalty =
          (kind == .denied ? model.denialPenalty : model.couldNotVerifyPenalty)
          * origin.grade.weight
        score *= 1 - penalty
        explanation.append(
          "\(kind == .denied ? "denied" : "could not be verified") by \(origin.label) (\(origin.grade.summary)): × \(format(1 - penalty))"
        )
      }
    }
    let contest = self.contest(of: claim.id)
    if contest != nil {
      score *= model.contestedFactor
      explanation.append("contested figure: × \(format(model.contestedFactor))")
    }
    score = (min(1, max(0, score)) * 1000).rounded() / 1000
    explanation.append("score \(format(score))")

    let counted = supporting.map(\.origin)
    // A bare source ("reports", an agentless "it was reported") may be anyone, the other
    // sources included: it adds to the score but cannot make a claim corroborated.
    let identified = parties.filter { $0[0].origin.grade != .bare }.prefix(topic ? 1 : parties.count)
    let status = statuses(
      supporting: counted, throughAnonymous: Set(supporting.filter(\.onlyThroughAnonymous).map(\.origin.source)),
      identifiedOrigins: identified.map(\.count).reduce(0, +),
      identifiedParties: identified.count, negative: negative, contested: contest != nil)
    return ClaimAssessment(
      id: claim.id, text: claim.label, status: status, score: score, origins: counted,
      negative: negative, discounted: discounted,
      parties: parties.map { $0[0].origin.party }, contest: contest,
      opinion: opinion,
      reason: reason(
        status: status, parties: parties.map { $0.map(\.origin) }, negative: negative,
        contest: contest, topic: topic && parties.count > 1),
      explanation: explanation)
  }

  // MARK: Origins

  /// An origin with the key of its party.
  struct Counted {
    var origin: Origin
    var partyKey: String
    /// The outlets whose articles carry the statement.
    var outlets: Set<String> = []
    /// The statements it made, each as its article, line and the start of its cue: sources that
    /// share one made it together.
    var statements: Set<String> = []
    /// Whether every article that reports the source's statement has it from an anonymous
    /// source ("Clinton had told police officials that …, the source added").
    var onlyThroughAnonymous = true
  }

  /// Unnamed sources with no party of their own that one outlet reports ("port sources",
  /// "a person familiar with the matter") cannot be told apart: they are one party, the
  /// outlet's unnamed sources, so two of them never corroborate each other.
  static func poolingUnnamed(_ counted: [Counted]) -> [Counted] {
    var result = counted
    let unnamed = result.indices.filter {
      result[$0].origin.grade.isAnonymous && result[$0].partyKey.hasPrefix("node:") && !result[$0].outlets.isEmpty
    }
    // Pools of sources sharing an outlet, joined through any outlet they share.
    var pools: [(outlets: Set<String>, members: [Int])] = []
    for index in unnamed {
      let touching = pools.indices.filter { !pools[$0].outlets.isDisjoint(with: result[index].outlets) }
      var pool = (outlets: result[index].outlets, members: [index])
      for other in touching.reversed() {
        pool.outlets.formUnion(pools[other].outlets)
        pool.members += pools[other].members
        pools.remove(at: other)
      }
      pools.append(pool)
    }
    for pool in pools where pool.members.count > 1 {
      let outlets = pool.outlets.sorted()
      let party = "unnamed sources of \(outlets.joined(separator: ", "))"
      for member in pool.members {
        result[member].partyKey = "unnamed:" + outlets.joined(separator: "|")
        result[member].origin.party = party
      }
    }
    return result
  }

  /// One origin per source of `edges`, in graph order.
  private func origins(_ edges: [Edge]) -> [Counted] {
    var order: [String] = []
    var bySource: [String: Counted] = [:]
    for edge in edges {
      guard let node = graph.node(edge.from) else { continue }
      var counted =
        bySource[node.id]
        ?? Counted(
          origin: Origin(
            source: node.id, label: node.label, statements: [], grade: SourcingGrade(of: node),
            party: node.independenceClass ?? node.label, mentions: 0),
          partyKey: node.independenceClass.map { "class:\($0)" } ?? "node:\(node.id)")
      if bySource[node.id] == nil { order.append(node.id) }
      counted.origin.statements.append(edge.kind)
      counted.origin.mentions += edge.evidence.count
      counted.outlets.formUnion(edge.evidence.compactMap(\.outlet))
      let channels = citations.channelEdges(from: node.id)
        .filter { via in edge.evidence.contains { via.sentences.contains(CitationIndex.Sentence($0)) } }
        .compactMap { graph.node($0.edge.to)?.label }
      for evidence in edge.evidence {
        let chains = citations.chains(to: node.id, for: evidence)
        let roots = chains.map { graph.node($0[0])?.label ?? $0[0] }
        counted.origin.documents.appendUnique([evidence.document])
        counted.statements.insert(
          "\(evidence.document)#\(evidence.line)#\(evidence.cue.spans.first?.start ?? evidence.sentenceSpan.start)")
        counted.origin.reportedBy.appendUnique(roots)
        if counted.onlyThroughAnonymous, !chains.contains(where: { $0.dropLast().contains(where: isAnonymousRelay) }) {
          counted.onlyThroughAnonymous = false
        }
      }
      counted.origin.channels.appendUnique(channels)
      bySource[node.id] = counted
    }
    return order.map { bySource[$0]! }
  }

  /// Whether a node on the way to a speaker is an anonymous source (not the stand-in for no
  /// source at all).
  private func isAnonymousRelay(_ id: String) -> Bool {
    guard let node = graph.node(id), !node.isUnattributed else { return false }
    return SourcingGrade(of: node).isAnonymous
  }

  /// Sources that cite another source of the same claim: their statement is that one's.
  private func relayDiscounts(_ supporting: [Counted]) -> [Discount] {
    let sources = supporting.map(\.origin.source)
    let reach = Dictionary(uniqueKeysWithValues: sources.map { ($0, citations.relayed(from: $0)) })
    return supporting.compactMap { counted in
      let source = counted.origin.source
      guard
        let original = sources.first(where: { other in
          other != source && reach[source]!.contains(other)
            && (!reach[other]!.contains(source) || other < source)
        })
      else { return nil }
      let label = graph.node(original)?.label ?? original
      return Discount(
        reason: .relay, source: source, label: counted.origin.label,
        explanation:
          "\(counted.origin.label) cites \(label), which states the claim itself: one origin")
    }
  }

  /// Co-signers: a source whose every statement of the claim another source made with it, in
  /// one cue ("Cummings and Conyers wrote in a letter that …"), is not a second origin. Of
  /// sources that made exactly the same statements, the first counts.
  private func jointDiscounts(_ supporting: [Counted]) -> [Discount] {
    supporting.indices.compactMap { index in
      let counted = supporting[index]
      guard !counted.statements.isEmpty,
        let partner = supporting.indices.first(where: { other in
          other != index && counted.statements.isSubset(of: supporting[other].statements)
            && (counted.statements != supporting[other].statements || other < index)
        })
      else { return nil }
      return Discount(
        reason: .jointStatement, source: counted.origin.source, label: counted.origin.label,
        explanation:
          "\(counted.origin.label) made the statement jointly with \(supporting[partner].origin.label): one origin")
    }
  }

  /// The echo discount of an origin relayed more than once.
  private func echoDiscount(_ counted: Counted) -> Discount? {
    let origin = counted.origin
    guard origin.mentions > 1 else { return nil }
    let outlets =
      origin.reportedBy.isEmpty ? "" : " by \(origin.reportedBy.joined(separator: ", "))"
    return Discount(
      reason: .echo, source: origin.source, label: origin.label,
      explanation:
        "\(origin.label)'s statement is reported \(origin.mentions) times in \(origin.documents.count) article(s)\(outlets): counted once"
    )
  }

  // MARK: Contest

  /// The disagreement `claim` takes part in: the figures on the `contradicts` edges that touch
  /// it. Only direct contradictions count, so that a claim disputed on two quantities does not
  /// mix them into one range.
  private func contest(of claim: String) -> Contest? {
    let edges = (graph.edges(from: claim) + graph.edges(to: claim)).filter { $0.kind == .contradicts }
    guard !edges.isEmpty else { return nil }
    var figures: [ContestedFigure] = []
    for edge in edges {
      for (id, figure) in edge.figures.sorted(by: { $0.key < $1.key })
      where !figures.contains(where: { $0.claim == id }) {
        figures.append(ContestedFigure(claim: id, figure: figure))
      }
    }
    figures.sort { lhs, rhs in
      switch (Figure.value(lhs.figure), Figure.value(rhs.figure)) {
      case (let left?, let right?): return left != right ? left < right : lhs.claim < rhs.claim
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return lhs.claim < rhs.claim
      }
    }
    let readable = figures.filter { Figure.value($0.figure) != nil }
    let ends = readable.isEmpty ? figures : readable
    return Contest(
      figure: figures.first { $0.claim == claim }?.figure, figures: figures,
      low: ends.first?.figure ?? "?", high: ends.last?.figure ?? "?")
  }

  // MARK: Status and reason

  /// The statuses of a claim; support is judged on the origins that are not bare
  /// (`identifiedOrigins`, in `identifiedParties` parties) unless every origin is bare. Sources
  /// in `throughAnonymous` are reported only by anonymous ones: their word is as good as those.
  private func statuses(
    supporting: [Origin], throughAnonymous: Set<String>, identifiedOrigins: Int, identifiedParties: Int, negative: [Origin], contested: Bool
  ) -> [ClaimStatus] {
    var status: Set<ClaimStatus> = []
    switch (supporting.count, identifiedOrigins, identifiedParties) {
    case (0, _, _): status.insert(.unsourced)
    case (_, _, 2...): status.insert(.corroborated)
    case (_, 2..., _): status.insert(.singleParty)
    case (2..., 0, _) where Set(supporting.map(\.party)).count == 1: status.insert(.singleParty)
    default: status.insert(.singleSource)
    }
    // Support from anonymous sources alone, or from named ones only anonymous sources report
    // ("Clinton had told police officials that …, the source added"); statements that name no
    // source at all ("it was reported") are the article's own report, which no anonymous source
    // made.
    if !supporting.isEmpty && supporting.allSatisfy({ $0.grade.isAnonymous || throughAnonymous.contains($0.source) })
      && supporting.contains(where: { graph.node($0.source)?.isUnattributed != true })
    {
      status.insert(.anonymousOnly)
    }
    if negative.contains(where: { $0.statements.contains(.couldNotVerify) }) {
      status.insert(.unverified)
    }
    if negative.contains(where: { $0.statements.contains(.denied) }) { status.insert(.denied) }
    if contested { status.insert(.contested) }
    return status.sorted()
  }

  private func reason(
    status: [ClaimStatus], parties: [[Origin]], negative: [Origin], contest: Contest?, topic: Bool = false
  )
    -> String
  {
    let all = parties.flatMap { $0 }
    func names(_ origins: [Origin]) -> String { origins.map(\.label).joined(separator: ", ") }
    var parts: [String] = []
    if status.contains(.corroborated) {
      let identified = parties.filter { $0[0].grade != .bare }
      parts.append(
        "corroborated by \(identified.count) independent parties: "
          + identified.map { names($0) == $0[0].party ? $0[0].party : "\($0[0].party) (\(names($0)))" }
          .joined(separator: "; "))
    } else if status.contains(.singleParty) {
      let speaking = all.filter { $0.grade != .bare }
      let shown = speaking.isEmpty ? all : speaking
      parts.append("\(shown.count) sources, all speaking for \(shown[0].party): \(names(shown))")
    } else if status.contains(.singleSource) {
      let first = all.first { $0.grade != .bare } ?? all[0]
      parts.append("one source: \(first.label) (\(first.grade.summary))")
    } else {
      parts.append("no source in the articles states it")
    }
    if topic {
      parts.append("a topic, not a statement of fact: \(parties.count) parties spoke of it, none corroborates")
    }
    let named = all.filter { !$0.grade.isAnonymous }
    if status.contains(.anonymousOnly) && !named.isEmpty {
      parts.append("only anonymous sources report what \(names(named)) said")
    } else if status.contains(.anonymousOnly) && all.count > 1 {
      parts.append("every source is anonymous")
    }
    let bare = all.filter { $0.grade == .bare }
    if !bare.isEmpty, !status.contains(.anonymousOnly) {
      parts.append("a bare source (\(names(bare))) cannot show independence")
    }
    let unverified = negative.filter { $0.statements.contains(.couldNotVerify) }
    if !unverified.isEmpty { parts.append("could not be verified by \(names(unverified))") }
    let deniers = negative.filter { $0.statements.contains(.denied) }
    if !deniers.isEmpty { parts.append("denied by \(names(deniers))") }
    if let contest {
      parts.append("contested: \(contest.figures.count) figures from \(contest.range)")
    }
    return parts.joined(separator: "; ")
  }

  private func format(_ value: Double) -> String {
    FixedPoint.text(value, places: 2)
  }
}

/// Reads figures as numbers, for ordering them.
enum Figure {
  /// The number a figure states ("at least 10,000" → 10000, "3.5mn" → 3500000), or nil.
  static func value(_ figure: String) -> Double? {
    let characters = Array(figure.lowercased())
    guard let start = characters.firstIndex(where: \.isNumber) else { return nil }
    var end = start
    while end < characters.count,
      characters[end].isNumber
        || ((characters[end] == "," || characters[end] == ".") && end + 1 < characters.count
          && characters[end + 1].isNumber)
    {
      end += 1
    }
    guard
      var number = Double(String(characters[start..<end]).replacingOccurrences(of: ",", with: ""))
    else { return nil }
    let unit = String(characters[end...].drop { $0 == " " }.prefix { $0.isLetter })
    let multipliers: [String: Double] = [
      "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
    ]
    number *= multipliers[unit] ?? 1
    return number
  }
}

extension Array where Element: Equatable {
  /// Appends the elements of `others` not already present, in order.
  mutating func appendUnique(_ others: [Element]) {
    for element in others where !contains(element) { append(element) }
  }
}
