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

  @Argument(
    help: "Article files (.txt or .md, optionally with YAML front matter; .html pages), case folders (their articles are read), or - for standard input.")
  var paths: [String]

  @Option(help: "json: one pretty array of documents; jsonl: one document per line.")
  var format: Format = .json

  @OptionGroup var timeLimit: TimeLimitOption

  /// Corpora can be large: no limit unless one is given.
  static let defaultTimeLimit: Double = 0

  func run() throws {
    let reader = DocumentReader()
    let extractor = AttributionExtractor()
    var outputs: [ExtractionOutput] = []
    var failed = false
    func report(_ error: Error) {
      failed = true
      StandardError.write("\(error.localizedDescription)\n")
    }
    for path in paths {
      let found: [Document]
      do {
        found = try documents(at: path, reader: reader, onProblem: report)
      } catch {
        report(error)
        continue
      }
      for document in found {
        let output = ExtractionOutput(
          document: document.id, attributions: extractor.attributions(in: document))
        if format == .jsonl {
          var line = ExtractionJSONLine()
          line.append(output)
          line.endLine()
          // A failing standard output (a full disk) stops the command: nothing more can be written.
          try StandardOutput.write(Data(line.bytes))
        } else {
          outputs.append(output)
        }
      }
    }
    if format == .json { try write(outputs) }
    if failed { throw ExitCode.failure }
  }

  /// The article at `path`, or, for a folder, the articles of the case it holds (its
  /// `articles/` folder, or the article files in it), in name order.
  private func documents(
    at path: String, reader: DocumentReader, onProblem: (Error) -> Void
  ) throws -> [Document] {
    if path == "-" { return [try StandardInput.article(reader: reader)] }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      let aCase = try Case.read(directory: URL(fileURLWithPath: path), reader: reader)
      aCase.problems.forEach(onProblem)
      // Warnings about articles that were read (an unknown front-matter key) do not fail.
      for warning in aCase.documents.flatMap(\.warnings) { Diagnostics.warn(warning.description) }
      return aCase.documents
    }
    let document = try reader.read(contentsOf: URL(fileURLWithPath: path), displayPath: path)
    for warning in document.warnings { Diagnostics.warn(warning.description) }
    return [document]
  }

  private func write(_ outputs: [ExtractionOutput]) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(outputs)
    data.append(UInt8(ascii: "\n"))
    try StandardOutput.write(data)
  }
}

/// One document's attributions in the `extract` JSON schema (version 1).
struct ExtractionOutput: Encodable {
  var schemaVersion = 1
  var document: String
  var attributions: [Attribution]

  enum CodingKeys: String, CodingKey {
    case schemaVersion, document, attributions
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(schemaVersion, forKey: .schemaVersion)
    try container.encode(document, forKey: .document)
    try container.encode(attributions.map(AttributionRecord.init), forKey: .attributions)
  }
}

/// An attribution as written by `extract`: a null source stays explicit, absent extras are left
/// out, and the sentence span is not repeated.
struct AttributionRecord: Encodable {
  var attribution: Attribution

  enum CodingKeys: String, CodingKey {
    case kind, quote, source, cue, content, channel, recipient, relay
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
  }
}
