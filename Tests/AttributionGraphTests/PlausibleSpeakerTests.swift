import AttributionDocuments
import AttributionExtraction
import Testing

@testable import AttributionGraph

/// Source words that name no one, campaigns and their candidates, and statements relayed inside
/// another's: each rule with the case it must not take.
@Suite("Plausible speakers and sides")
struct PlausibleSpeakerTests {
  @Test("A sentence-opening word is no surname; a name the article writes inside a sentence is")
  func singleWordNames() {
    let misread = "Presumptive nominees said the convention would be calm."
    let later = "The presumptive nominee spoke on Monday."
    let umerov = "Defense minister Rustem Umerov spoke to reporters in Kyiv."
    let named = "Umerov said the clash was small."
    let facebook = "Facebook said the account was removed."
    let mention = "The video was posted on Facebook within hours."
    var a = Article("a", outlet: "Politico", [misread, later, umerov, named, facebook, mention])
    a.attribute("Presumptive", "said", "the convention would be calm", in: misread)
    a.attribute("Umerov", "said", "the clash was small", in: named)
    a.attribute("Facebook", "said", "the account was removed", in: facebook)
    let g = graph([a])
    #expect(g.speakers(ofClaim: "convention would be calm") == ["Politico"])
    #expect(!g.nodes.contains { $0.label == "Presumptive" })
    #expect(g.speakers(ofClaim: "clash was small") == ["Umerov"])
    #expect(g.speakers(ofClaim: "account was removed") == ["Facebook"])
  }

  @Test("An institution needs an organisation's mark; shouted headings and stray phrases are none")
  func institutionMarks() {
    let stray = "Sacrosanct by gun advocates say the right is absolute."
    let heading = "CONGRESS HAS INVESTIGATED HIM: the hearing was long."
    let watch = "Judicial Watch said the records were incomplete."
    let initials = "UNESCO said the site was damaged."
    var a = Article("a", outlet: "Reuters", [stray, heading, watch, initials])
    a.attribute("Sacrosanct by gun advocates", "say", "the right is absolute", in: stray)
    a.attribute("CONGRESS", "HAS INVESTIGATED", "HIM", in: heading)
    a.attribute("Judicial Watch", "said", "the records were incomplete", in: watch)
    a.attribute("UNESCO", "said", "the site was damaged", in: initials)
    let g = graph([a])
    #expect(g.speakers(ofClaim: "right is absolute") == ["Reuters"])
    #expect(!g.nodes.contains { $0.label == "CONGRESS" })
    #expect(g.speakers(ofClaim: "records were incomplete") == ["Judicial Watch"])
    #expect(g.speakers(ofClaim: "site was damaged") == ["UNESCO"])
  }

  @Test("The extractor's one-word entity gives way to the full name the source holds")
  func entityAgainstFullName() {
    let sentence = "Presumptive GOP nominee Donald Trump said the rally was postponed."
    let surname = "He said the speech would go ahead."
    var a = Article("a", outlet: "The Washington Post", [sentence, surname])
    a.attribute(
      "Presumptive GOP nominee Donald Trump", "said", "the rally was postponed", in: sentence, entity: "Presumptive GOP")
    a.attribute("He", "said", "the speech would go ahead", in: surname, entity: "Trump")
    let g = graph([a])
    #expect(g.speakers(ofClaim: "rally was postponed") == ["Donald Trump"])
    #expect(g.speakers(ofClaim: "speech would go ahead") == ["Donald Trump"])
  }

  @Test("A candidate joins the campaign named for them; the rival campaign stays a party of its own")
  func campaigns() {
    let trump = "Presumptive Republican nominee Donald Trump said the speech would focus on security."
    let team = "Team Trump said the venue had changed."
    let staff = "Trump campaign spokesman Jason Miller said the rally was postponed."
    let daughter = "Ivanka Trump said the family was in New York."
    let rival = "Jennifer Palmieri, communications director for the Clinton campaign, said the remarks were weak."
    var a = Article("a", outlet: "The Washington Post", [trump, team, staff, daughter, rival])
    a.attribute("Presumptive Republican nominee Donald Trump", "said", "the speech would focus on security", in: trump)
    a.attribute("Team Trump", "said", "the venue had changed", in: team)
    a.attribute("Trump campaign spokesman Jason Miller", "said", "the rally was postponed", in: staff)
    a.attribute("Ivanka Trump", "said", "the family was in New York", in: daughter)
    a.attribute("Jennifer Palmieri, communications director for the Clinton campaign,", "said", "the remarks were weak", in: rival)
    let g = graph([a])
    let classOf = { (label: String) in g.nodes.first { $0.label == label }?.independenceClass }
    #expect(classOf("Donald Trump") == "Trump campaign")
    #expect(classOf("Team Trump") == "Trump campaign")
    #expect(classOf("Jason Miller") == "Trump campaign")
    #expect(classOf("Ivanka Trump") == nil)
    #expect(classOf("Jennifer Palmieri") == "Clinton campaign")
  }

  @Test("'The Republican candidate' is the nominee just named; 'the Democratic candidate' is not him")
  func candidateDescription() {
    let named = "Presumptive Republican nominee Donald Trump said the attack was terrorism."
    let same = "The Republican candidate said the borders must be closed."
    let rival = "The Democratic candidate said the gun laws were too weak."
    var a = Article("a", outlet: "Western Journal", [named, same, rival])
    a.attribute("Presumptive Republican nominee Donald Trump", "said", "the attack was terrorism", in: named)
    a.attribute("The Republican candidate", "said", "the borders must be closed", in: same)
    a.attribute("The Democratic candidate", "said", "the gun laws were too weak", in: rival)
    let g = graph([a])
    #expect(g.speakers(ofClaim: "borders must be closed") == ["Donald Trump"])
    #expect(!g.speakers(ofClaim: "gun laws were too weak").contains("Donald Trump"))
  }

  @Test("A statement reported inside another's reaches the article through its reporter; a negated one does not")
  func nestedStatements() {
    let nested = "Clinton had told police officials that she didn't want the escort, the source added."
    let negated = "According to ISW, neither Russia nor Ukraine reported new advances in Kursk."
    var a = Article("a", outlet: "Breitbart", [nested, negated])
    a.attribute("Clinton", "had told", "she didn't want the escort", in: nested, entity: "Hillary Clinton")
    a.attribute(
      "the source", "added", "Clinton had told police officials that she didn't want the escort", in: nested,
      anonymous: true)
    a.attribute("ISW", "According to", "neither Russia nor Ukraine reported new advances in Kursk", in: negated)
    a.attribute("Ukraine", "reported", "new advances in Kursk", in: negated)
    let g = graph([a])
    let source = g.people().first { $0.anonymous }
    #expect(source != nil)
    #expect(g.hasEdge(.cited, source?.id ?? "", "person:hillary-clinton"))
    // ISW states the finding itself: it relays no statement of Ukraine's.
    let isw = g.nodes.first { $0.label == "ISW" }
    #expect(isw != nil)
    #expect(!g.edges.contains { $0.kind == .cited && $0.from == isw?.id })
  }

  @Test("'According to pool reports, Obama said …': the reports relay Obama, who alone speaks")
  func accordingToBefore() {
    let sentence = "According to White House pool reports, Obama said there is love in Orlando."
    var a = Article("a", outlet: "The Huffington Post", [sentence])
    a.attribute("White House pool reports", "According to", "Obama said there is love in Orlando", in: sentence)
    a.attribute("Obama", "said", "there is love in Orlando", in: sentence, entity: "Barack Obama")
    let g = graph([a])
    #expect(g.speakers(ofClaim: "there is love") == ["Barack Obama"])
  }

  @Test("US agencies are one government's; a journal tied to a country is no government")
  func agencies() {
    let cia = "CIA Director John Brennan said no direct link was found."
    let fbi = "FBI Director James Comey said the review was complete."
    let journal = "A top British medical journal said the advice was unsupported."
    var a = Article("a", outlet: "Reuters", [cia, fbi, journal])
    a.attribute("CIA Director John Brennan", "said", "no direct link was found", in: cia)
    a.attribute("FBI Director James Comey", "said", "the review was complete", in: fbi)
    a.attribute("A top British medical journal", "said", "the advice was unsupported", in: journal)
    let g = graph([a])
    #expect(g.sources(ofClaim: "direct link").first?.independenceClass == "US government")
    #expect(g.sources(ofClaim: "review was complete").first?.independenceClass == "US government")
    let outlet = g.sources(ofClaim: "advice was unsupported").first
    #expect(outlet != nil && outlet?.independenceClass == nil)
  }

  @Test("A pronoun saying one sentence's quote again is its speaker, not the person named before")
  func pronounInOneSentence() {
    let expert = "David Gorski said the products were useless."
    let quote = "Sen. Claire McCaskill scolded him: \"The community is against you,\" she said."
    let next = "She said the hearing was over."
    var a = Article("a", outlet: "Politico", [expert, quote, next])
    a.attribute("David Gorski", "said", "the products were useless", in: expert)
    a.attribute("Sen. Claire McCaskill", "scolded", "The community is against you", in: quote)
    // The extractor resolved "she" to the person it met before: the sentence knows better.
    a.attribute("she", "said", "The community is against you", in: quote, entity: "David Gorski")
    a.attribute("She", "said", "the hearing was over", in: next)
    let g = graph([a])
    #expect(g.speakers(ofClaim: "community is against you") == ["Claire McCaskill"])
    // Across sentences a pronoun still goes to the latest person.
    #expect(g.speakers(ofClaim: "hearing was over") == ["Claire McCaskill"])
  }

  @Test("Whom charges are about is not who made them; charges someone made are theirs")
  func targetOfCharges() {
    let dogged = "Oz has been dogged by charges that he has perpetuated questionable advice."
    let made = "Critics made charges that the show misled viewers."
    var a = Article("a", outlet: "Politico", [dogged, made])
    a.attribute("Oz", "has been dogged by charges", "he has perpetuated questionable advice", in: dogged, entity: "Mehmet Oz")
    a.attribute("Critics", "made charges", "the show misled viewers", in: made)
    let g = graph([a])
    #expect(!g.speakers(ofClaim: "perpetuated questionable advice").contains { $0.contains("Oz") })
    #expect(g.speakers(ofClaim: "show misled viewers") == ["Critics"])
  }

  @Test("A title alone, as a headline writes it, is its holder; a part of the name is no role; 'a president' is not him")
  func bareTitle() {
    let first = "Obama said the nation would come together."
    let named = "President Barack Obama said the attack was an act of terror."
    let headline = "President says the nightclub was a place of solidarity."
    let other = "A president of a gun group said the law was unfair."
    var a = Article("a", outlet: "USA Today", [first, named, headline, other])
    a.attribute("Obama", "said", "the nation would come together", in: first, entity: "Barack Obama")
    a.attribute("President Barack Obama", "said", "the attack was an act of terror", in: named)
    a.attribute("President", "says", "the nightclub was a place of solidarity", in: headline)
    a.attribute("A president of a gun group", "said", "the law was unfair", in: other)
    let g = graph([a])
    #expect(g.node("person:barack-obama")?.role == "President")
    #expect(g.speakers(ofClaim: "place of solidarity") == ["Barack Obama"])
    #expect(!g.speakers(ofClaim: "law was unfair").contains("Barack Obama"))
  }
}
