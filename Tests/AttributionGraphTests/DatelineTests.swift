import AttributionExtraction
import Testing

@testable import AttributionGraph

/// Wire copy: a dateline naming a news agency puts the agency between the outlet that carries
/// the article and every speaker in it.
@Suite("Wire datelines")
struct DatelineTests {
  static func wired(_ opening: String, outlet: String = "Breitbart") -> AttributionGraph {
    let sentence = "Senator Ann Smith said the bill would pass."
    var a = Article("a", outlet: outlet, ["Headline of the day", "\(opening) \(sentence)"])
    a.attribute("Senator Ann Smith", "said", "the bill would pass", in: sentence)
    return graph([a])
  }

  @Test("'WASHINGTON (AP) —' makes the chain outlet → Associated Press → speaker")
  func agencyInChain() throws {
    let g = Self.wired("WASHINGTON (AP) —")
    let breitbart = try #require(g.nodes(of: .outlet).first { $0.label == "Breitbart" })
    let ap = try #require(g.nodes(of: .outlet).first { $0.label == "Associated Press" })
    let smith = try #require(g.people().first { $0.label.contains("Ann Smith") })
    #expect(g.hasEdge(.cited, breitbart.id, ap.id))
    #expect(g.hasEdge(.cited, ap.id, smith.id))
    #expect(!g.hasEdge(.cited, breitbart.id, smith.id))
    let reuters = Self.wired("TRENTON, N.J. (Reuters) –")
    #expect(reuters.nodes(of: .outlet).contains { $0.label == "Reuters" })
  }

  @Test("In wire copy the agency asked for the comment that was not given")
  func noCommentToTheAgency() throws {
    let sentence = "The White House declined to comment."
    var a = Article("a", outlet: "Breitbart", ["WASHINGTON (AP) — \(sentence)"])
    a.attribute("The White House", "declined", "to comment", in: sentence, kind: .noComment)
    let g = graph([a])
    let ap = try #require(g.nodes(of: .outlet).first { $0.label == "Associated Press" })
    #expect(g.edges.filter { $0.kind == .noComment }.map(\.from) == [ap.id])
  }

  @Test("No dateline, an unknown agency, a lower-case place or the agency's own article add no hop")
  func negativeCases() {
    for graph in [
      Self.wired("WASHINGTON —"), Self.wired("WASHINGTON (Pool Report) —"), Self.wired("Washington (AP) —"),
      Self.wired("WASHINGTON (AP) —", outlet: "Associated Press"),
    ] {
      #expect(graph.nodes(of: .outlet).count == 1, "\(graph.nodes(of: .outlet).map(\.label))")
    }
    #expect(GraphAssembly.datelineAgency("Officials (two of them) — said") == nil)
    #expect(GraphAssembly.datelineAgency("NEW YORK (AP) — Democratic candidates") == "AP")
  }
}
