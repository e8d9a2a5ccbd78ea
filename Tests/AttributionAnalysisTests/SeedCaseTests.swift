import AttributionDocuments
import AttributionExtraction
import AttributionGraph
import Foundation
import Testing

@testable import AttributionAnalysis

/// The seed case's articles, with the attributions an extractor should find marked by hand, run
/// through the real graph builder: the acceptance checks of the corroboration model and audit.
@Suite("Seed case")
struct SeedCaseTests {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Graphs/north-korean-troops-kursk")

  /// One hand-marked attribution: the sentence (a unique piece of the article), and within it
  /// the source, cue, content and, where the text names them, channel, recipient and relay. A
  /// content that paraphrases the sentence is given the sentence's span.
  struct Marked {
    var article: String
    var sentence: String
    var source: String?
    var cue: String
    var content: String
    var kind: AttributionKind = .said
    var anonymous = false
    var channel: String?
    var recipient: String?
    var relay: String?
  }

  static let marked: [Marked] = [
    Marked(
      article: "000",
      sentence:
        "“The first North Korean troops have already come under fire in Kursk Oblast,” Andrii Kovalenko, the head of Ukraine’s Center for Countering Disinformation said on Telegram on Monday, per The New Voice of Ukraine’s translation.",
      source: "Andrii Kovalenko, the head of Ukraine’s Center for Countering Disinformation",
      cue: "said",
      content: "The first North Korean troops have already come under fire in Kursk Oblast",
      channel: "on Telegram", relay: "The New Voice of Ukraine’s translation"),
    Marked(
      article: "000",
      sentence:
        "Ukraine’s defense minister, Rustem Umerov, confirmed the report in an interview with South Korean national broadcaster KBS on Tuesday.",
      source: "Ukraine’s defense minister, Rustem Umerov", cue: "confirmed", content: "the report",
      kind: .confirmed, channel: "in an interview with South Korean national broadcaster KBS",
      recipient: "South Korean national broadcaster KBS"),
    Marked(
      article: "000",
      sentence:
        "An unnamed senior Ukrainian intelligence official had also confirmed the report to the Financial Times on Monday, but had declined to provide further details.",
      source: "An unnamed senior Ukrainian intelligence official", cue: "confirmed",
      content: "the report", kind: .confirmed, anonymous: true, recipient: "the Financial Times"),
    Marked(
      article: "000",
      sentence:
        "US Air Force Maj. Gen. Pat Ryder said at a Pentagon briefing on Monday that the US was “looking into” the reports.",
      source: "US Air Force Maj. Gen. Pat Ryder", cue: "“looking into”", content: "the reports",
      kind: .couldNotVerify, channel: "at a Pentagon briefing"),
    Marked(
      article: "000",
      sentence:
        "On Saturday, Ukrainian intelligence shared details of the military equipment it says Russia has issued to North Korean troops, including mortars, rifles, and machine guns.",
      source: "Ukrainian intelligence", cue: "shared details",
      content: "Russia has issued uniforms and equipment to North Korean troops"),
    Marked(
      article: "002",
      sentence:
        "The troops have also received Russian uniforms and equipment, according to Austin.",
      source: "Austin", cue: "according to",
      content: "The troops have also received Russian uniforms and equipment"),
    Marked(
      article: "002",
      sentence:
        "The president’s comments were followed by a stark warning from US secretary of state Antony Blinken and US defence secretary Lloyd Austin, who said that as many as 8,000 North Korean troops had been deployed to the Kursk region.",
      source: "US defence secretary Lloyd Austin", cue: "said",
      content: "as many as 8,000 North Korean troops had been deployed to the Kursk region"),
    Marked(
      article: "001",
      sentence:
        "Pentagon press secretary Maj. Gen. Pat Ryder told reporters Monday that at least 10,000 North Korean troops were in Kursk,",
      source: "Pentagon press secretary Maj. Gen. Pat Ryder", cue: "told",
      content: "at least 10,000 North Korean troops were in Kursk", recipient: "reporters"),
    Marked(
      article: "004",
      sentence:
        "Those comments were followed up by Rustem Umerov, Ukraine's defense minister, who said that a \"small group\" of North Korean soldiers were attacked in the Russian region, characterizing the incident as \"so far just small contacts, not full-scale engagement.\"[4][5]",
      source: "Rustem Umerov, Ukraine's defense minister", cue: "said",
      content: "a \"small group\" of North Korean soldiers were attacked in the Russian region"),
    Marked(
      article: "004",
      sentence:
        "There is no indication at this stage that North Korean troops had returned fire, while the comments of Ukrainian officials cannot be independently confirmed.[1]",
      source: nil, cue: "cannot be independently confirmed",
      content: "the comments of Ukrainian officials",
      kind: .couldNotVerify),
    Marked(
      article: "003",
      sentence:
        "A military intelligence source revealed on October 21 that Russian authorities detained 18 North Korean soldiers who abandoned their positions in Kursk Oblast.",
      source: "A military intelligence source", cue: "revealed",
      content:
        "Russian authorities detained 18 North Korean soldiers who abandoned their positions in Kursk Oblast",
      anonymous: true),
  ]

  static func graph() throws -> (AttributionGraph, Case) {
    let aCase = try Case.read(directory: folder)
    var extracted: [(document: Document, attributions: [Attribution])] = aCase.documents.map {
      ($0, [])
    }
    for mark in marked {
      let index = try #require(extracted.firstIndex { $0.document.id.hasPrefix(mark.article) })
      let document = extracted[index].document
      let sentence = try #require(span(of: mark.sentence, in: document, from: document.body.start))
      func mention(_ text: String) throws -> Mention {
        Mention(
          text: text, spans: [try #require(span(of: text, in: document, from: sentence.start))])
      }
      extracted[index].attributions.append(
        Attribution(
          kind: mark.kind, quote: .indirect,
          source: try mark.source.map {
            SourceMention(text: $0, spans: [try mention($0).spans[0]], anonymous: mark.anonymous)
          },
          cue: try mention(mark.cue),
          content: Mention(
            text: mark.content,
            spans: [span(of: mark.content, in: document, from: sentence.start) ?? sentence]),
          channel: try mark.channel.map(mention), recipient: try mark.recipient.map(mention),
          relay: try mark.relay.map(mention), sentence: sentence))
    }
    let graph = AttributionGraphBuilder().build(
      extracted: extracted, caseFile: aCase.file, title: "seed")
    return (graph, aCase)
  }

  static func span(of text: String, in document: Document, from start: Int) -> TextSpan? {
    let needle = Array(text.unicodeScalars)
    var index = start
    while index + needle.count <= document.scalars.count {
      if Array(document.scalars[index..<(index + needle.count)]) == needle {
        return TextSpan(index, index + needle.count)
      }
      index += 1
    }
    return nil
  }

  @Test("the first-contact claim is uncorroborated: one party, and could not be verified")
  func firstContact() throws {
    let (graph, _) = try Self.graph()
    let claim = try #require(
      CorroborationModel().assess(graph).first { $0.text.contains("already come under fire") })
    #expect(claim.status == [.singleParty, .unverified])
    #expect(Set(claim.origins.map(\.party)) == ["Ukraine government"])
    #expect(claim.origins.count == 3)
    #expect(claim.negative.map(\.label) == ["Pat Ryder"])
    #expect(claim.discounted.filter { $0.reason == .sameParty }.count == 2)
  }

  @Test("the uniforms claim is corroborated by Ukrainian intelligence and the US defense secretary")
  func uniforms() throws {
    let (graph, _) = try Self.graph()
    let claim = try #require(
      CorroborationModel().assess(graph).first { $0.text.contains("uniforms") })
    #expect(claim.status == [.corroborated])
    #expect(Set(claim.origins.map(\.label)) == ["Ukrainian intelligence", "Lloyd Austin"])
  }

  @Test("troop counts are contested with the figures' range")
  func troopCounts() throws {
    let (graph, _) = try Self.graph()
    let claim = try #require(CorroborationModel().assess(graph).first { $0.text.contains("8,000") })
    #expect(claim.status.contains(.contested))
    let figures = try #require(claim.contest?.figures.map(\.figure))
    #expect(figures.contains("as many as 8,000") && figures.contains("at least 10,000"))
  }

  @Test("the deserters claim rests on one anonymous source and is flagged")
  func deserters() throws {
    let (graph, _) = try Self.graph()
    let claim = try #require(
      CorroborationModel().assess(graph).first { $0.text.contains("detained 18") })
    #expect(claim.status.contains(.singleSource) && claim.status.contains(.anonymousOnly))
    let findings = SourcingAuditor().audit(graph, claim: claim.id).findings
    #expect(findings.contains { $0.kind == .anonymousOnlyClaim })
  }

  @Test("the audit shows Business Insider → Financial Times → the anonymous official")
  func audit() throws {
    let (graph, aCase) = try Self.graph()
    let claim = try #require(
      graph.nodes(of: .claim).first { $0.label.contains("already come under fire") })
    let report = SourcingAuditor(documents: aCase.documents).audit(graph, claim: claim.id)
    let tree = try #require(report.claims.first?.trees.first { $0.label == "Business Insider" })
    let ft = try #require(tree.children.first { $0.label == "Financial Times" })
    #expect(ft.children.map(\.anonymous) == [true])
    let root = try #require(report.findings.first { $0.kind == .anonymousRoot })
    #expect(root.location?.description.hasSuffix("000_fc9252da98a64271.txt:20:60") == true)
    #expect(report.findings.contains { $0.kind == .translationHop })
  }
}
