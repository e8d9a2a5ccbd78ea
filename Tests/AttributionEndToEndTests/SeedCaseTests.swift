import AttributionDocuments
import AttributionExtraction
import AttributionGraph
import Foundation
import Testing

/// The seed case, through the real extractor (the accurate tier, as case commands use it) and
/// builder: what its map must show.
@Suite("Seed case")
struct SeedCaseTests {
  static let graph: AttributionGraph = {
    let aCase = try! Case.read(directory: CommandRunner.seedCase)
    return AttributionGraphBuilder(extractor: try! AttributionExtractor(tier: .accurate)).build(from: aCase)
  }()

  static func person(_ surname: String) -> Node? {
    graph.nodes(of: .person).first { $0.label.hasSuffix(surname) && !$0.anonymous }
  }

  @Test("Every article reads; the case has five outlets' articles")
  func reads() throws {
    let aCase = try Case.read(directory: CommandRunner.seedCase)
    #expect(aCase.documents.count == 5)
    #expect(aCase.problems.isEmpty)
    #expect(aCase.documents.allSatisfy { $0.metadata.outlet != nil && $0.metadata.date != nil })
  }

  @Test("The named officials are one node each, whatever the spelling, with inferred affiliation",
    arguments: [
      ("Kovalenko", "Ukraine"), ("Umerov", "Ukraine"), ("Blinken", "US"), ("Austin", "US"),
      ("Ryder", "US"), ("Zelensky", "Ukraine"),
    ])
  func officials(surname: String, affiliation: String) throws {
    let matches = Self.graph.nodes(of: .person).filter {
      !$0.anonymous && NameKeyProbe.matches($0.label, surname: surname)
    }
    #expect(matches.count == 1, "\(surname): \(matches.map(\.label))")
    #expect(matches.first?.affiliation == affiliation)
  }

  @Test("Both spellings of Kovalenko and of Zelensky meet")
  func spellings() throws {
    let kovalenko = try #require(Self.person("Kovalenko"))
    #expect(Set([kovalenko.label] + kovalenko.aliases).isSuperset(of: ["Andrii Kovalenko", "Andriy Kovalenko"]))
    let zelensky = try #require(Self.graph.nodes(of: .person).first { $0.label.hasPrefix("Volodymyr Zelensk") })
    #expect(Set([zelensky.label] + zelensky.aliases).isSuperset(of: ["Volodymyr Zelensky", "Volodymyr Zelenskyy"]))
  }

  @Test("Outlets and channels on the map")
  func outletsAndChannels() {
    let outlets = Set(Self.graph.nodes(of: .outlet).map(\.label))
    #expect(outlets.isSuperset(of: ["Business Insider", "Financial Times", "KBS", "The New Voice of Ukraine"]))
    #expect(Self.graph.nodes(of: .channel).contains { $0.label == "Telegram" })
  }

  @Test("Chains: Business Insider → New Voice of Ukraine → Kovalenko; → Financial Times → an unnamed official")
  func chains() throws {
    let g = Self.graph
    let kovalenko = try #require(Self.person("Kovalenko"))
    #expect(g.edges.contains { $0.kind == .cited && $0.from == "outlet:business-insider" && $0.to == "outlet:the-new-voice-of-ukraine" })
    #expect(g.edges.contains { $0.kind == .cited && $0.from == "outlet:the-new-voice-of-ukraine" && $0.to == kovalenko.id })
    let official = try #require(g.nodes(of: .person).first { $0.anonymous && $0.label.lowercased().contains("ukrainian intelligence official") })
    #expect(official.affiliation == "Ukraine")
    #expect(g.edges.contains { $0.kind == .cited && $0.from == "outlet:business-insider" && $0.to == "outlet:financial-times" })
    #expect(g.edges.contains { $0.kind == .cited && $0.from == "outlet:financial-times" && $0.to == official.id })
    #expect(g.edges.contains { $0.kind == .via && $0.from == kovalenko.id && $0.to == "channel:telegram" })
    // The summary article's numbered sources: "[3]Financial Times" relays Kovalenko's post.
    let summary = "outlet:unnamed-news-comparison-site"
    #expect(g.edges.contains { $0.kind == .cited && $0.from == summary && $0.to == "outlet:financial-times" })
    #expect(g.edges.contains { $0.kind == .cited && $0.from == "outlet:financial-times" && $0.to == kovalenko.id && $0.evidence.contains { $0.document.hasPrefix("004") } })
    #expect(g.nodes(of: .outlet).contains { $0.label == "Associated Press" })
  }

  @Test("The first-contact claim: one claim from three articles, with two could-not-verify edges")
  func firstContact() throws {
    let g = Self.graph
    let claims = g.nodes(of: .claim).filter { $0.label.lowercased().contains("come under fire") }
    let claim = try #require(claims.max { g.edges(to: $0.id).count < g.edges(to: $1.id).count })
    let supporting = g.edges(to: claim.id).filter { $0.kind == .said || $0.kind == .confirmed }
    #expect(Set(supporting.flatMap(\.evidence).map(\.document)).count >= 3)
    let doubts = g.edges(to: claim.id).filter { $0.kind == .couldNotVerify }
    let ryder = try #require(Self.person("Ryder"))
    #expect(doubts.contains { $0.from == ryder.id }, "the Pentagon's 'looking into'")
    #expect(doubts.contains { edge in edge.evidence.contains { $0.cue.text.contains("independently confirmed") } })
  }

  @Test("Troop counts are joined by contradicts edges carrying their figures")
  func troopCounts() {
    let contradictions = Self.graph.edges.filter { $0.kind == .contradicts }
    let figures = Set(contradictions.flatMap(\.figures.values))
    #expect(contradictions.count >= 2)
    #expect(figures.contains { $0.contains("8,000") })
    #expect(figures.contains { $0.contains("10,000") || $0.contains("11,000") || $0.contains("12,000") })
  }
}

/// Surname comparison that tolerates transliteration (Zelensky/Zelenskyy).
enum NameKeyProbe {
  static func matches(_ label: String, surname: String) -> Bool {
    guard let last = label.split(separator: " ").last?.lowercased() else { return false }
    return last.hasPrefix(surname.lowercased())
  }
}
