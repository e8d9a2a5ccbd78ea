import AttributionDocuments
import AttributionExtraction
import Foundation

/// `extract`'s output as documents arrive, in input order: documents are gathered in batches,
/// each batch is extracted on all cores, and (for JSON Lines) its lines are written before the
/// next batch is read, so memory holds one batch whatever the size of the input.
final class ExtractionStream {
  /// Documents extracted together: enough to keep every core busy, few enough to stay small.
  static let batchSize = 64

  /// What is waiting to be written: an article to extract, or an input that could not be read,
  /// written as an error record in its place (`--errors-as-records`).
  private enum Item {
    case document(Document)
    case error(String)
  }

  private let extractor: AttributionExtractor
  private let format: ExtractCommand.Format
  private var pending: [Item] = []
  /// The whole output, for `--format json` (one array, written at the end).
  private var outputs: [ExtractionOutput] = []
  private let progress: ExtractionProgress?

  init(format: ExtractCommand.Format, progress: ExtractionProgress?, extractor: AttributionExtractor) {
    self.format = format
    self.extractor = extractor
    self.progress = progress
  }

  /// Adds a document; a full batch is extracted and written.
  func add(_ document: Document) throws {
    pending.append(.document(document))
    if pending.count >= Self.batchSize { try flush() }
  }

  /// Adds an error record in the input's place (JSON Lines only).
  func addError(_ message: String) throws {
    pending.append(.error(message))
    if pending.count >= Self.batchSize { try flush() }
  }

  /// Extracts and writes what is pending.
  func flush() throws {
    guard !pending.isEmpty else { return }
    let items = pending
    pending.removeAll(keepingCapacity: true)
    let documents = items.compactMap { item -> Document? in
      if case .document(let document) = item { return document } else { return nil }
    }
    let results = BatchResults(count: documents.count)
    let extractor = extractor
    DispatchQueue.concurrentPerform(iterations: documents.count) { index in
      results.set(index, extractor.attributions(in: documents[index]))
    }
    var extracted = zip(documents, results.values).map {
      ExtractionOutput(document: $0.id, metadata: $0.metadata, attributions: $1, tier: extractor.tier)
    }.makeIterator()
    switch format {
    case .jsonl:
      var lines = ExtractionJSONLine()
      for item in items {
        switch item {
        case .document: lines.append(extracted.next()!)
        case .error(let message): lines.appendError(message)
        }
        lines.endLine()
      }
      // A failing standard output (a full disk) stops the command: nothing more can be written.
      try StandardOutput.write(Data(lines.bytes))
    case .json:
      while let output = extracted.next() { outputs.append(output) }
    }
    progress?.advance(by: documents.count)
  }

  /// Writes what is left: the last batch, and for `--format json` the whole array.
  func finish() throws {
    try flush()
    progress?.finish()
    guard format == .json else { return }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(outputs)
    data.append(UInt8(ascii: "\n"))
    try StandardOutput.write(data)
  }
}

/// One slot per document, filled from concurrent workers.
private final class BatchResults: @unchecked Sendable {
  private var slots: [[Attribution]]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: [], count: count) }

  func set(_ index: Int, _ value: [Attribution]) {
    lock.withLock { slots[index] = value }
  }

  var values: [[Attribution]] { lock.withLock { slots } }
}

/// Progress of a long `extract` on standard error: articles, articles per second and, when the
/// input's size is known, how far through it and the time left. Shown only when standard error
/// is a terminal (and not with `--quiet`), at most twice a second, on one line.
final class ExtractionProgress {
  private let start = Date()
  private var lastShown = Date.distantPast
  private var articles = 0
  /// The input's total bytes, when known (files, not standard input).
  private let totalBytes: Int?
  /// How many of them have been read, when known.
  var bytesRead: () -> Int = { 0 }

  /// Progress for an input of `totalBytes`, or nil when it should not be shown.
  static func make(quiet: Bool, totalBytes: Int?) -> ExtractionProgress? {
    guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
    return ExtractionProgress(totalBytes: totalBytes)
  }

  private init(totalBytes: Int?) {
    self.totalBytes = totalBytes
  }

  func advance(by count: Int) {
    articles += count
    let now = Date()
    guard now.timeIntervalSince(lastShown) >= 0.5 else { return }
    lastShown = now
    show(now)
  }

  func finish() {
    guard articles > 0 else { return }
    show(Date())
    try? FileDescriptor.writeAll(Data("\n".utf8), to: STDERR_FILENO)
  }

  private func show(_ now: Date) {
    let elapsed = max(now.timeIntervalSince(start), 0.001)
    var line = "extract: \(articles) articles, \(Int(Double(articles) / elapsed))/s"
    if let totalBytes, totalBytes > 0 {
      let done = min(Double(bytesRead()) / Double(totalBytes), 1)
      line += ", \(Int(done * 100))%"
      if done > 0.01 { line += ", about \(Int((elapsed / done - elapsed).rounded())) s left" }
    }
    // Written raw: the carriage return and erase-line sequence are the point (the text is ours).
    try? FileDescriptor.writeAll(Data(("\r\u{1B}[K" + line).utf8), to: STDERR_FILENO)
  }
}
