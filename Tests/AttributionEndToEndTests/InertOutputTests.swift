import Foundation
import Testing

/// Article text reaches terminals, spreadsheets and Markdown renderers as text, never as
/// escape sequences, formulas or markup.
@Suite("Inert output")
struct InertOutputTests {
  /// A case whose article and front matter carry a terminal escape sequence, a spreadsheet
  /// formula and Markdown/HTML markup.
  static func hostileCase() throws -> URL {
    let folder = try CommandRunner.temporaryFolder()
    let articles = folder.appendingPathComponent("articles")
    try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
    let article = """
      ---
      outlet: "Evil\\e]2;PWNED\\a News"
      title: "Breaking\\e[2J news"
      ---
      =HYPERLINK("http://127.0.0.1/csv","x") troops had arrived in Kursk, officials said.

      The ministry said the \u{1B}[31mtroops\u{1B}[0m and \u{9B}2Jforces had <img src=x onerror=alert(1)> [moved](javascript:alert(1)) to the border.

      """
    try Data(article.utf8).write(to: articles.appendingPathComponent("a.md"))
    return folder
  }

  @Test("no control character from the articles reaches standard output or standard error")
  func noEscapeSequences() throws {
    let folder = try Self.hostileCase()
    defer { try? FileManager.default.removeItem(at: folder) }
    for arguments in [
      ["claims", folder.path], ["claims", folder.path, "--format", "csv"],
      ["claims", folder.path, "--format", "markdown"], ["claims", folder.path, "--explain"],
      ["audit", folder.path],
    ] {
      let result = try CommandRunner.run(arguments)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      #expect(result.output.contains("troops"), "\(arguments)")
      #expect(!result.stdout.contains(0x1B) && !result.stdout.contains(0x07), "\(arguments)")
      #expect(!result.stderr.unicodeScalars.contains("\u{1B}"), "\(arguments): \(result.stderr)")
    }
  }

  @Test("JSON keeps the article's control characters, escaped")
  func jsonEscapes() throws {
    let folder = try Self.hostileCase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CommandRunner.run(["claims", folder.path, "--format", "json"])
    #expect(result.status == 0)
    #expect(!result.stdout.contains(0x1B) && !result.output.unicodeScalars.contains("\u{9B}"))
    #expect(result.output.contains(#"\u009b2Jforces"#))
    let json = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
    let claims = json?["claims"] as? [[String: Any]] ?? []
    #expect(claims.contains { ($0["text"] as? String)?.contains("\u{9B}2Jforces") == true })
  }

  /// `attribution claims` on the hostile case in `format`.
  static func claims(format: String) throws -> String {
    let folder = try hostileCase()
    defer { try? FileManager.default.removeItem(at: folder) }
    return try CommandRunner.run(["claims", folder.path, "--format", format]).output
  }

  @Test("a claim that opens like a formula is text in the CSV")
  func csvFormula() throws {
    let csv = try Self.claims(format: "csv")
    #expect(csv.contains("HYPERLINK"))
    #expect(!csv.contains(",=") && !csv.contains(",\"="), "\(csv)")
  }

  @Test("Markdown carries no raw HTML and no links from article text")
  func markdown() throws {
    let markdown = try Self.claims(format: "markdown")
    #expect(markdown.contains("&lt;img"))
    #expect(!markdown.contains("<img") && !markdown.contains("](javascript"), "\(markdown)")
  }
}
