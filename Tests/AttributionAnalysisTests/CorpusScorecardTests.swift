import Testing

@testable import AttributionAnalysis

@Suite("Corpus scorecard")
struct CorpusScorecardTests {
  typealias A = CorpusScorecard.Attribution

  @Test("Counts per outlet and month: named, anonymous, no source, could not verify, top cues")
  func counts() throws {
    var card = CorpusScorecard()
    card.add(outlet: "Wire", date: "2024-10-29", attributions: [
      A(kind: "said", cue: "Said", anonymousSource: false),
      A(kind: "said", cue: "said", anonymousSource: true),
      A(kind: "couldNotVerify", cue: "could not verify", anonymousSource: nil),
      A(kind: "confirmed", cue: "confirmed", anonymousSource: false),
    ])
    card.add(outlet: "Wire", date: "2024-10-03T08:00:00Z", attributions: [A(kind: "said", cue: "told", anonymousSource: false)])
    card.add(outlet: "Wire", date: "2024-11-01", attributions: [])
    card.add(outlet: nil, date: nil, attributions: [A(kind: "said", cue: "said", anonymousSource: nil)])
    let rows = card.rows
    #expect(rows.map(\.outlet) == ["(unknown)", "Wire", "Wire"])
    #expect(rows.map(\.month) == ["", "2024-10", "2024-11"])
    let october = rows[1]
    #expect(october.articles == 2 && october.attributions == 5)
    #expect((october.named, october.anonymous, october.noSource, october.couldNotVerify) == (3, 1, 1, 1))
    #expect(october.share(october.named) == 0.6)
    // Lower-cased; most common first, ties alphabetical.
    #expect(october.topCues == ["said", "confirmed", "could not verify", "told"])
    #expect(rows[2].attributions == 0 && rows[2].share(0) == nil)
  }

  @Test("At most five cues are listed")
  func fiveCues() {
    var card = CorpusScorecard()
    card.add(outlet: "Wire", date: "2024-10-01", attributions: ["a", "b", "c", "d", "e", "f", "a"].map {
      A(kind: "said", cue: $0, anonymousSource: false)
    })
    #expect(card.rows[0].topCues == ["a", "b", "c", "d", "e"])
  }
}
