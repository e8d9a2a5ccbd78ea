import AttributionDocuments
import AttributionExtraction
import AttributionLexicon
import Testing

@testable import AttributionGraph

@Suite("Entity resolution")
struct EntityResolutionTests {
  @Test("Transliteration variants of one name are one person")
  func transliteration() {
    var a = Article("a", outlet: "Business Insider", [
      "Andrii Kovalenko said on Telegram that troops came under fire in Kursk.",
    ])
    a.attribute("Andrii Kovalenko", "said", "troops came under fire in Kursk", in: a.document.text)
    var b = Article("b", outlet: "Ground News", [
      "Andriy Kovalenko, a top Ukrainian counter-disinformation official, said the units were hit.",
      "Ukrainian President Volodymyr Zelensky said the troops were in Kursk.",
      "Volodymyr Zelenskyy said 3,000 were at a camp.",
      "Volodymyr Zelenskiy said talks were under way.",
    ])
    b.attribute("Andriy Kovalenko, a top Ukrainian counter-disinformation official", "said", "the units were hit", in: "Andriy Kovalenko, a top Ukrainian counter-disinformation official, said the units were hit.")
    b.attribute("Ukrainian President Volodymyr Zelensky", "said", "the troops were in Kursk", in: "Ukrainian President Volodymyr Zelensky said the troops were in Kursk.")
    b.attribute("Volodymyr Zelenskyy", "said", "3,000 were at a camp", in: "Volodymyr Zelenskyy said 3,000 were at a camp.")
    b.attribute("Volodymyr Zelenskiy", "said", "talks were under way", in: "Volodymyr Zelenskiy said talks were under way.")
    let people = graph([a, b]).people()
    #expect(people.count == 2)
    let kovalenko = people.first { $0.label.hasSuffix("Kovalenko") }
    #expect(Set([kovalenko?.label].compactMap { $0 } + (kovalenko?.aliases ?? [])) == ["Andrii Kovalenko", "Andriy Kovalenko"])
    #expect(kovalenko?.affiliation == "Ukraine")
    let zelensky = people.first { $0.label.hasPrefix("Volodymyr") }
    #expect(zelensky?.aliases.count == 2)
    #expect(zelensky?.affiliation == "Ukraine")
  }

  @Test("A country speaks for its government, and a state's agency is no news agency")
  func countriesAndStateAgencies() {
    let singh = "Pentagon spokeswoman Sabrina Singh said the United States could confirm that North Korean units had engaged Ukrainian forces."
    let losses = "Ukraine's military intelligence agency said on Wednesday that North Korean soldiers had suffered heavy losses."
    var a = Article("a", outlet: "X", [singh, losses])
    a.attribute("Pentagon spokeswoman Sabrina Singh", "said", "the United States could confirm that North Korean units had engaged Ukrainian forces", in: singh)
    a.attribute("the United States", "confirm", "that North Korean units had engaged Ukrainian forces", in: singh, kind: .confirmed)
    a.attribute("Ukraine's military intelligence agency", "said", "that North Korean soldiers had suffered heavy losses", in: losses)
    let g = graph([a])
    #expect(g.people().allSatisfy { $0.label != "United States" })
    let government = g.nodes(of: .institution).first { $0.label == "US government" }
    #expect(government?.independenceClass == "US government")
    let agency = g.nodes.first { $0.label.contains("intelligence agency") }
    #expect(agency?.kind == .institution)
    #expect(agency?.independenceClass == "Ukraine government")
  }

  @Test("Labels keep no commas left by an appositive or a bracketed acronym")
  func labelsWithoutStrayCommas() {
    let nis = "South Korea's spy agency, the National Intelligence Service (NIS), told lawmakers that 100 soldiers had died."
    let officials = "US officials, speaking on condition of anonymity, said they were aware of the reports."
    var a = Article("a", outlet: "X", [nis, officials])
    a.attribute("South Korea's spy agency, the National Intelligence Service (NIS),", "told", "that 100 soldiers had died", in: nis)
    a.attribute("US officials, speaking on condition of anonymity,", "said", "they were aware of the reports", in: officials, anonymous: true)
    let labels = graph([a]).nodes.map(\.label)
    #expect(labels.contains("South Korea's spy agency, the National Intelligence Service"))
    #expect(labels.contains("US officials, speaking on condition of anonymity"))
  }

  @Test("Titles are stripped for identity and kept as role; surnames resolve to the full name")
  func titlesAndSurnames() {
    var a = Article("a", outlet: "The Hill", [
      "Pentagon press secretary Maj. Gen. Pat Ryder told reporters Monday that 10,000 troops were in Kursk.",
      "Ryder said the number could rise.",
      "US Air Force Maj. Gen. Pat Ryder said the US was looking into the reports.",
    ])
    a.attribute("Pentagon press secretary Maj. Gen. Pat Ryder", "told", "10,000 troops were in Kursk", in: "Pentagon press secretary Maj. Gen. Pat Ryder told reporters Monday that 10,000 troops were in Kursk.")
    a.attribute("Ryder", "said", "the number could rise", in: "Ryder said the number could rise.")
    a.attribute("US Air Force Maj. Gen. Pat Ryder", "said", "the US was looking into the reports", in: "US Air Force Maj. Gen. Pat Ryder said the US was looking into the reports.")
    let people = graph([a]).people()
    #expect(people.map(\.label) == ["Pat Ryder"])
    #expect(people.first?.role == "Pentagon press secretary Maj. Gen.")
    #expect(people.first?.affiliation == "US")
    #expect(people.first?.independenceClass == "US government")
  }

  @Test("An appositive title gives the affiliation; a later surname and pronoun are the same person")
  func appositive() {
    var a = Article("a", outlet: "Business Insider", [
      "Ukraine's defense minister, Rustem Umerov, confirmed the report in an interview with KBS.",
      "The skirmish means North Korea has joined the war, Umerov told the outlet.",
    ])
    a.attribute("Ukraine's defense minister, Rustem Umerov", "confirmed", "the report", in: "Ukraine's defense minister, Rustem Umerov, confirmed the report in an interview with KBS.", kind: .confirmed, entity: "Rustem Umerov", channel: "an interview with KBS", recipient: "KBS")
    a.attribute("Umerov", "told", "The skirmish means North Korea has joined the war", in: "The skirmish means North Korea has joined the war, Umerov told the outlet.", recipient: "the outlet")
    let g = graph([a])
    #expect(g.people().map(\.label) == ["Rustem Umerov"])
    #expect(g.people().first?.affiliation == "Ukraine")
    #expect(g.hasEdge(.cited, "outlet:business-insider", "outlet:kbs"))
    #expect(g.hasEdge(.cited, "outlet:kbs", "person:rustem-umerov"))
    #expect(g.hasEdge(.via, "person:rustem-umerov", "channel:kbs-interview"))
  }

  @Test("Two people with one surname stay apart; a surname goes to the latest one mentioned")
  func sameSurname() {
    var a = Article("a", outlet: "Politico", [
      "Hillary Clinton said the plan works.",
      "Bill Clinton said the economy grew.",
      "Clinton added that wages rose.",
      "Donald Trump said the polls were rigged.",
      "Donald Trump Jr. said the rally was large.",
    ])
    a.attribute("Hillary Clinton", "said", "the plan works", in: "Hillary Clinton said the plan works.")
    a.attribute("Bill Clinton", "said", "the economy grew", in: "Bill Clinton said the economy grew.")
    a.attribute("Clinton", "added", "wages rose", in: "Clinton added that wages rose.")
    a.attribute("Donald Trump", "said", "the polls were rigged", in: "Donald Trump said the polls were rigged.")
    a.attribute("Donald Trump Jr.", "said", "the rally was large", in: "Donald Trump Jr. said the rally was large.")
    let g = graph([a])
    #expect(Set(g.people().map(\.label)) == ["Hillary Clinton", "Bill Clinton", "Donald Trump", "Donald Trump Jr."])
    let wages = g.nodes(of: .claim).first { $0.label == "wages rose" }!
    #expect(g.hasEdge(.said, "person:bill-clinton", wages.id))
  }

  @Test("A title and one name is that named person; party words and the one worked for are not names")
  func titledSurnames() throws {
    let g = graph([Article("a", outlet: "The New York Times", saying: [
      Said("Barack Obama", "said", "the economy had recovered"),
      Said("President Obama", "said", "that wages had risen"),
      Said("Mr. Regalado, the Republican mayor of Miami,", "said", "he would not vote"),
      Said("A spokesman for Mr. Obama", "said", "the trip was cancelled", anonymous: true),
      Said("A Kentucky Republican", "said", "the bill would fail"),
      Said("Democrat Zephyr Teachout", "said", "the race was close"),
      Said("White House Chief of Staff Denis McDonough", "said", "the plane had left"),
      Said("General Motors", "said", "sales had fallen"),
    ])])
    #expect(g.sources(ofClaim: "wages").map(\.id) == ["person:barack-obama"])
    #expect(g.sources(ofClaim: "not vote").map(\.label) == ["Regalado"])
    #expect(g.sources(ofClaim: "not vote").map(\.anonymous) == [false])
    #expect(g.sources(ofClaim: "cancelled").map(\.anonymous) == [true])
    #expect(!g.sources(ofClaim: "bill would fail").contains { $0.kind == .person && !$0.anonymous })
    #expect(g.sources(ofClaim: "race was close").map(\.id) == ["person:zephyr-teachout"])
    #expect(g.sources(ofClaim: "plane had left").map(\.id) == ["person:denis-mcdonough"])
    // A written-out "General" begins company names: no person called Motors.
    #expect(g.sources(ofClaim: "sales had fallen").map(\.label) == ["General Motors"])
    // A surname with no one of that name in its article goes to the case's most mentioned
    // person of that surname, not the first registered.
    let h = graph([
      Article("b", outlet: "AP", saying: [
        Said("Michelle Obama", "said", "the garden grew"), Said("Barack Obama", "said", "the bill passed"),
        Said("Barack Obama", "said", "the vote was close"),
      ]),
      Article("c", outlet: "Reuters", saying: [Said("Obama", "said", "the talks had failed")]),
    ])
    #expect(h.sources(ofClaim: "talks").map(\.id) == ["person:barack-obama"])
  }

  @Test("A relative pronoun source is the people named just before it")
  func relativePronoun() {
    let sentence = "The warning came from US secretary of state Antony Blinken and US defence secretary Lloyd Austin, who said that 8,000 troops had been deployed."
    var a = Article("a", outlet: "Financial Times", [sentence])
    a.attribute("who", "said", "8,000 troops had been deployed", in: sentence)
    a.attribute("US secretary of state Antony Blinken", "came", "The warning", in: sentence)
    a.attribute("US defence secretary Lloyd Austin", "came", "The warning", in: sentence)
    let g = graph([a])
    let claim = g.nodes(of: .claim).first { $0.label.contains("8,000") }!
    #expect(Set(g.edges(to: claim.id).map(\.from)) == ["person:antony-blinken", "person:lloyd-austin"])
  }

  @Test("A relative pronoun the extractor resolved speaks for the people it names")
  func resolvedRelativePronoun() {
    // The sentence alone would not say who (no name before "who"); the extractor's entity does.
    let sentence = "The warning came from the two secretaries, who said that 8,000 troops had been deployed."
    var a = Article("a", outlet: "Financial Times", [sentence])
    a.attribute("who", "said", "8,000 troops had been deployed", in: sentence, entity: "Antony Blinken and Lloyd Austin")
    let g = graph([a])
    let claim = g.nodes(of: .claim).first { $0.label.contains("8,000") }!
    #expect(Set(g.edges(to: claim.id).map(\.from)) == ["person:antony-blinken", "person:lloyd-austin"])
  }

  @Test("A definite description of an unnamed source is the one the article introduced")
  func definiteAnonymousSources() {
    let a = Article("a", outlet: "Reuters", saying: [
      Said("A senior Ukrainian intelligence official", "said", "that 3,000 North Korean troops had arrived in Kursk", anonymous: true),
      Said("The official", "said", "the troops had been issued Russian uniforms", anonymous: true),
      Said("A second official", "said", "the troops were being trained", anonymous: true),
      Said("Ukrainian officials", "said", "the border was quiet", anonymous: true),
      Said("A US defense official", "said", "the Pentagon was watching", anonymous: true),
      Said("The Ukrainian official", "said", "he expected more", anonymous: true),
    ])
    let b = Article("b", outlet: "AP", saying: [
      Said("The official", "said", "the troops had been issued Russian uniforms", anonymous: true),
    ])
    let g = graph([a, b])
    let senior = "Senior Ukrainian intelligence official"
    #expect(g.speakers(ofClaim: "3,000") == [senior])
    // The uniforms claim is said in both articles: by the senior official in a, by AP's own
    // unnamed official in b (another article's "the official" is not a's).
    #expect(g.speakers(ofClaim: "uniforms") == [senior, "Official"])
    #expect(g.speakers(ofClaim: "being trained") == ["Second official"])
    #expect(g.speakers(ofClaim: "border was quiet") == ["Ukrainian officials"])
    // The latest official of that description: not the US one, whose words (and affiliation)
    // differ.
    #expect(g.speakers(ofClaim: "expected more") == [senior])
    // The head is the noun before what qualifies it: "the source" is the source in the
    // military; "the president" is not an adviser to the president.
    let h = graph([Article("c", outlet: "CNN", saying: [
      Said("A source in the Ukrainian military", "said", "the drones had been shot down", anonymous: true),
      Said("The source", "said", "the strike came at night", anonymous: true),
      Said("An adviser to the president", "said", "the talks would go on", anonymous: true),
      Said("The president", "said", "the army would hold the line", anonymous: true),
    ])])
    #expect(h.sources(ofClaim: "strike came at night").map(\.id) == h.sources(ofClaim: "shot down").map(\.id))
    #expect(h.sources(ofClaim: "hold the line").map(\.id) != h.sources(ofClaim: "talks would go on").map(\.id))
  }

  @Test("He or she after an unnamed person's statement is that person, unless the descriptor disagrees")
  func pronounAfterAnUnnamedPerson() {
    let g = graph([Article("a", outlet: "Reuters", saying: [
      Said("Ukrainian President Volodymyr Zelenskyy", "said", "that North Korean troops were in Kursk", entity: "Volodymyr Zelenskyy"),
      Said("A senior US defense official", "said", "that 8,000 North Korean soldiers had moved to the region", anonymous: true),
      Said("He", "said", "the troops had not yet entered combat"),
      Said("A ministry spokeswoman", "said", "the border was quiet", anonymous: true),
      Said("He", "added", "that more troops could follow"),
    ])])
    #expect(g.speakers(ofClaim: "entered combat") == ["Senior US defense official"])
    // A spokeswoman is not "he": the pronoun goes to the latest named person.
    #expect(g.speakers(ofClaim: "could follow") == ["Volodymyr Zelenskyy"])
  }

  @Test("A relative pronoun's antecedent is a whole name, never letters inside a longer word")
  func relativePronounWholeWords() {
    // Marine Le Pen is a person of the case (her surname key "Pen"); "Pentagon" does not name her.
    let first = "Marine Le Pen said that the vote had been stolen."
    var a = Article("a", outlet: "Reuters", [first])
    a.attribute("Marine Le Pen", "said", "the vote had been stolen", in: first)
    let second = "The strikes drew rebukes from the Pentagon and Lloyd Austin, who said that 8,000 troops had been deployed."
    var b = Article("b", outlet: "Politico", [second])
    b.attribute("who", "said", "8,000 troops had been deployed", in: second)
    b.attribute("Lloyd Austin", "drew", "rebukes", in: second)
    let g = graph([a, b])
    let claim = g.nodes(of: .claim).first { $0.label.contains("8,000") }!
    #expect(Set(g.edges(to: claim.id).map(\.from)) == ["person:lloyd-austin"])
    // A person named in another article is found when this sentence names them whole.
    let third = "Aides to Marine Le Pen, who said that the count was rigged, left."
    var c = Article("c", outlet: "AFP", [third])
    c.attribute("who", "said", "the count was rigged", in: third)
    let h = graph([a, c])
    let rigged = h.nodes(of: .claim).first { $0.label.contains("rigged") }!
    #expect(Set(h.edges(to: rigged.id).map(\.from)) == ["person:marine-le-pen"])
  }

  @Test("A relative pronoun after two people joined by 'and' stands for both; after a list, for the last")
  func relativePronounPairs() {
    let first = "Antony Blinken said that the talks were over. Lloyd Austin said that the troops had left."
    var a = Article("a", outlet: "Reuters", [first])
    a.attribute("Antony Blinken", "said", "the talks were over", in: first)
    a.attribute("Lloyd Austin", "said", "the troops had left", in: first)
    let second = "The reports reached Blinken and Lloyd Austin, who said that 8,000 troops had been deployed."
    var b = Article("b", outlet: "Politico", [second])
    b.attribute("who", "said", "8,000 troops had been deployed", in: second)
    let third = "Austin thanked Blinken, who said that 2,000 troops had been deployed."
    var c = Article("c", outlet: "AFP", [third])
    c.attribute("who", "said", "2,000 troops had been deployed", in: third)
    let g = graph([a, b, c])
    let both = g.nodes(of: .claim).first { $0.label.contains("8,000") }!
    #expect(Set(g.edges(to: both.id).filter { $0.kind == .said }.map(\.from)) == ["person:antony-blinken", "person:lloyd-austin"])
    let one = g.nodes(of: .claim).first { $0.label.contains("2,000") }!
    #expect(Set(g.edges(to: one.id).filter { $0.kind == .said }.map(\.from)) == ["person:antony-blinken"])
  }

  @Test("A relative pronoun after a full name is that person, not another of the surname registered later")
  func relativePronounFullName() {
    let first = "Hillary Clinton said that the plan works. Bill Clinton said that the economy grew."
    var a = Article("a", outlet: "Reuters", [first])
    a.attribute("Hillary Clinton", "said", "the plan works", in: first)
    a.attribute("Bill Clinton", "said", "the economy grew", in: first)
    let second = "The report reached Hillary Clinton, who said that wages rose."
    var b = Article("b", outlet: "Politico", [second])
    b.attribute("who", "said", "wages rose", in: second)
    let third = "The report reached Bill Clinton, who said that prices fell."
    var c = Article("c", outlet: "AFP", [third])
    c.attribute("who", "said", "prices fell", in: third)
    let g = graph([a, b, c])
    let wages = g.nodes(of: .claim).first { $0.label.contains("wages") }!
    #expect(Set(g.edges(to: wages.id).filter { $0.kind == .said }.map(\.from)) == ["person:hillary-clinton"])
    let prices = g.nodes(of: .claim).first { $0.label.contains("prices") }!
    #expect(Set(g.edges(to: prices.id).filter { $0.kind == .said }.map(\.from)) == ["person:bill-clinton"])
  }

  @Test("What an attribution is about is not its speaker; nested agentless cues are not reports")
  func nonSpeakersAndNesting() {
    let first = "North Korean troops are expected to enter combat."
    let second = "Budanov stated that the first units were expected to arrive in Kursk."
    var a = Article("a", outlet: "X", [first, second])
    a.attribute("North Korean troops", "are expected", "to enter combat", in: first)
    a.attribute("Budanov", "stated", "the first units were expected to arrive in Kursk", in: second)
    a.attribute(nil, "were expected", "to arrive in Kursk", in: second)
    let g = graph([a])
    #expect(g.nodes(of: .claim).map(\.label) == ["the first units were expected to arrive in Kursk"])
    #expect(!g.nodes.contains { $0.label.contains("Unattributed") || $0.label.contains("troops") && $0.kind != .claim })
  }

  @Test("An event or a state of affairs is not a speaker; a name or a ruling ending in one is")
  func eventsAreNotSpeakers() {
    let sentences = [
      ("The situation", "has raised concerns about", "the potential escalation of the conflict"),
      ("The Institute for the Study of War", "said", "Russian forces had advanced"),
      ("Ministry of Development", "said", "the bridge had been destroyed"),
      ("The court's decision", "said", "the law was unconstitutional"),
      ("MOVE", "said", "the march would go ahead"),
    ]
    var a = Article("a", outlet: "X", sentences.map { "\($0) \($1) \($2)." })
    for (source, cue, content) in sentences {
      a.attribute(source, cue, content, in: "\(source) \(cue) \(content).")
    }
    let g = graph([a])
    #expect(Set(g.nodes(of: .claim).map(\.label)) == [
      "Russian forces had advanced", "the bridge had been destroyed", "the law was unconstitutional",
      "the march would go ahead",
    ])
    #expect(!g.nodes.contains { $0.label.lowercased().contains("situation") })
  }

  @Test("An outlet's short name meets its full name")
  func outletShortNames() {
    var a = Article("a", outlet: "Business Insider", [
      "An unnamed senior Ukrainian intelligence official confirmed the report to the Financial Times.",
    ])
    a.attribute("An unnamed senior Ukrainian intelligence official", "confirmed", "the report", in: a.document.text, kind: .confirmed, anonymous: true, recipient: "the Financial Times")
    var b = Article("b", outlet: "FT", ["Officials said the troops moved."])
    b.attribute("Officials", "said", "the troops moved", in: b.document.text)
    let g = graph([a, b])
    #expect(g.nodes(of: .outlet).map(\.label).sorted() == ["Business Insider", "Financial Times"])
    let official = g.people().first { $0.anonymous && $0.label.contains("intelligence") }
    #expect(official?.affiliation == "Ukraine")
    #expect(g.hasEdge(.cited, "outlet:business-insider", "outlet:financial-times"))
    #expect(g.hasEdge(.cited, "outlet:financial-times", official?.id ?? ""))
  }

  @Test("Subject-matter experts are not affiliated with their subject")
  func experts() {
    #expect(Affiliation.of("North Korea experts") == nil)
    #expect(Affiliation.of("Kyiv's ambassador to the UN") == "Ukraine")
    #expect(Affiliation.of("head of Ukraine's military intelligence") == "Ukraine")
    #expect(Affiliation.of("The U.S. National Security Council spokesperson") == "US")
    #expect(Affiliation.of("South Korean intelligence") == "South Korea")
  }

  @Test("Name keys fold transliteration, and edit distance allows one change in long names")
  func nameKeys() {
    #expect(NameKey.key("Andrii") == NameKey.key("Andriy"))
    #expect(NameKey.key("Zelensky") == NameKey.key("Zelenskyy"))
    #expect(NameKey.key("Zelenskiy") == NameKey.key("Zelenskyy"))
    #expect(NameKey.isVariant(NameKey.key("Kyiv"), of: NameKey.key("Kiev")))
    #expect(!NameKey.isVariant(NameKey.key("Kim"), of: NameKey.key("Kym Ho")))
    #expect(!NameKey.isVariant(NameKey.key("Budanov"), of: NameKey.key("Umerov")))
    #expect(NameKey.isVariant(NameKey.key("Kovalenko"), of: NameKey.key("Kowalenko")))
    #expect(!NameKey.isVariant(NameKey.key("Kirby"), of: NameKey.key("Kerry")))
  }

  @Test("Every pair of variant surnames shares a probe, so the index finds each variant")
  func variantProbes() {
    let names = [
      "Kovalenko", "Kowalenko", "Kovalenco", "Kovalnko", "Zelensky", "Zelenskyy", "Zelenskiy", "Kyiv", "Kiev",
      "Smith", "Smyth", "Smithe", "Mith", "Kirby", "Kerry", "Clinton", "Clintn", "Klinton", "Comey", "Combey",
      "Umerov", "Umarov", "Budanov", "Bo", "Boe", "Obama", "Osama", "Trump", "Tramp", "Weiner", "Wiener",
    ].map(NameKey.key)
    var variants = 0
    for a in names {
      for b in names {
        let skeleton = NameKey.skeleton(a)
        #expect(NameKey.sameSkeleton(a, b) == (skeleton == NameKey.skeleton(b) && skeleton.count >= 2), "\(a), \(b)")
      }
      for b in names where NameKey.isVariant(a, of: b) {
        variants += 1
        #expect(!Set(NameKey.variantProbes(a)).isDisjoint(with: NameKey.variantProbes(b)), "\(a) and \(b)")
      }
    }
    // The list holds variants of both kinds (a vowel changed, one letter edited), not only
    // each name with itself.
    #expect(variants > names.count + 10)
  }
}

@Suite("A case's own places")
struct CasePlacesTests {
  static let article = Article(
    "a", outlet: "Wire", saying: [Said("A Kursk official", "said", "the bridge was destroyed", anonymous: true)])

  @Test("a place the case adds affiliates its sources, who speak for that state's government")
  func caseExtendsTheGazetteer() throws {
    let file = try CaseFile.parse("places:\n  - {name: Kursk, affiliation: Russia}\n", path: "case.yaml")
    #expect(file.places == [Gazetteer.Place(phrase: "kursk", affiliation: "Russia", kind: .region)])
    let source = try #require(graph([Self.article], caseFile: file).nodes.first { $0.label.contains("Kursk official") })
    #expect(source.affiliation == "Russia")
    #expect(source.independenceClass == "Russia government")
  }

  @Test("without it the source has no affiliation; a region alone is no government")
  func withoutThePlace() throws {
    let source = try #require(graph([Self.article]).nodes.first { $0.label.contains("Kursk official") })
    #expect(source.affiliation == nil && source.independenceClass == nil)
    #expect(!Gazetteer.Kind.region.standsForGovernment && Gazetteer.Kind.region.namesSubjectMatter)
  }

  @Test("a place with an unknown kind or no affiliation is an error at its line")
  func badPlaces() {
    #expect {
      try CaseFile.parse("title: t\nplaces:\n  - {name: Kursk, affiliation: Russia, kind: oblast}\n", path: "case.yaml")
    } throws: { "\($0)".hasPrefix("case.yaml:3: unknown place kind \"oblast\" (expected one of: country") }
    #expect {
      try CaseFile.parse("places:\n  - {name: Kursk}\n", path: "case.yaml")
    } throws: { "\($0)" == "case.yaml:2: a place needs 'affiliation'" }
  }
}

@Suite("Names without letters or digits")
struct SymbolNameTests {
  @Test("outlets named only by symbols stay apart, and apart from a literal 'Unnamed'")
  func outlets() {
    let articles = ["📰", "🗞", "Unnamed"].enumerated().map { index, outlet in
      Article("a\(index)", outlet: outlet, saying: [Said("Umerov", "said", "the troops had arrived")])
    }
    let outlets = graph(articles).nodes(of: .outlet)
    #expect(Set(outlets.map(\.label)) == ["📰", "🗞", "Unnamed"])
    #expect(Set(outlets.map(\.id)).count == 3)
  }

  @Test("two case-file entities named only by symbols are two entities")
  func entities() throws {
    let file = try CaseFile.parse(
      "entities:\n  - {name: \"!!!\", aliases: [John Kirby]}\n  - {name: \"???\", aliases: [Antony Blinken]}\n",
      path: "case.yaml")
    let article = Article(
      "a", outlet: "Wire",
      saying: [Said("John Kirby", "said", "the troops had arrived"), Said("Antony Blinken", "said", "the troops were in Kursk")])
    let built = graph([article], caseFile: file)
    let kirby = try #require(built.sources(ofClaim: "had arrived").first)
    let blinken = try #require(built.sources(ofClaim: "were in Kursk").first)
    #expect(kirby != blinken)
  }
}
