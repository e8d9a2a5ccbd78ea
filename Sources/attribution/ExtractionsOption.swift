import ArgumentParser
import AttributionDocuments
import AttributionExtraction
import Foundation

/// `--extractions FILE`: a case command builds its graph from `attribution extract` output made
/// elsewhere (on a cluster, earlier, by another tool writing the same records) instead of
/// extracting the case's articles itself. The articles are still read: the graph quotes their
/// sentences and lines.
struct ExtractionsOption: ParsableArguments {
  @Option(
    name: .customLong("extractions"),
    help: ArgumentHelp(
      "Build the graph from this `attribution extract` output (JSON Lines or a JSON array) instead of extracting the articles here; an article it lacks is extracted here, with a warning.",
      valueName: "file"))
  var path: String?

  @OptionGroup var tier: TierOption

  @OptionGroup var caseSize: CaseSizeOption

  /// The extractor that reads the case's articles (those `--extractions` lacks, when given).
  func extractor() throws -> AttributionExtractor { try tier.extractor() }

  /// The loader of a case command: these records, this tier, this case size.
  func loader(strict: Bool) throws -> CaseLoader {
    CaseLoader(strict: strict, extractions: path, extractor: try extractor(), maximumBytes: caseSize.bytes)
  }
}

/// An extractor that answers from records read from a file, and extracts the articles they lack.
struct RecordedExtractor: AttributionExtracting {
  var recorded: [String: [Attribution]]
  var fallback: AttributionExtractor

  func attributions(in document: Document) -> [Attribution] {
    recorded[document.id] ?? fallback.attributions(in: document)
  }

  /// The records of `path` placed in the articles of `aCase`: a line that is not a record, or a
  /// record that does not fit its article, fails with the file and line; articles without a
  /// record, and records of articles the case lacks, are warnings.
  static func read(_ path: String, for aCase: Case, fallback: AttributionExtractor) throws -> RecordedExtractor {
    struct Line: Decodable {
      var document: String?
      var attributions: [ExtractedRecord]?
      var error: String?
    }
    var records: [(place: String, line: Line)] = []
    try ExtractOutputFile.read(path, as: Line.self) { place, problem in
      throw CommandFailure("\(place): \(problem) (--extractions)")
    } record: { place, line in
      records.append((place, line))
    }
    let documents = Dictionary(aCase.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var recorded: [String: [Attribution]] = [:]
    var strangers: [String] = []
    for (place, record) in records {
      guard record.error == nil else { continue }
      guard let id = record.document, let attributions = record.attributions else {
        throw CommandFailure("\(place): not an `attribution extract` record (--extractions)")
      }
      guard let document = documents[id] else {
        strangers.append(id)
        continue
      }
      do {
        recorded[id] = try ExtractedRecord.attributions(attributions, in: document)
      } catch let mismatch as ExtractedRecord.Mismatch {
        throw CommandFailure("\(place): the record of \(document.path) does not fit it: \(mismatch)")
      }
    }
    if !strangers.isEmpty {
      Diagnostics.warn("\(path): \(strangers.count) record(s) of articles not in this case (e.g. \(strangers[0])) were left out")
    }
    let missing = aCase.documents.filter { recorded[$0.id] == nil }
    if !missing.isEmpty {
      Diagnostics.warn("\(path) has no record of \(missing.count) article(s) (e.g. \(missing[0].path)); they are extracted here")
    }
    return RecordedExtractor(recorded: recorded, fallback: fallback)
  }
}
