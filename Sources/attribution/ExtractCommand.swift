import ArgumentParser
import AttributionDocuments
import AttributionExtraction
import Foundation

/// `attribution extract`: the attributions found in each article, as JSON.
struct ExtractCommand: ParsableCommand, TimeLimited {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Extract attributions (source, cue, content) from articles as JSON.")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json
    case jsonl
  }

  enum Input: String, ExpressibleByArgument, CaseIterable {
    /// Article files and case folders.
    case article
    /// A corpus as JSON Lines, one article per line.
    case jsonl
  }

  @Argument(
    help: "Article files (.txt or .md, optionally with YAML front matter; .html pages), case folders (their articles are read), corpora as JSON Lines (.jsonl, .ndjson: one article per line), or - for standard input.")
  var paths: [String]

  @Option(help: "json: one pretty array of documents; jsonl: one document per line, written as it goes.")
  var format: Format = .json

  @Option(help: "How to read the paths: article (files and case folders) or jsonl (a corpus, one article per line). By default .jsonl and .ndjson files are corpora, everything else articles.")
  var input: Input?

  @Option(
    name: .customLong("field"),
    help: ArgumentHelp(
      "In a corpus, the key that holds a field: FIELD=KEY, for the fields \(CorpusFields.names.joined(separator: ", ")) (e.g. text=body); repeatable.",
      valueName: "field=key"))
  var fieldKeys: [String] = []

  @Flag(help: "Stop at the first article or corpus line that cannot be read; by default it is reported and skipped, and the command exits with status 1 at the end.")
  var strict = false

  @Flag(help: "With --format jsonl, an input that cannot be read becomes a line {\"error\": \"FILE:LINE: …\", \"schemaVersion\": 1} in its place, and does not fail the command (for batch jobs such as Spark's, which keep output, not standard error).")
  var errorsAsRecords = false

  @Flag(help: "No progress line on standard error (it is shown only on a terminal).")
  var quiet = false

  @OptionGroup var tier: TierOption

  @OptionGroup var caseSize: CaseSizeOption

  @OptionGroup var timeLimit: TimeLimitOption

  /// Corpora can be large: no limit unless one is given.
  static let defaultTimeLimit: Double = 0

  func validate() throws {
    if errorsAsRecords && format != .jsonl {
      throw ValidationError("--errors-as-records needs --format jsonl")
    }
    do { _ = try corpusFields() } catch let error as InputError { throw ValidationError(error.message) }
  }

  func run() throws {
    let reader = DocumentReader()
    let fields = try corpusFields()
    let corpora = paths.filter(isCorpus)
    let progress = ExtractionProgress.make(
      quiet: quiet, totalBytes: corpora.contains("-") ? nil : corpora.reduce(0) { $0 + Self.size(of: $1) })
    let stream = ExtractionStream(format: format, progress: progress, extractor: try tier.extractor(standard: .fast))
    var failed = false
    func report(_ error: Error) throws {
      if errorsAsRecords && !strict {
        try stream.addError(error.localizedDescription)
        return
      }
      failed = true
      StandardError.write("\(error.localizedDescription)\n")
      if strict {
        try stream.flush()
        throw ExitCode.failure
      }
    }
    var corpusBytesBefore = 0
    for path in paths {
      if isCorpus(path) {
        let lines: CorpusLines
        if path == "-" {
          lines = CorpusLines(handle: .standardInput, maximumBytes: reader.maximumBytes + (1 << 20))
        } else {
          guard let handle = FileHandle(forReadingAtPath: path) else {
            try report(InputError(file: path, "cannot open the corpus file"))
            continue
          }
          lines = CorpusLines(handle: handle, maximumBytes: reader.maximumBytes + (1 << 20))
        }
        var corpus = lines
        let before = corpusBytesBefore
        progress?.bytesRead = { before + corpus.bytesRead }
        let shown = path == "-" ? "stdin" : path
        while let line = try readLine(&corpus, path: shown, report: report) {
          do {
            let document = try CorpusRecord.document(from: line.bytes, number: line.number, path: shown, fields: fields)
            for warning in document.warnings { Diagnostics.warn(warning.description) }
            try stream.add(document)
          } catch let error as InputError {
            try report(error)
          }
        }
        corpusBytesBefore += corpus.bytesRead
        continue
      }
      let found: [Document]
      do {
        found = try documents(at: path, reader: reader, onProblem: report)
      } catch let exit as ExitCode {
        throw exit
      } catch {
        try report(error)
        continue
      }
      for document in found { try stream.add(document) }
    }
    try stream.finish()
    if failed { throw ExitCode.failure }
  }

  /// The next line of `lines` to read as an article; a line over the limit is reported.
  private func readLine(
    _ lines: inout CorpusLines, path: String, report: (Error) throws -> Void
  ) throws -> (number: Int, bytes: Data)? {
    while let line = try lines.next() {
      switch line {
      case .text(let number, let bytes):
        return (number, bytes)
      case .tooLong(let number, let bytes):
        try report(InputError(
          file: path, line: number, "the line is \(bytes) bytes, over the \(lines.maximumBytes) a corpus line may hold: skipped"))
      }
    }
    return nil
  }

  /// The corpus field names, with `--field` renames applied.
  private func corpusFields() throws -> CorpusFields {
    var fields = CorpusFields()
    for key in fieldKeys { try fields.rename(key) }
    return fields
  }

  /// Whether `path` is read as a corpus: as `--input` says, else by its extension.
  private func isCorpus(_ path: String) -> Bool {
    if let input { return input == .jsonl }
    let ext = (path as NSString).pathExtension.lowercased()
    return ext == "jsonl" || ext == "ndjson"
  }

  private static func size(of path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0
  }

  /// The article at `path`, or, for a folder, the articles of the case it holds (its
  /// `articles/` folder, or the article files in it), in name order.
  private func documents(
    at path: String, reader: DocumentReader, onProblem: (Error) throws -> Void
  ) throws -> [Document] {
    if path == "-" { return [try StandardInput.article(reader: reader)] }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      let aCase = try Case.read(directory: URL(fileURLWithPath: path), reader: reader, maximumBytes: caseSize.bytes)
      try aCase.problems.forEach(onProblem)
      // Warnings about articles that were read (an unknown front-matter key) do not fail.
      for warning in aCase.documents.flatMap(\.warnings) { Diagnostics.warn(warning.description) }
      return aCase.documents
    }
    let document = try reader.read(contentsOf: URL(fileURLWithPath: path), displayPath: path)
    for warning in document.warnings { Diagnostics.warn(warning.description) }
    return [document]
  }
}

/// One document's attributions in the `extract` JSON schema (version 1).
struct ExtractionOutput: Encodable {
  var schemaVersion = 1
  var document: String
  /// The article's outlet, title, date, URL and author, when any is known; absent otherwise.
  var metadata: ArticleMetadata?
  var attributions: [Attribution]
  /// The extraction tier that found them.
  var tier: ExtractionTier?

  init(document: String, metadata: ArticleMetadata? = nil, attributions: [Attribution], tier: ExtractionTier? = nil) {
    self.document = document
    self.metadata = metadata == ArticleMetadata() ? nil : metadata
    self.attributions = attributions
    self.tier = tier
  }

  enum CodingKeys: String, CodingKey {
    case schemaVersion, document, metadata, attributions, tier
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(schemaVersion, forKey: .schemaVersion)
    try container.encode(document, forKey: .document)
    try container.encodeIfPresent(metadata, forKey: .metadata)
    try container.encode(attributions.map(AttributionRecord.init), forKey: .attributions)
    try container.encodeIfPresent(tier?.rawValue, forKey: .tier)
  }
}

/// An attribution as written by `extract`: a null source stays explicit, absent extras are left
/// out, and the sentence span is not repeated.
struct AttributionRecord: Encodable {
  var attribution: Attribution

  enum CodingKeys: String, CodingKey {
    case kind, quote, source, cue, content, channel, recipient, relay, sentence
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(attribution.kind, forKey: .kind)
    try container.encode(attribution.quote, forKey: .quote)
    try container.encode(attribution.source, forKey: .source)
    try container.encode(attribution.cue, forKey: .cue)
    try container.encode(attribution.content, forKey: .content)
    try container.encodeIfPresent(attribution.channel, forKey: .channel)
    try container.encodeIfPresent(attribution.recipient, forKey: .recipient)
    try container.encodeIfPresent(attribution.relay, forKey: .relay)
    try container.encode(attribution.sentence, forKey: .sentence)
  }
}
