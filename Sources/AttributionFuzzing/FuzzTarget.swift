import AttributionDocuments
import AttributionEvaluation
import AttributionExtraction
import AttributionGraph
import Foundation

/// The input surfaces fuzzed with libFuzzer (`Scripts/fuzz`), each a function that must return
/// for any bytes: an error for bad input is fine, a crash, hang or sanitizer report is a bug.
/// The committed corpora and every crash found are replayed by the tests.
public enum FuzzTarget: String, CaseIterable, Sendable {
  /// An article file: front matter and body, read, extracted and built into a graph.
  case article
  /// A saved web page: read with the HTML reader, then extracted.
  case page
  /// A case file (`case.yaml`), corrections included.
  case caseFile = "case-file"
  /// A BRAT annotation file over a fixed article text.
  case brat
  /// A gold claims file (`claims-gold.yaml`).
  case claimsGold = "claims-gold"

  /// The folders of seed inputs beside `Tests/Fuzz/corpus/TARGET`, relative to the package
  /// root: the example cases' articles and the saved-page fixtures (Scripts/fuzz lists the same).
  public var seedFolders: [String] {
    switch self {
    case .article: ["Graphs/north-korean-troops-kursk/articles", "Graphs/fbi-clinton-email-decision/articles"]
    case .page: ["Tests/AttributionEndToEndTests/Fixtures/saved-pages/html/articles"]
    case .caseFile, .brat, .claimsGold: []
    }
  }

  /// Runs one input through the target.
  public func run(_ data: Data) {
    switch self {
    case .article:
      guard let document = try? DocumentReader().read(data: data, id: "fuzz", path: "fuzz.md") else { return }
      build(document)
    case .page:
      guard let document = try? DocumentReader().readPage(data: data, id: "fuzz", path: "fuzz.html") else { return }
      build(document)
    case .caseFile:
      guard let text = String(data: data, encoding: .utf8) else { return }
      _ = try? CaseFile.parse(text, path: "case.yaml")
    case .brat:
      guard let text = String(data: data, encoding: .utf8) else { return }
      _ = try? BratAnnotationParser.parse(text, path: "fuzz.ann", document: Self.bratDocument)
    case .claimsGold:
      guard let text = String(data: data, encoding: .utf8) else { return }
      _ = try? ClaimGold.parse(text, path: "claims-gold.yaml")
    }
  }

  /// Extraction and the graph stage on one document (kept small: libFuzzer wants speed).
  private func build(_ document: Document) {
    guard document.text.unicodeScalars.count <= 20_000 else { return }
    let attributions = AttributionExtractor().attributions(in: document)
    _ = AttributionGraphBuilder().build(extracted: [(document, attributions)], caseFile: CaseFile(), title: "fuzz")
  }

  /// The article BRAT inputs point into.
  static let bratDocument = Document(
    id: "fuzz", text: "Ukraine's defense minister, Rustem Umerov, confirmed the report in an interview with KBS.\nHe said it was a small clash.\n")
}
