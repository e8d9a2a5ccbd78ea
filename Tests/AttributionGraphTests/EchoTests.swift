import AttributionExtraction
import Testing

@testable import AttributionGraph

/// An echo passes on another speaker's statement: one origin, never corroboration.
@Suite("Echoes")
struct EchoTests {
  @Test("An echo names the speaker echoed and what was said; a speaker's own repetition or agreement is no echo")
  func reading() {
    #expect(
      GraphAssembly.echo(cue: "echoed", content: "Pence's suggestion that the FBI had found new emails")
        == GraphAssembly.Echo(speaker: "Pence", content: "the FBI had found new emails"))
    #expect(
      GraphAssembly.echo(cue: "agreed with", content: "Mike Pence that the review was serious")
        == GraphAssembly.Echo(speaker: "Mike Pence", content: "the review was serious"))
    #expect(
      GraphAssembly.echo(cue: "repeated", content: "Trump’s claim")
        == GraphAssembly.Echo(speaker: "Trump", content: "Trump’s claim"))
    #expect(GraphAssembly.echo(cue: "repeated", content: "that the election was rigged") == nil)
    #expect(GraphAssembly.echo(cue: "agreed", content: "that the review was serious") == nil)
    #expect(GraphAssembly.echo(cue: "echoed", content: "his suggestion that the FBI had found emails") == nil)
    #expect(GraphAssembly.echo(cue: "said", content: "Pence's suggestion that the FBI had found emails") == nil)
    #expect(GraphAssembly.echo(cue: "agreed with", content: "the senators that the review was serious") == nil)
  }

  @Test("'Priebus echoed Pence's suggestion' is Pence's statement relayed by Priebus: one origin, not two")
  func echoIsRelay() throws {
    let pence = "Mike Pence said the FBI had found new emails."
    let priebus = "Reince Priebus echoed Pence's suggestion that the FBI had found new emails."
    let own = "Kellyanne Conway repeated that the election was rigged."
    var a = Article("a", outlet: "Example News", [pence, priebus, own])
    a.attribute("Mike Pence", "said", "the FBI had found new emails", in: pence)
    a.attribute("Reince Priebus", "echoed", "Pence's suggestion that the FBI had found new emails", in: priebus)
    a.attribute("Kellyanne Conway", "repeated", "that the election was rigged", in: own)
    let g = graph([a])
    #expect(g.speakers(ofClaim: "FBI had found new emails") == ["Mike Pence"])
    let relay = try #require(g.people().first { $0.label == "Reince Priebus" })
    let original = try #require(g.people().first { $0.label == "Mike Pence" })
    #expect(g.hasEdge(.cited, relay.id, original.id))
    // Its negative case: repeating with no one else named is the speaker's own statement.
    #expect(g.speakers(ofClaim: "election was rigged") == ["Kellyanne Conway"])
  }
}
