import AttributionDocuments
import Testing

@testable import AttributionExtraction

/// Sources with a description after a comma, and words inside them that look like a sentence's
/// end or a verb: a party tag's full stop, a compound adjective in -ed.
@Suite("Described sources, party tags and compound adjectives")
struct DescribedSourceTests {
  func attributions(_ text: String) -> [Attribution] {
    AttributionExtractor().attributions(in: Document(id: "t", text: text))
  }

  @Test("A name before a describing comma is the speaker; a name after a title's comma still is")
  func describedName() throws {
    let giuliani = attributions(
      "\"It says indict,\" said Giuliani, who served as U.S. attorney for the Southern District of New York.")
    let source = try #require(giuliani.first?.source)
    #expect(source.entity != "Southern District", "\(source.entity ?? "nil")")
    let minister = attributions("Ukraine's defense minister, Rustem Umerov, said the clash was small.")
    #expect(minister.first?.source?.entity == "Rustem Umerov")
  }

  @Test("A bare surname is the bearer the article names most, not a relative named once; the latest on a tie")
  func sharedSurname() throws {
    let text = """
      Hillary Clinton left the ceremony early. Hillary Clinton was taken to daughter Chelsea Clinton's apartment, aides said. Clinton told reporters that she did not want an escort.
      """
    let found = AttributionExtractor().attributions(in: Document(id: "t", text: text))
    let told = try #require(found.first { $0.cue.text.contains("told") })
    #expect(told.source?.entity == "Hillary Clinton", "\(told.source?.entity ?? "nil")")
    let tie = """
      Bill Clinton spoke first. Hillary Clinton arrived later at the hall. Clinton told reporters that the plan was sound.
      """
    let latest = AttributionExtractor().attributions(in: Document(id: "t", text: tie))
    #expect(latest.first { $0.cue.text.contains("told") }?.source?.entity == "Hillary Clinton")
  }

  @Test("A compound adjective in -ed stays inside the source; a prefixed verb does not")
  func compoundAdjective() throws {
    let found = attributions(
      "Colin Clarke, a political scientist at the government-funded Rand Corporation, cited reports that the gunman acted alone.")
    let source = try #require(found.first { $0.cue.text == "cited" }?.source)
    #expect(source.text.hasPrefix("Colin Clarke"), "\(source.text)")
    for adjective in ["government-funded", "kremlin-backed", "saudi-led", "u.s.-backed"] {
      #expect(RuleExtractor.isCompoundAdjective(adjective), "\(adjective)")
    }
    for verb in ["re-elected", "co-founded", "funded"] {
      #expect(!RuleExtractor.isCompoundAdjective(verb), "\(verb)")
    }
  }

  @Test("A party tag's full stop ends no sentence; a sentence's full stop does")
  func partyTag() {
    let text = "Also Monday, Goodlatte and Chairman Trey Gowdy (R-S.C) sent a letter to Comey. Comey said nothing."
    let document = Document(id: "t", text: text)
    let sentences = Set(AttributionExtractor().attributions(in: document).map(\.sentence.start))
    let tag = text.unicodeScalars.count - "Comey said nothing.".unicodeScalars.count
    #expect(sentences.allSatisfy { $0 == 0 || $0 == tag }, "\(sentences)")
    #expect(!sentences.contains { $0 > 0 && $0 < tag })
  }
}

/// Whom "he" stands for when a sentence opens with what a person owns.
@Suite("Pronouns after a possessive opening")
struct PossessiveOpeningTests {
  @Test("'James Comey's news conference, in which he …' is Comey's, not the person quoted before")
  func possessiveOpening() throws {
    let text = """
      "I'd rather have a sister in a whorehouse," Alabama Securities Commissioner Thomas Krebs said in 1980.

      FBI Director James Comey's news conference on Tuesday, in which he announced that he wouldn't recommend prosecuting her, was the latest failure. Comey said the case was closed.
      """
    let found = AttributionExtractor().attributions(in: Document(id: "t", text: text))
    let announced = try #require(found.first { $0.cue.text.contains("announced") })
    #expect(announced.source?.entity == "James Comey", "\(announced.source?.entity ?? "nil")")
    // A possessive of someone who never speaks in the article leaves "he" alone.
    let other = """
      Thomas Krebs said the agency failed.

      Hurricane Milton's landfall on Tuesday, after which he said the agency failed again, was costly.
      """
    let again = AttributionExtractor().attributions(in: Document(id: "t", text: other))
    #expect(again.first { $0.content.text.contains("failed again") }?.source?.entity == "Thomas Krebs")
  }
}
