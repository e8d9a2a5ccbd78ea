import AttributionDocuments
import AttributionExtraction
import Testing

@testable import AttributionGraph

@Suite("Claims and chains")
struct ClaimMergingTests {
  static func firstContactArticles() -> [Article] {
    var a = Article("a", outlet: "Business Insider", [
      "“The first North Korean troops have already come under fire in Kursk Oblast,” Andrii Kovalenko said on Telegram on Monday, per The New Voice of Ukraine’s translation.",
      "Ukraine’s defense minister, Rustem Umerov, confirmed the report in an interview with KBS.",
      "US Air Force Maj. Gen. Pat Ryder said at a Pentagon briefing that the US was “looking into” the reports.",
      "Blinken said that 8,000 North Korean troops had been moved to Kursk.",
    ])
    a.attribute("Andrii Kovalenko", "said", "The first North Korean troops have already come under fire in Kursk Oblast", in: "“The first North Korean troops have already come under fire in Kursk Oblast,” Andrii Kovalenko said on Telegram on Monday, per The New Voice of Ukraine’s translation.", channel: "on Telegram", relay: "The New Voice of Ukraine’s translation")
    a.attribute("Ukraine’s defense minister, Rustem Umerov", "confirmed", "the report", in: "Ukraine’s defense minister, Rustem Umerov, confirmed the report in an interview with KBS.", kind: .confirmed, channel: "an interview with KBS", recipient: "KBS")
    a.attribute("US Air Force Maj. Gen. Pat Ryder", "said", "the reports", in: "US Air Force Maj. Gen. Pat Ryder said at a Pentagon briefing that the US was “looking into” the reports.", kind: .couldNotVerify, channel: "at a Pentagon briefing")
    a.attribute("Blinken", "said", "8,000 North Korean troops had been moved to Kursk", in: "Blinken said that 8,000 North Korean troops had been moved to Kursk.")
    var b = Article("b", outlet: "The Hill", [
      "Kovalenko said in a Monday post on Telegram that the first North Koreans have come under fire in Russia’s Kursk region.",
      "Ryder told reporters Monday that at least 10,000 North Korean troops were in Kursk.",
    ])
    b.attribute("Kovalenko", "said", "the first North Koreans have come under fire in Russia’s Kursk region", in: "Kovalenko said in a Monday post on Telegram that the first North Koreans have come under fire in Russia’s Kursk region.", channel: "in a Monday post on Telegram")
    b.attribute("Ryder", "told", "at least 10,000 North Korean troops were in Kursk", in: "Ryder told reporters Monday that at least 10,000 North Korean troops were in Kursk.", recipient: "reporters")
    var c = Article("c", outlet: "Ground News", [
      "In a post on Telegram, Andriy Kovalenko, a top Ukrainian counter-disinformation official, said: \"The first military units of the [Democratic People's Republic of Korea] have already come under fire in Kursk.\"[3]",
      "The comments of Ukrainian officials cannot be independently confirmed.[1]",
      "Sources: [1]Associated Press, [3]Financial Times.",
    ])
    c.attribute("Andriy Kovalenko, a top Ukrainian counter-disinformation official", "said", "The first military units of the [Democratic People's Republic of Korea] have already come under fire in Kursk.", in: "In a post on Telegram, Andriy Kovalenko, a top Ukrainian counter-disinformation official, said: \"The first military units of the [Democratic People's Republic of Korea] have already come under fire in Kursk.\"[3]", channel: "In a post on Telegram")
    c.attribute(nil, "cannot be independently confirmed", "The comments of Ukrainian officials", in: "The comments of Ukrainian officials cannot be independently confirmed.[1]", kind: .couldNotVerify)
    return [a, b, c]
  }

  @Test("One claim reported by three outlets is one node with evidence from each")
  func firstContactMerges() throws {
    let g = graph(Self.firstContactArticles())
    let claim = try #require(g.nodes(of: .claim).first { $0.label.contains("come under fire") })
    let supporting = g.edges(to: claim.id).filter { $0.kind == .said || $0.kind == .confirmed }
    let documents = Set(supporting.flatMap(\.evidence).map(\.document))
    #expect(documents == ["a", "b", "c"])
    #expect(g.hasEdge(.confirmed, "person:rustem-umerov", claim.id))
    #expect(g.hasEdge(.couldNotVerify, "person:pat-ryder", claim.id))
    #expect(g.hasEdge(.couldNotVerify, "outlet:associated-press", claim.id))
    #expect(g.hasEdge(.cited, "outlet:ground-news", "outlet:associated-press"))
    #expect(g.nodes(of: .claim).filter { $0.label.contains("come under fire") }.count == 1)
  }

  @Test("A claim is labelled by its best-sourced, most complete wording; its id stays the first's")
  func representativeWording() throws {
    let g = graph(Self.firstContactArticles())
    let claim = try #require(g.nodes(of: .claim).first { $0.label.contains("come under fire") })
    // Three wordings by named Kovalenko: the longest (the first article's) is the label, and
    // the id comes from the first statement read.
    #expect(claim.label == "The first military units of the [Democratic People's Republic of Korea] have already come under fire in Kursk")
    #expect(claim.id == "claim:the-first-north-korean-troops-have-already-come")

    var unnamed = Article("u", outlet: "Wire", [
      "A military source said troops came under fire in Kursk during a long night of shelling near the border villages.",
      "Andrii Kovalenko said troops came under fire in Kursk.",
    ])
    unnamed.attribute("A military source", "said", "troops came under fire in Kursk during a long night of shelling near the border villages", in: "A military source said troops came under fire in Kursk during a long night of shelling near the border villages.", anonymous: true)
    unnamed.attribute("Andrii Kovalenko", "said", "troops came under fire in Kursk", in: "Andrii Kovalenko said troops came under fire in Kursk.")
    let built = graph([unnamed])
    let named = built.nodes(of: .claim).filter { $0.label.contains("came under fire") }
    // One claim, labelled by the named source's wording though the unnamed one's is longer.
    try #require(named.count == 1)
    #expect(named[0].label == "troops came under fire in Kursk")
  }

  @Test("Chains run from the article's outlet through relays and footnotes to the source")
  func chains() {
    let g = graph(Self.firstContactArticles())
    #expect(g.hasEdge(.cited, "outlet:business-insider", "outlet:the-new-voice-of-ukraine"))
    #expect(g.hasEdge(.cited, "outlet:the-new-voice-of-ukraine", "person:andrii-kovalenko"))
    #expect(g.hasEdge(.cited, "outlet:ground-news", "outlet:financial-times"))
    #expect(g.hasEdge(.cited, "outlet:financial-times", "person:andrii-kovalenko"))
    #expect(g.hasEdge(.via, "person:andrii-kovalenko", "channel:telegram"))
    #expect(g.hasEdge(.via, "person:pat-ryder", "channel:pentagon-briefing"))
    #expect(!g.hasEdge(.cited, "outlet:the-hill", "outlet:reporters"))
  }

  @Test("A statement about the reports is not a pointer back to them")
  func clauseAboutTheReports() throws {
    var a = Article("a", outlet: "X", [
      "Ukraine's military intelligence said North Korean soldiers had suffered heavy losses.",
      "The Pentagon confirmed the reports.",
      "Dmitry Peskov told reporters that the reports were “another hoax.”",
    ])
    a.attribute("Ukraine's military intelligence", "said", "North Korean soldiers had suffered heavy losses", in: "Ukraine's military intelligence said North Korean soldiers had suffered heavy losses.")
    a.attribute("The Pentagon", "confirmed", "the reports.", in: "The Pentagon confirmed the reports.", kind: .confirmed)
    a.attribute("Dmitry Peskov", "told", "that the reports were “another hoax.”", in: "Dmitry Peskov told reporters that the reports were “another hoax.”")
    let g = graph([a])
    let claim = try #require(g.nodes(of: .claim).first { $0.label.contains("heavy losses") })
    #expect(!g.hasEdge(.said, "person:dmitry-peskov", claim.id))
    // A noun phrase, its full stop aside, points back.
    #expect(g.edges(to: claim.id).contains { $0.kind == .confirmed })
  }

  @Test("A pointer inside a statement does not point at that statement")
  func pointerInsideItsStatement() throws {
    var a = Article("a", outlet: "X", [
      "South Korea's spy agency told lawmakers that about 100 North Korean soldiers had died.",
      "US officials said they were aware of the reports but could not confirm the numbers.",
    ])
    a.attribute("South Korea's spy agency", "told", "that about 100 North Korean soldiers had died", in: "South Korea's spy agency told lawmakers that about 100 North Korean soldiers had died.", recipient: "lawmakers")
    let second = "US officials said they were aware of the reports but could not confirm the numbers."
    a.attribute("US officials", "said", "they were aware of the reports but could not confirm the numbers", in: second, anonymous: true)
    a.attribute("US officials", "could not confirm", "the numbers", in: second, kind: .couldNotVerify, anonymous: true)
    let g = graph([a])
    let died = try #require(g.nodes(of: .claim).first { $0.label.contains("had died") })
    #expect(g.edges(to: died.id).contains { $0.kind == .couldNotVerify })
    #expect(!g.nodes(of: .claim).contains { $0.label == "the numbers" })
    let aware = try #require(g.nodes(of: .claim).first { $0.label.hasPrefix("they were aware") })
    #expect(!g.edges(to: aware.id).contains { $0.kind == .couldNotVerify })
  }

  @Test("A pointer at the numbers is the latest claim that gave some, not the latest claim")
  func pointerAtTheNumbers() {
    let g = graph([Article("a", outlet: "X", saying: [
      Said("South Korea's spy agency", "said", "that about 100 North Korean soldiers had died"),
      Said("The agency", "said", "the soldiers had been moved closer to the front"),
      Said("US officials", "could not confirm", "the numbers", kind: .couldNotVerify, anonymous: true),
    ])])
    #expect(g.speakers(ofClaim: "had died", .couldNotVerify) == ["US officials"])
    #expect(g.speakers(ofClaim: "moved closer", .couldNotVerify).isEmpty)
    // A clock time is no count, and "the death toll" points at figures too.
    let h = graph([Article("b", outlet: "Y", saying: [
      Said("The ministry", "said", "that 100 soldiers had died"),
      Said("The governor", "said", "power was restored at 3 p.m."),
      Said("Officials", "could not verify", "the death toll", kind: .couldNotVerify, anonymous: true),
    ])])
    #expect(h.speakers(ofClaim: "had died", .couldNotVerify) == ["Officials"])
    #expect(!h.nodes(of: .claim).contains { $0.label.contains("death toll") })
  }

  @Test("'According to X' after another statement makes X its relay, not a second claim")
  func accordingToRelays() throws {
    let sentence = "South Korea's spy agency told lawmakers that about 100 North Korean soldiers had died, according to MP Lee Seong-kweun, who attended the briefing."
    var a = Article("a", outlet: "BBC", [sentence])
    a.attribute("South Korea's spy agency", "told", "that about 100 North Korean soldiers had died", in: sentence, recipient: "lawmakers")
    a.attribute("MP Lee Seong-kweun, who attended the briefing", "according to", "South Korea's spy agency told lawmakers that about 100 North Korean soldiers had died", in: sentence, entity: "Lee Seong-kweun")
    let g = graph([a])
    #expect(g.nodes(of: .claim).count == 1)
    let lee = try #require(g.people().first { $0.label == "Lee Seong-kweun" })
    #expect(g.hasEdge(.cited, "outlet:bbc", lee.id))
    let agency = try #require(g.nodes.first { $0.label == "South Korea's spy agency" })
    #expect(g.hasEdge(.cited, lee.id, agency.id))
    #expect(!g.hasEdge(.cited, "outlet:bbc", agency.id))
  }

  @Test("An outlet citing a source relays it; a citation already read in adds no claim")
  func citedSources() throws {
    let first = "Citing a source in the Ukrainian military, CNN reported that 40 North Korean soldiers had been captured."
    let second = "Yonhap news agency, citing the National Intelligence Service, reported that the troops were receiving drone training."
    let third = "Asked about the claims on Monday, Peskov said he had nothing to add."
    var a = Article("a", outlet: "X", [first, second, third])
    a.attribute("CNN", "Citing", "a source in the Ukrainian military", in: first, kind: .cited)
    a.attribute("CNN", "reported", "that 40 North Korean soldiers had been captured", in: first, kind: .cited)
    a.attribute("Yonhap news agency", "citing", "the National Intelligence Service", in: second, kind: .cited)
    a.attribute("the National Intelligence Service", "reported", "that the troops were receiving drone training", in: second, kind: .cited, relay: "Yonhap news agency")
    a.attribute(nil, "Asked about", "the claims", in: third)
    a.attribute("Peskov", "said", "he had nothing to add", in: third)
    let g = graph([a])
    #expect(g.nodes(of: .claim).count == 3)
    let captured = try #require(g.nodes(of: .claim).first { $0.label.contains("captured") })
    let cited = try #require(g.edges(to: captured.id).first?.from)
    #expect(g.node(cited)?.anonymous == true)
    let cnn = try #require(g.nodes.first { $0.label == "CNN" })
    #expect(g.hasEdge(.cited, cnn.id, cited))
    #expect(!g.nodes.contains { $0.label == "Unattributed report" })
  }

  @Test("A denial that mentions a number or a fact in its clause is a claim of its own")
  func denialsWithPointingWordsInside() {
    let lines = [
      "The central bank said inflation rose to 9 percent in March.",
      "Moscow denied that the number of its troops in Belarus had risen to 30,000.",
      "The health ministry denied that the death toll was inflated by Hamas.",
    ]
    var a = Article("a", outlet: "X", lines)
    a.attribute("The central bank", "said", "inflation rose to 9 percent in March", in: lines[0])
    a.attribute("Moscow", "denied", "that the number of its troops in Belarus had risen to 30,000", in: lines[1], kind: .denied)
    a.attribute("The health ministry", "denied", "that the death toll was inflated by Hamas", in: lines[2], kind: .denied)
    #expect(graph([a]).nodes(of: .claim).count == 3)
  }

  @Test("Different figures for one quantity are separate claims joined by contradicts")
  func contradictions() throws {
    let g = graph(Self.firstContactArticles())
    let edge = try #require(g.edges.first { $0.kind == .contradicts })
    #expect(Set(edge.figures.values) == ["8,000", "at least 10,000"])
    #expect(g.nodes(of: .claim).filter { $0.label.contains("North Korean troops") && $0.label.contains("Kursk") && !$0.label.contains("fire") }.count == 2)
  }

  @Test("Rival figures contradict only when they count people in one place")
  func figureScope() throws {
    let lines = [
      "Officials said 1,500 North Korean troops had been shipped to Russia.",
      "Blinken said 8,000 North Korean troops had been moved to the Kursk region.",
      "Ryder said 10,000 North Korean troops were in Kursk.",
      "Zelensky said 3,000 North Korean troops were at a training camp in Kursk.",
      "Sources said the first group of up to 2,100 soldiers had been flown to Kursk.",
      "Officials said the first group consisted of 2,600 soldiers.",
    ]
    var a = Article("a", outlet: "X", lines)
    a.attribute("Officials", "said", "1,500 North Korean troops had been shipped to Russia", in: lines[0])
    a.attribute("Blinken", "said", "8,000 North Korean troops had been moved to the Kursk region", in: lines[1])
    a.attribute("Ryder", "said", "10,000 North Korean troops were in Kursk", in: lines[2])
    a.attribute("Zelensky", "said", "3,000 North Korean troops were at a training camp in Kursk", in: lines[3])
    a.attribute("Sources", "said", "the first group of up to 2,100 soldiers had been flown to Kursk", in: lines[4])
    a.attribute("Officials", "said", "the first group consisted of 2,600 soldiers", in: lines[5])
    let g = graph([a])
    let pairs = Set(g.edges.filter { $0.kind == .contradicts }.map { Set($0.figures.values) })
    // One place: Kursk (a region of it is still it); the first group is a part, counted apart.
    #expect(pairs.contains(["8,000", "10,000"]))
    #expect(pairs.contains(["up to 2,100", "2,600"]))
    // Russia is not Kursk, and a camp in Kursk is not all of Kursk.
    #expect(!pairs.contains(["1,500", "8,000"]) && !pairs.contains(["1,500", "10,000"]))
    #expect(!pairs.contains(["3,000", "10,000"]) && !pairs.contains(["3,000", "8,000"]))
    #expect(GraphAssembly.figureScope("at least 3,000 North Koreans were at a “training camp” in the Russian Far East") == ["camp", NameKey.key("russia"), "far", "east"])
    #expect(GraphAssembly.figureScope("at least 10,000 troops were in Kursk, a region of Russia") == ["kursk"])
  }

  @Test("Claims with different figures or places never merge")
  func precision() {
    var a = Article("a", outlet: "X", ["Officials said 1,500 troops were shipped to Russia.", "Officials said 1,500 troops were shipped to Ukraine."])
    a.attribute("Officials", "said", "1,500 troops were shipped to Russia", in: "Officials said 1,500 troops were shipped to Russia.")
    a.attribute("Officials", "said", "1,500 troops were shipped to Ukraine", in: "Officials said 1,500 troops were shipped to Ukraine.")
    var b = Article("b", outlet: "Y", ["Officials said 2,500 troops were shipped to Russia."])
    b.attribute("Officials", "said", "2,500 troops were shipped to Russia", in: "Officials said 2,500 troops were shipped to Russia.")
    #expect(graph([a, b]).nodes(of: .claim).count == 3)
  }

  @Test("Claims on one subject that say different things stay apart")
  func differentPredicates() {
    var articles = Self.firstContactArticles()
    var d = Article("d", outlet: "Aggregator", [
      "Kyrylo Budanov, head of Ukraine's military intelligence, stated that the first North Korean units were expected to arrive in Kursk Oblast on October 23.",
    ])
    d.attribute("Kyrylo Budanov, head of Ukraine's military intelligence", "stated", "the first North Korean units were expected to arrive in Kursk Oblast on October 23", in: d.document.text)
    articles.append(d)
    let g = graph(articles)
    let arrival = g.nodes(of: .claim).filter { $0.label.contains("arrive") }
    #expect(arrival.count == 1)
    #expect(!g.edges(to: arrival.first?.id ?? "").contains { $0.from == "person:andrii-kovalenko" })
  }

  @Test("A topic stays apart from a statement in its words, whichever matcher merges", arguments: ClaimMatching.allCases)
  func topicApart(matching: ClaimMatching) {
    let a = Article("a", outlet: "Politico", saying: [
      Said("Donald Trump", "continued his verbal assault", "on the presumptive Democratic nominee"),
    ])
    let b = Article("b", outlet: "Breitbart", saying: [
      Said("James Comey", "described", "presumptive Democratic presidential nominee Hillary Clinton's use of an email server while secretary of state"),
    ])
    // The rest of the case speaks of Clinton's email server, so the words the two share are
    // the rare ones.
    let c = Article("c", outlet: "The Hill", saying: [
      Said("Paul Ryan", "said", "Hillary Clinton's use of an email server defies explanation"),
      Said("Loretta Lynch", "said", "the case of Hillary Clinton's email server while secretary of state is closed"),
      Said("Jason Chaffetz", "said", "the use of a private email server by a secretary of state was reckless"),
      Said("Bob Goodlatte", "said", "others were prosecuted for less than Hillary Clinton's use of an email server"),
      Said("Trey Gowdy", "said", "Clinton's email server held classified information while she was secretary of state"),
    ])
    let g = AttributionGraphBuilder(claimMatching: matching).build(
      extracted: [a, b, c].map { ($0.document, $0.attributions) }, caseFile: CaseFile(), title: "test")
    #expect(g.speakers(ofClaim: "presumptive Democratic nominee") == ["Donald Trump"])
    #expect(g.speakers(ofClaim: "presidential nominee").contains("James Comey"))
    #expect(!g.speakers(ofClaim: "presidential nominee").contains("Donald Trump"))
  }

  @Test("Numbered source lists are read")
  func footnotes() {
    let sources = Footnotes.sources(in: "Sources: [1]Associated Press, [2]POLITICO, [3]Financial Times, [4]BBC News, [5]Reuters and [6]Understanding War.")
    #expect(sources == [1: "Associated Press", 2: "POLITICO", 3: "Financial Times", 4: "BBC News", 5: "Reuters", 6: "Understanding War"])
    #expect(Footnotes.markers(in: "officials said this week.[1][2]") == [1, 2])
    #expect(Footnotes.sources(in: "Text.\n\n  SOURCES: [1] Reuters; [2] KCNA") == [1: "Reuters", 2: "KCNA"])
    #expect(Footnotes.sources(in: "Officials said [1].\nSource: [1]Yonhap") == [1: "Yonhap"])
    for text in ["ssource", "SoUrCe", "the resources"] { #expect(Footnotes.mentionsSource(text), "\(text)") }
    for text in ["", "sourc", "s o u r c e", "sou\u{301}rce"] { #expect(!Footnotes.mentionsSource(text), "\(text)") }
  }

  @Test("Claim text finds figures with their qualifiers and skips dates")
  func figures() {
    let text = ClaimText("at least 10,000 North Korean troops were in Kursk on October 23, 2024")
    #expect(text.figures.map(\.text) == ["at least 10,000"])
    #expect(text.figures.first?.unit == "people")
    #expect(ClaimText("Pyongyang provided 3.5mn artillery shells").figures.first?.value == 3_500_000)
  }
}
