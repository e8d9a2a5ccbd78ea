import AttributionDocuments
import AttributionExtraction
import Testing

@testable import AttributionGraph

/// Who a source mention is, on descriptions from stories outside the seed case (2016 US
/// politics): each rule with a case it must not take.
@Suite("Source identity")
struct SourceIdentityTests {
  /// The nodes speaking each content, by id.
  static func speakers(_ g: AttributionGraph, of content: String) -> Set<String> {
    let claim = g.nodes(of: .claim).first { $0.label.contains(content) }
    return Set(claim.map { g.edges(to: $0.id).map(\.from) } ?? [])
  }

  @Test("Whoever was told something is no speaker: the teller is unnamed, a question the reporter's")
  func toldSubjects() throws {
    let warned = "And the FBI was warned about the shooter, but the bureau closed its inquiry."
    let briefed = "Senators had been quietly briefed that the troops moved to Kursk."
    let asked = "Capt. Jeff Davis, who was asked about the need for a different war strategy, said nothing of Trump."
    let agent = "The Pentagon was told by Ukrainian officials that 8,000 troops were in Kursk."
    var a = Article("a", outlet: "USA Today", [warned, briefed, asked, agent])
    a.attribute("the FBI", "was warned about", "the shooter", in: warned)
    a.attribute("Senators", "had been quietly briefed", "the troops moved to Kursk", in: briefed)
    a.attribute("who", "was asked about", "the need for a different war strategy", in: asked, entity: "Jeff Davis")
    // The extractor found the agent after the cue: the officials speak to the Pentagon.
    a.attribute("Ukrainian officials", "was told by", "8,000 troops were in Kursk", in: agent)
    let g = graph([a])
    for content in ["the shooter", "troops moved to Kursk"] {
      let speakers = Self.speakers(g, of: content)
      #expect(speakers.count == 1)
      let node = try #require(g.node(speakers.first ?? ""))
      #expect(node.anonymous && node.kind == .person, "\(content): \(node.id)")
    }
    #expect(!g.nodes.contains { $0.id == "institution:fbi" })
    #expect(Self.speakers(g, of: "different war strategy") == ["outlet:usa-today"])
    #expect(Self.speakers(g, of: "8,000 troops").allSatisfy { g.node($0)?.anonymous == true })
    #expect(Self.speakers(g, of: "8,000 troops").count == 1)
  }

  @Test("A party's members are unnamed people of that party; the party itself is an institution")
  func partyMembers() throws {
    let members = "Republicans said the plan would fail within a year."
    let criticism = "It was his sharpest response to Republican criticism that his strategy is failing."
    let democrats = "Democrats argued that the bill would pass the Senate."
    let party = "The Republican Party said in a statement that the vote was a sham."
    let gop = "The GOP said the convention would open on Monday."
    var a = Article("a", outlet: "USA Today", [members, criticism, democrats, party, gop])
    a.attribute("Republicans", "said", "the plan would fail within a year", in: members)
    a.attribute("Republican", "criticism", "his strategy is failing", in: criticism)
    a.attribute("Democrats", "argued", "the bill would pass the Senate", in: democrats)
    a.attribute("The Republican Party", "said", "the vote was a sham", in: party)
    a.attribute("The GOP", "said", "the convention would open on Monday", in: gop)
    let g = graph([a])
    for (content, side) in [("plan would fail", "Republican Party"), ("strategy is failing", "Republican Party"), ("bill would pass", "Democratic Party")] {
      let speakers = Self.speakers(g, of: content).compactMap { g.node($0) }
      #expect(speakers.count == 1 && speakers.allSatisfy { $0.anonymous && $0.independenceClass == side }, "\(content)")
    }
    for content in ["vote was a sham", "convention would open"] {
      let speakers = Self.speakers(g, of: content).compactMap { g.node($0) }
      #expect(speakers.count == 1 && speakers.allSatisfy { $0.kind == .institution && !$0.anonymous }, "\(content)")
    }
  }

  @Test("An outlet is named by a capitalised word that is no determiner the article writes in lower case")
  func unnamedOutlets() {
    let one = "G4S receives, according to one report, $234 million in security contracts from DHS."
    let local = "Local media reported that the port was closed for a day."
    let named = "Yonhap reported that the troops had moved to the border, and one day later they left."
    let aside = "The port reopened, local officials said."
    var a = Article("a", outlet: "Western Journal", [one, local, named, aside])
    a.attribute("one report", "according to", "$234 million in security contracts from DHS", in: one)
    a.attribute("Local media", "reported", "the port was closed for a day", in: local)
    a.attribute("Yonhap", "reported", "the troops had moved to the border", in: named)
    let g = graph([a])
    for content in ["security contracts", "port was closed"] {
      let sources = Self.speakers(g, of: content).compactMap { g.node($0) }
      #expect(sources.count == 1 && sources.allSatisfy { $0.kind == .outlet && $0.unnamed }, "\(content)")
    }
    #expect(Self.speakers(g, of: "moved to the border").compactMap { g.node($0) }.map(\.unnamed) == [false])
  }

  @Test("A name before an appositive's comma speaks; a plural noun before a comma is no name")
  func appositiveName() {
    let named = "Former Pennsylvania Gov. Ed Rendell said the party was united."
    let surrogate = "Rendell, a Clinton surrogate, said the convention rules were clear."
    let lawmakers = "Lawmakers, however, said the hearing would go ahead."
    var a = Article("a", outlet: "Politico", [named, surrogate, lawmakers])
    a.attribute("Former Pennsylvania Gov. Ed Rendell", "said", "the party was united", in: named)
    a.attribute("Rendell, a Clinton surrogate,", "said", "the convention rules were clear", in: surrogate)
    a.attribute("Lawmakers, however,", "said", "the hearing would go ahead", in: lawmakers)
    let g = graph([a])
    #expect(Self.speakers(g, of: "convention rules") == ["person:ed-rendell"])
    #expect(g.people().map(\.label).contains("Ed Rendell"))
    let others = Self.speakers(g, of: "hearing would go ahead")
    #expect(others.count == 1)
    #expect(g.node(others.first ?? "")?.anonymous == true)
    #expect(!g.nodes.contains { $0.label.hasPrefix("Rendell,") })
  }

  @Test("The owner of a statement speaks ('Ryan's language in the statement'); an office is not its head")
  func statementOwner() {
    let named = "House Speaker Paul Ryan said the decision was troubling."
    let language = "Ryan's language in the statement suggested the review was a scandal."
    let office = "Ryan's office said the speaker would not comment further."
    var a = Article("a", outlet: "CNN", [named, language, office])
    a.attribute("House Speaker Paul Ryan", "said", "the decision was troubling", in: named)
    a.attribute("Ryan's language in the statement", "suggested", "the review was a scandal", in: language)
    a.attribute("Ryan's office", "said", "the speaker would not comment further", in: office)
    let g = graph([a])
    #expect(Self.speakers(g, of: "review was a scandal") == ["person:paul-ryan"])
    #expect(!Self.speakers(g, of: "would not comment further").contains("person:paul-ryan"))
  }

  @Test("An office or trade without a name is an unnamed person, never an institution")
  func unnamedByOffice() {
    let senator = "A Democratic senator said the vote would fail."
    let chairman = "The former DNC chairman said the rules allowed a replacement."
    let board = "The Justice Department said rates would stay."
    var a = Article("a", outlet: "Politico", [senator, chairman, board])
    a.attribute("A Democratic senator", "said", "the vote would fail", in: senator)
    a.attribute("The former DNC chairman", "said", "the rules allowed a replacement", in: chairman)
    a.attribute("The Justice Department", "said", "rates would stay", in: board)
    let g = graph([a])
    for content in ["vote would fail", "rules allowed a replacement"] {
      let ids = Self.speakers(g, of: content)
      #expect(ids.count == 1 && ids.allSatisfy { g.node($0)?.kind == .person && g.node($0)?.anonymous == true }, "\(content)")
    }
    #expect(Self.speakers(g, of: "rates would stay").allSatisfy { g.node($0)?.kind == .institution })
  }

  @Test("'The Republican lawmaker' is the Republican just named; a Democratic one is not him")
  func definiteDescription() {
    let named = "Rep. Michael McCaul (R-Texas) said the FBI had to explain itself."
    let same = "The Republican lawmaker told Fox News that the probe was reopened."
    let rival = "The Democratic lawmaker told CNN that the letter was vague."
    var a = Article("a", outlet: "The Hill", [named, same, rival])
    a.attribute("Rep. Michael McCaul (R-Texas)", "said", "the FBI had to explain itself", in: named)
    a.attribute("The Republican lawmaker", "told", "the probe was reopened", in: same)
    a.attribute("The Democratic lawmaker", "told", "the letter was vague", in: rival)
    let g = graph([a])
    #expect(Self.speakers(g, of: "probe was reopened") == ["person:michael-mccaul"])
    #expect(!Self.speakers(g, of: "letter was vague").contains("person:michael-mccaul"))
  }

  @Test("Time nouns, 'that' and a thing of his never speak; 'some' are unnamed people; her campaign speaks")
  func nonSpeakers() {
    let year = "This year said turnout would fall."
    let some = "Some said the campaign was rigged."
    let bmi = "His body mass index showed he was overweight."
    let campaign = "Her campaign said the report was false."
    var a = Article("a", outlet: "Politico", [year, some, bmi, campaign])
    a.attribute("This year", "said", "turnout would fall", in: year)
    a.attribute("Some", "said", "the campaign was rigged", in: some)
    a.attribute("His body mass index", "showed", "he was overweight", in: bmi)
    a.attribute("Her campaign", "said", "the report was false", in: campaign)
    let g = graph([a])
    #expect(!g.nodes.contains { $0.label == "This year" })
    #expect(!g.nodes.contains { $0.label.lowercased().contains("body mass") })
    // The statements stay, with no one named as their source.
    #expect(g.nodes(of: .claim).contains { $0.label.contains("turnout would fall") })
    #expect(g.nodes(of: .claim).contains { $0.label.contains("he was overweight") })
    #expect(!Self.speakers(g, of: "report was false").isEmpty)
    let some_ = Self.speakers(g, of: "was rigged")
    #expect(some_.count == 1 && some_.allSatisfy { g.node($0)?.kind == .person && g.node($0)?.anonymous == true })
  }

  @Test("Two titles of one person and a relative clause's 'and' are not two sources")
  func coordinatedTitles() {
    #expect(SourceDescription.split("Former prosecutor and New York City Mayor Rudy Giuliani").count == 1)
    #expect(SourceDescription.split("Giuliani, who served as U.S. attorney and as associate attorney general").count == 1)
    #expect(SourceDescription.split("Blinken and a senior official").count == 2)
    #expect(SourceDescription.split("Zelenskyy and Ukrainian intelligence officials").count == 2)
  }

  @Test("One party's people share a class; rival campaigns are two; the DPRK is no party")
  func politicalSides() {
    let cummings = "Rep. Elijah Cummings (D-Md.) said the letter was unprecedented."
    let conyers = "Democratic Rep. John Conyers said the letter was unprecedented."
    let fallon = "Clinton campaign spokesman Brian Fallon said the emails were old."
    let miller = "Trump campaign adviser Jason Miller said the emails were new."
    let kim = "Kim Yong-chol, a senior official of the Democratic People's Republic of Korea, said the troops were home."
    var a = Article("a", outlet: "The Hill", [cummings, conyers, fallon, miller, kim])
    a.attribute("Rep. Elijah Cummings (D-Md.)", "said", "the letter was unprecedented", in: cummings)
    a.attribute("Democratic Rep. John Conyers", "said", "the letter was unprecedented", in: conyers)
    a.attribute("Clinton campaign spokesman Brian Fallon", "said", "the emails were old", in: fallon)
    a.attribute("Trump campaign adviser Jason Miller", "said", "the emails were new", in: miller)
    a.attribute("Kim Yong-chol, a senior official of the Democratic People's Republic of Korea,", "said", "the troops were home", in: kim)
    let g = graph([a])
    func side(_ id: String) -> String? { g.node(id)?.independenceClass }
    #expect(side("person:elijah-cummings") == "Democratic Party")
    #expect(side("person:john-conyers") == "Democratic Party")
    #expect(side("person:brian-fallon") == "Clinton campaign")
    #expect(side("person:jason-miller") == "Trump campaign")
    #expect(g.people().first { $0.label.hasPrefix("Kim") }?.independenceClass != "Democratic Party")
    #expect(GraphAssembly.politicalClass("her campaign") == nil)
  }

  @Test("What the extractor leaves at a descriptor's end is trimmed; an organisation is no person")
  func descriptorEnds() {
    #expect(SourceDescription.trimmedTail("Lawmakers, however") == "Lawmakers")
    #expect(SourceDescription.trimmedTail("FBI was") == "FBI")
    #expect(SourceDescription.trimmedTail("Sen. Marco Rubio, too") == "Sen. Marco Rubio")
    #expect(SourceDescription.trimmedTail("the Washington Post") == "the Washington Post")
    #expect(SourceDescription.trimmedTail("columnist George Will") == "columnist George Will")
    #expect(SourceDescription.statementOwner("Donald Trump's assertion Monday") == "Donald Trump")
    #expect(SourceDescription.statementOwner("Donald Trump's campaign") == nil)
    let rand = SourceDescription.describe("the Rand Corporation", entity: nil, knownOutlets: [])
    #expect(rand.category == .institution)
  }

  @Test("Outlets any case may name are outlets: 'the AP reported', 'NBC News and ABC News both', 'The Times' in The Times")
  func namedOutlets() {
    let ap = "The Clinton Foundation took donations from foreign governments, the AP reported."
    let both = "NBC News and ABC News both reported that the review had begun."
    let times = "The Times reported that agents had found new emails."
    let atlantic = "As The Atlantic recently noted, trust in government is collapsing."
    var a = Article("a", outlet: "The New York Times", [ap, both, times, atlantic])
    a.attribute("the AP", "reported", "The Clinton Foundation took donations from foreign governments", in: ap)
    a.attribute("NBC News and ABC News both", "reported", "the review had begun", in: both)
    a.attribute("The Times", "reported", "agents had found new emails", in: times)
    a.attribute("The Atlantic", "noted", "trust in government is collapsing", in: atlantic)
    let g = graph([a])
    #expect(Self.speakers(g, of: "took donations") == ["outlet:associated-press"])
    #expect(Self.speakers(g, of: "review had begun") == ["outlet:nbc-news", "outlet:abc-news"])
    #expect(Self.speakers(g, of: "new emails") == ["outlet:the-new-york-times"])
    #expect(g.node("outlet:the-atlantic")?.label == "The Atlantic")
    #expect(g.nodes(of: .person).allSatisfy { !["AP", "Atlantic", "The Times"].contains($0.label) })
    // An outlet the articles name keeps their spelling.
    var b = Article("b", outlet: "The Huffington Post", ["Obama said the families want change."])
    b.attribute("Obama", "said", "the families want change", in: "Obama said the families want change.")
    #expect(graph([b]).nodes(of: .outlet).map(\.label) == ["The Huffington Post"])
    // "Hill" in The Hill's article is a person; "The Times" in another outlet's article is not
    // that outlet.
    #expect(GraphAssembly.ownOutletShortName("Hill", outlet: "The Hill") == nil)
    #expect(GraphAssembly.ownOutletShortName("the Post's", outlet: "The Washington Post") == "The Washington Post")
    var c = Article("c", outlet: "Politico", [times])
    c.attribute("The Times", "reported", "agents had found new emails", in: times)
    #expect(!Self.speakers(graph([c]), of: "new emails").contains("outlet:politico"))
  }
}
