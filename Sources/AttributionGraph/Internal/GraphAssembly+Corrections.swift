import AttributionDocuments
import AttributionExtraction

/// The case file's corrections: attributions suppressed, sources replaced, claims merged or
/// split. Reads `case.yaml`'s corrections; records which matched, so those that no longer
/// match anything are reported.
extension GraphAssembly {
  /// True when a `suppress` correction drops the attribution with its cue on `line`.
  mutating func isSuppressed(document: String, line: Int, cue: String) -> Bool {
    for (position, entry) in caseFile.corrections.enumerated() {
      guard case .suppress(document, line, let text) = entry.correction,
        text.map({ $0.caseInsensitiveCompare(cue) == .orderedSame }) ?? true
      else { continue }
      matchedCorrections.insert(position)
      return true
    }
    return false
  }

  /// The entity a `source` correction names for the attribution with its cue on `line`.
  mutating func correctedSource(document: String, line: Int) -> String? {
    for (position, entry) in caseFile.corrections.enumerated() {
      guard case .source(document, line, let entity) = entry.correction else { continue }
      matchedCorrections.insert(position)
      return entity
    }
    return nil
  }

  /// Corrections that matched nothing in this build, as warnings at their case.yaml line.
  func unmatchedCorrections(caseFilePath: String) -> [InputError] {
    caseFile.corrections.enumerated().filter { !matchedCorrections.contains($0.offset) }.map {
      InputError(
        file: caseFilePath, line: $0.element.line,
        "this correction no longer matches anything: \(Self.describe($0.element.correction))")
    }
  }

  static func describe(_ correction: Correction) -> String {
    switch correction {
    case .suppress(let document, let line, let cue):
      "no attribution\(cue.map { " with cue \"\($0)\"" } ?? "") on line \(line) of \(document)"
    case .source(let document, let line, _): "no attribution on line \(line) of \(document)"
    case .mergeClaims(let claims): "fewer than two of the claims \(claims.joined(separator: ", ")) exist"
    case .splitClaim(let claim, let document, let line):
      "claim \(claim) has no evidence on line \(line) of \(document) to split off"
    }
  }

  /// Applies the case file's claim merges and splits to clusters of statements.
  mutating func applyClaimCorrections(_ clusters: [[Int]]) -> [[Int]] {
    var clusters = clusters
    func names(_ cluster: [Int]) -> Set<String> {
      let content = statements[cluster[0]].content
      return [content, "claim:" + NameKey.slug(content.split(separator: " ").prefix(8).joined(separator: " "))]
    }
    for (position, entry) in caseFile.corrections.enumerated() {
      switch entry.correction {
      case .mergeClaims(let claims):
        let matched = clusters.indices.filter { !names(clusters[$0]).isDisjoint(with: claims) }
        guard matched.count >= 2 else { continue }
        matchedCorrections.insert(position)
        let merged = matched.flatMap { clusters[$0] }.sorted()
        clusters = clusters.enumerated().filter { !matched.contains($0.offset) }.map(\.element) + [merged]
      case .splitClaim(let claim, let document, let line):
        guard let index = clusters.firstIndex(where: { names($0).contains(claim) }) else { continue }
        let apart = clusters[index].filter {
          statements[$0].evidence.document == document && statements[$0].evidence.line == line
        }
        guard !apart.isEmpty, apart.count < clusters[index].count else { continue }
        matchedCorrections.insert(position)
        clusters[index].removeAll { apart.contains($0) }
        clusters.append(apart)
      default:
        continue
      }
    }
    return clusters
  }
}
