import AttributionDocuments
import AttributionExtraction
import Testing

@testable import AttributionGraph

/// Who speaks when a source mention carries more than a name (a described name, a letter's
/// author, a past office, an outlet's journalist), and what is no statement at all (a rule, a
/// quantifier cut from its noun, conduct, a feeling): each rule with a case it must not take.
@Suite("Sources behind descriptions, and what is no statement")
struct NonStatementTests {
  static func speakers(_ g: AttributionGraph, of content: String) -> [Node] {
    SourceIdentityTests.speakers(g, of: content).compactMap { g.node($0) }.sorted { $0.id < $1.id }
  }

  @Test("The name before a describing comma speaks, not a name inside the description")
  func describedName() {
    let named = "Former New York City Mayor Rudy Giuliani said the decision was wrong."
    let described = "\"It says indict,\" said Giuliani, who served as U.S. attorney for the Southern District of New York."
    let spokesman = "A spokesman for the Southern District, Jim Margolin, said the office had no comment on the case."
    var a = Article("a", outlet: "Politico", [named, described, spokesman])
    a.attribute("Former New York City Mayor Rudy Giuliani", "said", "the decision was wrong", in: named)
    a.attribute(
      "Giuliani, who served as U.S. attorney for the Southern District of New York", "said", "It says indict",
      in: described, entity: "Southern District")
    a.attribute("A spokesman for the Southern District, Jim Margolin,", "said", "the office had no comment on the case", in: spokesman)
    let g = graph([a])
    #expect(Self.speakers(g, of: "It says indict").map(\.id) == ["person:rudy-giuliani"])
    #expect(Self.speakers(g, of: "office had no comment").map(\.label) == ["Jim Margolin"])
    #expect(!g.nodes.contains { $0.label == "Southern District" })
  }

  @Test("A letter from someone is theirs; a report from a place is no author")
  func statementAuthor() {
    let letter = "A letter to Facebook from the chairman of the Senate Committee on Homeland Security said the posts should come down."
    let place = "Reports from the region said the bridge had fallen."
    var a = Article("a", outlet: "Reuters", [letter, place])
    a.attribute(
      "letter to Facebook from the chairman of the Senate Committee on Homeland Security", "said",
      "the posts should come down", in: letter)
    a.attribute("Reports from the region", "said", "the bridge had fallen", in: place)
    let g = graph([a])
    let authors = Self.speakers(g, of: "posts should come down")
    #expect(authors.count == 1 && authors.allSatisfy { $0.kind == .person && $0.label.hasPrefix("Chairman") })
    #expect(!g.nodes.contains { $0.label.lowercased().hasPrefix("letter") })
    #expect(!Self.speakers(g, of: "bridge had fallen").contains { $0.label.hasPrefix("Chairman") })
  }

  @Test("Who has left an office no longer speaks for its government; who holds one does")
  func pastRoles() {
    let past = "\"He does not understand it,\" said Daniel Benjamin, who was coordinator for counterterrorism at the State Department from 2009 to 2012."
    let former = "Former US officials said the strikes would not work."
    let present = "State Department spokesman John Kirby said the talks would resume."
    let officials = "US officials said the strikes had begun."
    let asked = "\"We are at war,\" said Pentagon spokesman Jeff Davis, who was asked about the strategy."
    var a = Article("a", outlet: "Politico", [past, former, present, officials, asked])
    a.attribute(
      "Daniel Benjamin, who was coordinator for counterterrorism at the State Department from 2009 to 2012",
      "said", "He does not understand it", in: past)
    a.attribute("Former US officials", "said", "the strikes would not work", in: former)
    a.attribute("State Department spokesman John Kirby", "said", "the talks would resume", in: present)
    a.attribute("US officials", "said", "the strikes had begun", in: officials)
    a.attribute("Pentagon spokesman Jeff Davis, who was asked about the strategy", "said", "We are at war", in: asked)
    let g = graph([a])
    for content in ["does not understand", "strikes would not work"] {
      let nodes = Self.speakers(g, of: content)
      #expect(nodes.count == 1 && nodes.allSatisfy { $0.independenceClass == nil }, "\(content)")
    }
    for content in ["talks would resume", "strikes had begun", "We are at war"] {
      #expect(Self.speakers(g, of: content).map(\.independenceClass) == ["US government"], "\(content)")
    }
  }

  @Test("An outlet's journalist told something is the outlet; an email to them relays nothing")
  func outletJournalists() {
    let email = "Oz is smart, Steve Mosko wrote in an email to the NFL Network's Rich Eisen."
    let told = "Kaine told CNN's Jake Tapper that the race was close."
    var a = Article("a", outlet: "Politico", [email, told])
    a.attribute("Steve Mosko", "wrote in an email", "Oz is smart", in: email, recipient: "the NFL Network's Rich Eisen")
    a.attribute("Kaine", "told", "the race was close", in: told, recipient: "CNN's Jake Tapper")
    let g = graph([a])
    #expect(!g.nodes.contains { $0.label.contains("Eisen") || $0.label.contains("NFL") })
    #expect(g.nodes.contains { $0.id == "outlet:cnn" })
    #expect(!g.nodes.contains { $0.label.contains("Tapper") })
  }

  @Test("A rule or a document speaks for no one; the body that made it does")
  func ruleNouns() {
    let protocolSentence = "Secret Service protocol called for the nominee to be taken to a trauma center."
    let service = "The Secret Service said its agents had followed every rule."
    var a = Article("a", outlet: "New York Post", [protocolSentence, service])
    a.attribute("Secret Service protocol", "called for", "the nominee to be taken to a trauma center", in: protocolSentence)
    a.attribute("The Secret Service", "said", "its agents had followed every rule", in: service)
    let g = graph([a])
    #expect(Self.speakers(g, of: "taken to a trauma center").allSatisfy { !$0.label.lowercased().contains("protocol") })
    #expect(!g.nodes.contains { $0.label.lowercased().contains("protocol") })
    #expect(Self.speakers(g, of: "agents had followed").map(\.kind) == [.institution])
  }

  @Test("A quantifier cut from the people it counts gets them back; 'many say' stays unnamed")
  func quantifiedNoun() {
    let democrats = "Clinton lagged behind many Democrats in calling for the legalization of same-sex marriage."
    let say = "Many say the deal was struck too late."
    var a = Article("a", outlet: "Reuters", [democrats, say])
    a.attribute("many", "in calling for", "the legalization of same-sex marriage", in: democrats)
    a.attribute("Many", "say", "the deal was struck too late", in: say)
    let g = graph([a])
    let members = Self.speakers(g, of: "legalization of same-sex")
    #expect(members.map(\.label) == ["Democrats"])
    #expect(members.allSatisfy { $0.anonymous && $0.independenceClass == "Democratic Party" })
    #expect(Self.speakers(g, of: "deal was struck").map(\.label) == ["Many"])
  }

  @Test("Conduct and feelings are no statements; what someone insists or fears that is")
  func conductAndFeelings() {
    let insistence = "The risks created by Mrs. Clinton's insistence on keeping her communications on a private server may prove larger."
    let insisted = "Clinton's insistence that the server was secure was false, the report found."
    let worries = "The State Department worries so much about corrupted cellphones that visitors leave them in lockers."
    let fears = "The ministry worries about 10,000 troops massing at the border."
    var a = Article("a", outlet: "The New York Times", [insistence, insisted, worries, fears])
    a.attribute("Mrs. Clinton's", "insistence", "on keeping her communications on a private server", in: insistence)
    a.attribute("Clinton's", "insistence", "the server was secure", in: insisted)
    a.attribute("The State Department", "worries so much", "about corrupted cellphones", in: worries)
    a.attribute("The ministry", "worries", "about 10,000 troops massing at the border", in: fears)
    let g = graph([a])
    #expect(!g.nodes(of: .claim).contains { $0.label.contains("keeping her communications") })
    #expect(!g.nodes(of: .claim).contains { $0.label.contains("corrupted cellphones") })
    #expect(!Self.speakers(g, of: "server was secure").isEmpty)
    #expect(!Self.speakers(g, of: "10,000 troops massing").isEmpty)
  }

  @Test("A purpose after a preposition's object is no statement; 'to wonder', 'went on to say' and 'according to' are")
  func purposeAndIntent() {
    let hauled = "He was hauled before the Senate Subcommittee on Consumer Protection to talk about the deceptive marketing of supplements."
    let wonder = "It works with the Border Patrol, leaving many to wonder whether the agency has been infiltrated."
    let wentOn = "John Kirby praised the talks and went on to say that the ceasefire would hold."
    let according = "The bridge had fallen by noon, according to the regional governor."
    var a = Article("a", outlet: "Politico", [hauled, wonder, wentOn, according])
    a.attribute("Consumer Protection", "to talk about", "the deceptive marketing of supplements", in: hauled)
    a.attribute("many", "to wonder", "whether the agency has been infiltrated", in: wonder)
    a.attribute("John Kirby", "to say", "the ceasefire would hold", in: wentOn)
    a.attribute("the regional governor", "according to", "The bridge had fallen by noon", in: according)
    let g = graph([a])
    #expect(!g.nodes.contains { $0.label == "Consumer Protection" })
    #expect(!g.nodes(of: .claim).contains { $0.label.contains("deceptive marketing") })
    #expect(Self.speakers(g, of: "has been infiltrated").map(\.label) == ["Many"])
    #expect(Self.speakers(g, of: "ceasefire would hold").map(\.label) == ["John Kirby"])
    #expect(!Self.speakers(g, of: "bridge had fallen").isEmpty)
  }

  @Test("Whom a passive names is no speaker; its agent after 'by' is, and an active verb keeps its subject")
  func passiveOfNaming() {
    let called = "Mehmet Oz — Ivy League-trained surgeon and daytime TV star — has been called a charlatan by fellow physicians for promoting cures."
    let agentless = "The agency was accused of hiding the figures."
    let active = "Senator Mark Warner called the report a fabrication."
    var a = Article("a", outlet: "Politico", [called, agentless, active])
    a.attribute("Ivy League-trained surgeon and daytime TV star", "has been called", "a charlatan by fellow physicians for promoting cures", in: called)
    a.attribute("The agency", "was accused", "of hiding the figures", in: agentless)
    a.attribute("Senator Mark Warner", "called", "the report a fabrication", in: active)
    let g = graph([a])
    #expect(Self.speakers(g, of: "a charlatan").map(\.label) == ["Fellow physicians"])
    #expect(!g.nodes.contains { $0.label.hasPrefix("Ivy League") })
    #expect(!Self.speakers(g, of: "hiding the figures").contains { $0.label.contains("agency") })
    #expect(Self.speakers(g, of: "report a fabrication").map(\.label) == ["Mark Warner"])
  }

  @Test("A source's aside after a spaced dash is cut; a hyphen inside a word is not")
  func dashAside() {
    #expect(SourceDescription.beforeDashAside("government officials - and many outside the") == "government officials")
    #expect(SourceDescription.beforeDashAside("Kagan \u{2014} who was a leading architect of the surge") == "Kagan")
    #expect(SourceDescription.beforeDashAside("a government-funded institute") == "a government-funded institute")
    #expect(SourceDescription.beforeDashAside("- and others") == "- and others")
  }

  @Test("'It' is the organisation the sentence opens with, not one named in passing or a common noun")
  func pronounOrganization() {
    let sentence = "Either out of embarrassment or to protect its sources of intelligence, the Obama administration has never publicly blamed Russia for stealing data from the State Department and White House systems, just as it has never identified China."
    #expect(GraphAssembly.organizationBeforePronoun(in: sentence) == "Obama administration")
    let seed = "On Saturday, Ukrainian intelligence shared details of the military equipment it says Russia has issued."
    #expect(GraphAssembly.organizationBeforePronoun(in: seed) == "Ukrainian intelligence")
  }

  @Test("'and' inside an organisation's name joins no two sources; between two people it does")
  func conjunctionInsideName() {
    let lewis = "James A. Lewis, a former expert at the Center for Strategic and International Studies"
    #expect(SourceDescription.split(lewis) == [lewis])
    #expect(SourceDescription.conjoinedParts("the Department of Health and Human Services") == ["the Department of Health and Human Services"])
    #expect(SourceDescription.split("Elijah Cummings and John Conyers") == ["Elijah Cummings", "John Conyers"])
  }

  @Test("A person another's possessive introduces speaks, not the owner; a possessive alone keeps the entity")
  func possessiveOwner() {
    let bennett = "For Trump, according to Ronald Reagan's former education secretary William J. Bennett, the speech is a test."
    let owner = "Ronald Reagan's aides said the budget would pass."
    var a = Article("a", outlet: "The Washington Post", [bennett, owner])
    a.attribute(
      "Ronald Reagan's former education secretary William J. Bennett", "according to", "the speech is a test", in: bennett,
      entity: "Ronald Reagan")
    a.attribute("Ronald Reagan's aides", "said", "the budget would pass", in: owner, entity: "Ronald Reagan")
    let g = graph([a])
    #expect(Self.speakers(g, of: "speech is a test").map(\.label) == ["William J. Bennett"])
    #expect(!Self.speakers(g, of: "budget would pass").contains { $0.label == "William J. Bennett" })
  }

  @Test("A sentence opening with someone's remarks has them for its speaker when the extractor found none")
  func statementOwner() {
    let remarks = "Obama's remarks were directed broadly at Republican critics of his strategy."
    let weather = "The storm's path was directed toward the coast."
    let named = "President Barack Obama said the shooting was an act of terror."
    var a = Article("a", outlet: "USA Today", [named, remarks, weather])
    a.attribute("President Barack Obama", "said", "the shooting was an act of terror", in: named)
    a.attribute(nil, "were directed broadly at", "Republican critics of his strategy", in: remarks)
    a.attribute(nil, "was directed toward", "the coast", in: weather)
    let g = graph([a])
    #expect(Self.speakers(g, of: "Republican critics").map(\.label) == ["Barack Obama"])
    #expect(!Self.speakers(g, of: "the coast").contains { $0.label.lowercased().contains("storm") })
  }

  @Test("An unnamed source shouted in a subhead is no speaker; the same words in a sentence are")
  func shoutedSubhead() {
    let subhead = "FELLOW DOCTORS DON'T WANT TO ASSOCIATE WITH HIM"
    let sentence = "Fellow doctors said the cures were quackery."
    var a = Article("a", outlet: "Politico", [subhead, sentence])
    a.attribute("FELLOW DOCTORS", "DON'T WANT", "TO ASSOCIATE WITH HIM", in: subhead)
    a.attribute("Fellow doctors", "said", "the cures were quackery", in: sentence)
    let g = graph([a])
    #expect(!g.nodes.contains { $0.label == "FELLOW DOCTORS" })
    #expect(g.nodes.contains { $0.label == "Fellow doctors" })
  }

  @Test("Understanding a thing is no statement; understanding that something is so is")
  func statesOfMind() {
    let meaning = "Federal investigators immediately understood his meaning."
    let clause = "Federal investigators understood that the server had been hacked."
    var a = Article("a", outlet: "The New York Times", [meaning, clause])
    a.attribute("Federal investigators", "understood", "his meaning", in: meaning)
    a.attribute("Federal investigators", "understood", "the server had been hacked", in: clause)
    let g = graph([a])
    #expect(!g.nodes(of: .claim).contains { $0.label.contains("his meaning") })
    #expect(!Self.speakers(g, of: "server had been hacked").isEmpty)
  }
}

@Suite("Roles outside government; those who face questions")
struct RoleBodyTests {
  @Test("A think tank's director is no government official; an agency's director is")
  func thinkTank() {
    let kagan = "\"Nothing would make a difference,\" Fred Kagan, director of the Critical Threats Project at the American Enterprise Institute, said."
    let brennan = "CIA Director John Brennan said the agency had found no link."
    var a = Article("a", outlet: "Politico", [kagan, brennan])
    a.attribute(
      "Fred Kagan, director of the Critical Threats Project at the American Enterprise Institute,", "said",
      "Nothing would make a difference", in: kagan)
    a.attribute("CIA Director John Brennan", "said", "the agency had found no link", in: brennan)
    let g = graph([a])
    #expect(NonStatementTests.speakers(g, of: "Nothing would make").map(\.independenceClass) == [nil])
    #expect(NonStatementTests.speakers(g, of: "found no link").map(\.independenceClass) == ["US government"])
  }

  @Test("Whoever faces questions is asked, not speaking; whoever raises them speaks")
  func faceQuestions() {
    let face = "Both candidates face questions about their health."
    let raise = "Doctors raised questions about their health."
    var a = Article("a", outlet: "Politico", [face, raise])
    a.attribute("Both candidates", "face questions", "about their health", in: face)
    a.attribute("Doctors", "raised questions", "about their health", in: raise)
    let g = graph([a])
    #expect(!g.nodes.contains { $0.label == "Both candidates" })
    #expect(g.nodes.contains { $0.label == "Doctors" })
  }
}

@Suite("Cues inside another source")
struct CueInsideSourceTests {
  @Test("A word of another attribution's source is no cue ('a White House pool report'); a cue beside one is")
  func cueInsideSource() {
    let pool = "\"They don't care about politics,\" Obama said, according to a White House pool report."
    var a = Article("a", outlet: "Reuters", [pool])
    a.attribute("Obama", "said", "They don't care about politics", in: pool)
    a.attribute("a White House pool report", "according to", "They don't care about politics", in: pool)
    a.attribute("White House pool", "report", "They don't care about politics", in: pool)
    let g = graph([a])
    #expect(!g.nodes.contains { $0.kind == .institution && $0.label.contains("pool") })
    #expect(g.nodes.contains { $0.kind == .outlet && $0.label.contains("pool report") }, "\(g.nodes.map(\.id))")
  }
}
