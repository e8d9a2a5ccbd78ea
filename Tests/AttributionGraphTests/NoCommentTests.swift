import AttributionExtraction
import Testing

@testable import AttributionGraph

/// A request for comment left unanswered is the speaker's part in the story: an edge from the
/// outlet that asked, never a could-not-verify on the claim before it.
@Suite("No comment")
struct NoCommentTests {
  @Test("'declined to comment' is a no-comment edge from the outlet to the speaker, not doubt of the claim before it")
  func declinedToComment() throws {
    let claim = "Ukraine's military said North Korean troops had reached Kursk."
    let declined = "The Kremlin declined to comment on the report."
    let doubted = "The Pentagon declined to confirm the figure."
    var a = Article("a", outlet: "Example News", [claim, declined, doubted])
    a.attribute("Ukraine's military", "said", "North Korean troops had reached Kursk", in: claim)
    a.attribute("The Kremlin", "declined", "to comment on the report", in: declined, kind: .noComment)
    a.attribute("The Pentagon", "declined", "to confirm the figure", in: doubted, kind: .couldNotVerify)
    let g = graph([a])
    let outlet = try #require(g.nodes(of: .outlet).first { $0.label == "Example News" })
    let kremlin = try #require(g.nodes.first { $0.label.contains("Kremlin") })
    #expect(g.hasEdge(.noComment, outlet.id, kremlin.id))
    // The outlet asked; it cited nothing of the Kremlin's.
    #expect(!g.hasEdge(.cited, outlet.id, kremlin.id))
    #expect(g.speakers(ofClaim: "reached Kursk", .couldNotVerify).allSatisfy { !$0.contains("Kremlin") })
    #expect(!g.nodes(of: .claim).contains { $0.label.lowercased().contains("comment") })
    // Its negative case: refusing to confirm still doubts the claim.
    #expect(g.speakers(ofClaim: "reached Kursk", .couldNotVerify).contains { $0.contains("Pentagon") })
    #expect(g.edges.filter { $0.kind == .noComment }.count == 1)
  }

  @Test("A no-comment with no source is dropped, not given to an unattributed speaker")
  func unsourced() {
    let sentence = "Requests for comment went unanswered."
    var a = Article("a", outlet: "Example News", [sentence])
    a.attribute(nil, "went unanswered", "Requests for comment", in: sentence, kind: .noComment)
    let g = graph([a])
    #expect(g.edges.allSatisfy { $0.kind != .noComment })
    #expect(g.people().isEmpty)
  }
}
