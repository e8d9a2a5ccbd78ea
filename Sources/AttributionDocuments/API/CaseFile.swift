import AttributionLexicon
import Foundation
import Yams

/// The kinds of entity a case file can state facts about.
public enum EntityKind: String, Codable, CaseIterable, Sendable {
  case person
  case official
  case institution
  case outlet
  case channel
}

/// What an analyst states about one real-world entity in `case.yaml`.
public struct EntityFact: Hashable, Codable, Sendable {
  /// The canonical name shown on the map.
  public var name: String
  /// What the entity is; nil leaves it to the extractor.
  public var kind: EntityKind?
  /// Other spellings and short names that mean this entity ("Andriy Kovalenko", "FT").
  public var aliases: [String]
  /// A title or position ("Pentagon press secretary").
  public var role: String?
  /// The country, government or organization the entity speaks for ("Ukraine", "US").
  public var affiliation: String?
  /// The independence class: sources in one class do not corroborate each other.
  public var independenceClass: String?
  /// The line of case.yaml this fact stands on.
  public var line: Int?

  public init(
    name: String, kind: EntityKind? = nil, aliases: [String] = [], role: String? = nil,
    affiliation: String? = nil, independenceClass: String? = nil, line: Int? = nil
  ) {
    self.name = name
    self.kind = kind
    self.aliases = aliases
    self.role = role
    self.affiliation = affiliation
    self.independenceClass = independenceClass
    self.line = line
  }
}

/// An analyst's correction of what extraction and resolution produced. Corrections are matched
/// again on every build; one that matches nothing is reported with its line.
public enum Correction: Hashable, Sendable {
  /// Drop the attributions whose cue stands on `line` of `document` (only those with cue text
  /// `cue`, when given).
  case suppress(document: String, line: Int, cue: String?)
  /// The source of the attributions whose cue stands on `line` of `document` is `entity`: splits
  /// a mention wrongly resolved to someone else, or names an anonymous source.
  case source(document: String, line: Int, entity: String)
  /// These claims (by id or exact text) are one claim.
  case mergeClaims([String])
  /// The evidence on `line` of `document` is a claim of its own, apart from `claim`.
  case splitClaim(claim: String, document: String, line: Int)
}

/// A correction with the case.yaml line it stands on.
public struct CorrectionEntry: Hashable, Sendable {
  public var correction: Correction
  public var line: Int?

  public init(_ correction: Correction, line: Int?) {
    self.correction = correction
    self.line = line
  }
}

/// The analyst's file for a case: per-article metadata for articles without front matter, facts
/// about entities, and corrections. Everything is optional.
public struct CaseFile: Hashable, Sendable {
  /// The case's title, for the map and reports.
  public var title: String?
  /// Metadata keyed by article file name (with or without its extension).
  public var articles: [String: ArticleMetadata]
  /// Facts about entities, in file order.
  public var entities: [EntityFact]
  /// Corrections, in file order.
  public var corrections: [CorrectionEntry]
  /// The case's own places, which extend the library's gazetteer (`Gazetteer`): a region or
  /// body the story names and the state it belongs to ("Kursk" → Russia).
  public var places: [Gazetteer.Place]

  /// A case file of these parts.
  public init(
    title: String? = nil, articles: [String: ArticleMetadata] = [:], entities: [EntityFact] = [],
    corrections: [CorrectionEntry] = [], places: [Gazetteer.Place] = []
  ) {
    self.title = title
    self.articles = articles
    self.entities = entities
    self.corrections = corrections
    self.places = places
  }

  static let topKeys = ["title", "articles", "entities", "corrections", "places"]
  static let placeKeys = ["name", "affiliation", "kind"]
  static let correctionKinds = ["suppress", "source", "merge claims", "split claim"]
  static let entityKeys = ["name", "kind", "aliases", "role", "affiliation", "class"]

  /// Parses case.yaml text; `path` names the file in errors.
  public static func parse(_ yaml: String, path: String) throws -> CaseFile {
    let root = try YAMLErrors.compose(yaml, file: path, lineOffset: 0)
    guard let root else { return CaseFile() }
    let top = try YAMLErrors.mapping(root, what: "the case file", file: path, lineOffset: 0)
    try YAMLErrors.checkKeys(top, allowed: topKeys, what: "the case file", file: path, lineOffset: 0)
    var file = CaseFile()
    if let title = top["title"] {
      file.title = try YAMLErrors.string(title, key: "title", file: path, lineOffset: 0)
    }
    if let articles = top["articles"] {
      let mapping = try YAMLErrors.mapping(articles, what: "'articles'", file: path, lineOffset: 0)
      for (key, value) in mapping {
        let name = try YAMLErrors.string(key, key: "articles", file: path, lineOffset: 0)
        file.articles[name] = try YAMLErrors.metadata(from: value, file: path, lineOffset: 0)
      }
    }
    if let entities = top["entities"] {
      guard let sequence = entities.sequence else {
        throw InputError(
          file: path, line: entities.mark?.line, "'entities' must be a list of entities")
      }
      file.entities = try sequence.map { try entity(from: $0, path: path) }
    }
    if let corrections = top["corrections"] {
      guard let sequence = corrections.sequence else {
        throw InputError(
          file: path, line: corrections.mark?.line, "'corrections' must be a list of corrections")
      }
      file.corrections = try sequence.map { try correction(from: $0, path: path) }
    }
    if let places = top["places"] {
      guard let sequence = places.sequence else {
        throw InputError(file: path, line: places.mark?.line, "'places' must be a list of places")
      }
      file.places = try sequence.map { try place(from: $0, path: path) }
    }
    return file
  }

  /// A place of the case: `{name: Kursk, affiliation: Russia, kind: region}`; the kind is
  /// `region` unless given.
  private static func place(from node: Node, path: String) throws -> Gazetteer.Place {
    let mapping = try YAMLErrors.mapping(node, what: "a place", file: path, lineOffset: 0)
    try YAMLErrors.checkKeys(mapping, allowed: placeKeys, what: "a place", file: path, lineOffset: 0)
    func field(_ name: String) throws -> String {
      guard let value = mapping[name] else {
        throw InputError(file: path, line: node.mark?.line, "a place needs '\(name)'")
      }
      return try YAMLErrors.string(value, key: name, file: path, lineOffset: 0)
    }
    let name = try field("name").lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard !name.isEmpty else { throw InputError(file: path, line: node.mark?.line, "a place's name is empty") }
    let affiliation = try field("affiliation")
    var kind = Gazetteer.Kind.region
    if let kindNode = mapping["kind"] {
      let raw = try YAMLErrors.string(kindNode, key: "kind", file: path, lineOffset: 0)
      guard let parsed = Gazetteer.Kind(rawValue: raw), parsed != .part else {
        let kinds = Gazetteer.Kind.allCases.filter { $0 != .part }.map(\.rawValue).joined(separator: ", ")
        throw InputError(
          file: path, line: kindNode.mark?.line, "unknown place kind \"\(raw)\" (expected one of: \(kinds))")
      }
      kind = parsed
    }
    return Gazetteer.Place(phrase: name, affiliation: affiliation, kind: kind)
  }

  private static func correction(from node: Node, path: String) throws -> CorrectionEntry {
    let mapping = try YAMLErrors.mapping(node, what: "a correction", file: path, lineOffset: 0)
    guard mapping.count == 1, let (key, value) = mapping.first, let kind = key.string,
      correctionKinds.contains(kind)
    else {
      throw InputError(
        file: path, line: node.mark?.line,
        "a correction is one of: \(correctionKinds.map { "'\($0): …'" }.joined(separator: ", "))")
    }
    let line = node.mark?.line
    if kind == "merge claims" {
      let claims = try YAMLErrors.strings(value, key: kind, file: path, lineOffset: 0)
      guard claims.count >= 2 else {
        throw InputError(file: path, line: line, "'merge claims' needs two claims or more")
      }
      return CorrectionEntry(.mergeClaims(claims), line: line)
    }
    let fields = try YAMLErrors.mapping(value, what: "'\(kind)'", file: path, lineOffset: 0)
    let allowed: [String] =
      switch kind {
      case "suppress": ["document", "line", "cue"]
      case "source": ["document", "line", "entity"]
      default: ["claim", "document", "line"]
      }
    try YAMLErrors.checkKeys(fields, allowed: allowed, what: "'\(kind)'", file: path, lineOffset: 0)
    func field(_ name: String) throws -> String {
      guard let node = fields[name] else {
        throw InputError(file: path, line: line, "'\(kind)' needs '\(name)'")
      }
      return try YAMLErrors.string(node, key: name, file: path, lineOffset: 0)
    }
    let lineText = try field("line")
    guard let articleLine = Int(lineText), articleLine > 0 else {
      throw InputError(file: path, line: fields["line"]?.mark?.line, "'line' must be a line number, not \"\(lineText)\"")
    }
    let document = (try field("document") as NSString).deletingPathExtension
    switch kind {
    case "suppress":
      let cue = try fields["cue"].map { try YAMLErrors.string($0, key: "cue", file: path, lineOffset: 0) }
      return CorrectionEntry(.suppress(document: document, line: articleLine, cue: cue), line: line)
    case "source":
      return CorrectionEntry(.source(document: document, line: articleLine, entity: try field("entity")), line: line)
    default:
      return CorrectionEntry(.splitClaim(claim: try field("claim"), document: document, line: articleLine), line: line)
    }
  }

  private static func entity(from node: Node, path: String) throws -> EntityFact {
    let mapping = try YAMLErrors.mapping(node, what: "an entity", file: path, lineOffset: 0)
    try YAMLErrors.checkKeys(mapping, allowed: entityKeys, what: "an entity", file: path, lineOffset: 0)
    guard let nameNode = mapping["name"] else {
      throw InputError(file: path, line: node.mark?.line, "an entity needs a 'name'")
    }
    var fact = EntityFact(
      name: try YAMLErrors.string(nameNode, key: "name", file: path, lineOffset: 0),
      line: node.mark?.line)
    if let kindNode = mapping["kind"] {
      let raw = try YAMLErrors.string(kindNode, key: "kind", file: path, lineOffset: 0)
      guard let kind = EntityKind(rawValue: raw) else {
        throw InputError(
          file: path, line: kindNode.mark?.line,
          "unknown entity kind \"\(raw)\" (expected one of: \(EntityKind.allCases.map(\.rawValue).joined(separator: ", ")))"
        )
      }
      fact.kind = kind
    }
    if let aliases = mapping["aliases"] {
      fact.aliases = try YAMLErrors.strings(aliases, key: "aliases", file: path, lineOffset: 0)
    }
    if let role = mapping["role"] {
      fact.role = try YAMLErrors.string(role, key: "role", file: path, lineOffset: 0)
    }
    if let affiliation = mapping["affiliation"] {
      fact.affiliation = try YAMLErrors.string(affiliation, key: "affiliation", file: path, lineOffset: 0)
    }
    if let independenceClass = mapping["class"] {
      fact.independenceClass = try YAMLErrors.string(independenceClass, key: "class", file: path, lineOffset: 0)
    }
    return fact
  }
}

/// A case: the articles of one story and the analyst's case file.
public struct Case: Sendable {
  /// The case folder's name.
  public var name: String
  /// The case folder.
  public var directory: URL
  /// The articles that could be read, sorted by file name.
  public var documents: [Document]
  /// The case file, or an empty one when the folder has none.
  public var file: CaseFile
  /// Articles that could not be read; the rest of the case is still usable.
  public var problems: [InputError]

  /// Everything to warn the user of: the articles not read, then what was wrong with articles
  /// that were read (an ignored front-matter key).
  public var warnings: [InputError] { problems + documents.flatMap(\.warnings) }

  /// The file extensions read as articles.
  public static let articleExtensions: Set<String> = ["txt", "md", "markdown", "text", "html", "htm", "xhtml"]

  /// What a file that is not an article is told: the extensions read, as a sentence.
  public static let articleExtensionsInWords = ".txt, .md, .markdown, .text, .html, .htm or .xhtml"

  public init(
    name: String, directory: URL, documents: [Document], file: CaseFile = CaseFile(),
    problems: [InputError] = []
  ) {
    self.name = name
    self.directory = directory
    self.documents = documents
    self.file = file
    self.problems = problems
  }

  /// Reads the case in `directory`: the articles under `articles/` (or, without that folder,
  /// the text and Markdown files beside `case.yaml`, README.md excepted) and `case.yaml`.
  ///
  /// The most article bytes one case may hold, 256 MiB: the graph stage needs about 35 times
  /// its input in memory (2,000 PolNeAR articles, 12.5 MB, took 435 MB), so a larger case
  /// would exhaust a machine's memory rather than finish. Corpora go through `extract`.
  public static let maximumBytes = 256 << 20

  /// A malformed case file throws, and so does a case whose articles total more than
  /// `maximumBytes`. An unreadable article is recorded in ``problems`` and the other articles
  /// are still read.
  public static func read(
    directory: URL, reader: DocumentReader = DocumentReader(), maximumBytes: Int = Case.maximumBytes
  ) throws -> Case {
    let fileManager = FileManager.default
    var isDirectory: ObjCBool = false
    guard fileManager.fileExists(atPath: directory.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw InputError(file: directory.path, "no such case folder")
    }
    let caseFileURL = directory.appendingPathComponent("case.yaml")
    var file = CaseFile()
    if fileManager.fileExists(atPath: caseFileURL.path) {
      let type = (try? fileManager.attributesOfItem(atPath: caseFileURL.resolvingSymlinksInPath().path)[.type])
        as? FileAttributeType
      guard type == .typeRegular else {
        throw InputError(file: caseFileURL.path, "is not a regular file (a folder, pipe or device)")
      }
      let data: Data
      do {
        data = try Data(contentsOf: caseFileURL)
      } catch {
        throw InputError(file: caseFileURL.path, "cannot read the case file (\(error.localizedDescription))")
      }
      guard let yaml = String(validatingUTF8Data: data), !data.contains(0) else {
        throw InputError(file: caseFileURL.path, "the case file is not UTF-8 text")
      }
      file = try CaseFile.parse(yaml, path: caseFileURL.path)
    }
    let articlesFolder = directory.appendingPathComponent("articles")
    let folder =
      fileManager.fileExists(atPath: articlesFolder.path, isDirectory: &isDirectory)
        && isDirectory.boolValue ? articlesFolder : directory
    // Saved pages are read from `articles/` only: beside case.yaml lie the case's own outputs
    // (report.html).
    let hasArticlesFolder = folder == articlesFolder
    let all = try fileManager.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
    let names = all.filter {
      let pathExtension = ($0 as NSString).pathExtension.lowercased()
      return Case.articleExtensions.contains(pathExtension) && $0.lowercased() != "readme.md"
        && (hasArticlesFolder || !DocumentReader.isPage($0))
    }
    var documents: [Document] = []
    var problems: [InputError] = []
    // In `articles/`, every file left unread is named.
    if hasArticlesFolder {
      for name in all where !names.contains(name) && name.lowercased() != "readme.md" {
        problems.append(InputError(
          file: folder.appendingPathComponent(name).path,
          "not an article (\(Case.articleExtensionsInWords)): not read"))
      }
    }
    // Articles must lie inside the case folder: a symlink out of it (in a case received from
    // someone else) would copy a private file into the report.
    let inside = directory.resolvingSymlinksInPath().standardizedFileURL.path + "/"
    var fileOfID: [String: String] = [:]
    var total = 0
    for name in names {
      let url = folder.appendingPathComponent(name)
      let target = url.resolvingSymlinksInPath().standardizedFileURL.path
      guard target.hasPrefix(inside) else {
        problems.append(InputError(
          file: url.path, "a symlink to \(target), outside the case folder: not read (copy the file into the case to use it)"))
        continue
      }
      // Counted before reading, so that an oversized case fails fast and whole: leaving
      // articles out silently would change every score.
      total += (try? fileManager.attributesOfItem(atPath: target)[.size] as? Int) ?? 0
      if total > maximumBytes {
        throw InputError(
          file: folder.path,
          "the case's articles pass \(maximumBytes % (1 << 20) == 0 ? "\(maximumBytes >> 20) MiB" : "\(maximumBytes) bytes") at \(name), more than one case may hold: split the case, raise the limit (`--max-case-mb`) on a machine with the memory, or run `attribution extract` over a corpus this size")
      }
      let id = (name as NSString).deletingPathExtension
      if let other = fileOfID[id] {
        problems.append(InputError(
          file: url.path, "has the same document id '\(id)' as \(other): not read (rename one of them)"))
        continue
      }
      fileOfID[id] = name
      do {
        var document = try reader.read(contentsOf: url, displayPath: url.path)
        if let stated = file.articles[name] ?? file.articles[document.id] {
          // A page's own metadata is a guess from its tags: what the case file states wins.
          // An article's front matter wins over the case file.
          document.metadata = DocumentReader.isPage(name)
            ? stated.filling(from: document.metadata) : document.metadata.filling(from: stated)
        }
        documents.append(document)
      } catch let error as InputError {
        problems.append(error)
      }
    }
    if documents.isEmpty && problems.isEmpty {
      throw InputError(file: folder.path, "no articles (.txt or .md files) in the case folder")
    }
    return Case(
      name: directory.standardizedFileURL.lastPathComponent, directory: directory,
      documents: documents, file: file, problems: problems)
  }
}
