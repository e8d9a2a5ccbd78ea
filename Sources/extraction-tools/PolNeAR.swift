@_spi(Training) import AttributionExtraction
import ArgumentParser
import AttributionDocuments
import Foundation

/// Reads a PolNeAR split (BRAT standoff): `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann`.
/// When an article has several annotators, the first .ann in sorted order is used.
enum PolNeAR {
  /// With `silver`, each article also gets the silver tags in `silver/NAME.tsv` (lines of start,
  /// end, Penn Treebank tag and dependency label, tab-separated, as `Scripts/silver-syntax`
  /// writes them).
  static func read(split directory: URL, silver: URL? = nil) throws -> [TrainingDocument] {
    let fileManager = FileManager.default
    let annotations = directory.appendingPathComponent("attributions")
    let names = try fileManager.contentsOfDirectory(atPath: annotations.path)
      .filter { $0.hasSuffix(".ann") }.sorted()
    var seen = Set<String>()
    var documents: [TrainingDocument] = []
    for name in names {
      let base = String(name.dropLast(4))
      guard let underscore = base.lastIndex(of: "_") else { continue }
      let article = String(base[..<underscore])
      guard seen.insert(article).inserted else { continue }
      let textURL = directory.appendingPathComponent("text").appendingPathComponent(article + ".txt")
      let text = try String(contentsOf: textURL, encoding: .utf8)
      let ann = try String(contentsOf: annotations.appendingPathComponent(name), encoding: .utf8)
      documents.append(
        TrainingDocument(
          document: Document(id: article, path: textURL.path, text: text),
          attributions: try parse(ann, file: name),
          silver: try silver.map { try readSilver($0.appendingPathComponent(article + ".tsv")) }))
    }
    return documents
  }

  /// The silver tokens of one article.
  static func readSilver(_ url: URL) throws -> [SilverToken] {
    let text = try String(contentsOf: url, encoding: .utf8)
    return try text.split(separator: "\n").enumerated().map { number, line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 4, let start = Int(fields[0]), let end = Int(fields[1]) else {
        throw ValidationError("\(url.path):\(number + 1): expected start, end, tag and label")
      }
      return SilverToken(span: TextSpan(start, end), partOfSpeech: String(fields[2]), dependency: String(fields[3]))
    }
  }

  /// The attributions of one .ann file: `T` lines are spans, `E` lines tie them together.
  static func parse(_ ann: String, file: String) throws -> [TrainingAttribution] {
    var spans: [String: [TextSpan]] = [:]
    var events: [[String: String]] = []
    for line in ann.split(separator: "\n", omittingEmptySubsequences: true) {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 2, let id = fields.first, id.count > 1 else { continue }
      if id.hasPrefix("T"), Int(id.dropFirst()) != nil {
        let head = fields[1].split(separator: " ", maxSplits: 1)
        guard head.count == 2 else { continue }
        spans[String(id)] = head[1].split(separator: ";").compactMap { part in
          let bounds = part.split(separator: " ").compactMap { Int($0) }
          return bounds.count == 2 ? TextSpan(bounds[0], bounds[1]) : nil
        }
      } else if id.hasPrefix("E"), Int(id.dropFirst()) != nil {
        var roles: [String: String] = [:]
        for argument in fields[1].split(separator: " ") {
          let pair = argument.split(separator: ":")
          if pair.count == 2 { roles[String(pair[0])] = String(pair[1]) }
        }
        events.append(roles)
      }
    }
    return events.compactMap { roles in
      let cue = roles["Cue"].flatMap { spans[$0] } ?? []
      guard !cue.isEmpty else { return nil }
      return TrainingAttribution(
        source: roles["Source"].flatMap { spans[$0] } ?? [], cue: cue,
        content: roles["Content"].flatMap { spans[$0] } ?? [])
    }
  }
}
