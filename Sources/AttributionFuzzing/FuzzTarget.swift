import AttributionAnalysis
import AttributionDocuments
import AttributionEvaluation
import AttributionExport
import AttributionExtraction
import AttributionGraph
import AttributionMap
import AttributionReport
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
  /// A corpus in JSON Lines, read in small chunks, each line an article extracted.
  case corpus
  /// Text as a Graphviz label and node name: what Graphviz draws must be the text given.
  case dotLabel = "dot-label"
  /// An article drawn as a map (SVG) and a report (HTML): both must parse and be inert.
  case report
  /// An article's graph exported as GraphML, PROV and JSON: each must parse.
  case exports

  /// The folders of seed inputs beside `Tests/Fuzz/corpus/TARGET`, relative to the package
  /// root: the example cases' articles and the saved-page fixtures (Scripts/fuzz lists the same).
  public var seedFolders: [String] {
    switch self {
    case .article, .report, .exports:
      ["Graphs/north-korean-troops-kursk/articles", "Graphs/fbi-clinton-email-decision/articles"]
    case .page: ["Tests/AttributionEndToEndTests/Fixtures/saved-pages/html/articles"]
    case .caseFile, .brat, .claimsGold, .dotLabel, .corpus: []
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
    case .corpus:
      readCorpus(data)
    case .dotLabel:
      guard let text = String(data: data, encoding: .utf8), text.unicodeScalars.count <= 4_000,
        LabelRoundTrip.fitsLayout(text)
      else { return }
      if let problem = LabelRoundTrip.problem(with: text) { fatalError("dot-label: \(problem)") }
    case .report:
      guard let document = try? DocumentReader().read(data: data, id: "fuzz", path: "fuzz.md") else { return }
      checkReport(document)
    case .exports:
      guard let document = try? DocumentReader().read(data: data, id: "fuzz", path: "fuzz.md") else { return }
      checkExports(document)
    }
  }

  /// Extraction and the graph stage on one document (kept small: libFuzzer wants speed).
  @discardableResult
  private func build(_ document: Document, limit: Int = 20_000) -> AttributionGraph? {
    guard document.text.unicodeScalars.count <= limit else { return nil }
    let attributions = AttributionExtractor().attributions(in: document)
    return AttributionGraphBuilder().build(
      extracted: [(document, attributions)], caseFile: CaseFile(), title: document.metadata.title ?? "fuzz")
  }

  /// The lines of a corpus, read seven bytes at a time (line ends fall across chunks) with a
  /// small line limit (long lines are skipped), each record read and extracted.
  private func readCorpus(_ data: Data) {
    var rest = data
    var lines = CorpusLines(maximumBytes: 4_096) {
      guard !rest.isEmpty else { return nil }
      defer { rest.removeFirst(min(7, rest.count)) }
      return rest.prefix(7)
    }
    while let line = try? lines.next() {
      guard case .text(let number, let bytes) = line,
        let document = try? CorpusRecord.document(from: bytes, number: number, path: "fuzz.jsonl")
      else { continue }
      _ = AttributionExtractor().attributions(in: document)
    }
  }

  /// The map (SVG, laid out by Graphviz) and the report of one article: the SVG must be
  /// well-formed XML, the report well-formed XML and, read as a browser reads it, inert.
  private func checkReport(_ document: Document) {
    guard let graph = build(document, limit: 4_000) else { return }
    let model = CorroborationModel()
    let claims = model.assess(graph)
    let svg: Data
    do {
      svg = try AttributionMap(graph: graph, assessments: claims).render(.svg, engine: .dot).data
    } catch {
      fatalError("report: the map could not be drawn: \(error)")
    }
    if let problem = MarkupCheck.problem(in: svg, xml: true) { fatalError("report: map SVG: \(problem)") }
    // As `report` builds it; the article's text stands in for an unreadable file's message.
    let aCase = Case(
      name: "fuzz", directory: URL(fileURLWithPath: "/fuzz"), documents: [document],
      problems: [InputError(file: "/fuzz/articles/unread.md", String(document.text.prefix(200)))])
    var report = CaseReport(case: aCase, graph: graph, model: model, assessments: claims, svg: svg)
    do {
      try report.drawSmallMaps(graph: graph)
    } catch {
      fatalError("report: the overview could not be drawn: \(error)")
    }
    let html = Data(HTMLReport().render(report).utf8)
    let scripts = HTMLReport.inlineScripts
    if let problem = MarkupCheck.problem(in: html, xml: true, scripts: scripts) {
      fatalError("report: HTML as XML: \(problem)")
    }
    if let problem = MarkupCheck.problem(in: html, xml: false, scripts: scripts) {
      fatalError("report: HTML: \(problem)")
    }
  }

  /// One article's graph in each export format, read back by a parser for that format.
  private func checkExports(_ document: Document) {
    guard let graph = build(document) else { return }
    var judgements: [String: ClaimJudgement] = [:]
    for assessment in CorroborationModel().assess(graph) {
      judgements[assessment.id] = ClaimJudgement(
        statuses: assessment.status.map(\.rawValue), primaryStatus: assessment.primaryStatus.rawValue,
        score: assessment.score, contestedRange: assessment.contest?.range)
    }
    for format in ExportFormat.allCases {
      let data: Data
      do {
        data = try format.exporter(judgements: judgements).export(graph)
      } catch {
        fatalError("exports: \(format) failed: \(error)")
      }
      switch format {
      case .graphml:
        if let problem = MarkupCheck.problem(in: data, xml: true) { fatalError("exports: GraphML: \(problem)") }
      default:
        if (try? JSONSerialization.jsonObject(with: data)) == nil { fatalError("exports: \(format) is not JSON") }
      }
    }
  }

  /// The article BRAT inputs point into.
  static let bratDocument = Document(
    id: "fuzz", text: "Ukraine's defense minister, Rustem Umerov, confirmed the report in an interview with KBS.\nHe said it was a small clash.\n")
}
