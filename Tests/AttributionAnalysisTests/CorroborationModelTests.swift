import AttributionGraph
import Testing

@testable import AttributionAnalysis

@Suite("Corroboration model")
struct CorroborationModelTests {
  let model = CorroborationModel()

  @Test("many outlets relaying one statement are one origin")
  func echoCollapses() throws {
    var sketch = GraphSketch()
    let claim = sketch.claim("The first North Korean troops came under fire in Kursk")
    let kovalenko = sketch.person("Andrii Kovalenko", party: "Ukraine government")
    for (outlet, document) in [
      ("Business Insider", "bi"), ("The Hill", "hill"), ("Newsweek", "nw"),
    ] {
      sketch.report([sketch.outlet(outlet), kovalenko], claim, in: document, line: 3)
    }
    let assessment = try #require(model.assess(claim: claim, in: sketch.graph))
    #expect(assessment.origins.count == 1)
    #expect(assessment.origins[0].mentions == 3)
    #expect(assessment.origins[0].reportedBy == ["Business Insider", "The Hill", "Newsweek"])
    #expect(assessment.status == [.singleSource])
    #expect(assessment.score == 0.6)
    #expect(assessment.discounted.map(\.reason) == [.echo])
    #expect(assessment.discounted[0].explanation.contains("counted once"))
    #expect(
      assessment.explanation[0] == "3 supporting mention(s) from 1 source(s): 1 origin(s) counted")
  }

  @Test("the signers of one statement are one origin; the same people speaking apart are two")
  func jointStatement() throws {
    var sketch = GraphSketch()
    let claim = sketch.claim("The FBI's review was improper")
    let outlet = sketch.outlet("Politico")
    let cummings = sketch.person("Elijah Cummings")
    let warner = sketch.person("Mark Warner")
    // "Cummings and Warner wrote in a letter that …": one cue, two signers.
    sketch.report([outlet, cummings], claim, in: "politico", line: 4)
    sketch.report([outlet, warner], claim, in: "politico", line: 4)
    let joint = try #require(model.assess(claim: claim, in: sketch.graph))
    #expect(joint.origins.map(\.label) == ["Elijah Cummings"])
    #expect(joint.status == [.singleSource])
    #expect(joint.discounted.map(\.reason) == [.jointStatement])
    #expect(joint.discounted[0].explanation == "Mark Warner made the statement jointly with Elijah Cummings: one origin")
    // Warner saying it again on his own adds nothing of Cummings': still one signer apart.
    sketch.report([sketch.outlet("CNN"), warner], claim, in: "cnn", line: 2)
    #expect(try #require(model.assess(claim: claim, in: sketch.graph)).origins.map(\.label) == ["Mark Warner"])
    // Its negative case: once each has said it apart from the other, they are two origins.
    sketch.report([sketch.outlet("NBC"), cummings], claim, in: "nbc", line: 7)
    let apart = try #require(model.assess(claim: claim, in: sketch.graph))
    #expect(apart.origins.count == 2)
    #expect(apart.status == [.corroborated])
    #expect(!apart.discounted.contains { $0.reason == .jointStatement })
  }

  @Test("a bare source adds to the score but never makes a claim corroborated; a described one can")
  func bareSource() throws {
    var sketch = GraphSketch()
    let claim = sketch.claim("Trump will speak in New Hampshire")
    let trump = sketch.person("Donald Trump", party: "Trump campaign")
    let report = sketch.person("Unattributed report", anonymous: true)
    sketch.report([trump], claim, in: "post", line: 2)
    sketch.report([report], claim, in: "post", line: 5)
    let assessment = try #require(model.assess(claim: claim, in: sketch.graph))
    #expect(assessment.status == [.singleSource])
    #expect(assessment.score > 0.6)
    #expect(assessment.reason == "one source: Donald Trump (named on the record); a bare source (Unattributed report) cannot show independence")
    // An unnamed source with a position to know is a party of its own.
    let official = sketch.person("a senior campaign official", anonymous: true)
    sketch.report([official], claim, in: "post", line: 7)
    let described = try #require(model.assess(claim: claim, in: sketch.graph))
    #expect(described.status == [.corroborated])
    #expect(described.reason.hasPrefix("corroborated by 2 independent parties"))
  }

  @Test("one source's statements in several articles and channels are one origin")
  func oneOriginManyChannels() throws {
    var sketch = GraphSketch()
    let claim = sketch.claim("claim")
    let umerov = sketch.person("Rustem Umerov", party: "Ukraine government")
    sketch.report(
      [sketch.outlet("Business Insider"), umerov], claim, as: .confirmed, in: "bi", line: 1,
      via: sketch.channel("KBS interview"))
    sketch.report(
      [sketch.outlet("Reuters"), umerov], claim, in: "reuters", line: 2,
      via: sketch.channel("Telegram"))
    let origin = try #require(model.assess(claim: claim, in: sketch.graph)?.origins.first)
    #expect(origin.statements == [.confirmed, .said])
    #expect(origin.channels == ["KBS interview", "Telegram"])
    #expect(origin.documents == ["bi", "reuters"])
    #expect(origin.reportedBy == ["Business Insider", "Reuters"])
  }

  @Test("confirmation from the claimant's own party does not corroborate")
  func samePartyDoesNotCorroborate() throws {
    var sketch = GraphSketch()
    let claim = sketch.claim("Russia gave North Korean troops uniforms and equipment")
    let outlet = sketch.outlet("Financial Times")
    let kovalenko = sketch.person("Andrii Kovalenko", party: "Ukraine government")
    let umerov = sketch.person("Rustem Umerov", party: "Ukraine government")
    sketch.report([outlet, kovalenko], claim, in: "ft", line: 1)
    sketch.report([outlet, umerov], claim, as: .confirmed, in: "ft", line: 2)

    let singleParty = try #require(model.assess(claim: claim, in: sketch.graph))
    #expect(singleParty.status == [.singleParty])
    #expect(!singleParty.isCorroborated)
    #expect(singleParty.parties == ["Ukraine government"])
    #expect(singleParty.discounted.map(\.reason) == [.sameParty])
    #expect(singleParty.score == 0.65)

    sketch.report(
      [outlet, sketch.person("Lloyd Austin", party: "US government")], claim, in: "ft", line: 3)
    let corroborated = try #require(model.assess(claim: claim, in: sketch.graph))
    #expect(corroborated.status == [.corroborated])
    #expect(corroborated.parties.sorted() == ["US government", "Ukraine government"])
    #expect(corroborated.score > singleParty.score)
    #expect(corroborated.reason.hasPrefix("corroborated by 2 independent parties"))
  }

  @Test("a source without a class is its own party")
  func nilClassIsOwnParty() throws {
    var sketch = GraphSketch()
    let claim = sketch.claim("Pyongyang sent pilots")
    let outlet = sketch.outlet("Outlet")
    sketch.report([outlet, sketch.person("Jane Roe")], claim, in: "a", line: 1)
    sketch.report([outlet, sketch.person("John Doe")], claim, in: "a", line: 2)
    let assessment = try #require(model.assess(claim: claim, in: sketch.graph))
    #expect(assessment.status == [.corroborated])
    #expect(assessment.parties.sorted() == ["Jane Roe", "John Doe"])
  }

  @Test("could-not-verify and denials lower the score and are shown")
  func negativeEvidenceLowers() throws {
    var sketch = GraphSketch()
    let claim = sketch.claim("North Korean troops came under fire")
    let outlet = sketch.outlet("Business Insider")
    sketch.report(
      [outlet, sketch.person("Andrii Kovalenko", party: "Ukraine government")], claim, in: "bi",
      line: 1)
    let before = try #require(model.assess(claim: claim, in: sketch.graph)).score

    sketch.report(
      [outlet, sketch.person("Pat Ryder", party: "US government")], claim, as: .couldNotVerify,
      in: "bi", line: 2)
    let unverified = try #require(model.assess(claim: claim, in: sketch.graph))
    #expect(unverified.score < before)
    #expect(unverified.status == [.singleSource, .unverified])
    #expect(unverified.negative.map(\.label) == ["Pat Ryder"])
    #expect(unverified.reason.contains("could not be verified by Pat Ryder"))
    #expect(
      unverified.explanation.contains {
        $0 == "could not be verified by Pat Ryder (named on the record): × 0.80"
      })

    sketch.edge(
      .denied, sketch.institution("North Korea", party: "North Korea government"), claim, in: "bi",
      line: 4)
    let denied = try #require(model.assess(claim: claim, in: sketch.graph))
    #expect(denied.score < unverified.score)
    #expect(denied.status.contains(.denied))
    #expect(denied.reason.contains("denied by North Korea"))
  }

  @Test("an agentless could-not-verify leaves a claim with no source unsourced")
  func onlyNegativeEvidence() throws {
    var sketch = GraphSketch()
    let claim = sketch.claim("the troops returned fire")
    sketch.edge(.couldNotVerify, sketch.outlet("Associated Press"), claim, in: "ap", line: 1)
    let assessment = try #require(model.assess(claim: claim, in: sketch.graph))
    #expect(assessment.status == [.unsourced, .unverified])
    #expect(assessment.score == 0)
  }

  @Test("a claim resting on unnamed sources is anonymous-only")
  func anonymousOnly() throws {
    var sketch = GraphSketch()
    let claim = sketch.claim("Russia detained 18 North Korean soldiers for deserting")
    sketch.report(
      [
        sketch.outlet("Aggregator"),
        sketch.person("A military intelligence source", anonymous: true),
      ],
      claim, in: "agg", line: 5)
    let assessment = try #require(model.assess(claim: claim, in: sketch.graph))
    #expect(assessment.status == [.singleSource, .anonymousOnly])
    #expect(assessment.origins[0].grade == .anonymousWithPosition)
    #expect(assessment.score == 0.3)
    #expect(assessment.reason.contains("anonymous, with a position to know"))
  }

  @Test("a named speaker only an anonymous source reports is anonymous-only; reported on the record too, not")
  func namedThroughAnonymous() throws {
    var sketch = GraphSketch()
    let claim = sketch.claim("Clinton told police she did not want the escort")
    let clinton = sketch.person("Hillary Clinton", party: "Clinton campaign")
    // "Clinton had told police officials that …, the source added."
    sketch.report([sketch.outlet("Breitbart"), sketch.person("another source", anonymous: true), clinton], claim, in: "bb", line: 9)
    let hidden = try #require(model.assess(claim: claim, in: sketch.graph))
    #expect(hidden.status == [.singleSource, .anonymousOnly])
    #expect(hidden.reason.contains("only anonymous sources report what Hillary Clinton said"), "\(hidden.reason)")
    // Another article quotes her directly: her word is on the record.
    sketch.report([sketch.outlet("Reuters"), clinton], claim, in: "reuters", line: 3)
    let open = try #require(model.assess(claim: claim, in: sketch.graph))
    #expect(open.status == [.singleSource])
  }

  @Test("unnamed sources one outlet reports are one party; anonymous support is shown as anonymous-only")
  func unnamedSourcesOfOneOutlet() throws {
    var sketch = GraphSketch()
    sketch.outlets = ["lloyds-1": "Lloyd's List", "lloyds-2": "Lloyd's List", "reuters": "Reuters"]
    let claim = sketch.claim("the tanker was diverted to Tartus")
    let outlet = sketch.outlet("Lloyd's List")
    sketch.report([outlet, sketch.person("port sources", anonymous: true)], claim, in: "lloyds-1", line: 2)
    sketch.report([outlet, sketch.person("a shipping source", anonymous: true)], claim, in: "lloyds-2", line: 4)
    let pooled = try #require(model.assess(claim: claim, in: sketch.graph))
    #expect(pooled.status == [.singleParty, .anonymousOnly])
    #expect(pooled.parties == ["unnamed sources of Lloyd's List"])
    #expect(pooled.discounted.contains { $0.reason == .sameParty && ["port sources", "a shipping source"].contains($0.label) })
    #expect(pooled.primaryStatus == .anonymousOnly)

    // An unnamed source of another outlet is another party, but support that is all anonymous
    // is still shown as anonymous-only, never with the corroborated fill.
    sketch.report(
      [sketch.outlet("Reuters"), sketch.person("a person familiar with the matter", anonymous: true)], claim,
      in: "reuters", line: 7)
    let spread = try #require(model.assess(claim: claim, in: sketch.graph))
    #expect(spread.status == [.corroborated, .anonymousOnly])
    #expect(spread.primaryStatus == .anonymousOnly)

    // A named source of the same outlet keeps its own party.
    sketch.report([outlet, sketch.person("Michelle Wiese Bockmann")], claim, in: "lloyds-2", line: 9)
    let named = try #require(model.assess(claim: claim, in: sketch.graph))
    #expect(named.parties.contains("Michelle Wiese Bockmann"))
    #expect(named.primaryStatus == .corroborated)
  }

  @Test("sources are graded: named > institution > anonymous with a position > bare")
  func grading() {
    #expect(SourcingGrade(of: Node(id: "p", kind: .person, label: "Rustem Umerov")) == .named)
    #expect(
      SourcingGrade(of: Node(id: "i", kind: .institution, label: "the Pentagon")) == .institution)
    #expect(SourcingGrade(of: Node(id: "o", kind: .outlet, label: "ISW")) == .institution)
    #expect(
      SourcingGrade(
        of: Node(
          id: "a", kind: .person, label: "an unnamed senior Ukrainian intelligence official",
          anonymous: true)) == .anonymousWithPosition)
    #expect(
      SourcingGrade(of: Node(id: "b", kind: .person, label: "a source", anonymous: true)) == .bare)
    #expect(
      SourcingGrade(of: Node(id: "r", kind: .person, label: "Reports", anonymous: true)) == .bare)
    #expect(
      SourcingGrade(of: Node(id: "n", kind: .person, label: "Unattributed report", anonymous: true))
        == .bare)
    #expect(
      SourcingGrade(of: Node(id: "u", kind: .outlet, label: "South Korean media", unnamed: true))
        == .bare)
    #expect(
      SourcingGrade.allCases.sorted() == [.named, .institution, .anonymousWithPosition, .bare])
    #expect(SourcingGrade.allCases.map(\.weight) == [1.0, 0.8, 0.5, 0.25])
  }

  @Test("contested claims carry every figure that contradicts them, and their range")
  func contestedRange() throws {
    var sketch = GraphSketch()
    let outlet = sketch.outlet("Outlet")
    let blinken = sketch.person("Antony Blinken", party: "US government")
    let eight = sketch.claim("8,000 North Korean troops moved to Kursk")
    let ten = sketch.claim("at least 10,000 North Korean troops were in Kursk")
    let twelve = sketch.claim("12,000 North Koreans in Russia")
    let threePointFiveShells = sketch.claim("Pyongyang supplied 3.5mn shells")
    for (line, claim) in [eight, ten, twelve, threePointFiveShells].enumerated() {
      sketch.report([outlet, blinken], claim, in: "a", line: line)
    }
    sketch.contradicts(ten, eight, figures: ("at least 10,000", "8,000"))
    sketch.contradicts(twelve, ten, figures: ("12,000", "at least 10,000"))
    sketch.contradicts(twelve, eight, figures: ("12,000", "8,000"))
    let shells = sketch.claim("Pyongyang supplied 3mn shells")
    sketch.report([outlet, blinken], shells, in: "a", line: 9)
    sketch.contradicts(threePointFiveShells, shells, figures: ("3.5mn", "3mn"))
    sketch.contradicts(threePointFiveShells, twelve, figures: ("3.5mn", "12,000"))

    let assessment = try #require(model.assess(claim: eight, in: sketch.graph))
    let contest = try #require(assessment.contest)
    #expect(assessment.status == [.singleSource, .contested])
    #expect(contest.figure == "8,000")
    #expect(contest.figures.map(\.figure) == ["8,000", "at least 10,000", "12,000"])
    #expect(contest.range == "8,000–12,000")
    #expect(assessment.score == 0.51)
    #expect(assessment.reason.contains("contested: 3 figures from 8,000–12,000"))
    #expect(try #require(model.assess(claim: twelve, in: sketch.graph)).contest?.figure == "12,000")
    #expect(
      try #require(model.assess(claim: shells, in: sketch.graph)).contest?.range == "3mn–3.5mn",
      "only direct contradictions count: the shells claim is not mixed with troop counts")
  }

  @Test(
    "figures are read as numbers",
    arguments: [
      ("8,000", 8000.0), ("at least 10,000", 10000), ("3.5mn", 3_500_000), ("2.6 thousand", 2600),
      ("up to 2,100 soldiers", 2100), ("1,500.", 1500),
    ])
  func figures(figure: String, value: Double) {
    #expect(Figure.value(figure) == value)
  }

  @Test("an outlet that cites another source of the claim is that source's echo")
  func relayCollapses() throws {
    var sketch = GraphSketch()
    let claim = sketch.claim("North Korean troops came under fire")
    let ft = sketch.outlet("Financial Times")
    let official = sketch.person(
      "an unnamed senior Ukrainian intelligence official", party: "Ukraine government",
      anonymous: true)
    sketch.report([ft, official], claim, as: .confirmed, in: "ft", line: 1)
    sketch.report([ft], claim, in: "ft", line: 2)
    let assessment = try #require(model.assess(claim: claim, in: sketch.graph))
    #expect(
      assessment.origins.map(\.label) == ["an unnamed senior Ukrainian intelligence official"])
    #expect(assessment.discounted.map(\.reason) == [.relay])
    #expect(assessment.status == [.singleSource, .anonymousOnly])
  }

  @Test(
    "a chain of citations relays within one article, not across articles",
    arguments: [("b2", true), ("ap3", false)])
  func relayWithinArticle(secondLink: String, relays: Bool) throws {
    var sketch = GraphSketch()
    let claim = sketch.claim("The campaign raised record sums")
    let breitbart = sketch.outlet("Breitbart")
    let wire = sketch.outlet("Associated Press")
    let clinton = sketch.person("Hillary Clinton", party: "Clinton campaign")
    sketch.report([breitbart], claim, in: "b9", line: 1)
    sketch.report([clinton], claim, in: "c1", line: 1)
    // Breitbart cites the AP in its article b2; the AP cites Clinton there, or in another story.
    sketch.edge(.cited, breitbart, wire, in: "b2", line: 3)
    sketch.edge(.cited, wire, clinton, in: secondLink, line: 3)
    let assessment = try #require(model.assess(claim: claim, in: sketch.graph))
    #expect(assessment.discounted.map(\.reason) == (relays ? [.relay] : []))
    #expect(assessment.origins.count == (relays ? 1 : 2))
  }

  @Test("claims are ranked by score, then by status")
  func ordering() {
    var sketch = GraphSketch()
    let outlet = sketch.outlet("Outlet")
    let named = sketch.person("Lloyd Austin", party: "US government")
    let named2 = sketch.person("Antony Blinken", party: "US government")
    let ukrainian = sketch.person("Rustem Umerov", party: "Ukraine government")
    let anonymous = sketch.person("a source", anonymous: true)
    let corroborated = sketch.claim("corroborated")
    let singleParty = sketch.claim("single party")
    let singleSource = sketch.claim("single source")
    let bare = sketch.claim("bare")
    sketch.report([outlet, named], corroborated, in: "a", line: 1)
    sketch.report([outlet, ukrainian], corroborated, in: "a", line: 2)
    sketch.report([outlet, named], singleParty, in: "a", line: 3)
    sketch.report([outlet, named2], singleParty, in: "a", line: 4)
    sketch.report([outlet, named], singleSource, in: "a", line: 5)
    sketch.report([outlet, anonymous], bare, in: "a", line: 6)

    let ranked = model.assess(sketch.graph)
    #expect(ranked.map(\.id) == [corroborated, singleParty, singleSource, bare])
    #expect(
      ranked.map { $0.status[0] } == [.corroborated, .singleParty, .singleSource, .singleSource])
    #expect(ranked.map(\.score) == ranked.map(\.score).sorted(by: >))
    #expect(ranked.allSatisfy { (0...1).contains($0.score) })
    #expect(ranked.last?.origins.first?.grade == .bare)
  }

  @Test("every score explains itself, step by step")
  func explanation() throws {
    var sketch = GraphSketch()
    let claim = sketch.claim("claim")
    sketch.report(
      [sketch.outlet("Outlet"), sketch.person("Lloyd Austin", party: "US government")], claim,
      in: "a", line: 1)
    let assessment = try #require(model.assess(claim: claim, in: sketch.graph))
    #expect(
      assessment.explanation == [
        "1 supporting mention(s) from 1 source(s): 1 origin(s) counted",
        "US government: Lloyd Austin (named on the record, weight 1.00) gives 0.60",
        "support from 1 independent party: 0.60",
        "score 0.60",
      ])
  }

  @Test("a claim no source is named for is the article's own report, not anonymous-only; unnamed officials' is")
  func unattributedIsNotAnonymous() {
    var sketch = GraphSketch()
    let outlet = sketch.outlet("Politico")
    let nobody = sketch.person("Unattributed a", anonymous: true)
    let officials = sketch.person("officials", anonymous: true)
    let reported = sketch.claim("the server was breached")
    let leaked = sketch.claim("the review was reopened")
    sketch.report([outlet, nobody], reported, in: "a", line: 1)
    sketch.report([outlet, officials], leaked, in: "a", line: 2)
    #expect(sketch.graph.node(nobody)?.isUnattributed == true)
    let assessments = CorroborationModel().assess(sketch.graph)
    #expect(assessments.first { $0.id == reported }?.status == [.singleSource])
    #expect(assessments.first { $0.id == leaked }?.status.contains(.anonymousOnly) == true)
  }
}
