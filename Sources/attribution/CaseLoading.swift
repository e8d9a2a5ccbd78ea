import ArgumentParser
import AttributionDocuments
import AttributionExtraction
import AttributionGraph
import Foundation

/// Reading a case folder for a command: the articles that cannot be read are reported on
/// standard error and left out, as are warnings about articles that are read (an unknown
/// front-matter key); with `strict`, any of them fails the command with exit status 2 before
/// anything is written. A malformed case.yaml always fails (status 1).
struct CaseLoader {
  var strict: Bool
  /// `attribution extract` output to build graphs from instead of extracting here
  /// (`--extractions`).
  var extractions: String? = nil
  /// The extractor that reads the articles (`--tier`).
  var extractor = AttributionExtractor()
  /// The most article bytes the case may hold (`--max-case-mb`).
  var maximumBytes = Case.maximumBytes

  func load(_ path: String) throws -> Case {
    StageProgress.step("reading the case's articles")
    let aCase = try Case.read(directory: URL(fileURLWithPath: path), maximumBytes: maximumBytes)
    let warnings = aCase.warnings
    for warning in warnings {
      Diagnostics.warn(warning.description)
    }
    if strict, !warnings.isEmpty {
      StandardError.write(TerminalText.inert(
        "Error: \(warnings.count) warning(s) about the case's articles; nothing written (--strict)") + "\n")
      throw ExitCode(2)
    }
    return aCase
  }

  /// The case's graph; case-file corrections that matched nothing are reported as warnings.
  func graph(_ path: String, matching: ClaimMatching = .semantic) throws -> AttributionGraph {
    try assemble(try load(path), matching: matching)
  }

  /// The graph of `aCase`, from the `--extractions` records when given; case-file corrections
  /// that match nothing are warnings.
  func assemble(_ aCase: Case, matching: ClaimMatching = .semantic) throws -> AttributionGraph {
    var builder = AttributionGraphBuilder(extractor: extractor, claimMatching: matching)
    if let extractions {
      builder.extractor = try RecordedExtractor.read(extractions, for: aCase, fallback: extractor)
    }
    StageProgress.step("building the graph of \(aCase.documents.count) articles (\(extractor.tier.rawValue) tier)")
    var (graph, warnings) = builder.assemble(aCase)
    for warning in warnings { Diagnostics.warn(warning.description) }
    graph.extraction = extractions.map { "records from \(URL(fileURLWithPath: $0).lastPathComponent); \(extractor.tier.rawValue) tier for articles they lack" } ?? "\(extractor.tier.rawValue) tier"
    return graph
  }
}

/// Messages on standard error.
enum Diagnostics {
  static func warn(_ message: String) {
    StageProgress.clear()
    StandardError.write("warning: \(message)\n")
  }
}
