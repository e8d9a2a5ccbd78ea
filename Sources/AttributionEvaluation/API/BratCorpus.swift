import AttributionDocuments
import AttributionExtraction
import Foundation

/// An attribution annotated by hand in a BRAT standoff file: its source, cue and content.
public struct AnnotatedAttribution: Hashable, Codable, Sendable {
  /// The source, or nil when the annotator marked none.
  public var source: Mention?
  /// The cue ("said", "according to"); several `Cue` roles are joined into one mention.
  public var cue: Mention
  /// What is attributed; several `Content` roles (`Content`, `Content2`) are joined into one
  /// mention.
  public var content: Mention
  /// The event line (`E…`) of the annotation file that ties the attribution together.
  public var location: SourceLocation

  public init(source: Mention?, cue: Mention, content: Mention, location: SourceLocation) {
    self.source = source
    self.cue = cue
    self.content = content
    self.location = location
  }
}

/// One text of a BRAT corpus with the attributions an annotator found in it.
public struct BratDocument: Sendable {
  /// The text, read as is (no front matter); offsets are code points into it.
  public var document: Document
  /// The annotation file scored against: the first of the text's `.ann` files in sorted order.
  public var annotationFile: String
  /// Every annotator of the text (the last `_` part of each `.ann` file name), sorted; the
  /// first is the one scored against.
  public var annotators: [String]
  /// The attributions of ``annotationFile``, in file order.
  public var attributions: [AnnotatedAttribution]
  /// Event lines left out of ``attributions`` because they lack a cue or a content (PolNeAR has
  /// a few `E` lines that hold only their trigger).
  public var incompleteEvents: [SourceLocation]

  public init(
    document: Document, annotationFile: String, annotators: [String],
    attributions: [AnnotatedAttribution], incompleteEvents: [SourceLocation] = []
  ) {
    self.document = document
    self.annotationFile = annotationFile
    self.annotators = annotators
    self.attributions = attributions
    self.incompleteEvents = incompleteEvents
  }
}

/// A split of an attribution corpus in BRAT standoff form, laid out as PolNeAR is:
/// `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann`.
///
/// `T` lines give spans (`T3<TAB>Content 115 290<TAB>text`, a discontinuous span as
/// `10 20;25 40`; offsets are Unicode code points, end exclusive). `E` lines tie an attribution
/// together (`E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`); the Source role may be
/// missing, and several Cue or Content roles (`Content2`) are joined. A span's text may run over
/// several lines when the annotated text holds line breaks. Notes (`#`) and other BRAT lines
/// (`R`, `A`, `M`, `N`, `*`) are ignored.
public struct BratCorpus: Sendable {
  /// The split folder.
  public var directory: URL
  /// The annotated texts, sorted by name.
  public var documents: [BratDocument]

  public init(directory: URL, documents: [BratDocument]) {
    self.directory = directory
    self.documents = documents
  }

  /// The number of annotated attributions over all documents.
  public var attributionCount: Int { documents.reduce(0) { $0 + $1.attributions.count } }

  /// Reads the split in `directory`, or its first `limit` texts in name order.
  ///
  /// Throws an `InputError` naming the file, and the line where there is one, when the folder
  /// is not laid out as a BRAT corpus, a text has no annotation file (or the reverse), a text is
  /// not UTF-8, or an annotation line is malformed or points outside its text.
  public static func read(directory: URL, limit: Int? = nil) throws -> BratCorpus {
    let fileManager = FileManager.default
    let textFolder = directory.appendingPathComponent("text")
    let annotationFolder = directory.appendingPathComponent("attributions")
    guard isDirectory(directory) else {
      throw InputError(file: directory.path, "no such folder")
    }
    guard isDirectory(textFolder), isDirectory(annotationFolder) else {
      throw InputError(
        file: directory.path,
        "not a BRAT corpus: expected the folders text/ (NAME.txt) and attributions/ (NAME_ANNOTATOR.ann)"
      )
    }
    let textNames = try fileManager.contentsOfDirectory(atPath: textFolder.path)
      .filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }
      .map { String($0.dropLast(4)) }
      .sorted()
    guard !textNames.isEmpty else {
      throw InputError(file: textFolder.path, "no texts (.txt files) in the corpus")
    }
    var annotationFiles: [String: [String]] = [:]
    for file in try fileManager.contentsOfDirectory(atPath: annotationFolder.path).sorted()
    where file.hasSuffix(".ann") && !file.hasPrefix(".") {
      let stem = file.dropLast(4)
      guard let underscore = stem.lastIndex(of: "_") else {
        throw InputError(
          file: annotationFolder.appendingPathComponent(file).path,
          "an annotation file must be named NAME_ANNOTATOR.ann")
      }
      annotationFiles[String(stem[..<underscore]), default: []].append(file)
    }
    let textSet = Set(textNames)
    if let orphan = annotationFiles.keys.sorted().first(where: { !textSet.contains($0) }) {
      throw InputError(
        file: annotationFolder.appendingPathComponent(annotationFiles[orphan]![0]).path,
        "no text for these annotations (expected text/\(orphan).txt)")
    }
    var documents: [BratDocument] = []
    for name in textNames.prefix(limit ?? textNames.count) {
      let textURL = textFolder.appendingPathComponent(name + ".txt")
      guard let files = annotationFiles[name] else {
        throw InputError(
          file: textURL.path,
          "no annotations for this text (expected attributions/\(name)_ANNOTATOR.ann)")
      }
      let document = Document(id: name, path: textURL.path, text: try readText(textURL))
      let annotationURL = annotationFolder.appendingPathComponent(files[0])
      let parsed = try BratAnnotationParser.parse(
        try readText(annotationURL), path: annotationURL.path, document: document)
      documents.append(
        BratDocument(
          document: document, annotationFile: annotationURL.path,
          annotators: files.map { annotator(ofFile: $0) },
          attributions: parsed.attributions, incompleteEvents: parsed.incompleteEvents))
    }
    return BratCorpus(directory: directory, documents: documents)
  }

  private static func annotator(ofFile file: String) -> String {
    let stem = file.dropLast(4)
    return String(stem[stem.index(after: stem.lastIndex(of: "_")!)...])
  }

  private static func isDirectory(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  private static func readText(_ url: URL) throws -> String {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw InputError(file: url.path, "cannot read the file (\(error.localizedDescription))")
    }
    guard let text = String(validatingUTF8Data: data) else {
      throw InputError(file: url.path, "the file is not valid UTF-8")
    }
    return text
  }
}
