import AttributionDocuments
import AttributionExtraction
import AttributionGraph
import Foundation
import Testing

@testable import AttributionAnalysis

@Suite("Reporters")
struct ReporterTests {
  /// Two claims: one with a comma, quotes, a pipe and a line break in its text.
  func assessments() -> [ClaimAssessment] {
    var sketch = GraphSketch()
    let outlet = sketch.outlet("Financial Times")
    let awkward = sketch.claim("Troops got \"uniforms\", rifles | mortars\nand more")
    let plain = sketch.claim("Plain claim")
    sketch.report(
      [outlet, sketch.person("Lloyd Austin", party: "US government")], awkward, in: "ft", line: 1)
    sketch.report(
      [outlet, sketch.person("Rustem Umerov", party: "Ukraine government")], awkward, in: "ft",
      line: 2)
    sketch.report([outlet, sketch.person("a source", anonymous: true)], plain, in: "ft", line: 3)
    return CorroborationModel().assess(sketch.graph)
  }

  @Test("CSV quotes fields with commas, quotes and line breaks, doubling quotes")
  func csv() {
    #expect(CSVClaimsReporter.field("plain") == "plain")
    #expect(CSVClaimsReporter.field("a, b") == "\"a, b\"")
    #expect(CSVClaimsReporter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVClaimsReporter.field("two\nlines") == "\"two\nlines\"")
    let text = CSVClaimsReporter().report(assessments(), title: "t")
    #expect(
      text.hasPrefix(
        "id,score,status,claim,sources,parties,against,range,reason,speaker,statement,outlet,article,line,date,sentence\r\n"))
    #expect(text.contains(",\"Troops got \"\"uniforms\"\", rifles | mortars\nand more\","))
    #expect(text.contains("0.840,corroborated,"))
    #expect(text.hasSuffix("\r\n"))
    // Without a graph, one row per claim with the statement columns empty.
    #expect(text.components(separatedBy: "\r\n").count == 1 + 2 + 1)
  }

  @Test("CSV with the graph: a row per statement, with article, line and sentence")
  func csvStatements() {
    var graph = AttributionGraph(title: "t")
    let claim = assessments()[0].id
    graph.add(Node(id: "person:k", kind: .person, label: "Kovalenko"))
    graph.add(Node(id: claim, kind: .claim, label: "Troops"))
    func evidence(_ document: String, _ line: Int, _ sentence: String) -> Evidence {
      Evidence(
        document: document, outlet: "Wire", sentence: sentence, sentenceSpan: TextSpan(0, 5), source: [],
        cue: Mention(text: "said", spans: [TextSpan(0, 4)]), content: [], line: line, date: "2024-10-30")
    }
    graph.add(Edge(kind: .said, from: "person:k", to: claim, evidence: [evidence("b", 3, "=HYPERLINK(\"x\")"), evidence("a", 9, "He said, \"yes\".")]))
    let rows = CSVClaimsReporter(graph: graph).report(assessments(), title: "t").components(separatedBy: "\r\n")
    // Header, two statements of the first claim (article order), the second claim alone, end.
    #expect(rows.count == 5)
    #expect(rows[1].hasSuffix(",Kovalenko,said,Wire,a,9,2024-10-30,\"He said, \"\"yes\"\".\""))
    #expect(rows[2].hasSuffix(",Kovalenko,said,Wire,b,3,2024-10-30,\"'=HYPERLINK(\"\"x\"\")\""))
    #expect(rows[3].hasSuffix(",,,,,,,"))
  }

  @Test("JSON carries the schema version and every assessment")
  func json() throws {
    let text = JSONClaimsReporter().report(assessments(), title: "Kursk")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["schemaVersion"] as? Int == 1)
    #expect(object["title"] as? String == "Kursk")
    let claims = try #require(object["claims"] as? [[String: Any]])
    #expect(claims.count == 2)
    #expect(claims[0]["status"] as? [String] == ["corroborated"])
    #expect(claims[0]["score"] as? Double == 0.84)
    #expect(claims[1]["status"] as? [String] == ["single-source", "anonymous-only"])
  }

  @Test("Markdown escapes pipes and line breaks inside cells")
  func markdown() {
    let text = MarkdownClaimsReporter().report(assessments(), title: "Kursk")
    #expect(text.hasPrefix("# Claims: Kursk\n\n| Score | Status | Claim | Sources | Why |\n"))
    #expect(
      text.contains(
        "| 0.840 | corroborated | Troops got \"uniforms\", rifles \\| mortars and more (`claim:"))
    #expect(text.split(separator: "\n").count == 5)
  }

  @Test("the table shows score, status, id and text, then sources and the reason")
  func table() {
    let lines = TableClaimsReporter(claimWidth: 20).report(assessments(), title: "t")
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0].hasPrefix("SCORE  STATUS"))
    #expect(lines[1].hasPrefix("0.840  corroborated"))
    #expect(lines[1].hasSuffix("Troops got \"uniform…"))
    #expect(
      lines[2] == "       sources: Lloyd Austin (US government), Rustem Umerov (Ukraine government)"
    )
    #expect(lines[3].hasPrefix("       why: corroborated by 2 independent parties"))
    #expect(lines[5] == "       sources: a source (anonymous)")
    #expect(TableClaimsReporter().report([], title: "t") == "t: no claims\n")
  }

  @Test("the explained table adds the derivation and what was not counted")
  func explainedTable() {
    let text = TableClaimsReporter(explain: true).report(assessments(), title: "t")
    #expect(text.contains("\n         support from 2 independent parties: 0.84\n"))
    #expect(!TableClaimsReporter().report(assessments(), title: "t").contains("support from"))
    var sketch = GraphSketch()
    let claim = sketch.claim("claim")
    let party = "Ukraine government"
    sketch.report(
      [sketch.outlet("A"), sketch.person("Jane Roe", party: party)], claim, in: "a", line: 1)
    sketch.report(
      [sketch.outlet("A"), sketch.person("John Doe", party: party)], claim, in: "a", line: 2)
    let discounted = TableClaimsReporter(explain: true)
      .report(CorroborationModel().assess(sketch.graph), title: "t")
    #expect(
      discounted.contains(
        "  not counted (same-party): John Doe speaks for Ukraine government, as Jane Roe does"))
  }

  @Test("each format has its reporter")
  func family() {
    #expect(ClaimsFormat.csv.reporter is CSVClaimsReporter)
    #expect(ClaimsFormat.markdown.reporter is MarkdownClaimsReporter)
    #expect(AuditFormat.text.reporter is TextAuditReporter)
    #expect(AuditFormat.json.reporter is JSONAuditReporter)
  }

  func audit() -> AuditReport {
    var sketch = GraphSketch()
    let claim = sketch.claim("They came under fire")
    let official = sketch.person(
      "an unnamed senior Ukrainian intelligence official", party: "Ukraine government",
      anonymous: true)
    sketch.report(
      [sketch.outlet("Business Insider"), sketch.outlet("Financial Times"), official], claim,
      as: .confirmed, in: "bi", line: 20)
    sketch.report(
      [
        sketch.outlet("Business Insider"),
        sketch.person("Andrii Kovalenko", party: "Ukraine government"),
      ],
      claim, in: "bi", line: 12, via: sketch.channel("Telegram"))
    return SourcingAuditor().audit(sketch.graph)
  }

  @Test("the text audit draws trees and compiler-style findings")
  func textAudit() {
    let text = TextAuditReporter().report(audit())
    #expect(
      text == """
        Sourcing audit: sketch

        claim:they-came-under-fire [single-party] "They came under fire"
          Business Insider
          ├─ Financial Times
          │  └─ an unnamed senior Ukrainian intelligence official (anonymous) — confirmed (bi:20)
          └─ Andrii Kovalenko — said via Telegram (bi:12)
          bi:20: warning: the chain ends at an anonymous source: "an unnamed senior Ukrainian intelligence official" [anonymous-root]
            note: chain: Business Insider → Financial Times → an unnamed senior Ukrainian intelligence official
          note: every source of the claim speaks for Ukraine government: no independent corroboration [single-party-claim]
            note: 2 sources, all speaking for Ukraine government: Andrii Kovalenko, an unnamed senior Ukrainian intelligence official

        0 errors, 1 warning, 1 note

        """)
  }

  @Test("the JSON audit carries the schema version, trees and findings")
  func jsonAudit() throws {
    let text = JSONAuditReporter().report(audit())
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["schemaVersion"] as? Int == 1)
    let claims = try #require(object["claims"] as? [[String: Any]])
    let trees = try #require(claims.first?["trees"] as? [[String: Any]])
    #expect(trees.first?["label"] as? String == "Business Insider")
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.map { $0["kind"] as? String } == ["anonymous-root", "single-party-claim"])
    #expect((findings[0]["location"] as? [String: Any])?["line"] as? Int == 20)
  }
}

@Suite("Reporters keep article text inert")
struct InertReporterTests {
  @Test("a CSV cell that a spreadsheet would run is prefixed with a quote", arguments: [
    ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-2", "'-2"), ("@cmd", "'@cmd"), ("\tx", "'\tx"),
    ("plain", "plain"), ("a=b", "a=b"), ("=a,b", "\"'=a,b\""),
  ])
  func csvFormula(_ value: String, _ expected: String) {
    #expect(CSVClaimsReporter.field(value) == expected)
  }

  @Test("a Markdown cell escapes markup, links and HTML")
  func markdownCell() {
    #expect(MarkdownClaimsReporter.cell("a | b") == "a \\| b")
    #expect(MarkdownClaimsReporter.cell("[x](javascript:alert(1))") == "\\[x\\]\\(javascript:alert\\(1\\)\\)")
    #expect(MarkdownClaimsReporter.cell("<img src=x> & *b*") == "&lt;img src=x&gt; &amp; \\*b\\*")
    #expect(MarkdownClaimsReporter.cell("one\r\ntwo\nthree") == "one two three")
  }
}
