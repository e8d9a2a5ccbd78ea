import AttributionDocuments
import AttributionExtraction
import AttributionLexicon

/// Citations and relays inside one article: "Citing a source in the Ukrainian military, CNN
/// reported …" and "…, according to MP Lee Seong-kweun" make one statement with a relay, not
/// two claims. Reads one article's attributions in cue order; adds nothing itself: the
/// statements stage follows what it finds.
extension GraphAssembly {
  /// The "citing Y" / "quoting Y" attributions whose Y is a source ("a source in the Ukrainian
  /// military", "two US officials", "the National Intelligence Service"), keyed by the position
  /// of the statement of the same sentence and the same source that they cite Y for: "Citing a
  /// source in the Ukrainian military, CNN reported that …" is the source's statement, relayed by
  /// CNN. Also the citations already read into a statement of their sentence ("Yonhap, citing
  /// the NIS, reported …" as the NIS's statement with Yonhap its relay), which add nothing.
  /// Citing evidence ("citing low economic growth") is left alone.
  mutating func citedSources(_ ordered: [Attribution]) -> (citations: [Int: Int], consumed: Set<Int>) {
    var citations: [Int: Int] = [:]
    var consumed = Set<Int>()
    var bySentence: [TextSpan: [Int]] = [:]
    for (position, attribution) in ordered.enumerated() { bySentence[attribution.sentence, default: []].append(position) }
    // How two sources' words are compared.
    func key(_ text: String) -> String { SourceDescription.normalize(text).lowercased() }
    // The other attributions of the citation's sentence whose source reads `source`, in order.
    func sourced(by source: String, besides position: Int) -> [Int] {
      (bySentence[ordered[position].sentence] ?? []).filter { other in
        other != position && ordered[other].source.map { key($0.text) == source } == true
      }
    }
    for (position, citation) in ordered.enumerated() {
      guard let citer = citation.source, Lexicon.citingCues.contains(citation.cue.text.lowercased()) else { continue }
      let cited = describe(citation.content.text, entity: nil)
      let words = citation.content.text.lowercased().split(separator: " ").map(String.init)
      let isSource: Bool
      switch cited.category {
      case .anonymousPerson, .namedPerson, .outlet, .role: isSource = true
      case .institution: isSource = words.contains { Lexicon.organizationWords.contains($0) }
      case .pronoun: isSource = false
      }
      guard isSource else { continue }
      // "Yonhap, citing the NIS, reported …" read as the NIS's statement relayed by Yonhap: the
      // citation is in it already.
      if !sourced(by: key(citation.content.text), besides: position).isEmpty {
        consumed.insert(position)
        continue
      }
      let statement = sourced(by: key(citer.text), besides: position).first { other in
        !Lexicon.citingCues.contains(ordered[other].cue.text.lowercased())
      }
      if let statement, citations[statement] == nil { citations[statement] = position }
    }
    return (citations, consumed)
  }

  /// The "according to X" attributions that only relay another one of their sentence: "South
  /// Korea's spy agency told lawmakers that about 100 soldiers had died, according to MP Lee
  /// Seong-kweun" is the agency's statement, which Lee passed on, not a second claim of Lee's.
  /// Keyed by the position (in `ordered`) of the statement relayed, valued by the relay's: one
  /// whose content holds the statement's cue, or which follows a statement that ends before it.
  static func accordingToRelays(_ ordered: [Attribution]) -> [Int: Int] {
    var relays: [Int: Int] = [:]
    for (position, relay) in ordered.enumerated() {
      guard relay.source != nil, let cue = relay.cue.spans.first,
        relay.cue.text.lowercased().hasPrefix("according to")
      else { continue }
      let overlaps = { (other: Attribution) in
        relay.content.spans.contains { span in other.content.spans.contains { $0.start < span.end && span.start < $0.end } }
      }
      let statement = ordered[..<position].lastIndex { other in
        guard other.sentence == relay.sentence, other.source != nil, let otherCue = other.cue.spans.first,
          !other.cue.text.lowercased().hasPrefix("according to")
        else { return false }
        let holdsCue = relay.content.spans.contains { $0.start <= otherCue.start && otherCue.end <= $0.end }
        let endsBefore = other.content.spans.allSatisfy { $0.end <= cue.start }
        return holdsCue || endsBefore && overlaps(other)
      } ?? ordered[(position + 1)...].prefix(while: { $0.sentence.start < relay.sentence.end }).firstIndex { other in
        // "According to White House pool reports, Obama said …": the statement that follows,
        // unless its subject says that no one said it ("neither Russia nor Ukraine reported"),
        // which is the relay's own finding.
        guard other.sentence == relay.sentence, other.source != nil,
          !other.cue.text.lowercased().hasPrefix("according to"), !hasNegatedSubject(other, within: relay)
        else { return false }
        return overlaps(other)
      }
      if let statement, relays[statement] == nil { relays[statement] = position }
    }
    return relays
  }

  /// Words that open a subject that did not do what its verb says ("neither", "no").
  static let negativeSubjects: Set<String> = WordList.negativeSubjects.words
}
