import AttributionDocuments
import AttributionExtraction
import Foundation
import Testing

/// Who speaks, and whether they asserted anything: people around someone are not that person,
/// and a statement that was not made is no assertion.
@Suite("Speakers around someone; statements not made")
struct SpeakerIdentityTests {
  func first(_ text: String) throws -> Attribution {
    let found = AttributionExtractor().attributions(in: Document(id: "t", text: text))
    return try #require(found.first, "no attribution in: \(text)")
  }

  @Test(
    "People around someone speak unnamed, not as that person",
    arguments: [
      "Mr. Comey's allies say the letter was required by his earlier testimony.",
      "Allies of James Comey said the letter was required by his testimony.",
      "A spokesman for the Clinton campaign said the candidate was in good health.",
      "People close to Hillary Clinton said she would not drop out.",
      "Lawyers for Anthony Weiner said he would cooperate with the inquiry.",
    ])
  func aroundSomeone(_ text: String) throws {
    let source = try #require(try first(text).source)
    #expect(source.anonymous, "\(source.text)")
    #expect(source.entity == nil, "\(source.text) -> \(source.entity ?? "")")
  }

  @Test(
    "A named speaker stays named: the noun before the name, an apposition, the person alone",
    arguments: [
      ("Trump aide Stephen Miller said the wall would be built.", "Stephen Miller"),
      ("James Comey said the review would take weeks.", "James Comey"),
    ])
  func namedSpeaker(_ text: String, _ name: String) throws {
    let source = try #require(try first(text).source)
    #expect(!source.anonymous)
    #expect(source.entity == name)
  }

  @Test(
    "A statement not made is could-not-verify, never an assertion",
    arguments: [
      "Comey and other law enforcement officials haven't said the FBI is actually reopening its investigation.",
      "The ministry did not say whether the strike had hit the depot.",
      "The White House has never said the talks had failed.",
      "No one has said the emails were classified.",
    ])
  func notSaid(_ text: String) throws {
    #expect(try first(text).kind == .couldNotVerify)
  }

  @Test(
    "A negation inside what was said leaves the statement an assertion",
    arguments: [
      "Officials said they had not seen the emails.",
      "The ministry said the strike did not hit the depot.",
      "Not only did the senator say the bill would pass, she predicted a wide margin.",
      // Not a verb of saying: nothing was withheld.
      "Clinton did not want to remain in the hospital, her doctor said.",
    ])
  func negatedContent(_ text: String) throws {
    #expect(try first(text).kind == .said)
  }
}
