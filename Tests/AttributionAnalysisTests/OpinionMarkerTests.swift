import AttributionExtraction
import AttributionGraph
import Testing

@testable import AttributionAnalysis

@Suite("Statements of opinion")
struct OpinionMarkerTests {
  @Test(
    "a verdict, a demand, a first-person view or a strongly judging word makes a statement opinion",
    arguments: [
      ("Clinton should release her medical records", "said"),
      ("he must resign", "said"),
      ("the decision was inexplicable", "said"),
      ("the FBI's handling of the case", "blasted"),
      ("Congress to act", "urged"),
      ("I think the director's job was not to say that", "said"),
      ("we shouldn’t give in to fear", "said"),
    ])
  func opinions(content: String, cue: String) {
    #expect(OpinionMarker.isOpinion(content: content, cue: cue))
  }

  @Test(
    "reports of fact stay fact: belief about an event, a judging word next to a figure, a plain report",
    arguments: [
      ("North Korean troops were sent to Kursk", "said"),
      ("Pyongyang has dispatched pilots who can fly Russian warplanes", "believes"),
      ("the deadly attack killed 49 people", "said"),
      ("we received the report on Monday", "said"),
      ("the server may have been hacked", "suggested"),
    ])
  func facts(content: String, cue: String) {
    #expect(!OpinionMarker.isOpinion(content: content, cue: cue))
  }

  @Test("a claim is opinion when most of its statements are; its content is cut from the sentence")
  func claims() {
    var sketch = GraphSketch()
    let ryan = sketch.person("Paul Ryan", party: "Republicans")
    let lee = sketch.person("Mike Lee", party: "Republicans")
    let verdict = sketch.claim("the decision defies explanation")
    let fact = sketch.claim("the FBI closed the case")
    // GraphSketch's content is characters 20..<60 of the sentence.
    sketch.sentences["a:1"] = "Ryan said Tuesday:  the decision was inexplicable and a disgrace!!"
    sketch.sentences["a:2"] = "Lee said on Tuesday  that the decision was terrible, period."
    sketch.sentences["a:3"] = "Ryan said Tuesday:  the FBI closed the case against Clinton today."
    sketch.report([ryan], verdict, in: "a", line: 1)
    sketch.report([lee], verdict, in: "a", line: 2)
    sketch.report([ryan], fact, in: "a", line: 3)
    let evidence = sketch.evidence("a", 1, cue: "said")
    #expect(OpinionMarker.content(of: evidence) == "the decision was inexplicable and a disg")
    let assessments = CorroborationModel().assess(sketch.graph)
    #expect(assessments.first { $0.id == verdict }?.opinion == true)
    #expect(assessments.first { $0.id == fact }?.opinion == false)
    #expect(TableClaimsReporter().report(assessments, title: "t").contains("opinion: most of its statements give a view"))
  }

  @Test("a topic said by two parties is no corroboration: the first party counts, the reason says why")
  func topicClaims() {
    var sketch = GraphSketch()
    let trump = sketch.person("Donald Trump", party: "Trump campaign")
    let ryan = sketch.person("Paul Ryan", party: "Republicans")
    let topic = sketch.claim("Comey")
    let fact = sketch.claim("the FBI closed the case")
    // GraphSketch's content is characters 20..<60 of the sentence.
    sketch.sentences["a:1"] = "Trump said Tuesday: Comey"
    sketch.sentences["a:2"] = "Ryan said on Tuesday Comey"
    sketch.sentences["a:3"] = "Trump said Tuesday: the FBI closed the case against Clinton"
    sketch.sentences["a:4"] = "Ryan said on Tuesday the FBI closed the case against Clinton"
    sketch.report([trump], topic, in: "a", line: 1)
    sketch.report([ryan], topic, in: "a", line: 2)
    sketch.report([trump], fact, in: "a", line: 3)
    sketch.report([ryan], fact, in: "a", line: 4)
    let assessments = CorroborationModel().assess(sketch.graph)
    let about = assessments.first { $0.id == topic }
    #expect(about?.status.contains(.corroborated) == false)
    #expect(about?.reason.contains("a topic, not a statement of fact") == true)
    #expect(assessments.first { $0.id == fact }?.status.contains(.corroborated) == true)
  }
}
