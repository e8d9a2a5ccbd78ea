import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The other commands on the seed case, as a user runs them.
@Suite("claims, audit, export and report on the seed case")
struct CaseCommandsTests {
  let seed = CommandRunner.seedCase.path

  @Test("claims: JSON carries a schema version; the first-contact claim is not corroborated")
  func claims() throws {
    let result = try CommandRunner.run(["claims", seed, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    #expect(json["schemaVersion"] as? Int == 1)
    let claims = try #require(json["claims"] as? [[String: Any]])
    // Kovalenko's words label the first-contact claim, whichever statement names it.
    let firstContact = try #require(claims.first {
      ($0["text"] as? String)?.contains("have already come under fire in Kursk") == true
    })
    let status = firstContact["status"] as? [String] ?? []
    #expect(!status.contains("corroborated"))
    #expect(status.contains("unverified"))
    let csv = try CommandRunner.run(["claims", seed, "--uncorroborated", "--format", "csv"])
    #expect(csv.status == 0)
    #expect(csv.output.hasPrefix("id,score,status,claim,"))
  }

  @Test("claims: --status repeats (any of them), --outlet takes initials, dates and outlets that match nothing are said")
  func claimFilters() throws {
    func claims(_ options: [String]) throws -> (ids: Set<String>, statuses: [[String]], result: CommandRunner.Result) {
      let result = try CommandRunner.run(["claims", seed, "--format", "json"] + options)
      let json = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
      let list = json?["claims"] as? [[String: Any]] ?? []
      return (Set(list.compactMap { $0["id"] as? String }), list.map { $0["status"] as? [String] ?? [] }, result)
    }
    let contested = try claims(["--status", "contested"])
    let singleParty = try claims(["--status", "single-party"])
    let either = try claims(["--status", "contested", "--status", "single-party"])
    #expect(!contested.ids.isEmpty && !singleParty.ids.isEmpty)
    #expect(either.ids == contested.ids.union(singleParty.ids))
    // The Financial Times by its initials: only claims with evidence from its article.
    let all = try claims([])
    let ft = try claims(["--outlet", "FT"])
    #expect(!ft.ids.isEmpty && ft.ids.count < all.ids.count)
    #expect(ft.ids == (try claims(["--outlet", "financial times"])).ids)
    let none = try claims(["--outlet", "Nope Times"])
    #expect(none.ids.isEmpty && none.result.status == 0)
    #expect(none.result.stderr.contains("--outlet Nope Times matches no article of this case (outlets: Business Insider, Financial Times"))
    let late = try claims(["--since", "2030-01-01"])
    #expect(late.ids.isEmpty && late.result.stderr.contains("articles are dated 2024-10-24 to 2024-10-31"))
    let bad = try CommandRunner.run(["claims", seed, "--until", "2024-02-30"])
    #expect(bad.status != 0 && bad.stderr.contains("'2024-02-30' is not a day of the form YYYY-MM-DD"))
    // map --uncorroborated draws no corroborated claim.
    let map = try CommandRunner.run(["map", seed, "--uncorroborated", "--depth", "0", "--format", "dot"])
    #expect(map.status == 0, "\(map.stderr)")
    let uncorroborated = try claims(["--uncorroborated"]).ids
    let corroborated = all.ids.subtracting(uncorroborated)
    #expect(!corroborated.isEmpty)
    for id in corroborated { #expect(!map.output.contains("\"\(id)\"")) }
    // Statements of opinion are left out of the uncorroborated list unless --all asks for them.
    let everything = try claims(["--uncorroborated", "--all"])
    #expect(everything.ids.isSuperset(of: uncorroborated))
    let json = try JSONSerialization.jsonObject(with: everything.result.stdout) as? [String: Any]
    let opinions = Set(
      (json?["claims"] as? [[String: Any]] ?? []).filter { $0["opinion"] as? Bool == true }.compactMap { $0["id"] as? String })
    #expect(!opinions.isEmpty)
    #expect(everything.ids.subtracting(uncorroborated) == opinions)
    let alone = try CommandRunner.run(["claims", seed, "--all"])
    #expect(alone.status != 0 && alone.stderr.contains("--all only widens --uncorroborated"))
  }

  @Test("eval takes --format json like every command that prints a report (--json still works)")
  func evalFormat() throws {
    let corpus = CommandRunner.packageRoot.appendingPathComponent("Tests/AttributionEvaluationTests/Fixtures/brat/tiny").path
    let json = try CommandRunner.run(["eval", corpus, "--format", "json"])
    #expect(json.status == 0, "\(json.stderr)")
    let report = try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any]
    #expect(report?["schemaVersion"] as? Int == 1)
    // The same report (timings aside) under the older flag.
    let older = try JSONSerialization.jsonObject(with: try CommandRunner.run(["eval", corpus, "--json"]).stdout) as? [String: Any]
    #expect(older.map { Set($0.keys) } == report.map { Set($0.keys) })
    #expect((older?["documents"] as? Int) == (report?["documents"] as? Int))
    let table = try CommandRunner.run(["eval", "extraction", corpus])
    #expect(table.status == 0 && !table.output.hasPrefix("{"))
  }

  @Test("extract: a case folder gives its articles in name order, the same as naming the files")
  func extractFolder() throws {
    let folder = try CommandRunner.run(["extract", seed, "--format", "jsonl"])
    #expect(folder.status == 0, "\(folder.stderr)")
    let articles = CommandRunner.seedCase.appendingPathComponent("articles")
    let names = try FileManager.default.contentsOfDirectory(atPath: articles.path).sorted()
    let files = try CommandRunner.run(
      ["extract", "--format", "jsonl"] + names.map { articles.appendingPathComponent($0).path })
    #expect(files.status == 0)
    #expect(folder.output == files.output)
    let lines = folder.output.split(separator: "\n")
    #expect(lines.count == names.count)
    #expect(lines.first?.contains("\"document\":\"000_fc9252da98a64271\"") == true)
  }

  @Test("extract: a missing path is named on standard error; the other paths are still extracted")
  func extractMissing() throws {
    let article = CommandRunner.seedCase.appendingPathComponent("articles/000_fc9252da98a64271.txt")
    let result = try CommandRunner.run(["extract", "/no/such/article.txt", article.path, "--format", "jsonl"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("/no/such/article.txt: no such file"))
    #expect(result.output.split(separator: "\n").count == 1)
  }

  @Test("extract: an unknown front-matter key is a warning; the article is extracted and the status is 0")
  func extractUnknownKey() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let article = folder.appendingPathComponent("typo.md")
    try "---\noutlett: X\n---\nKovalenko said the brigade had reached Sudzha.\n".write(to: article, atomically: true, encoding: .utf8)
    for path in [article.path, folder.path] {
      let result = try CommandRunner.run(["extract", path, "--format", "jsonl"])
      #expect(result.status == 0)
      #expect(result.stderr.contains("warning: \(article.path):2: unknown key 'outlett'"))
      #expect(result.output.contains("the brigade had reached Sudzha"))
    }
  }

  @Test("audit --strict fails on the seed case's anonymous roots; text output shows the FT chain")
  func audit() throws {
    let text = try CommandRunner.run(["audit", seed])
    #expect(text.status == 0)
    #expect(text.output.contains("Business Insider → Financial Times → Unnamed senior Ukrainian intelligence official"))
    let strict = try CommandRunner.run(["audit", seed, "--strict", "--severity", "warning"])
    #expect(strict.status == 1)
  }

  @Test("export: GraphML parses as XML; PROV is JSON with a context")
  func export() throws {
    let graphml = try CommandRunner.run(["export", seed, "--format", "graphml"])
    #expect(graphml.status == 0)
    #expect(XMLParser(data: graphml.stdout).parse())
    let prov = try CommandRunner.run(["export", seed, "--format", "prov"])
    let json = try #require(try JSONSerialization.jsonObject(with: prov.stdout) as? [String: Any])
    #expect(json["@context"] != nil)
  }

  @Test("map, claims, audit, report and export share one set of focus options and choose the same claims")
  func sharedFocus() throws {
    func ids(_ data: Data, key: String, id: String = "id") throws -> Set<String> {
      let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      let list = try #require(json[key] as? [[String: Any]])
      return Set(list.compactMap { $0[id] as? String })
    }
    let options = ["--status", "unverified"]
    let claims = try ids(try CommandRunner.run(["claims", seed, "--format", "json"] + options).stdout, key: "claims")
    #expect(!claims.isEmpty)
    let audit = try CommandRunner.run(["audit", seed, "--format", "json"] + options)
    #expect(audit.status == 0, "\(audit.stderr)")
    #expect(try ids(audit.stdout, key: "claims", id: "claim") == claims)
    // At the default depth the map draws the chosen claims and their chains, no other claim.
    let map = try CommandRunner.run(["map", seed, "--format", "dot"] + options)
    let drawn = Set(claims.filter { map.output.contains("\t\"\($0)\"\t[") })
    #expect(drawn == claims)
    #expect(map.output.components(separatedBy: "\t\"claim:").count - 1 == claims.count)
    let export = try CommandRunner.run(["export", seed, "--format", "json"] + options)
    let exported = try #require(try JSONSerialization.jsonObject(with: export.stdout) as? [String: Any])
    let nodes = try #require(exported["nodes"] as? [[String: Any]])
    #expect(Set(nodes.filter { $0["kind"] as? String == "claim" }.compactMap { $0["id"] as? String }) == claims)
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("report.html").path
    let report = try CommandRunner.run(["report", seed, "-o", output] + options)
    #expect(report.status == 0, "\(report.stderr)")
    let html = try String(contentsOfFile: output, encoding: .utf8)
    #expect(html.components(separatedBy: "<li class=\"claim ").count - 1 == claims.count)
    // Every option must hold, for maps as for lists: corroborated and not corroborated is nothing.
    let none = try CommandRunner.run(["map", seed, "--format", "dot", "--status", "corroborated", "--uncorroborated"])
    #expect(none.status != 0 && none.stderr.contains("no claim is chosen by --claim, --status and --uncorroborated together"))
    let unknown = try CommandRunner.run(["audit", seed, "--claim", "claim:nope"])
    #expect(unknown.status != 0 && unknown.stderr.contains("no claim claim:nope in this case"))
  }

  @Test("report: one self-contained HTML file, only its own pinned scripts, written atomically")
  func report() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("report.html")
    let result = try CommandRunner.run(["report", seed, "-o", output.path])
    #expect(result.status == 0, "\(result.stderr)")
    let html = try String(contentsOf: output, encoding: .utf8)
    #expect(html.contains("Content-Security-Policy"))
    #expect(html.contains("script-src &#39;sha256-"))
    #expect(html.lowercased().components(separatedBy: "<script").count - 1 == 2)
    #expect(html.components(separatedBy: "<script>//<![CDATA[").count - 1 == 2)
    #expect(html.contains("<figure class=\"map zoomable overview\">"))
    #expect(html.contains("<figure class=\"map zoomable chain-map\">"))
    #expect(html.contains("<q class=\"sentence\">"))
    #expect(html.contains("Outlet scorecard"))
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(left == ["report.html"])
  }
}

@Suite("attribution --version")
struct VersionTests {
  @Test("prints the version and exits 0")
  func version() throws {
    let result = try CommandRunner.run(["--version"])
    #expect(result.status == 0)
    #expect(result.output.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(result.output)")
  }
}
