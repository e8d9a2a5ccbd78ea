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
}
