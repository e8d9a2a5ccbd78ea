import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("attribution map")
struct MapCommandTests {
  @Test("Renders the seed case as well-formed SVG showing its actors")
  func seedSVG() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("map.svg")
    let result = try CommandRunner.run(["map", CommandRunner.seedCase.path, "-o", output.path])
    #expect(result.status == 0, "\(result.stderr)")
    let svg = try Data(contentsOf: output)
    #expect(XMLParser(data: svg).parse())
    // Graphviz writes "-" in titles as the character reference "&#45;".
    let text = String(decoding: svg, as: UTF8.self).replacingOccurrences(of: "&#45;", with: "-")
    for title in ["person:andrii-kovalenko", "person:rustem-umerov", "person:antony-blinken", "person:lloyd-austin", "person:pat-ryder", "outlet:business-insider", "outlet:financial-times", "outlet:kbs", "channel:telegram"] {
      #expect(text.contains("<title>\(title)</title>"), "\(title)")
    }
    #expect(!text.contains("<script"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }

  @Test("DOT and SVG are the same bytes on every run (each run a new process, a new memory layout)")
  func deterministicOutput() throws {
    for format in ["dot", "svg"] {
      let runs = try (0..<4).map { _ in
        try CommandRunner.run(["map", CommandRunner.seedCase.path, "--format", format])
      }
      #expect(runs.allSatisfy { $0.status == 0 })
      #expect(Set(runs.map(\.stdout)).count == 1, "\(format) differs between runs")
    }
    let dot = try CommandRunner.run(["map", CommandRunner.seedCase.path, "--format", "dot"])
    #expect(dot.output.hasPrefix("digraph attribution_map {"))
  }

  @Test("The format follows the output file's extension")
  func formatFromExtension() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let png = folder.appendingPathComponent("map.png")
    let rendered = try CommandRunner.run(["map", CommandRunner.seedCase.path, "-o", png.path])
    #expect(rendered.status == 0)
    let bytes = try Data(contentsOf: png)
    #expect(bytes.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
  }

  @Test("A focus narrows the map; an unknown claim is a clear error")
  func focus() throws {
    let whole = try CommandRunner.run(["map", CommandRunner.seedCase.path, "--format", "dot", "--no-legend"])
    let cited = try CommandRunner.run(["map", CommandRunner.seedCase.path, "--format", "dot", "--no-legend", "--kind", "cited"])
    #expect(cited.status == 0)
    #expect(cited.stdout.count < whole.stdout.count)
    let missing = try CommandRunner.run(["map", CommandRunner.seedCase.path, "--claim", "claim:nothing-like-this"])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("no claim claim:nothing-like-this"))
  }

  @Test("Unreadable articles are reported by name and skipped, an unknown front-matter key is a warning and its article is kept; --strict fails with status 2 and writes nothing")
  func badArticles() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let articles = folder.appendingPathComponent("articles")
    try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
    try "---\noutlet: Reuters\n---\nUkrainian officials said the troops came under fire in Kursk.\n"
      .write(to: articles.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
    try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]).write(to: articles.appendingPathComponent("binary.txt"))
    try Data("caf\u{E9}".utf8.dropLast(2) + [0xE9, 0x0A]).write(to: articles.appendingPathComponent("latin1.txt"))
    try "---\noutlet: [unclosed\n---\nText.\n".write(to: articles.appendingPathComponent("front.md"), atomically: true, encoding: .utf8)
    try "---\noutlett: The Kyiv Independent\ntitle: Troops\n---\nKovalenko said the brigade had reached Sudzha.\n"
      .write(to: articles.appendingPathComponent("typo.md"), atomically: true, encoding: .utf8)
    let output = folder.appendingPathComponent("map.dot")
    let lenient = try CommandRunner.run(["map", folder.path, "-o", output.path])
    #expect(lenient.status == 0, "\(lenient.stderr)")
    #expect(lenient.stderr.contains("binary.txt:1: the file holds a NUL byte"))
    #expect(lenient.stderr.contains("latin1.txt:1: the file is not valid UTF-8"))
    #expect(lenient.stderr.contains("front.md:2: invalid YAML"))
    #expect(lenient.stderr.contains("warning: \(articles.path)/typo.md:2: unknown key 'outlett' in article metadata"))
    #expect(lenient.stderr.contains("ignored, the article is read"))
    #expect(FileManager.default.fileExists(atPath: output.path))
    // The article with the typo is in the map: its statement is.
    #expect(try String(contentsOf: output, encoding: .utf8).contains("Sudzha"))
    try FileManager.default.removeItem(at: output)
    let strict = try CommandRunner.run(["map", folder.path, "-o", output.path, "--strict"])
    #expect(strict.status == 2)
    #expect(strict.stderr.contains("4 warning(s) about the case's articles; nothing written (--strict)"))
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test("A layout past --timeout is stopped with a message, and nothing is written")
  func timeout() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("map.svg")
    let result = try CommandRunner.run(["map", CommandRunner.seedCase.path, "-o", output.path, "--timeout", "0.05"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("was not read and laid out within"))
    #expect(result.stderr.contains("--engine sfdp"))
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(left.isEmpty)
  }

  @Test("A report whose map is past --timeout is written without the map, saying why; claims and chains stay")
  func reportWithoutMap() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("report.html")
    let result = try CommandRunner.run(["report", CommandRunner.seedCase.path, "-o", output.path, "--timeout", "0.05"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("within 0.05 s (--timeout); the report is written without the full map"))
    let html = try String(contentsOf: output, encoding: .utf8)
    #expect(html.contains("The full map could not be laid out: "))
    #expect(html.contains("within 0.05 s (--timeout). The overview and each claim&#39;s chain map are drawn."))
    // The full map is missing; the overview and the claims' own chain maps are there.
    #expect(!html.contains("class=\"full-map\""))
    #expect(html.contains("<figure class=\"map zoomable overview\">"))
    #expect(html.contains("<figure class=\"map zoomable chain-map\">"))
    #expect(html.contains("Sourcing chains") && html.contains("small-scale clash"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"])
  }

  @Test("A malformed case.yaml fails with its line and leaves the previous map untouched")
  func badCaseFile() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try "Officials said so.\n".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    try "title: T\nentities:\n  - name: X\n    kind: offical\n".write(to: folder.appendingPathComponent("case.yaml"), atomically: true, encoding: .utf8)
    let output = folder.appendingPathComponent("map.svg")
    try Data("previous".utf8).write(to: output)
    let result = try CommandRunner.run(["map", folder.path, "-o", output.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("case.yaml:4: unknown entity kind \"offical\""))
    let kept = try Data(contentsOf: output)
    #expect(kept == Data("previous".utf8))
  }

  @Test("Hostile article text cannot break or script the SVG")
  func hostileText() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let hostile = """
      ---
      outlet: "Evil <script>alert(1)</script> & \\"Co\\""
      url: https://example.com/?a=1&b=<2>
      ---
      <script>alert('x')</script> Officer \\N O'Brien\u{7} said "the <b>troops</b> & \\l tanks \u{1} came ]]> under fire".
      Kim Jong Un said that 북한군 and Коваленко were <img src=x onerror=alert(1)> in Kursk.
      \(String(repeating: "Very Long Name ", count: 200)) said the troops moved.
      """
    try hostile.write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    let output = folder.appendingPathComponent("map.svg")
    let result = try CommandRunner.run(["map", folder.path, "-o", output.path])
    #expect(result.status == 0, "\(result.stderr)")
    let svg = try Data(contentsOf: output)
    #expect(XMLParser(data: svg).parse())
    let text = String(decoding: svg, as: UTF8.self)
    #expect(!text.contains("<script"))
    #expect(!text.contains("<img"))
    #expect(!text.contains("<b>"))
  }
}

@Suite("Map filters that match nothing")
struct MapFilterTests {
  @Test("an outlet filter by initials keeps that outlet's evidence; one that matches nothing says so")
  func outlets() throws {
    let seed = CommandRunner.seedCase.path
    let ft = try CommandRunner.run(["map", seed, "--format", "dot", "--outlet", "FT"])
    #expect(ft.status == 0 && ft.output.contains("Financial Times") && ft.stderr.isEmpty)
    let none = try CommandRunner.run(["map", seed, "--format", "dot", "--outlet", "Nope Times"])
    #expect(none.stderr.contains("--outlet Nope Times matches no article of this case (outlets: Business Insider, Financial Times"))
  }

  @Test("an impossible date is an error; a date range with no article is a warning naming the case's dates")
  func dates() throws {
    let seed = CommandRunner.seedCase.path
    for bad in ["2024-13-45", "0000-00-00", "2023-02-29", "2024-1-05"] {
      let result = try CommandRunner.run(["map", seed, "--format", "dot", "--since", bad])
      #expect(result.status != 0 && result.stderr.contains("is not a day of the form YYYY-MM-DD"), "\(bad)")
    }
    let leap = try CommandRunner.run(["map", seed, "--format", "dot", "--until", "2024-02-29"])
    #expect(leap.status == 0)
    #expect(leap.stderr.contains("no article falls within --since/--until (articles are dated 2024-10-24 to 2024-10-31)"))
  }
}
