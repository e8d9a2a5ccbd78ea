import AttributionDocuments
import AttributionExtraction
import Foundation

/// Turns a case's articles into an attribution graph: extracts attributions, resolves who is who
/// across articles, merges claims that assert the same thing, and links sourcing chains.
public struct AttributionGraphBuilder: Sendable {
  /// The extractor run on each article.
  public var extractor: any AttributionExtracting
  /// How alike two contents must be (TF-IDF cosine) to count as one claim under lexical matching.
  public var claimMergeThreshold: Double
  /// How statements are matched into claims.
  public var claimMatching: ClaimMatching

  public init(
    extractor: any AttributionExtracting = AttributionExtractor(), claimMergeThreshold: Double = 0.5,
    claimMatching: ClaimMatching = .semantic
  ) {
    self.extractor = extractor
    self.claimMergeThreshold = claimMergeThreshold
    self.claimMatching = claimMatching
  }

  /// The graph of a case. Articles are extracted concurrently; the result does not depend on
  /// scheduling.
  public func build(from aCase: Case) -> AttributionGraph {
    assemble(aCase).graph
  }

  /// The graph of a case, with a warning for each case-file correction that matched nothing.
  public func assemble(_ aCase: Case) -> (graph: AttributionGraph, warnings: [InputError]) {
    let documents = aCase.documents
    let results = ExtractionResults(count: documents.count)
    DispatchQueue.concurrentPerform(iterations: documents.count) { index in
      results.set(index, extractor.attributions(in: documents[index]))
    }
    var assembly = GraphAssembly(
      caseFile: aCase.file, title: aCase.file.title ?? aCase.name, mergeThreshold: claimMergeThreshold,
      claimMatching: claimMatching)
    let graph = assembly.run(zip(documents, results.values).map { ($0, $1) })
    let caseFilePath = aCase.directory.appendingPathComponent("case.yaml").path
    return (graph, assembly.unmatchedCorrections(caseFilePath: caseFilePath))
  }

  /// The graph of attributions already extracted, article by article in the order given.
  public func build(
    extracted: [(document: Document, attributions: [Attribution])], caseFile: CaseFile = CaseFile(),
    title: String
  ) -> AttributionGraph {
    var assembly = GraphAssembly(
      caseFile: caseFile, title: title, mergeThreshold: claimMergeThreshold, claimMatching: claimMatching)
    return assembly.run(extracted)
  }
}

/// How statements are matched into claims.
public enum ClaimMatching: String, CaseIterable, Sendable {
  /// By meaning: sentence vectors and TF-IDF together, with vetoes for figures, polarity,
  /// modality, names, place, and who did what to whom. The sentence vectors are the encoder's
  /// in cases of up to 3,000 distinct contents, the static table's beyond. The default.
  case semantic
  /// As `semantic`, with the static table's sentence vectors whatever the case's size: faster
  /// (microseconds a statement instead of milliseconds), a little less accurate.
  case `static`
  /// By words only: TF-IDF cosine and shared distinctive words (the earlier merger, kept as the
  /// baseline semantic matching is measured against).
  case lexical
}

/// Per-article results filled from several threads.
private final class ExtractionResults: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [[Attribution]]

  init(count: Int) { slots = Array(repeating: [], count: count) }

  func set(_ index: Int, _ value: [Attribution]) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  var values: [[Attribution]] {
    lock.lock()
    defer { lock.unlock() }
    return slots
  }
}
