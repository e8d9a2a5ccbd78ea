import Foundation
import Testing

@testable import AttributionDocuments

@Suite("Reading articles and case files")
struct DocumentReaderTests {
  let reader = DocumentReader()

  func read(_ text: String) throws -> Document {
    try reader.read(data: Data(text.utf8), id: "article", path: "article.md")
  }

  @Test("Front matter gives metadata; offsets stay on the file's text")
  func frontMatter() throws {
    let document = try read("---\noutlet: Financial Times\ndate: 2024-10-31\nurl: https://ft.com/x\n---\nKyiv said — “yes”.\n")
    #expect(document.metadata == ArticleMetadata(outlet: "Financial Times", date: "2024-10-31", url: "https://ft.com/x"))
    #expect(document.text(in: document.body) == "Kyiv said — “yes”.\n")
    #expect(document.body.start == 71)
    #expect(document.location(of: document.body.start).line == 6)
  }

  @Test("Offsets give their line and column, counted in code points, clamped to the text")
  func lineAndColumn() {
    let document = Document(id: "a", text: "Kyiv — “yes”.\n\n북한군 said\nend")
    let places = [0, 5, 13, 14, 15, 19, 24, 27, 99, -3].map { document.location(of: $0) }
    #expect(places.map(\.line) == [1, 1, 1, 2, 3, 3, 4, 4, 4, 1])
    #expect(places.map(\.column) == [1, 6, 14, 1, 1, 5, 1, 4, 4, 1])
    #expect(document.line(of: 15) == 3)
  }

  @Test("An unknown front-matter key is a warning at its line; the article and its other keys are read")
  func unknownFrontMatterKey() throws {
    let document = try read("---\ntitle: T\noutlett: FT\n---\nText.")
    #expect(document.metadata.title == "T")
    #expect(document.metadata.outlet == nil)
    #expect(document.text(in: document.body) == "Text.")
    #expect(document.warnings == [InputError(
      file: "article.md", line: 3,
      "unknown key 'outlett' in article metadata (expected one of: outlet, title, date, url, author): ignored, the article is read")])
    // In case.yaml's `articles`, an unknown key stays an error.
    #expect(throws: InputError(file: "case.yaml", line: 3, "unknown key 'outlett' in article metadata (expected one of: outlet, title, date, url, author)")) {
      try CaseFile.parse("articles:\n  a.txt:\n    outlett: FT\n", path: "case.yaml")
    }
  }

  @Test("Plain text has no metadata and its body is the whole file")
  func plainText() throws {
    let document = try read("Андрій Коваленко сказав.\n북한군")
    #expect(document.body == TextSpan(0, document.scalars.count))
    #expect(document.metadata == ArticleMetadata())
  }

  @Test("Bad input is refused with the file and line")
  func badInput() {
    #expect(throws: InputError(file: "article.md", "the file is empty")) { try read("") }
    #expect(throws: InputError(file: "article.md", line: 2, "the file holds a NUL byte: it looks binary, not an article")) {
      try reader.read(data: Data([0x41, 0x0a, 0x00, 0x42]), id: "a", path: "article.md")
    }
    #expect(throws: InputError.self) {
      try reader.read(data: Data([0x41, 0x0a, 0x0a, 0xff, 0xfe]), id: "a", path: "article.md")
    }
    do {
      _ = try reader.read(data: Data([0x41, 0x0a, 0x0a, 0xe9, 0x41]), id: "a", path: "article.md")
      Issue.record("non-UTF-8 accepted")
    } catch let error as InputError {
      #expect(error.line == 3)
      #expect(error.message.contains("not valid UTF-8 (first bad byte at offset 3)"))
    } catch {
      Issue.record("unexpected \(error)")
    }
    #expect(throws: InputError(file: "article.md", line: 1, "front matter opened with '---' is never closed by a '---' line")) {
      try read("---\noutlet: FT\nText.")
    }
    #expect(throws: InputError(file: "article.md", line: 2, "'url' must be an http or https address, not \"javascript:alert(1)\"")) {
      try read("---\nurl: javascript:alert(1)\n---\nText.")
    }
    #expect(throws: InputError.self) { try read("---\ntitle: [unclosed\n---\nText.") }
    #expect(throws: InputError.self) {
      try DocumentReader(maximumBytes: 10).read(data: Data(repeating: 65, count: 11), id: "a", path: "a")
    }
  }

  @Test("A folder or a missing path is refused by name, not with a system error code")
  func notAFile() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folder-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(throws: InputError(file: folder.path, "is a folder, not an article file")) {
      try reader.read(contentsOf: folder)
    }
    let missing = folder.appendingPathComponent("gone.md")
    #expect(throws: InputError(file: missing.path, "no such file")) {
      try reader.read(contentsOf: missing)
    }
  }

  @Test("A case folder: case.yaml fills metadata; unreadable articles are reported, the rest read")
  func caseFolder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("case-\(UUID())")
    let articles = folder.appendingPathComponent("articles")
    try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "title: T\narticles:\n  one.txt:\n    outlet: Reuters\nentities:\n  - name: Andrii Kovalenko\n    kind: official\n    aliases: [Andriy Kovalenko]\n"
      .write(to: folder.appendingPathComponent("case.yaml"), atomically: true, encoding: .utf8)
    try "Officials said so.".write(to: articles.appendingPathComponent("one.txt"), atomically: true, encoding: .utf8)
    try Data([0xff, 0x00]).write(to: articles.appendingPathComponent("two.txt"))
    let aCase = try Case.read(directory: folder)
    #expect(aCase.documents.map(\.id) == ["one"])
    #expect(aCase.documents.first?.metadata.outlet == "Reuters")
    #expect(aCase.problems.count == 1)
    #expect(aCase.problems.first?.file.hasSuffix("two.txt") == true)
    #expect(aCase.file.entities.first?.aliases == ["Andriy Kovalenko"])
    #expect(aCase.file.entities.first?.kind == .official)
  }

  @Test("A case over its size limit is refused whole, naming the folder and where it passed the limit")
  func caseSizeLimit() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("case-\(UUID())")
    let articles = folder.appendingPathComponent("articles")
    try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["a.txt", "b.txt", "c.txt"] {
      try String(repeating: "Officials said so. ", count: 30).write(to: articles.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    // 570 bytes each: two fit in 1,200, the third passes it.
    #expect(try Case.read(directory: folder, maximumBytes: 1_800).documents.count == 3)
    #expect(throws: InputError(
      file: articles.path,
      "the case's articles pass 1200 bytes at c.txt, more than one case may hold: split the case, raise the limit (`--max-case-mb`) on a machine with the memory, or run `attribution extract` over a corpus this size")) {
      try Case.read(directory: folder, maximumBytes: 1_200)
    }
    #expect(Case.maximumBytes == 256 << 20)
  }

  @Test("Malformed case files name the line")
  func malformedCaseFile() {
    #expect(throws: InputError(file: "case.yaml", line: 3, "unknown entity kind \"offical\" (expected one of: person, official, institution, outlet, channel)")) {
      try CaseFile.parse("entities:\n  - name: X\n    kind: offical\n", path: "case.yaml")
    }
    #expect(throws: InputError(file: "case.yaml", line: 1, "unknown key 'entitys' in the case file (expected one of: title, articles, entities, corrections, places)")) {
      try CaseFile.parse("entitys: []\n", path: "case.yaml")
    }
    #expect(throws: InputError(file: "case.yaml", line: 2, "an entity needs a 'name'")) {
      try CaseFile.parse("entities:\n  - kind: person\n", path: "case.yaml")
    }
    #expect(throws: InputError.self) { try CaseFile.parse("title: [a\n", path: "case.yaml") }
    #expect(throws: InputError(file: "case.yaml", line: 1, "the case file must be a mapping of keys to values")) {
      try CaseFile.parse("- a\n- b\n", path: "case.yaml")
    }
  }

  @Test("YAML aliases are refused at their line before anything is composed (an alias-key bomb ends at once)")
  func aliases() throws {
    // Ten levels of ten aliases, the last used as a key: Yams would hash 10^10 nodes.
    var bomb = "l0: &l0 [lol,lol,lol,lol,lol,lol,lol,lol,lol,lol]\n"
    for level in 1...9 { bomb += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ",") + "]\n" }
    bomb += "? *l9\n: boom\ntitle: x\n"
    let message = "YAML aliases (*name) are not accepted: write the value out where it is used"
    #expect(throws: InputError(file: "case.yaml", line: 2, message)) { try CaseFile.parse(bomb, path: "case.yaml") }
    #expect(throws: InputError(file: "article.md", line: 3, message)) {
      try read("---\nauthor: &who Jane\ntitle: *who\n---\nText.")
    }
    #expect(throws: InputError(file: "case.yaml", line: 2, message)) {
      try CaseFile.parse("title: &t T\nentities: [{name: X, aliases: [*t]}]\n", path: "case.yaml")
    }
    // Asterisks and ampersands in plain text are not aliases.
    let emphasis = try CaseFile.parse("title: a *bold* claim & *more*\n", path: "case.yaml")
    #expect(emphasis.title == "a *bold* claim & *more*")
  }
}

@Suite("Line ends and byte-order marks")
struct LineEndTests {
  func read(_ bytes: [UInt8]) throws -> Document {
    try DocumentReader().read(data: Data(bytes), id: "a", path: "a.txt")
  }

  @Test("front matter with CR LF or CR line ends is read, and the body starts after it", arguments: ["\r\n", "\r"])
  func lineEnds(_ end: String) throws {
    let text = ["---", "outlet: CRLF Outlet", "date: 2024-10-29", "---", "Umerov said so."].joined(separator: end)
    let document = try read(Array(text.utf8))
    #expect(document.metadata.outlet == "CRLF Outlet")
    #expect(document.metadata.date == "2024-10-29")
    #expect(document.text(in: document.body) == "Umerov said so.")
  }

  @Test("a byte-order mark counts as a code point of the file; the body starts after it")
  func byteOrderMark() throws {
    let plain = try read([0xEF, 0xBB, 0xBF] + Array("Umerov said so.".utf8))
    #expect(plain.scalars.first == "\u{FEFF}" && plain.body == TextSpan(1, 16))
    #expect(plain.text(in: TextSpan(8, 12)) == "said")
    let withFrontMatter = try read([0xEF, 0xBB, 0xBF] + Array("---\noutlet: X\n---\nUmerov said so.".utf8))
    #expect(withFrontMatter.metadata.outlet == "X")
    #expect(withFrontMatter.text(in: withFrontMatter.body) == "Umerov said so.")
    #expect(withFrontMatter.body.start == 19)
  }
}

@Suite("What a case folder reads")
struct CaseContainmentTests {
  @Test("symlinks out of the case, two files of one document id, and pipes are reported, not read")
  func refusals() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("containment-\(UUID())")
    let articles = root.appendingPathComponent("case/articles")
    try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try Data("The vault code is 4711, Kirby said.".utf8).write(to: root.appendingPathComponent("private.txt"))
    try FileManager.default.createSymbolicLink(
      at: articles.appendingPathComponent("zz.txt"), withDestinationURL: root.appendingPathComponent("private.txt"))
    try Data("Umerov said the troops came under fire.".utf8).write(to: articles.appendingPathComponent("a.txt"))
    try Data("Kovalenko said the troops had arrived.".utf8).write(to: articles.appendingPathComponent("a.md"))
    try Data("Ryder said so.".utf8).write(to: articles.appendingPathComponent("b.txt"))
    try FileManager.default.createSymbolicLink(
      at: articles.appendingPathComponent("c.txt"), withDestinationURL: articles.appendingPathComponent("b.txt"))
    #expect(mkfifo(articles.appendingPathComponent("f.txt").path, 0o600) == 0)

    let aCase = try Case.read(directory: root.appendingPathComponent("case"))
    #expect(aCase.documents.map(\.id) == ["a", "b", "c"])
    #expect(aCase.documents[0].text.hasPrefix("Kovalenko"))
    let messages = aCase.problems.map(\.description)
    #expect(messages.contains { $0.hasSuffix("a.txt: has the same document id 'a' as a.md: not read (rename one of them)") })
    #expect(messages.contains { $0.contains("zz.txt: a symlink to") && $0.contains("outside the case folder") })
    #expect(messages.contains { $0.hasSuffix("f.txt: is not a regular file (a pipe, device or socket): not read") })
    #expect(!aCase.documents.contains { $0.text.contains("4711") })
  }

  @Test("a case.yaml that is a folder is an error naming it, not a system dump")
  func caseFileFolder() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("casefile-\(UUID())")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("case.yaml"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    #expect {
      try Case.read(directory: root)
    } throws: { "\($0)".hasSuffix("case.yaml: is not a regular file (a folder, pipe or device)") }
  }
}

@Suite("Saved web pages")
struct SavedPageTests {
  func page(_ html: String, name: String = "page.html") throws -> Document {
    try DocumentReader().readPage(data: Data(html.utf8), id: "page", path: name)
  }

  static let article = """
    <p>Officials said on Monday that the first units had come under fire in the region, and that more were expected.</p>
    <p>The ministry confirmed the report in an interview with the broadcaster, adding that it was a small clash.</p>
    <p>Analysts say the deployment marks a new phase in the war, though the figures could not be verified.</p>
    """

  @Test("The main text is the headline and the article's paragraphs; navigation, comments, scripts and ads are left out")
  func mainText() throws {
    let document = try page("""
      <html><head><title>Troops come under fire | The Daily</title><script>var x = "Officials said nothing";</script></head>
      <body><nav><a href="/">Home</a> <a href="/world">World &amp; Politics</a></nav>
      <header><h1>Troops come under fire</h1></header>
      <div class="ad-slot">Advertisement</div>
      <div class="story">\(Self.article)<p>Fish &amp; chips &mdash; a <b>bold</b> claim.</p></div>
      <div id="comments"><p>Reader said: a comment that is long enough to be scored as a paragraph, surely, by now.</p></div>
      <footer><p>Copyright 2024, all rights reserved, by a company that owns many newspapers.</p></footer>
      </body></html>
      """)
    let text = document.text(in: document.body)
    #expect(text.hasPrefix("Troops come under fire\n\nOfficials said on Monday"))
    #expect(text.contains("Fish & chips — a bold claim."))
    for absent in ["Home", "Advertisement", "Reader said", "Copyright", "Officials said nothing"] {
      #expect(!text.contains(absent), "\(absent)")
    }
    #expect(document.metadata.title == "Troops come under fire")
    #expect(document.metadata.outlet == "The Daily")
  }

  @Test("Metadata: og and article tags first, then JSON-LD NewsArticle, canonical link; only http(s) addresses")
  func metadata() throws {
    let jsonLD = """
      {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, {"@type": ["NewsArticle"], "headline": "LD headline",
       "datePublished": "2024-10-29T10:42:00+02:00", "author": {"@type": "Person", "name": "Jane Roe"},
       "publisher": {"@type": "Organization", "name": "LD Outlet"}}]}
      """
    let withLD = try page("""
      <html><head><script type="application/ld+json">\(jsonLD)</script>
      <link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://example.com/a">
      </head><body><article>\(Self.article)</article></body></html>
      """)
    #expect(withLD.metadata == ArticleMetadata(
      outlet: "LD Outlet", title: "LD headline", date: "2024-10-29", url: "https://example.com/a", author: "Jane Roe"))
    let withOG = try page("""
      <html><head><script type="application/ld+json">\(jsonLD)</script>
      <meta property="og:title" content="OG headline"><meta property="og:site_name" content="OG Outlet">
      <meta property="article:published_time" content="2024-10-30"><link rel="canonical" href="https://example.com/b">
      </head><body><article>\(Self.article)</article></body></html>
      """)
    #expect(withOG.metadata.title == "OG headline")
    #expect(withOG.metadata.outlet == "OG Outlet")
    #expect(withOG.metadata.date == "2024-10-30")
    #expect(withOG.metadata.url == "https://example.com/b")
  }

  @Test("Pages without article text, binary files and very deep nesting are refused or read, never a crash")
  func hostilePages() throws {
    #expect(throws: InputError(file: "page.html", "no article text found in the HTML page (it may need JavaScript to show it)")) {
      try page("<html><body><div id=\"root\"></div><script>render()</script></body></html>")
    }
    #expect(throws: InputError(file: "page.html", "the file is empty")) { try page("") }
    #expect(throws: InputError(file: "page.html", line: 1, "the file holds a NUL byte: it looks binary, not a web page")) {
      try DocumentReader().readPage(data: Data([0x3C, 0x68, 0x00, 0x01]), id: "page", path: "page.html")
    }
    func nested(_ depth: Int) -> String {
      String(repeating: "<div>", count: depth) + Self.article + String(repeating: "</div>", count: depth)
    }
    let document = try page(nested(200))
    #expect(document.text(in: document.body).contains("Officials said on Monday"))
    // libxml2 stops building the tree at its depth limit: what lies deeper is not read.
    #expect(throws: InputError.self) { try page(nested(50_000)) }
    // Unclosed tags and stray bytes are recovered from.
    let broken = try page("<p>Officials said on Monday that the first units had come under fire in the region, and more.<p>The ministry confirmed it, adding that it was a small clash, and not a battle.<div><span>")
    #expect(broken.text(in: broken.body).contains("The ministry confirmed it"))
  }

  @Test("A case reads saved pages from articles/ (case.yaml's metadata wins), names files it leaves unread, and never reads its own report.html")
  func pagesInCases() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pages-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let articles = folder.appendingPathComponent("articles")
    try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
    let html = "<html><head><meta property=\"og:site_name\" content=\"Tag Outlet\"><meta property=\"og:title\" content=\"Tag title\"></head><body><article>\(Self.article)</article></body></html>"
    try html.write(to: articles.appendingPathComponent("page.html"), atomically: true, encoding: .utf8)
    try Data([0x25, 0x50, 0x44, 0x46]).write(to: articles.appendingPathComponent("scan.pdf"))
    try "articles:\n  page.html: {outlet: Stated Outlet}\n".write(to: folder.appendingPathComponent("case.yaml"), atomically: true, encoding: .utf8)
    try "---\noutlett: X\n---\nOfficials said the first units had come under fire.\n".write(to: articles.appendingPathComponent("typo.md"), atomically: true, encoding: .utf8)
    let aCase = try Case.read(directory: folder)
    #expect(aCase.documents.map(\.id) == ["page", "typo"])
    #expect(aCase.documents.first?.metadata.outlet == "Stated Outlet")
    #expect(aCase.documents.first?.metadata.title == "Tag title")
    // Problems are the files not read; a read article's ignored key is a warning, not a problem.
    #expect(aCase.problems == [InputError(file: articles.appendingPathComponent("scan.pdf").path, "not an article (.txt, .md, .markdown, .text, .html, .htm or .xhtml): not read")])
    #expect(aCase.warnings.count == 2)
    #expect(aCase.warnings.last?.message.hasPrefix("unknown key 'outlett'") == true)

    // A flat case: the articles beside case.yaml, with the case's rendered report.
    let flat = FileManager.default.temporaryDirectory.appendingPathComponent("flat-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: flat) }
    try FileManager.default.createDirectory(at: flat, withIntermediateDirectories: true)
    try "Officials said the first units had come under fire.\n".write(to: flat.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    try html.write(to: flat.appendingPathComponent("report.html"), atomically: true, encoding: .utf8)
    let flatCase = try Case.read(directory: flat)
    #expect(flatCase.documents.map(\.id) == ["a"])
    #expect(flatCase.problems.isEmpty)
  }
}
