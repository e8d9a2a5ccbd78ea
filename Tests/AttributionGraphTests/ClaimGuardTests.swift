import AttributionDocuments
import AttributionLexicon
import Testing

@testable import AttributionGraph

/// Each veto of semantic claim matching, with a pair it must keep apart and a pair it must let
/// through.
@Suite("Claim matching guards")
struct ClaimGuardTests {
  static func conflict(_ a: String, _ b: String) -> String? {
    let (textA, textB) = (ClaimText(a), ClaimText(b))
    return ClaimFrame.conflict(
      textA, ClaimFrame(a, names: textA.names, gazetteer: .standard),
      textB, ClaimFrame(b, names: textB.names, gazetteer: .standard))
  }

  /// The clusters semantic matching makes of `contents`, as lists of indices, with the encoder's
  /// sentence vectors or the static table's.
  static func clusters(_ contents: [String], encoder: Bool) -> [[Int]] {
    let texts = contents.map(ClaimText.init)
    return ClaimMatcher(contents: contents.count, encoder: encoder).clusters(
      contents, texts: texts, vectors: ClaimVectors(texts), places: .standard)
  }

  @Test("Cases of up to 3,000 contents are read by the encoder, larger ones by the static table")
  func reading() {
    #expect(ClaimMatcher(contents: 70).usesEncoder)
    #expect(ClaimMatcher(contents: ClaimMatcher.encoderLimit).usesEncoder)
    #expect(!ClaimMatcher(contents: ClaimMatcher.encoderLimit + 1).usesEncoder)
    #expect(!ClaimMatcher(contents: 70, encoder: false).usesEncoder)
  }

  @Test("Figures: rival counts conflict, one count in other words does not")
  func figures() {
    #expect(Self.conflict("8,000 North Korean troops had been moved to Kursk", "11,000 North Korean troops are in Kursk") == "figures")
    #expect(Self.conflict("8,000 North Korean troops had been moved to Kursk", "as many as 8,000 North Korean troops were deployed to the Kursk region") == nil)
  }

  @Test("Topic: what a statement was about never joins a statement; two topics may join")
  func topic() {
    #expect(Self.conflict("the attack", "the attack was an act of terrorism and hate") == "topic")
    #expect(Self.conflict("Comey's statement", "Comey said charges were warranted") == "topic")
    #expect(Self.conflict("Comey", "Comey's statement") == nil)
    #expect(Self.conflict("the attack was an act of terrorism", "the attack was an act of terror and hate") == nil)
  }

  @Test(
    "A short verbless phrase is a topic; a clause, a figure or an ambiguous verb in -s is not",
    arguments: [
      ("Comey", true), ("Comey's statement", true), ("the attack", true),
      ("on the presumptive Democratic nominee", true), ("responsibility for the attack", true),
      ("the FBI reopened the probe", false), ("it's over", false), ("Trump leads polls", false),
      ("about 10,000 troops in Russia", false), ("troops were sent to Kursk", false),
      ("the speech will focus on security", false),
      ("Clinton's use of an email server while secretary of state as a grave risk to the nation", false),
      ("more answers about his decisions not to recommend that Clinton be prosecuted", true),
      ("questions over the 33,000 deleted emails", true),
      ("the answers he gave about the server were false", false),
      ("he wouldn't recommend prosecuting her", false),
    ])
  func topics(content: String, isTopic: Bool) {
    #expect(TopicMarker.isTopic(content: content) == isTopic)
  }

  @Test("ASCII contents are cut into the same words byte by byte as scalar by scalar")
  func topicWordsOfASCII() {
    let ascii = (0..<128).map { Character(UnicodeScalar(UInt8($0))) }
    var texts = ["", "Comey's statement", "--a-b'-", "'tis the 'end'-", "it's", "U.S.-led strikes, 1,500"]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<1_000 {
      texts.append(String((0..<Int.random(in: 0...24, using: &generator)).map { _ in
        Bool.random(using: &generator) ? "aZ'- x".randomElement(using: &generator)! : ascii.randomElement(using: &generator)!
      }))
    }
    for text in texts {
      #expect(TopicMarker.asciiWords(of: text) == TopicMarker.scalarWords(of: text), "\(Array(text.utf8))")
    }
  }

  @Test("Polarity: a negated main clause conflicts; a 'not' after the comma does not")
  func polarity() {
    #expect(Self.conflict("the troops were sent to Russia", "the troops were not sent to Russia") == "polarity")
    #expect(Self.conflict("Pyongyang never sent soldiers", "Pyongyang sent soldiers") == "polarity")
    #expect(Self.conflict("it was a small clash, not a full-scale engagement", "it was a small clash") == nil)
  }

  @Test("Modality: what is expected, conditional or planned conflicts with what happened")
  func modality() {
    #expect(Self.conflict("the first North Korean units were expected to arrive in Kursk", "the first North Korean troops came under fire in Kursk") == "modality")
    #expect(Self.conflict("should they enter combat they would be targets", "they are targets") == "modality")
    #expect(Self.conflict("the company plans to cut 500 jobs", "the company cut 500 jobs") == "modality")
    #expect(Self.conflict("they would be legitimate targets", "should they engage in combat they would become targets") == nil)
  }

  @Test("Place: the same event in two different places conflicts; a country beside a region does not")
  func place() {
    #expect(Self.conflict("troops came under fire in Kursk", "troops came under fire in Donetsk") != nil)
    #expect(Self.conflict("troops came under fire in Kursk", "troops came under fire in Kursk after arriving in Russia") == nil)
    #expect(Self.conflict("1,500 troops were shipped to Russia", "1,500 troops were shipped to Ukraine") == "place")
    #expect(Self.conflict("the troops came under fire in Kursk", "the troops were engaged after they were deployed in Russia") == nil)
  }

  @Test("Actor and target: the same two parties in the opposite order conflict")
  func actorAndTarget() {
    #expect(Self.conflict("on Monday Obama criticised Clinton over the emails", "on Monday Clinton criticised Obama over the emails") == "actor and target")
    #expect(Self.conflict("on Monday Obama criticised Clinton over the emails", "on Monday Obama sharply criticised Clinton over her emails") == nil)
  }

  @Test("Names: two claims about different people conflict; demonyms and places are not people")
  func names() {
    #expect(Self.conflict("Donald Trump will release his tax returns", "Mike Pence will release his tax returns") == "names")
    #expect(Self.conflict("a clash with soldiers mixed in with Russians", "a clash with North Korean soldiers mixed in with Russian troops") == nil)
    // A place in common keeps two wordings of one event together.
    #expect(Self.conflict("The first North Korean troops have already come under fire in Kursk Oblast", "The first military units of the [Democratic People's Republic of Korea] have already come under fire in Kursk.") == nil)
  }

  @Test("Headlines in title case are not read for names")
  func headline() {
    let frame = ClaimFrame("First Contact With North Korean Troops", names: ClaimText("First Contact With North Korean Troops").names, gazetteer: .standard)
    #expect(frame.isTitleCase)
    #expect(frame.names.isEmpty)
    #expect(Self.conflict("First Contact With North Korean Troops", "Ukrainian forces engaged North Korean troops for the first time") == nil)
  }

  @Test("Matching: paraphrases merge, identical wording always merges, vetoed pairs never do", arguments: [true, false])
  func matching(encoder: Bool) {
    let contents = [
      "it was a small-scale clash with soldiers mixed in with Russians",
      "it was a small-scale clash with North Korean soldiers who had been mixed in with Russian troops",
      "North Korean troops would become legitimate military targets",
      "the first North Korean units were expected to arrive in Kursk Oblast",
      "The first North Korean troops have already come under fire in Kursk Oblast",
      "North Korean troops would become legitimate military targets",
      "8,000 North Korean troops had been moved to Kursk",
      "11,000 North Korean troops are in Kursk",
    ]
    let clusters = Self.clusters(contents, encoder: encoder)
    #expect(clusters.contains([0, 1]))
    #expect(clusters.contains([2, 5]))
    #expect(clusters.contains([3]))
    #expect(clusters.contains([4]))
    #expect(clusters.contains([6]))
    #expect(clusters.contains([7]))
  }

  @Test("Headlines join the claim of their own article they summarise, never another article's", arguments: [true, false])
  func headlineJoining(encoder: Bool) {
    let contents = [
      "First Contact With North Korean Troops",
      "Ukrainian forces have engaged with North Korean troops deployed in Russia for the first time",
      "grain exports fell sharply in October",
      "First Contact With North Korean Troops In 2,000 Years",
    ]
    let texts = contents.map(ClaimText.init)
    func clusters(headlines: [Bool], documents: [Int]) -> [[Int]] {
      ClaimMatcher(contents: contents.count, encoder: encoder).clusters(
        contents, texts: texts, vectors: ClaimVectors(texts), places: .standard,
        headlines: headlines, documents: documents)
    }
    // The headline joins its article's report of the clash; the one with a figure the body
    // lacks stays apart.
    let joined = clusters(headlines: [true, false, false, true], documents: [0, 0, 0, 0])
    #expect(joined.contains([0, 1]))
    #expect(joined.contains([2]))
    #expect(joined.contains([3]))
    // The encoder reads the headline as the report of the clash that it is; the static table
    // does not, and then only the headline rule joins them: not for a line that is not a
    // headline, nor for the report in another article.
    if !encoder {
      #expect(clusters(headlines: [false, false, false, false], documents: [0, 0, 0, 0]).contains([0]))
      #expect(clusters(headlines: [true, false, false, false], documents: [0, 1, 1, 1]).contains([0]))
    }
  }

  @Test("A headline joins its article's report in a case whose every statement shares its topic")
  func headlineInOneStory() {
    // A headline is mostly the story's topic, which is taken out of every sentence vector of a
    // case before pairs are scored; it is compared with its own article's statements on the
    // vectors as they were.
    let subjects = ["North Korean troops", "Soldiers from North Korea", "Pyongyang's soldiers"]
    let predicates = [
      "are wearing Russian uniforms", "were shipped to Russia for training", "are being trained to use drones",
      "were deployed to assist Russia", "are considered fair game", "arrived by train in the Far East",
      "were seen at a base near Vladivostok", "have been given Russian identity papers",
      "are paid by the Russian army", "were filmed collecting equipment", "are led by their own generals",
      "could be sent to the front in Donetsk", "have not been issued heavy weapons",
      "were moved west by rail last month", "train with Russian instructors", "live in separate barracks",
      "have been counted by South Korean intelligence", "speak little Russian", "were promised pay in dollars",
      "have shown poor morale", "came under fire for the first time", "clashed with Ukrainian units",
      "met Ukrainian forces in battle", "took losses in their first fight", "made contact with Ukrainian troops",
    ]
    let story = subjects.flatMap { subject in predicates.map { "\(subject) \($0)" } }
    let article = [
      "First Contact With North Korean Troops",
      "Ukrainian forces have engaged with North Korean troops deployed in Russia for the first time",
      "Russian authorities detained 18 North Korean soldiers who abandoned their positions in Kursk Oblast",
    ]
    let contents = article + story
    let texts = contents.map(ClaimText.init)
    let clusters = ClaimMatcher(contents: contents.count).clusters(
      contents, texts: texts, vectors: ClaimVectors(texts), places: .standard,
      headlines: contents.indices.map { $0 == 0 }, documents: contents.indices.map { $0 < article.count ? 0 : 1 })
    #expect(clusters.contains([0, 1]))
    #expect(clusters.contains([2]))
  }

  @Test("In a corpus a content's candidates are the latest few sharing a word, none for a topic word")
  func corpusCandidates() {
    let window = ClaimMatcher.postingWindow
    // Contents alternating between two shared words ("kursk-0", "kursk-1"), each with a word of
    // its own; then contents that all share one word.
    let count = ClaimMatcher.postingLimit + 10
    let words = (0..<count).map { ["kursk-\($0 % 2)", "own-\($0)"] }
    let candidates = ClaimMatcher.corpusCandidates(words)
    // The latest `window` contents with the same word, however many came before.
    #expect(candidates[count - 1] == Array(stride(from: count - 3, through: 0, by: -2).prefix(window)).sorted())
    #expect(candidates.allSatisfy { $0.count <= window })
    #expect(candidates[0].isEmpty)
    #expect(candidates[5] == [1, 3])
    // A word shared by more than postingLimit contents finds none.
    let topic = ClaimMatcher.corpusCandidates((0...(ClaimMatcher.postingLimit + 1)).map { _ in ["troops"] })
    #expect(topic.last == [])
    #expect(topic[ClaimMatcher.postingLimit].count == window)
  }

  @Test("A cluster's ceiling vector bounds the cosine of each of its members, bit for bit")
  func ceilingBoundsMembers() {
    let contents = [
      "North Korean troops came under fire in Kursk", "North Korean soldiers were attacked in Kursk",
      "A small group of North Korean soldiers clashed with Ukrainian forces",
      "The troops are expected to arrive in Kursk within days", "Ukraine said nothing of the kind",
    ]
    let texts = contents.map(ClaimText.init)
    let vectors = ClaimVectors(texts)
    let members = texts.prefix(3).map(vectors.vector)
    let ceiling = members.dropFirst().reduce(members[0], ClaimVectors.ceiling)
    #expect(ceiling.count == Set(members.flatMap { $0.map(\.token) }).count)
    #expect(zip(ceiling, ceiling.dropFirst()).allSatisfy { $0.token < $1.token })
    for query in texts.map(vectors.vector) {
      let bound = ClaimVectors.cosine(ceiling, query)
      #expect(members.allSatisfy { ClaimVectors.cosine($0, query) <= bound })
    }
    // A member's own vector scores 1 against itself, so the bound of a member is at least 1;
    // a content sharing no word with the cluster is bounded by 0.
    #expect(ClaimVectors.cosine(ceiling, members[1]) >= 1 - 1e-12)
    #expect(ClaimVectors.cosine(ceiling, vectors.vector(ClaimText("Pyongyang"))) == 0)
  }

  @Test("A headline is the title's sentence, or a title-case first line of the body")
  func headlineDetection() {
    let frontMatter = "---\ntitle: Troops Reach The Front\n---\n"
    let text = frontMatter + "\nUkraine Reports First Contact With Troops\nOfficials said troops were attacked. Reports Of Contact Were Many In Spring.\n"
    let document = Document(
      id: "a", text: text, body: TextSpan(frontMatter.unicodeScalars.count, text.unicodeScalars.count),
      metadata: ArticleMetadata(title: "Troops Reach The Front"))
    let scalars = Array(text.unicodeScalars)
    func span(_ sentence: String) -> TextSpan {
      let chars = Array(sentence.unicodeScalars)
      let start = (0...(scalars.count - chars.count)).first { Array(scalars[$0..<($0 + chars.count)]) == chars }!
      return TextSpan(start, start + chars.count)
    }
    for (sentence, expected) in [
      ("Ukraine Reports First Contact With Troops", true),
      ("Officials said troops were attacked.", false),
      ("Reports Of Contact Were Many In Spring.", false),
    ] {
      #expect(GraphAssembly.Headline(document).contains(sentence, at: span(sentence), of: document) == expected, "\(sentence)")
    }
    #expect(GraphAssembly.Headline(document).contains("troops reach the front", at: TextSpan(90, 100), of: document))
  }
}
