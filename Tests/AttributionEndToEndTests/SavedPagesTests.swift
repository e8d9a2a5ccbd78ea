import Foundation
import Testing

/// Web pages saved from a browser, read as a journalist would give them: three pages of
/// different layouts (a modern news site with JSON-LD, an old table layout, a page with `og:`
/// tags and a cookie banner) against hand-made plain-text versions of the same articles.
@Suite("Saved web pages as articles")
struct SavedPagesTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/saved-pages")

  /// Each claim's text with the names of the sources counted for it.
  func claims(_ folder: String) throws -> [String] {
    let result = try CommandRunner.run(["claims", Self.fixtures.appendingPathComponent(folder).path, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    let claims = try #require(json["claims"] as? [[String: Any]])
    return claims.map { claim in
      let origins = (claim["origins"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }.sorted()
      return "\(claim["text"] as? String ?? "?") ← \(origins.joined(separator: "; "))"
    }.sorted()
  }

  @Test("Three saved pages give the same claims, with the same sources, as their plain-text versions")
  func sameClaims() throws {
    let pages = try claims("html")
    #expect(pages.count > 30)
    #expect(pages == (try claims("text")))
  }

  @Test("text: a page's metadata from its tags and its main text, as an article file")
  func text() throws {
    let page = Self.fixtures.appendingPathComponent("html/articles/business-insider.html")
    let result = try CommandRunner.run(["text", page.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.output.hasPrefix("""
      ---
      outlet: "Business Insider"
      title: "North Korean troops have come under fire in Kursk, Ukraine says"
      date: "2024-10-29"
      url: "https://www.businessinsider.com/north-korean-troops-under-fire-kursk-2024-10"
      author: "Mia Jankowicz"
      ---
      North Korean troops have come under fire in Kursk, Ukraine says

      North Korean troops are already seeing military action
      """))
    for boilerplate in ["Newsletter Thursday", "Leave A Reply", "Advertisement", "Read next", "KCNA via Reuters", "Copyright"] {
      #expect(!result.output.contains(boilerplate), "\(boilerplate)")
    }
    // The plain-text version is the same article: what `text` prints is an article file.
    let text = try String(contentsOf: Self.fixtures.appendingPathComponent("text/articles/business-insider.txt"), encoding: .utf8)
    #expect(result.output.split(separator: "\n").drop { $0 != "---" }.dropFirst().drop { $0 != "---" }.dropFirst()
      == text.split(separator: "\n").drop { $0 != "---" }.dropFirst().drop { $0 != "---" }.dropFirst())
  }

  @Test("- reads standard input where a file is taken: an article, or a page by its opening")
  func standardInput() throws {
    let article = try CommandRunner.run(
      ["extract", "-", "--format", "jsonl"], input: Data("Kovalenko said the brigade had reached Sudzha.\n".utf8))
    #expect(article.status == 0, "\(article.stderr)")
    #expect(article.output.contains(#""document":"stdin""#) && article.output.contains("the brigade had reached Sudzha"))
    let page = try Data(contentsOf: Self.fixtures.appendingPathComponent("html/articles/the-hill.html"))
    let text = try CommandRunner.run(["text", "-"], input: page)
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.output.hasPrefix("---\noutlet: \"TheHill\"\n"))
    let empty = try CommandRunner.run(["extract", "-"], input: Data())
    #expect(empty.status == 1 && empty.stderr.contains("stdin: the file is empty"))
  }

  @Test("new: a case folder from pages and text files; unreadable files named, an existing case never overwritten")
  func newCase() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pages = Self.fixtures.appendingPathComponent("html/articles")
    let junk = folder.appendingPathComponent("scan.pdf")
    try Data([0x25, 0x50, 0x44, 0x46]).write(to: junk)
    let target = folder.appendingPathComponent("kursk")
    let created = try CommandRunner.run(
      ["new", target.path, pages.appendingPathComponent("the-hill.html").path,
       pages.appendingPathComponent("financial-times.html").path, junk.path, "--title", "Kursk: \"first contact\""])
    #expect(created.status == 1)
    #expect(created.stderr.contains("scan.pdf: not an article"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: target.appendingPathComponent("articles").path).sorted()
      == ["financial-times.html", "the-hill.html"])
    let claims = try CommandRunner.run(["claims", target.path, "--format", "json"])
    #expect(claims.status == 0 && claims.stderr.isEmpty, "\(claims.stderr)")
    let json = try JSONSerialization.jsonObject(with: claims.stdout) as? [String: Any]
    #expect(json?["title"] as? String == "Kursk: \"first contact\"")
    let again = try CommandRunner.run(["new", target.path, pages.appendingPathComponent("the-hill.html").path])
    #expect(again.status != 0 && again.stderr.contains("already exists and is not empty"))
    // Two files that would be one document: nothing is created.
    let twin = folder.appendingPathComponent("the-hill.txt")
    try "Officials said the troops came under fire.\n".write(to: twin, atomically: true, encoding: .utf8)
    let other = folder.appendingPathComponent("other")
    let clash = try CommandRunner.run(["new", other.path, pages.appendingPathComponent("the-hill.html").path, twin.path])
    #expect(clash.status != 0 && clash.stderr.contains("would both be document 'the-hill'"))
    #expect(!FileManager.default.fileExists(atPath: other.path))
  }
}
