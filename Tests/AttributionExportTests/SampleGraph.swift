import AttributionDocuments
import AttributionExtraction
import AttributionGraph

/// Hand-built graphs in the shape the builder makes (see the graph conventions).
enum SampleGraph {
  static let kovalenkoSentence =
    "“The first North Korean troops have already come under fire in Kursk Oblast,” Andrii"
    + " Kovalenko said on Telegram, per The New Voice of Ukraine’s translation."

  /// Business Insider relays Kovalenko through The New Voice of Ukraine; the Financial Times
  /// hears an anonymous official; Blinken and Ryder give figures that disagree; Business
  /// Insider cannot verify one claim itself.
  static var kursk: AttributionGraph {
    var graph = AttributionGraph(title: "North Korean troops in Kursk")
    graph.add(Node(id: "outlet:business-insider", kind: .outlet, label: "Business Insider",
      aliases: ["BI"], url: "https://www.businessinsider.com/"))
    graph.add(Node(id: "outlet:the-new-voice-of-ukraine", kind: .outlet,
      label: "The New Voice of Ukraine", affiliation: "Ukraine"))
    graph.add(Node(id: "outlet:financial-times", kind: .outlet, label: "Financial Times",
      aliases: ["FT"]))
    graph.add(Node(id: "person:andrii-kovalenko", kind: .person, label: "Andrii Kovalenko",
      aliases: ["Andriy Kovalenko"], role: "head of the Center for Countering Disinformation",
      affiliation: "Ukraine", independenceClass: "Ukraine"))
    graph.add(Node(id: "person:unnamed-ukrainian-intelligence-official", kind: .person,
      label: "an unnamed senior Ukrainian intelligence official", affiliation: "Ukraine",
      independenceClass: "Ukraine", anonymous: true))
    graph.add(Node(id: "person:antony-blinken", kind: .person, label: "Antony Blinken",
      role: "US Secretary of State", affiliation: "US"))
    graph.add(Node(id: "institution:pentagon", kind: .institution, label: "Pentagon",
      affiliation: "US", independenceClass: "US"))
    graph.add(Node(id: "channel:telegram", kind: .channel, label: "Telegram"))
    graph.add(Node(id: "claim:troops-under-fire", kind: .claim,
      label: "The first North Korean troops have already come under fire in Kursk Oblast"))
    graph.add(Node(id: "claim:8000-troops", kind: .claim,
      label: "8,000 North Korean troops had been moved to Kursk"))
    graph.add(Node(id: "claim:10000-troops", kind: .claim,
      label: "10,000 North Korean troops are in Russia"))

    let kovalenko = Evidence(
      document: "000_business-insider", outlet: "Business Insider",
      sentence: kovalenkoSentence, sentenceSpan: TextSpan(100, 256),
      source: [TextSpan(178, 194)], cue: Mention(text: "said", spans: [TextSpan(195, 199)]),
      content: [TextSpan(101, 175)], line: 12,
      url: "https://www.businessinsider.com/north-korean-troops-kursk", date: "2024-10-29")
    graph.add(Edge(kind: .cited, from: "outlet:business-insider",
      to: "outlet:the-new-voice-of-ukraine", evidence: [kovalenko]))
    graph.add(Edge(kind: .cited, from: "outlet:the-new-voice-of-ukraine",
      to: "person:andrii-kovalenko", evidence: [kovalenko]))
    graph.add(Edge(kind: .said, from: "person:andrii-kovalenko", to: "claim:troops-under-fire",
      evidence: [kovalenko]))
    graph.add(Edge(kind: .via, from: "person:andrii-kovalenko", to: "channel:telegram",
      evidence: [kovalenko]))

    let official = Evidence(
      document: "002_financial-times", outlet: "Financial Times",
      sentence: "A senior Ukrainian intelligence official confirmed the clash.",
      sentenceSpan: TextSpan(40, 101), source: [TextSpan(40, 80)],
      cue: Mention(text: "confirmed", spans: [TextSpan(81, 90)]),
      content: [TextSpan(91, 100)], line: 5)
    graph.add(Edge(kind: .cited, from: "outlet:financial-times",
      to: "person:unnamed-ukrainian-intelligence-official", evidence: [official]))
    graph.add(Edge(kind: .confirmed, from: "person:unnamed-ukrainian-intelligence-official",
      to: "claim:troops-under-fire", evidence: [official]))

    let blinken = Evidence(
      document: "000_business-insider", outlet: "Business Insider",
      sentence: "Blinken said that 8,000 North Korean troops had been moved to Kursk.",
      sentenceSpan: TextSpan(400, 468), source: [TextSpan(400, 407)],
      cue: Mention(text: "said that", spans: [TextSpan(408, 417)]),
      content: [TextSpan(418, 467)], line: 20)
    graph.add(Edge(kind: .cited, from: "outlet:business-insider", to: "person:antony-blinken",
      evidence: [blinken]))
    graph.add(Edge(kind: .said, from: "person:antony-blinken", to: "claim:8000-troops",
      evidence: [blinken]))

    let pentagon = Evidence(
      document: "002_financial-times", outlet: "Financial Times",
      sentence: "The Pentagon put the number at 10,000.", sentenceSpan: TextSpan(200, 238),
      source: [TextSpan(200, 212)], cue: Mention(text: "put", spans: [TextSpan(213, 216)]),
      content: [TextSpan(217, 237)], line: 9)
    graph.add(Edge(kind: .cited, from: "outlet:financial-times", to: "institution:pentagon",
      evidence: [pentagon]))
    graph.add(Edge(kind: .said, from: "institution:pentagon", to: "claim:10000-troops",
      evidence: [pentagon]))

    let unverified = Evidence(
      document: "000_business-insider", outlet: "Business Insider",
      sentence: "The comments cannot be independently confirmed.",
      sentenceSpan: TextSpan(500, 547), source: [],
      cue: Mention(text: "cannot be independently confirmed", spans: [TextSpan(513, 546)]),
      content: [TextSpan(500, 512)], line: 24)
    graph.add(Edge(kind: .couldNotVerify, from: "outlet:business-insider",
      to: "claim:troops-under-fire", evidence: [unverified]))

    graph.add(Edge(kind: .contradicts, from: "claim:8000-troops", to: "claim:10000-troops",
      figures: ["claim:8000-troops": "8,000", "claim:10000-troops": "10,000"]))
    return graph
  }

  /// Text that would break careless XML or JSON writers.
  static let hostile =
    "He said \"<script>alert('x')</script>\" & left]]> \u{0}\u{1}\u{1B}\u{FFFE}\u{FFFF}"
    + " tab\there\nline\r\nend 🇺🇦 \u{7F}"

  /// `hostile` as XML 1.0 can carry it: the forbidden characters dropped.
  static let hostileInXML =
    "He said \"<script>alert('x')</script>\" & left]]>  tab\there\nline\r\nend 🇺🇦 \u{7F}"

  /// A graph with hostile text in every string: title, ids, labels, facts and evidence.
  static var hostileGraph: AttributionGraph {
    var graph = AttributionGraph(title: hostile)
    graph.add(Node(id: "person:\(hostile)", kind: .person, label: hostile, aliases: [hostile],
      role: hostile, affiliation: hostile, independenceClass: hostile, url: hostile))
    graph.add(Node(id: "claim:<&>", kind: .claim, label: hostile))
    graph.add(Node(id: "outlet:\"quoted\"", kind: .outlet, label: hostile))
    let evidence = Evidence(
      document: hostile, outlet: hostile, sentence: hostile, sentenceSpan: TextSpan(0, 10),
      source: [TextSpan(0, 2)], cue: Mention(text: hostile, spans: [TextSpan(3, 7)]),
      content: [TextSpan(8, 9)], line: 1)
    graph.add(Edge(kind: .cited, from: "outlet:\"quoted\"", to: "person:\(hostile)",
      evidence: [evidence]))
    graph.add(Edge(kind: .said, from: "person:\(hostile)", to: "claim:<&>",
      evidence: [evidence]))
    graph.add(Edge(kind: .contradicts, from: "claim:<&>", to: "claim:<&>",
      figures: ["claim:<&>": hostile]))
    return graph
  }
}
