import AttributionDocuments
import AttributionExtraction

/// Stage 5, contradictions: claims that give rival figures for one count ("8,000 troops" and
/// "11,000 troops" in Kursk) joined by a `contradicts` edge. Reads the merged claims and their
/// figures; adds `contradicts` edges.
extension GraphAssembly {
  mutating func addContradictions(
    claims: [(id: String, members: [Int])], texts: [ClaimText], vectors: ClaimVectors
  ) {
    let numeric = claims.compactMap { claim -> (id: String, text: ClaimText, member: Int)? in
      guard let member = claim.members.first, !texts[member].figures.isEmpty else { return nil }
      return (claim.id, texts[member], member)
    }
    // Claims that contradict share a name, so each is compared only with the later claims that
    // share one of its names, not with every other: large cases stay near linear.
    // Only counts of people are compared, so only claims with one are filed.
    var claimsNaming: [String: [Int]] = [:]
    for (i, claim) in numeric.enumerated() where claim.text.figures.contains(where: { $0.unit == "people" }) {
      for name in claim.text.names { claimsNaming[name, default: []].append(i) }
    }
    let claimVectors = numeric.map { vectors.vector($0.text) }
    for (i, a) in numeric.enumerated() where a.text.figures.contains(where: { $0.unit == "people" }) {
      let later = Set(a.text.names.flatMap { name -> ArraySlice<Int> in
        let naming = claimsNaming[name] ?? []
        return naming[naming.partitionPoint { $0 > i }...]
      }).sorted()
      for j in later {
        let b = numeric[j]
        for figureA in a.text.figures where figureA.unit == "people" {
          guard let figureB = b.text.figures.first(where: { $0.unit == figureA.unit }),
            figureB.value != figureA.value
          else { continue }
          let similarity = ClaimVectors.cosine(claimVectors[i], claimVectors[j])
          guard similarity >= 0.2, a.text.countedEvent == b.text.countedEvent,
            a.text.isPartialGroup == b.text.isPartialGroup
          else { continue }
          graph.add(Edge(
            kind: .contradicts, from: a.id, to: b.id,
            evidence: [statements[a.member].evidence, statements[b.member].evidence],
            figures: [a.id: figureA.text, b.id: figureB.text]))
          break
        }
      }
    }
  }
}
