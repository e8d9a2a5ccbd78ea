import ArgumentParser
import AttributionDocuments
import Foundation

/// `attribution new CASE [FILE…]`: a case folder from articles at hand.
struct NewCommand: ParsableCommand, TimeLimited {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Create a case folder (case.yaml and articles/) from article files and saved web pages.",
    discussion: """
      Each file is checked as the case will read it (front matter, text, a saved page's main \
      text) and copied into CASE/articles/ unchanged. A file that cannot be read is named and \
      left out; two files that would be one document are refused. An existing case is never \
      overwritten: give a new folder.
      """)

  @Argument(help: "The case folder to create.", completion: .directory)
  var caseFolder: String

  @Argument(help: "Articles to copy in (.txt, .md, .markdown, .text, .html, .htm, .xhtml).", completion: .file())
  var files: [String] = []

  @Option(help: "The case's title (default: the folder's name).")
  var title: String?

  @OptionGroup var timeLimit: TimeLimitOption

  func run() throws {
    let folder = URL(fileURLWithPath: caseFolder)
    let articles = folder.appendingPathComponent("articles")
    if FileManager.default.fileExists(atPath: folder.path) {
      let contents = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? ["?"]
      guard contents.isEmpty else { throw CommandFailure("\(caseFolder): already exists and is not empty; give a new folder") }
    }
    // Check every file first: nothing is created unless the case can be.
    var chosen: [(source: URL, name: String)] = []
    var ids: [String: String] = [:]
    var failed = false
    let reader = DocumentReader()
    for path in files {
      let url = URL(fileURLWithPath: path)
      let name = url.lastPathComponent
      guard Case.articleExtensions.contains(url.pathExtension.lowercased()) else {
        Diagnostics.warn("\(path): not an article (\(Case.articleExtensionsInWords)): left out")
        failed = true
        continue
      }
      do {
        let document = try reader.read(contentsOf: url, displayPath: path)
        for warning in document.warnings { Diagnostics.warn(warning.description) }
        if let other = ids[document.id] {
          throw CommandFailure("\(path) and \(other) would both be document '\(document.id)': rename one of them")
        }
        ids[document.id] = path
        chosen.append((url, name))
      } catch let error as InputError {
        Diagnostics.warn("\(error.description): left out")
        failed = true
      }
    }
    try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
    for (source, name) in chosen {
      try FileManager.default.copyItem(at: source, to: articles.appendingPathComponent(name))
    }
    let caseTitle = title ?? folder.standardizedFileURL.lastPathComponent
    let yaml = "# Created by attribution new. See README, \"A case folder\", for entities, places and corrections.\n"
      + "title: \(TextCommand.quoted(caseTitle))\n"
    try OutputFile(path: folder.appendingPathComponent("case.yaml").path).write(Data(yaml.utf8))
    print("\(caseFolder): \(chosen.count) article\(chosen.count == 1 ? "" : "s"); next: attribution claims \(caseFolder)")
    if failed { throw ExitCode(1) }
  }
}
