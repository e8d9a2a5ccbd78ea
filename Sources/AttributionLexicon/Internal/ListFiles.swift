import Foundation

/// The word-list files, read and parsed once, on first use.
struct ListFiles: Sendable {
  private let rowsByList: [WordList: [[String]]]

  static let shared: ListFiles = {
    do {
      return try ListFiles(directory: resourceDirectory())
    } catch {
      // The lists ship inside the library; without them no text can be read.
      fatalError("AttributionLexicon: \(error)")
    }
  }()

  init(directory: URL) throws {
    var rowsByList: [WordList: [[String]]] = [:]
    for list in WordList.allCases {
      let url = directory.appendingPathComponent(list.fileName)
      guard let data = try? Data(contentsOf: url) else {
        throw ListFileError(file: url.path, line: nil, message: "the word list is missing or unreadable")
      }
      rowsByList[list] = try Self.parse(data, file: url.path, fields: WordList.fieldCounts[list] ?? 1)
    }
    self.rowsByList = rowsByList
  }

  func rows(of list: WordList) -> [[String]] { rowsByList[list] ?? [] }

  /// The rows of a list file: one a line, fields separated by tabs; lines that open with `#`
  /// and blank lines are left out. Every row has exactly `fields` fields.
  static func parse(_ data: Data, file: String, fields: Int) throws -> [[String]] {
    guard let text = String(data: data, encoding: .utf8) else {
      throw ListFileError(file: file, line: nil, message: "not UTF-8 text")
    }
    var rows: [[String]] = []
    // "\r\n" is one Character in Swift: both line ends split.
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    for (index, line) in lines.enumerated() {
      if line.isEmpty || line.hasPrefix("#") { continue }
      let row = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard row.count == fields, !row[0].isEmpty, row[0] == row[0].trimmingCharacters(in: .whitespaces)
      else {
        throw ListFileError(
          file: file, line: index + 1,
          message: "expected \(fields) tab-separated field\(fields == 1 ? "" : "s") with no surrounding spaces, found \(row.count)")
      }
      rows.append(row)
    }
    return rows
  }

  /// Where the lists are: the module's resource bundle.
  private static func resourceDirectory() -> URL {
    Bundle.module.resourceURL!.appendingPathComponent("Lists")
  }
}

/// A word-list file that cannot be read as one.
struct ListFileError: Error, CustomStringConvertible {
  var file: String
  var line: Int?
  var message: String

  var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}

extension WordList {
  /// The number of tab-separated fields of each row, for lists with more than one.
  static let fieldCounts: [WordList: Int] = [
    .cueVerbs: 2, .lemmas: 2, .gazetteerDemonyms: 2, .gazetteerSpellings: 2, .gazetteerAffiliations: 3,
    .partyWords: 2, .newsOutlets: 2, .subjectiveWords: 3,
  ]
}
