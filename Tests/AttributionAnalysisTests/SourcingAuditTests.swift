import AttributionDocuments
import AttributionExtraction
import AttributionGraph
import Testing

@testable import AttributionAnalysis

@Suite("Sourcing audit")
struct SourcingAuditTests {
  let auditor = SourcingAuditor()

  /// Business Insider reports an anonymous official's confirmation to the Financial Times, and
  /// Kovalenko's Telegram post through The New Voice of Ukraine's translation.
  func firstContact() -> (GraphSketch, claim: String) {
    var sketch = GraphSketch()
    sketch.sentences["bi:12"] =
      "\"The first North Korean troops have already come under fire in Kursk Oblast,\" Andrii Kovalenko said on Telegram, per The New Voice of Ukraine's translation."
    let claim = sketch.claim("The first North Korean troops have come under fire in Kursk")
    let bi = sketch.outlet("Business Insider")
    let nv = sketch.outlet("The New Voice of Ukraine")
    let ft = sketch.outlet("Financial Times")
    let kovalenko = sketch.person("Andrii Kovalenko", party: "Ukraine government")
    let official = sketch.person(
      "an unnamed senior Ukrainian intelligence official", party: "Ukraine government",
      anonymous: true)
    sketch.report([bi, nv, kovalenko], claim, in: "bi", line: 12, via: sketch.channel("Telegram"))
    sketch.report([bi, ft, official], claim, as: .confirmed, in: "bi", line: 20)
    return (sketch, claim)
  }

  @Test("chains are trees from the reporting outlet to the source and its channel")
  func trees() throws {
    let (sketch, claim) = firstContact()
    let report = auditor.audit(sketch.graph)
    let audit = try #require(report.claims.first { $0.claim == claim })
    #expect(audit.trees.count == 1)
    let root = audit.trees[0]
    #expect(root.label == "Business Insider")
    #expect(root.children.map(\.label) == ["The New Voice of Ukraine", "Financial Times"])
    let kovalenko = root.children[0].children[0]
    #expect(kovalenko.label == "Andrii Kovalenko")
    #expect(kovalenko.statements.map(\.kind) == [.said])
    #expect(kovalenko.statements[0].channels == ["Telegram"])
    #expect(kovalenko.statements[0].location == SourceLocation(file: "bi", line: 12))
    let official = root.children[1].children[0]
    #expect(official.anonymous)
    #expect(official.statements.map(\.kind) == [.confirmed])
  }

  @Test("a statement follows the chain of its own attribution, not another in its sentence")
  func ownChain() throws {
    var (sketch, claim) = firstContact()
    let official = "person:an-unnamed-senior-ukrainian-intelligence-official"
    sketch.edge(.cited, "outlet:business-insider", official, in: "bi", line: 20, cue: "declined")
    let audit = try #require(auditor.audit(sketch.graph, claim: claim).claims.first)
    #expect(
      audit.trees[0].children.map(\.label) == ["The New Voice of Ukraine", "Financial Times"])
    #expect(auditor.audit(sketch.graph).findings.filter { $0.kind == .anonymousRoot }.count == 1)
  }

  @Test("an anonymous root is found at the statement, with the chain in a note")
  func anonymousRoot() throws {
    let (sketch, claim) = firstContact()
    let findings = auditor.audit(sketch.graph).findings.filter { $0.kind == .anonymousRoot }
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.severity == .warning)
    #expect(finding.claim == claim)
    #expect(finding.location?.description == "bi:20")
    #expect(
      finding.notes == [
        "chain: Business Insider → Financial Times → an unnamed senior Ukrainian intelligence official"
      ])
  }

  @Test("a translation hop is noted")
  func translationHop() throws {
    let (sketch, _) = firstContact()
    let findings = auditor.audit(sketch.graph).findings.filter { $0.kind == .translationHop }
    #expect(
      findings.map(\.message) == [
        "Business Insider relies on The New Voice of Ukraine's translation; the original wording is not quoted"
      ])
    #expect(findings.first?.severity == .note)
  }

  @Test("a single-party claim is noted")
  func singleParty() {
    let (sketch, _) = firstContact()
    let findings = auditor.audit(sketch.graph).findings.filter { $0.kind == .singlePartyClaim }
    #expect(
      findings.map(\.message) == [
        "every source of the claim speaks for Ukraine government: no independent corroboration"
      ])
  }

  @Test("a bare source is an error; an unnamed outlet and an anonymous-only claim are warnings")
  func bareAndUnnamed() {
    var sketch = GraphSketch()
    let pilots = sketch.claim("Pyongyang dispatched pilots")
    let deserters = sketch.claim("18 soldiers were detained")
    let outlet = sketch.outlet("Aggregator")
    sketch.report(
      [outlet, sketch.outlet("South Korean media", unnamed: true)], pilots, in: "agg", line: 7)
    sketch.report(
      [outlet, sketch.person("a source", anonymous: true)], deserters, in: "agg", line: 6)
    let findings = auditor.audit(sketch.graph).findings
    #expect(findings.filter { $0.kind == .unnamedOutlet }.map(\.claim) == [pilots])
    #expect(findings.filter { $0.kind == .bareSource }.map(\.claim) == [deserters])
    #expect(findings.filter { $0.kind == .bareSource }.map(\.severity) == [.error])
    #expect(
      Set(findings.filter { $0.kind == .anonymousOnlyClaim }.compactMap(\.claim)) == [
        pilots, deserters,
      ])
  }

  @Test("circular citation is found once, whichever outlet it starts from")
  func circularCitation() throws {
    var sketch = GraphSketch()
    let claim = sketch.claim("claim")
    let a = sketch.outlet("Outlet A")
    let b = sketch.outlet("Outlet B")
    let c = sketch.outlet("Outlet C")
    sketch.edge(.cited, a, b, in: "x", line: 1)
    sketch.edge(.cited, b, c, in: "y", line: 2)
    sketch.edge(.cited, c, a, in: "z", line: 3)
    sketch.report([a], claim, in: "x", line: 4)
    let findings = auditor.audit(sketch.graph).findings.filter { $0.kind == .circularCitation }
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.severity == .error)
    #expect(
      finding.message == "citation goes in a circle: Outlet A → Outlet B → Outlet C → Outlet A")
    #expect(finding.location?.description == "x:1")
    #expect(finding.claim == nil)
  }

  @Test("no circle in a chain of citations")
  func noCircle() {
    var sketch = GraphSketch()
    let claim = sketch.claim("claim")
    sketch.report(
      [sketch.outlet("A"), sketch.outlet("B"), sketch.person("X Y")], claim, in: "d", line: 1)
    #expect(!auditor.audit(sketch.graph).findings.contains { $0.kind == .circularCitation })
  }

  @Test("an outlet cited for nothing traceable is found")
  func untraceableCitation() {
    var sketch = GraphSketch()
    sketch.edge(
      .cited, sketch.outlet("Summary"), sketch.outlet("Associated Press"), in: "sum", line: 9)
    sketch.report(
      [sketch.outlet("Summary"), sketch.outlet("Reuters"), sketch.person("Rustem Umerov")],
      sketch.claim("claim"), in: "sum", line: 4)
    let findings = auditor.audit(sketch.graph).findings.filter { $0.kind == .untraceableCitation }
    #expect(
      findings.map(\.message) == [
        "Summary cites Associated Press, but nothing Associated Press said can be traced in the articles"
      ])
    #expect(findings.first?.location?.description == "sum:9")
  }

  @Test("an echo is noted with every chain that relays the one statement")
  func echo() throws {
    var sketch = GraphSketch()
    let claim = sketch.claim("claim")
    let kovalenko = sketch.person("Andrii Kovalenko", party: "Ukraine government")
    sketch.report([sketch.outlet("Business Insider"), kovalenko], claim, in: "bi", line: 1)
    sketch.report([sketch.outlet("The Hill"), kovalenko], claim, in: "hill", line: 2)
    let finding = try #require(auditor.audit(sketch.graph).findings.first { $0.kind == .echo })
    #expect(
      finding.message
        == "2 outlet(s) in 2 articles relay one statement by Andrii Kovalenko: counted as one origin"
    )
    #expect(
      finding.notes == [
        "bi:1: Business Insider → Andrii Kovalenko", "hill:2: The Hill → Andrii Kovalenko",
      ])
  }

  @Test("one claim can be audited alone, with the graph findings that touch its chains")
  func oneClaim() throws {
    var (sketch, claim) = firstContact()
    let other = sketch.claim("other")
    sketch.report(
      [sketch.outlet("Elsewhere"), sketch.person("a source", anonymous: true)], other, in: "e",
      line: 1)
    sketch.edge(.cited, sketch.outlet("Elsewhere"), sketch.outlet("Silent"), in: "e", line: 2)
    let report = auditor.audit(sketch.graph, claim: claim)
    #expect(report.claims.map(\.claim) == [claim])
    #expect(report.findings.allSatisfy { $0.claim == claim })
    #expect(
      auditor.audit(sketch.graph, claim: other).findings.contains {
        $0.kind == .untraceableCitation
      })
  }

  @Test("findings at a severity or worse")
  func severityThreshold() {
    let (sketch, _) = firstContact()
    let report = auditor.audit(sketch.graph)
    #expect(report.findings(atLeast: .note).count == report.findings.count)
    #expect(report.findings(atLeast: .warning).map(\.kind) == [.anonymousRoot])
    #expect(report.findings(atLeast: .error).isEmpty)
  }

  @Test("with the articles at hand, findings name the file, line and column of the cue")
  func columns() throws {
    let text = "Title\nOn Monday, an official said it."
    let document = Document(id: "doc", path: "articles/doc.txt", text: text)
    let cue = Array(text.unicodeScalars).count - " it.".count - "said".count
    let evidence = Evidence(
      document: "doc", sentence: "On Monday, an official said it.", sentenceSpan: TextSpan(6, 37),
      source: [], cue: Mention(text: "said", spans: [TextSpan(cue, cue + 4)]), content: [], line: 2)
    let location = SourcingAuditor(documents: [document]).location(of: evidence)
    #expect(location.description == "articles/doc.txt:2:24")
  }
}
