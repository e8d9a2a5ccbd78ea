import AttributionDocuments
import AttributionExtraction
import Testing

/// Checks an attribution against the marked spans: source, cue, content, and any channel,
/// recipient and relay that are marked. The rules alone find it, or with `learned` the whole
/// extractor (rules and the shipped model).
func expectMarked(
  _ marked: String, suffix: String = "", kind: AttributionKind? = nil, quote: QuoteKind? = nil,
  entity: String?? = nil, anonymous: Bool? = nil, learned: Bool = false,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let fixture = MarkedFixture(marked)
  guard let found = fixture.attribution(suffix, learned: learned) else {
    let cues = (learned ? fixture.learnedAttributions : fixture.attributions).map { "\($0.cue.text) \($0.cue.spans)" }
    Issue.record("no attribution with the marked cue; found cues: \(cues)", sourceLocation: sourceLocation)
    return
  }
  #expect(found.source?.spans == fixture.marked("S", suffix), "source: \(found.source?.text ?? "none")", sourceLocation: sourceLocation)
  #expect(found.content.spans == fixture.marked("Q", suffix) ?? [], "content: \(found.content.text)", sourceLocation: sourceLocation)
  if let channel = fixture.marked("H", suffix) {
    #expect(found.channel?.spans == channel, "channel: \(found.channel?.text ?? "none")", sourceLocation: sourceLocation)
  }
  if let recipient = fixture.marked("R", suffix) {
    #expect(found.recipient?.spans == recipient, "recipient: \(found.recipient?.text ?? "none")", sourceLocation: sourceLocation)
  }
  if let relay = fixture.marked("L", suffix) {
    #expect(found.relay?.spans == relay, "relay: \(found.relay?.text ?? "none")", sourceLocation: sourceLocation)
  }
  if let kind { #expect(found.kind == kind, sourceLocation: sourceLocation) }
  if let quote { #expect(found.quote == quote, sourceLocation: sourceLocation) }
  if let entity { #expect(found.source?.entity == entity, sourceLocation: sourceLocation) }
  if let anonymous { #expect(found.source?.anonymous == anonymous, sourceLocation: sourceLocation) }
}

@Suite("Verbs of saying")
struct SayingTests {
  @Test func indirectSpeechWithThat() {
    expectMarked(
      "⟦S:Ukraine’s defense minister⟧ ⟦C:said⟧ ⟦Q:that it was a small-scale clash with soldiers mixed in with Russians⟧.",
      kind: .said, quote: .indirect, anonymous: false)
  }

  @Test func indirectSpeechWithoutThat() {
    expectMarked(
      "⟦S:Blinken⟧ ⟦C:said⟧ ⟦Q:Russia has trained the troops in artillery, drones and basic infantry operations⟧.",
      quote: .indirect)
  }

  @Test func presentTense() {
    expectMarked(
      "⟦S:The Pentagon⟧ ⟦C:says⟧ ⟦Q:that North Korean troops engaged in combat would make them a fair target in the war⟧.",
      kind: .said)
  }

  @Test func cueAtTheEnd() {
    expectMarked(
      "⟦Q:North Korean troops have come under fire after joining Russia’s war⟧, ⟦S:Ukrainian officials⟧ ⟦C:said⟧.",
      anonymous: true)
  }

  @Test func cueAtTheEndWithTimeAndReferences() {
    expectMarked(
      "- ⟦Q:Ukrainian forces have engaged with North Korean troops deployed in Russia for the first time⟧, ⟦S:a number of Ukrainian officials⟧ ⟦C:said⟧ this week.[1][2]"
    )
  }

  @Test func invertedOrder() {
    expectMarked(
      "⟦Q:Should North Korean troops enter the fighting, they would be “legitimate military targets”⟧, ⟦C:said⟧ ⟦S:Blinken⟧.",
      quote: .mixed)
  }

  @Test func stated() {
    expectMarked(
      "⟦S:The U.S. National Security Council spokesperson, John Kirby⟧, ⟦C:stated⟧ on October 23 ⟦Q:that North Korean troops deployed to fight for Russia against Ukraine are considered fair game⟧.",
      entity: "John Kirby")
  }

  @Test func participleSharesTheSpeaker() {
    expectMarked(
      "⟦S:He⟧ reiterated his calls for the US to lift a ban on the use of long-range weapons inside Russia, ⟦C:arguing⟧ ⟦Q:they would allow Kyiv to strike its invaders before they could launch attacks⟧."
    )
  }

  @Test func coordinatedSecondStatement() {
    let text = "Last week, ⟦S1:US Secretary of State Antony Blinken⟧ ⟦C1:said⟧ ⟦Q1:that 8,000 North Korean troops had been moved to Kursk⟧, and ⟦S2:he⟧ ⟦C2:predicted⟧ ⟦Q2:that they would enter the fighting shortly⟧."
    expectMarked(text, suffix: "1", entity: "Antony Blinken")
    expectMarked(text, suffix: "2", entity: "Antony Blinken")
  }

  @Test func nounsEndingInIngAreNotCues() {
    let fixture = MarkedFixture("The comments were followed by a stark warning from the minister.")
    #expect(fixture.attributions.isEmpty)
  }

  @Test func aNounObjectAfterAddedIsNotContent() {
    let fixture = MarkedFixture("Washington’s assessment added fresh detail to recently disclosed US intelligence.")
    #expect(fixture.attributions.isEmpty)
  }
}

@Suite("Quotations")
struct QuotationTests {
  @Test func quoteBeforePronounAndCue() {
    expectMarked(
      "⟦Q:“We are seeing an increase in North Koreans but unfortunately, not an increase in our partners’ response,”⟧ ⟦S:he⟧ ⟦C:said⟧.",
      quote: .direct)
  }

  @Test func straightQuotesAfterColon() {
    expectMarked(
      "In a post on Telegram on Tuesday, ⟦S:Andriy Kovalenko, a top Ukrainian counter-disinformation official⟧, ⟦C:said⟧: ⟦Q:\"The first military units have already come under fire in Kursk.\"⟧",
      quote: .direct, entity: "Andriy Kovalenko")
  }

  @Test func quoteSplitAroundTheCue() {
    expectMarked(
      "⟦Q:“We would fully expect that,”⟧ ⟦S:Ryder⟧ ⟦C:said⟧, ⟦Q:“and they would do what they need to do.”⟧",
      quote: .direct)
  }

  @Test func quoteContinuedInTheNextSentence() {
    expectMarked(
      "⟦Q:“We are ready,”⟧ ⟦S:she⟧ ⟦C:said⟧. ⟦Q:“We have always been ready.”⟧\nThe next paragraph is plain.",
      quote: .direct)
  }

  @Test func partialQuoteIsMixed() {
    expectMarked(
      "⟦S:US Defense Secretary Lloyd Austin⟧ ⟦C:said⟧ ⟦Q:that they would become “legitimate military targets.”⟧",
      quote: .mixed, entity: "Lloyd Austin")
  }

  @Test func invertedAfterAQuotation() {
    expectMarked("⟦Q:“It is a small-scale clash,”⟧ ⟦C:said⟧ ⟦S:Umerov⟧.", quote: .direct)
  }

  @Test func quotedWordsAreNotCues() {
    let fixture = MarkedFixture("“He said nothing,” the minister said.")
    #expect(fixture.attributions.count == 1)
  }
}

@Suite("According to, reported, confirmed, denied")
struct OtherCueTests {
  @Test func accordingToAtTheEnd() {
    expectMarked(
      "⟦Q:North Korean troops are already seeing military action in Russia’s Kursk region⟧, ⟦C:according to⟧ ⟦S:Ukrainian officials⟧.",
      kind: .said)
  }

  @Test func accordingToFirst() {
    expectMarked(
      "⟦C:According to⟧ ⟦S:the Institute for the Study of War⟧, ⟦Q:neither side made advances over the past day⟧.")
  }

  @Test func confirmedWithChannelAndRecipient() {
    expectMarked(
      "⟦S:Ukraine’s defense minister, Rustem Umerov⟧, ⟦C:confirmed⟧ ⟦Q:the report⟧ in ⟦H:an interview⟧ with South Korean national broadcaster ⟦R:KBS⟧ on Tuesday.",
      kind: .confirmed, entity: "Rustem Umerov")
  }

  @Test func confirmedToAnOutlet() {
    expectMarked(
      "⟦S:An unnamed senior Ukrainian intelligence official⟧ had also ⟦C:confirmed⟧ ⟦Q:the report⟧ to ⟦R:the Financial Times⟧ on Monday.",
      kind: .confirmed, anonymous: true)
  }

  @Test func reportedByAnOutletIsCited() {
    expectMarked(
      "⟦S:South Korean media⟧ ⟦C:reported⟧ on October 22 ⟦Q:that Pyongyang has dispatched pilots⟧.", kind: .cited)
  }

  @Test func deniedAndDismissed() {
    expectMarked("⟦S:The Kremlin⟧ ⟦C:denied⟧ ⟦Q:that any North Korean troops were in Russia⟧.", kind: .denied)
    expectMarked("⟦S:Pyongyang⟧ ⟦C:dismissed⟧ ⟦Q:the reports as “fake news”⟧.", kind: .denied, quote: .mixed)
  }
}

@Suite("Could not verify")
struct CouldNotVerifyTests {
  @Test func agentlessCouldNotBeConfirmed() {
    expectMarked(
      "There is no indication that troops had returned fire, while ⟦Q:the comments of Ukrainian officials⟧ ⟦C:cannot be independently confirmed⟧.",
      kind: .couldNotVerify)
    let fixture = MarkedFixture("⟦Q:The claims⟧ ⟦C:could not be independently confirmed⟧.")
    #expect(fixture.attribution()?.source == nil)
  }

  @Test func theWritersAsideThatAClaimCouldNotBeVerifiedIsAnAttributionOfItsOwn() {
    for learned in [false, true] {
      // Wire copy's "…, a claim that could not be independently verified": the aside points back
      // at the statement, which keeps its own source, kind and content.
      let text = "⟦S1:Ukraine's military intelligence agency⟧ ⟦C1:said⟧ on Wednesday ⟦Q1:that North Korean soldiers had suffered heavy losses⟧, ⟦Q2:a claim⟧ that ⟦C2:could not be independently verified⟧."
      expectMarked(text, suffix: "1", kind: .said, learned: learned)
      expectMarked(text, suffix: "2", kind: .couldNotVerify, learned: learned)
      let relative = "⟦S1:Kovalenko⟧ ⟦C1:said⟧ ⟦Q1:the troops had been hit near Sudzha⟧, ⟦Q2:which⟧ ⟦C2:could not be independently confirmed⟧."
      expectMarked(relative, suffix: "1", kind: .said, learned: learned)
      expectMarked(relative, suffix: "2", kind: .couldNotVerify, learned: learned)
    }
  }

  @Test func notBeingAbleToVerifyIsCouldNotVerify() {
    for learned in [false, true] {
      expectMarked("⟦S:The agency⟧ ⟦C:hasn't been able to verify⟧ ⟦Q:the footage⟧.", kind: .couldNotVerify, learned: learned)
      expectMarked(
        "⟦S:Reporters⟧ ⟦C:were not able to independently confirm⟧ ⟦Q:the figures⟧.", kind: .couldNotVerify, learned: learned)
      // The writer's counterpoint after ", although" is not part of what Ukraine says.
      let text = "⟦S1:Ukraine⟧ ⟦C1:says⟧ ⟦Q1:the soldiers have suffered heavy losses⟧, although ⟦S2:the BBC⟧ ⟦C2:has not been able to verify⟧ ⟦Q2:the claim⟧."
      expectMarked(text, suffix: "1", kind: .said, learned: learned)
      expectMarked(text, suffix: "2", kind: .couldNotVerify, learned: learned)
    }
  }

  @Test func aRelativeInsideTheSubjectIsNoAside() {
    // "which" is about the report, not about anything reported before it.
    let fixture = MarkedFixture("Officials said the dam was destroyed on Monday. The report, which could not be verified, said 12 people died.")
    for found in fixture.attributions + fixture.learnedAttributions {
      #expect(found.content.text != "which", "\(found.cue.text)")
    }
  }

  @Test func neitherConfirmedNorDeniedWithNothingAfter() {
    for learned in [false, true] {
      let fixture = MarkedFixture("⟦S:The Kremlin⟧ ⟦C:has neither confirmed nor denied⟧.")
      let found = learned ? fixture.learnedAttributions : fixture.attributions
      #expect(found.count == 1)
      #expect(found.first?.kind == .couldNotVerify)
      #expect(found.first?.source?.spans == fixture.marked("S"))
    }
  }

  @Test func anAdmissionThatWasNotMadeIsCouldNotVerify() {
    for learned in [false, true] {
      expectMarked("⟦S:Russia⟧ ⟦C:has not acknowledged⟧ ⟦Q:the losses⟧.", kind: .couldNotVerify, learned: learned)
    }
    // Made, an admission is a statement.
    expectMarked("⟦S:Moscow⟧ ⟦C:acknowledged⟧ ⟦Q:the losses⟧ on Friday.", kind: .said)
  }

  @Test func lookingIntoMakesTheStatementCouldNotVerify() {
    expectMarked(
      "⟦S:US Air Force Maj. Gen. Pat Ryder⟧ ⟦C:said⟧ at ⟦H:a Pentagon briefing⟧ on Monday ⟦Q:that the US was “looking into” the reports⟧.",
      kind: .couldNotVerify, entity: "Pat Ryder")
  }

  @Test func didNotRespond() {
    expectMarked(
      "⟦S:Representatives from the Armed Forces of Ukraine⟧ ⟦C:did not respond to⟧ ⟦Q:a Business Insider request for comment⟧.",
      kind: .noComment)
  }

  @Test("A request for comment left unanswered is no-comment; a refusal about a proposition is could-not-verify")
  func noComment() {
    expectMarked("⟦S:The Kremlin⟧ ⟦C:declined⟧ ⟦Q:to comment⟧ on the report.", kind: .noComment)
    expectMarked("⟦S:Mr. Weiner⟧ ⟦C:did not respond to⟧ ⟦Q:an email seeking comment⟧.", kind: .noComment)
    expectMarked("⟦S:A spokesman for the campaign⟧ ⟦C:could not be reached⟧ ⟦Q:for comment⟧.", kind: .noComment)
    expectMarked("⟦S:Representatives for the Kremlin⟧ ⟦C:did not return⟧ ⟦Q:messages seeking comment⟧.", kind: .noComment)
    expectMarked("⟦S:The Kremlin⟧ ⟦C:has not commented on⟧ ⟦Q:the reports⟧.", kind: .noComment, learned: true)
    // Refusing to confirm or to say whether something happened doubts it.
    expectMarked("⟦S:The Pentagon⟧ ⟦C:declined⟧ ⟦Q:to confirm the figure⟧.", kind: .couldNotVerify)
    expectMarked("⟦S:The ministry⟧ ⟦C:declined⟧ ⟦Q:to say whether troops had moved⟧.", kind: .couldNotVerify)
    // Coming back is no answer, and "could not be reached" needs a request or nothing after it.
    #expect(MarkedFixture("The Army did not return to the base.").attributions.isEmpty)
    #expect(MarkedFixture("The village could not be reached by road.").attributions.isEmpty)
  }

  @Test func aConfirmationOrDenialThatDidNotHappenNeitherCorroboratesNorRefutes() {
    for learned in [false, true] {
      expectMarked("⟦S:Russia⟧ ⟦C:has not confirmed⟧ ⟦Q:the deployment⟧.", kind: .couldNotVerify, learned: learned)
      expectMarked("⟦S:The Kremlin⟧ ⟦C:did not deny⟧ ⟦Q:the reports⟧.", kind: .couldNotVerify, learned: learned)
      expectMarked(
        "⟦S:Neither Russia nor North Korea⟧ ⟦C:has confirmed⟧ ⟦Q:the deployment⟧.", kind: .couldNotVerify, learned: learned)
      expectMarked("None of ⟦Q:the claims⟧ ⟦C:could be verified⟧.", kind: .couldNotVerify, learned: learned)
    }
    // A condition is no verdict.
    let condition = MarkedFixture("Voters are taken off the rolls if they did not confirm their status.")
    #expect(condition.attributions.isEmpty)
    expectMarked("⟦S:Umerov⟧ not only ⟦C:confirmed⟧ ⟦Q:the clash⟧.", kind: .confirmed)
    // A source the taggers stretched over the verb group gives it back to the cue.
    expectMarked("⟦S:Moscow⟧ ⟦C:has never confirmed⟧ ⟦Q:the deployment⟧.", kind: .couldNotVerify, learned: true)
    expectMarked("⟦S:The Pentagon⟧ ⟦C:hasn't confirmed⟧ ⟦Q:the figures⟧.", kind: .couldNotVerify, learned: true)
    expectMarked("⟦S:Russia⟧ ⟦C:did not confirm or deny⟧ ⟦Q:the deployment⟧.", kind: .couldNotVerify)
    expectMarked("⟦S:The Pentagon⟧ ⟦C:has yet to confirm⟧ ⟦Q:the figures⟧.", kind: .couldNotVerify)
    // "When" makes a condition of a verdict only.
    let unanswered = MarkedFixture("When the ministry ⟦C:did not respond to⟧ requests for comment, reporters left.")
    #expect(unanswered.attribution()?.kind == .noComment)
    #expect(MarkedFixture("Officials did not confirm.").attributions.isEmpty)
    expectMarked("⟦S:Umerov⟧ had also ⟦C:confirmed⟧ ⟦Q:the clash⟧.", kind: .confirmed, learned: true)
  }

  @Test func aClaimThatCouldNotBeVerifiedIsTwoAttributions() {
    let text = "⟦Q2:⟦S1:Ukraine's⟧ ⟦C1:claim⟧ ⟦Q1:that 11,000 troops were in Kursk⟧⟧ ⟦C2:could not be verified⟧."
    expectMarked(text, suffix: "1", kind: .said)
    expectMarked(text, suffix: "2", kind: .couldNotVerify)
  }

  @Test func aSubjectWithAParentheticalIsWhatWasNotVerified() {
    expectMarked(
      "⟦Q:The claims, first made by Kovalenko on Telegram⟧, ⟦C:have not been independently verified⟧.",
      kind: .couldNotVerify)
    expectMarked(
      "⟦Q:The footage, which Kyiv published on Monday⟧, ⟦C:could not be independently verified⟧.",
      kind: .couldNotVerify)
    // A speaker's aside is no part of the subject.
    expectMarked(
      "⟦Q:The footage⟧, officials said, ⟦C:could not be independently verified⟧.", kind: .couldNotVerify, learned: true)
  }

  @Test func declinedSharesTheSubject() {
    let text = "⟦S1:An unnamed senior Ukrainian intelligence official⟧ had also ⟦C1:confirmed⟧ ⟦Q1:the report⟧ to the Financial Times on Monday, but had ⟦C2:declined⟧ ⟦Q2:to provide further details⟧."
    expectMarked(text, suffix: "1", kind: .confirmed)
    let fixture = MarkedFixture(text)
    let declined = fixture.attribution("2")
    #expect(declined?.kind == .couldNotVerify)
    #expect(declined?.source?.spans == fixture.marked("S", "1"))
    #expect(declined?.content.spans == fixture.marked("Q", "2"))
  }
}

@Suite("Internal states and nominal cues, as PolNeAR annotates them (the learned model)")
struct InternalStateAndNominalCueTests {
  @Test func beliefsWantsAndWhatAnOutletHasLearned() {
    expectMarked(
      "⟦S:Zelensky⟧ ⟦C:believes⟧ ⟦Q:that North Korean troops will enter the fighting within days⟧.",
      learned: true)
    expectMarked(
      "⟦S:Kim⟧ ⟦C:wants⟧ ⟦Q:the partnership with Moscow to bring him advanced missile technology⟧.",
      learned: true)
    expectMarked(
      "⟦S:The Financial Times⟧ ⟦C:has learned⟧ ⟦Q:that the first North Korean units reached Kursk on Friday⟧.",
      learned: true)
  }

  @Test func aStatementInSubjectPositionEndsBeforeTheMainVerb() {
    expectMarked(
      "⟦S:Umerov’s⟧ ⟦C:statement⟧ ⟦Q:that the clash was small in scale⟧ was repeated by officials in Kyiv.",
      learned: true)
  }

  @Test func aPossessorsStatementOrClaim() {
    expectMarked(
      "⟦S:The ministry’s statement⟧ ⟦C:said⟧ ⟦Q:the troops had been withdrawn⟧.", learned: true)
    // From the seed articles: the rules read "was the first to claim"; the taggers take the
    // longer cue, and the rules give them the source they missed.
    let claim = "that North Korean troops were now actively fighting alongside Russian troops and against Ukraine"
    expectMarked("⟦S:Kovalenko’s⟧ statement on Monday was the first ⟦C:to claim⟧ ⟦Q:\(claim)⟧.")
    expectMarked("⟦S:Kovalenko’s⟧ statement on Monday was ⟦C:the first to claim⟧ ⟦Q:\(claim)⟧.", learned: true)
    expectMarked("⟦S:Reuters⟧ was the only outlet ⟦C:to report⟧ ⟦Q:that the troops had crossed the border⟧.", kind: .cited)
  }

  @Test func anInterviewIsTheChannel() {
    for learned in [false, true] {
      expectMarked(
        "In ⟦H:an interview⟧ with ⟦R:KBS⟧, ⟦S:Umerov⟧ ⟦C:said⟧ ⟦Q:the first clash had been small⟧.",
        learned: learned)
      expectMarked(
        "⟦S:Umerov⟧ ⟦C:said⟧ in ⟦H:an interview⟧ with ⟦R:KBS⟧ ⟦Q:that the first clash had been small⟧.",
        learned: learned)
    }
    // From the seed articles.
    expectMarked(
      "⟦S:Ukraine’s defense minister, Rustem Umerov⟧, ⟦C:confirmed⟧ ⟦Q:the report⟧ in ⟦H:an interview⟧ with South Korean national broadcaster ⟦R:KBS⟧ on Tuesday.",
      kind: .confirmed, entity: "Rustem Umerov", learned: true)
  }
}

@Suite("Passive voice")
struct PassiveTests {
  @Test func theAgentAfterByIsTheSourceAndTheSubjectWhatWasConfirmed() {
    expectMarked("⟦Q:The report⟧ was ⟦C:confirmed⟧ by ⟦S:Umerov⟧ on Monday.", kind: .confirmed)
    expectMarked("⟦Q:The figures⟧ have been ⟦C:disputed⟧ by ⟦S:Russian officials⟧.", kind: .denied)
  }

  @Test func anAgentKeepsItsAppositive() {
    expectMarked(
      "⟦Q:The deployment⟧ was ⟦C:confirmed⟧ by ⟦S:Ukraine's defense minister, Rustem Umerov⟧, in an interview with KBS.",
      kind: .confirmed, entity: "Rustem Umerov")
    expectMarked(
      "⟦Q:The figures⟧ were ⟦C:disputed⟧ by ⟦S:Rustem Umerov, Ukraine's defense minister⟧.",
      kind: .denied, entity: "Rustem Umerov")
    // A clause, or a description without a title at its end, is no appositive.
    expectMarked("⟦Q:The report⟧ was ⟦C:confirmed⟧ by ⟦S:Umerov⟧, who spoke on Monday.", kind: .confirmed)
    expectMarked(
      "⟦Q:The deployment⟧ was ⟦C:confirmed⟧ by ⟦S:the Pentagon⟧, the first official acknowledgement from Washington.",
      kind: .confirmed)
  }

  @Test func anAgentBeforeAThatClause() {
    expectMarked(
      "It was ⟦C:reported⟧ by ⟦S:Yonhap⟧ ⟦Q:that the soldiers had been flown to Vladivostok⟧.", kind: .cited)
  }

  @Test func agentlessItWasReportedHasNoSource() {
    let text = "It was ⟦C:reported⟧ ⟦Q:that 18 North Korean soldiers had deserted their positions⟧."
    expectMarked(text, kind: .cited)
    expectMarked(text, kind: .cited, learned: true)
  }

  @Test func theAgentStopsAtARelativeClauseOrAnAdverb() {
    expectMarked(
      "⟦Q:The account⟧ was later ⟦C:confirmed⟧ by ⟦S:two officials⟧ who spoke on condition of anonymity.",
      kind: .confirmed, anonymous: true)
  }

  @Test func theOnesToldAreRecipientsNotSources() {
    expectMarked("⟦R:Officials⟧ were ⟦C:told⟧ ⟦Q:that the troops had crossed the border⟧.")
    expectMarked("⟦R:Officials⟧ ⟦C:were told⟧ ⟦Q:that the troops had crossed the border⟧.", learned: true)
  }

  @Test func aNegatedConfirmationCouldNotVerifyTheStatementNamedAsSubject() {
    // The claim's own clause ends where the subject of "was not confirmed" does.
    let text = "⟦Q1:⟦S2:Kovalenko’s⟧ ⟦C2:claim⟧ ⟦Q2:that the troops were fighting⟧⟧ ⟦C1:was not confirmed⟧ by ⟦S1:the Pentagon⟧."
    expectMarked(text, suffix: "1", kind: .couldNotVerify, learned: true)
    expectMarked(text, suffix: "2", learned: true)
  }

  @Test func agentsInLowerCaseAsPronounsAndAfterAdjuncts() {
    expectMarked("⟦Q:The deaths⟧ were ⟦C:confirmed⟧ by ⟦S:local authorities⟧ on Monday.", kind: .confirmed)
    expectMarked("⟦Q:The report⟧ was ⟦C:confirmed⟧ by ⟦S:him⟧.", kind: .confirmed)
    expectMarked("⟦Q:The strike⟧ was ⟦C:confirmed⟧ to ⟦R:CNN⟧ by ⟦S:two officials⟧.", kind: .confirmed)
    expectMarked("It was ⟦C:reported⟧ on Monday ⟦Q:that the troops had arrived⟧.", kind: .cited)
    expectMarked(
      "It was ⟦C:confirmed⟧ by ⟦S:two officials⟧ who spoke on condition of anonymity ⟦Q:that the troops had arrived⟧.",
      kind: .confirmed)
  }

  @Test func theClauseAfterAnAgentAndARelativeClauseInCommas() {
    expectMarked(
      "It was ⟦C:confirmed⟧ by ⟦S:two U.S. officials⟧, who spoke on condition of anonymity, ⟦Q:that the troops had crossed⟧.",
      kind: .confirmed)
  }

  @Test func onlyASpeakerIsTheFirstToSay() {
    for text in [
      "This is the only way to confirm that the troops are there.",
      "Satellite imagery is the only tool to verify the deployment.",
      "It was the last chance to deny the report before the vote.",
    ] {
      let found = MarkedFixture(text).attributions
      #expect(!found.contains { $0.cue.text.hasPrefix("to ") }, "\(text): \(found.map(\.cue.text))")
    }
  }

  @Test func theOneToldIsOneNounPhrase() {
    expectMarked("⟦S:Ryder⟧ ⟦C:told⟧ ⟦R:reporters⟧ ⟦Q:the troops had arrived⟧.")
    expectMarked("⟦S:Ryder⟧ ⟦C:told⟧ ⟦R:the Financial Times⟧ ⟦Q:the troops had arrived⟧.")
    expectMarked("⟦S:Ryder⟧ ⟦C:told⟧ ⟦R:reporters⟧ ⟦Q:Trump would win⟧.")
    expectMarked("⟦S:Schiff⟧ ⟦C:told⟧ ⟦R:the heads of the committees⟧ ⟦Q:that the hacking was serious⟧.")
  }

  @Test func theOneToldEndsBeforeTheClausesSubject() {
    expectMarked(
      "⟦S:Donald Trump⟧ ⟦C:told⟧ ⟦R:reporters⟧ ⟦Q:he thought Fields had “made up the story.”⟧", learned: true)
    expectMarked(
      "⟦R:The prime minister⟧ was ⟦C:warned⟧ by ⟦S:advisers⟧ ⟦Q:that the plan would fail⟧.", learned: true)
  }

  @Test func anAgentNeverMakesTheOneToldTheSource() {
    expectMarked("⟦R:We⟧ were ⟦C:told⟧ by ⟦S:officials⟧ ⟦Q:that the troops had arrived⟧.")
    expectMarked("⟦R:We⟧ ⟦C:were told⟧ by ⟦S:officials⟧ ⟦Q:that the troops had arrived⟧.", learned: true)
    // The learned content leaves out whom the rules read as told.
    expectMarked("⟦R:Zelensky⟧ ⟦C:was told⟧ by ⟦S:Biden⟧ ⟦Q:that the aid would come⟧.", learned: true)
  }

  @Test func contractedAndAuxiliaryNegations() {
    expectMarked("⟦Q:The report⟧ ⟦C:hasn't been confirmed⟧.", kind: .couldNotVerify)
    expectMarked("⟦Q:The report⟧ ⟦C:wasn’t confirmed⟧ by ⟦S:the Pentagon⟧.", kind: .couldNotVerify)
    expectMarked("⟦Q:The report⟧ ⟦C:has not been independently verified⟧ by ⟦S:CNN⟧.", kind: .couldNotVerify)
  }

  @Test func aSecondParticipleSharesTheSubject() {
    let text = "⟦Q1:⟦Q2:Umerov’s account⟧⟧ was ⟦C1:confirmed⟧ by ⟦S1:the Pentagon⟧ and ⟦C2:denied⟧ by ⟦S2:Moscow⟧."
    expectMarked(text, suffix: "1", kind: .confirmed)
    expectMarked(text, suffix: "2", kind: .denied)
    // "it" after "and" points back; the rules attribute nothing to it.
    let fixture = MarkedFixture("The report was not confirmed, and it was later denied by Kyiv.")
    #expect(!fixture.attributions.contains { $0.kind == .denied })
  }

  @Test func whatWasReportedToBeOrDone() {
    expectMarked("⟦Q:North Korean troops⟧ were ⟦C:reported⟧ ⟦Q:to be fighting in Kursk⟧.", kind: .cited)
    expectMarked("⟦Q:Three soldiers⟧ were ⟦C:reported⟧ ⟦Q:killed⟧.", kind: .cited)
  }

  @Test func aRelativePronounSubjectOrATimeAfterThatGivesNoContent() {
    let fixture = MarkedFixture(
      "Ukraine first claimed that troops were deployed in mid-October, a fact that was later confirmed by the U.S. and NATO later that month.")
    #expect(!fixture.attributions.contains { $0.kind == .confirmed }, "\(fixture.attributions.map(\.content.text))")
  }
}

@Suite("Sources, channels and relays")
struct SourceTests {
  @Test func appositiveTitleAndRelay() {
    expectMarked(
      "⟦Q:“The first North Korean troops have already come under fire in Kursk Oblast,”⟧ ⟦S:Andrii Kovalenko, the head of Ukraine’s Center for Countering Disinformation⟧ ⟦C:said⟧ on ⟦H:Telegram⟧ on Monday, per ⟦L:The New Voice of Ukraine⟧’s translation.",
      quote: .direct, entity: "Andrii Kovalenko")
  }

  @Test func titleBeforeTheName() {
    expectMarked(
      "⟦S:Pentagon press secretary Maj. Gen. Pat Ryder⟧ ⟦C:told⟧ ⟦R:reporters⟧ Monday ⟦Q:that at least 10,000 North Korean troops were in Kursk⟧.",
      entity: "Pat Ryder")
  }

  @Test func postOnTelegramAsChannel() {
    expectMarked(
      "⟦S:Andrii Kovalenko⟧ ⟦C:said⟧ in ⟦H:a Monday post on Telegram⟧ ⟦Q:that the first North Koreans have come under fire⟧.")
  }

  @Test func videoAddress() {
    expectMarked(
      "⟦S:Ukrainian President Volodymyr Zelensky⟧ ⟦C:said⟧ in ⟦H:a Monday night video address⟧ ⟦Q:that 11,000 North Korean troops are in Kursk⟧.",
      entity: "Volodymyr Zelensky")
  }

  @Test func introductoryChannel() {
    expectMarked(
      "At ⟦H:the same briefing⟧, ⟦S:US Defense Secretary Lloyd Austin⟧ ⟦C:said⟧ ⟦Q:that the troops would become targets⟧.")
  }

  @Test func anObjectEndsBeforeASecondVerb() {
    // "but gave no figures" is the spokesperson's second act, not part of what was confirmed.
    for learned in [false, true] {
      expectMarked(
        "⟦S:A spokesperson for South Korea's defence ministry⟧ ⟦C:confirmed⟧ ⟦Q:the movement⟧ but gave no figures.",
        kind: .confirmed, learned: learned)
    }
    // A reported clause keeps its second verb, even one the lexicon does not know as past.
    for learned in [false, true] {
      expectMarked("⟦S:Police⟧ ⟦C:said⟧ ⟦Q:the gunman shot two people and took a hostage⟧.", learned: learned)
    }
  }

  @Test func theOneToldAfterAnAppositiveSourceIsTheRecipient() {
    for learned in [false, true] {
      expectMarked(
        "⟦Q:“The enemy is using them as infantry in frontal assaults,”⟧ ⟦S:a HUR spokesman, Andriy Yusov⟧, ⟦C:told⟧ ⟦R:the BBC⟧.",
        entity: "Andriy Yusov", learned: learned)
    }
  }

  @Test func theOpeningPhraseOfASentenceNamesNoSpeaker() {
    // A seed sentence: what "reports indicate" is despite is not who indicates it.
    let fixture = MarkedFixture(
      "Despite denials from North Korea and evasive responses from the Kremlin, reports ⟦C:indicate⟧ the presence of North Korean troops in Russia.")
    for found in [fixture.attributions, fixture.learnedAttributions].flatMap({ $0 }) {
      #expect(found.source.map { $0.text.contains("Kremlin") || $0.text.contains("North Korea") } != true, "\(found.source?.text ?? "")")
    }
  }

  @Test func aSourceThatCitesAnother() {
    for learned in [false, true] {
      // The opening citation is an attribution of its own; the statement's source is CNN alone.
      let opening = MarkedFixture(
        "Citing a source in the Ukrainian military, ⟦S:CNN⟧ ⟦C:reported⟧ ⟦Q:that 40 North Korean soldiers had been captured⟧.")
      let reported = opening.attribution(learned: learned)
      #expect(reported?.source?.spans == opening.marked("S"), "\(reported?.source?.text ?? "none")")
    }
    // A citation after the source is no part of it.
    expectMarked("⟦S:The ministry⟧, citing the latest figures, ⟦C:said⟧ ⟦Q:exports fell⟧.", learned: true)
    // Read as the officials' statement, the Post that quoted them is its relay.
    let quoting = MarkedFixture(
      "⟦L:The Washington Post⟧, quoting two US officials, ⟦C:said⟧ the number was closer to a dozen.")
    let said = quoting.attribution(learned: true)
    if said?.source?.text == "two US officials" {
      #expect(said?.relay?.spans == quoting.marked("L"))
    }
  }

  @Test func neitherConfirmedNorDeniedIsOneVerdictNotGiven() {
    for learned in [false, true] {
      let text = "⟦S:Moscow⟧ ⟦C:has neither confirmed nor denied⟧ ⟦Q:the reports⟧."
      expectMarked(text, kind: .couldNotVerify, learned: learned)
      #expect((learned ? MarkedFixture(text).learnedAttributions : MarkedFixture(text).attributions).count == 1)
    }
  }

  @Test func aStatementCarriedByAnOutletHasItAsRelay() {
    for learned in [false, true] {
      expectMarked(
        "⟦S:Kim Yo Jong, the sister of North Korean leader Kim Jong Un⟧, ⟦C:dismissed⟧ ⟦Q:the reports as “groundless rumours”⟧ in ⟦H:a statement⟧ carried by ⟦L:the state news agency KCNA⟧.",
        kind: .denied, learned: learned)
    }
  }

  @Test func toldAnOutlet() {
    expectMarked(
      "⟦Q:The skirmish means that North Korea has officially joined the war⟧, ⟦S:Umerov⟧ ⟦C:told⟧ ⟦R:the outlet⟧.")
  }

  @Test func aCoordinatedStatementVerbSharesTheEarlierSubject() {
    // PolNeAR dev sentences the taggers left without a source.
    expectMarked(
      "⟦S:⟦S2:Demonstrators⟧⟧ ⟦C:said⟧ ⟦Q:they want justice⟧, but ⟦C2:pledged⟧ ⟦Q2:to remain civil⟧.",
      suffix: "2", learned: true)
    expectMarked(
      "⟦S:⟦S2:Scott's family⟧⟧ ⟦C:has called on⟧ ⟦Q:police to release the videos⟧ and ⟦C2:called on⟧ ⟦Q2:people to protest peacefully⟧.",
      suffix: "2", learned: true)
    expectMarked(
      "⟦S2:Trump⟧ ⟦C:attacked⟧ the reporter, ⟦C2:saying⟧ ⟦Q2:he was dishonest⟧.", suffix: "2", learned: true)
    expectMarked(
      "⟦S2:Mr. Trump⟧ has attacked loopholes that benefit others, and ⟦C2:has called for⟧ ⟦Q2:eliminating the carried interest loophole⟧.",
      suffix: "2", learned: true)
  }

  @Test func aCoordinatedVerbTakesNoSubjectFromWordsReported() {
    // The taggers stretch May's content over "and suggested …": "the country" (a subject inside
    // what she said) must not become the source of "suggested".
    let fixture = MarkedFixture(
      "British Prime Minister Theresa May said this week that the country would formally declare its intention to break with the E.U. by the end of March and ⟦C:suggested⟧ that it would withdraw from the single market.")
    let found = fixture.attribution(learned: true)
    #expect(found != nil)
    #expect(found?.source?.text != "the country")
  }

  @Test func aVerbCoordinatedInARelativeClauseTakesTheRelative() {
    expectMarked(
      "“She is a friend,” Tom told Annette Guessford, ⟦S:who⟧ answered her door and ⟦C:said⟧ ⟦Q:she planned to caucus⟧.",
      entity: "Annette Guessford", learned: true)
  }

  @Test func relativePronounTakesItsAntecedent() {
    expectMarked(
      "Those comments were followed up by ⟦S:Rustem Umerov, Ukraine's defense minister⟧, who ⟦C:said⟧ ⟦Q:that a small group of soldiers were attacked⟧.",
      entity: "Rustem Umerov")
  }

  @Test func aWhoTheModelTakesAsSourceResolvesToThePeopleBeforeIt() {
    // Seed sentences: the learned model keeps "who" as the source's text; its entity is the
    // person, or the people joined by "and", that it stands for.
    expectMarked(
      "- Those comments were followed up by Rustem Umerov, Ukraine's defense minister, ⟦S:who⟧ ⟦C:said⟧ ⟦Q:that a \"small group\" of North Korean soldiers were attacked in the Russian region⟧, characterizing the incident as \"so far just small contacts.\"",
      entity: "Rustem Umerov", anonymous: false, learned: true)
    expectMarked(
      "The president’s comments were followed by a stark warning from US secretary of state Antony Blinken and US defence secretary Lloyd Austin, ⟦S:who⟧ ⟦C:said⟧ ⟦Q:that as many as 8,000 North Korean troops had been deployed to the Kursk region⟧.",
      entity: "Antony Blinken and Lloyd Austin", learned: true)
    let fixture = MarkedFixture("A Ukrainian official, ⟦S:who⟧ ⟦C:said⟧ ⟦Q:that the troops had arrived⟧, asked not to be named.")
    #expect(fixture.attribution(learned: true).map { $0.source?.entity == nil } != false)
  }

  @Test func aWhoDoesNotDecideWhomALaterSheIs() {
    let fixture = MarkedFixture(
      "A big reason was the rise of Donald Trump, who had talked about the plot. “Here he is, babe,” ⟦S:she⟧ ⟦C:said⟧.")
    let found = fixture.attribution(learned: true)
    #expect(found?.source?.spans == fixture.marked("S"))
    #expect(found?.source?.entity == nil)
  }

  @Test func pronounsAndSurnamesResolveToTheLastNamedPerson() {
    let text = """
      ⟦S1:Ukraine’s defense minister, Rustem Umerov⟧, ⟦C1:confirmed⟧ ⟦Q1:the report⟧.

      ⟦S2:He⟧ ⟦C2:said⟧ ⟦Q2:that it was a small-scale clash⟧.

      ⟦Q3:The skirmish means that North Korea has joined the war⟧, ⟦S3:Umerov⟧ ⟦C3:told⟧ the outlet.
      """
    expectMarked(text, suffix: "1", entity: "Rustem Umerov")
    expectMarked(text, suffix: "2", entity: "Rustem Umerov", anonymous: false)
    expectMarked(text, suffix: "3", entity: "Rustem Umerov")
  }

  @Test func aNameNeverWrittenOutInFullEndsWhomALaterHeMeans() {
    // "Ryder" or "Hamas": the text cannot tell a surname from an organisation, so a later "he"
    // is nobody it can name, and never the person named in full before. After a title it is
    // the surname.
    let text = """
      ⟦S1:Ukraine’s defense minister, Rustem Umerov⟧, ⟦C1:confirmed⟧ ⟦Q1:the report⟧.

      ⟦S2:Ryder⟧ ⟦C2:said⟧ ⟦Q2:that the number could be as high as 12,000⟧.

      ⟦S3:He⟧ ⟦C3:said⟧ ⟦Q3:that the troops would fight⟧.

      ⟦S4:Gen. Ryder⟧ ⟦C4:said⟧ ⟦Q4:that the troops had moved⟧. ⟦S5:He⟧ ⟦C5:added⟧ ⟦Q5:that more would follow⟧.
      """
    expectMarked(text, suffix: "2", entity: .some(nil))
    expectMarked(text, suffix: "3", entity: .some(nil))
    expectMarked(text, suffix: "3", entity: .some(nil), learned: true)
    expectMarked(text, suffix: "5", entity: "Ryder")
    let hamas = """
      ⟦S1:Benjamin Netanyahu⟧ ⟦C1:said⟧ ⟦Q1:the operation would continue⟧. ⟦S2:Hamas⟧ ⟦C2:said⟧ ⟦Q2:it had accepted the proposal⟧. ⟦Q3:"We will not stop,"⟧ ⟦S3:he⟧ ⟦C3:said⟧.
      """
    expectMarked(hamas, suffix: "3", entity: .some(nil))
  }

  @Test func aHeAfterAnUnnamedOfficialIsNobodyNamedEarlier() {
    let text = """
      ⟦S1:Rustem Umerov⟧ ⟦C1:said⟧ ⟦Q1:that it was a small-scale clash⟧.

      ⟦S2:A spokesman for the ministry⟧ ⟦C2:said⟧ ⟦Q2:the troops had moved⟧. ⟦S3:He⟧ ⟦C3:added⟧ ⟦Q3:that they would fight⟧.

      ⟦S4:An official⟧ ⟦C4:said⟧ ⟦Q4:the troops had moved⟧. ⟦S5:He⟧ ⟦C5:added⟧ ⟦Q5:that they would fight⟧.
      """
    expectMarked(text, suffix: "1", entity: "Rustem Umerov")
    expectMarked(text, suffix: "3", entity: .some(nil))
    expectMarked(text, suffix: "3", entity: .some(nil), learned: true)
    expectMarked(text, suffix: "5", entity: .some(nil))
  }

  @Test func aHeAfterAPersonWhoOpensASentenceIsThatPerson() {
    let text = """
      Ukraine's defense minister Rustem Umerov gave few details. ⟦S1:Kovalenko⟧ ⟦C1:wrote⟧ on Telegram ⟦Q1:that the first units had come under fire⟧.

      Umerov spoke to KBS on Tuesday. ⟦Q2:"It was a small-scale clash,"⟧ ⟦S2:he⟧ ⟦C2:said⟧.

      Antony Blinken was blunt. ⟦S3:He⟧ ⟦C3:said⟧ ⟦Q3:the troops would be targets⟧.

      In Kursk, the fighting went on. ⟦S4:He⟧ ⟦C4:said⟧ ⟦Q4:the troops had moved⟧.

      Hurricane Milton made landfall on Wednesday. ⟦Q5:"We are ready,"⟧ ⟦S5:he⟧ ⟦C5:said⟧.

      ⟦S6:Umerov⟧ ⟦C6:told⟧ ⟦R6:KBS⟧ ⟦Q6:the clash was small⟧. ⟦S7:Blinken⟧ ⟦C7:said⟧ ⟦Q7:the troops would fight⟧.
      """
    // Only people who are sources somewhere in the article count as the subject a "he" means.
    expectMarked(text, suffix: "2", entity: "Rustem Umerov")
    expectMarked(text, suffix: "3", entity: "Antony Blinken")
    expectMarked(text, suffix: "4", entity: "Antony Blinken")
    expectMarked(text, suffix: "5", entity: "Antony Blinken")
  }

  @Test func wordsOpeningASentenceOrCapitalsThroughoutAreNoPartOfAName() {
    let text = """
      When Hillary Clinton spoke, the hall was quiet. ⟦S1:Clinton⟧ ⟦C1:said⟧ ⟦Q1:the plan would work⟧.

      ⟦S2:NYPD Commissioner James O’Neill⟧ ⟦C2:said⟧ ⟦Q2:the streets were safe⟧.

      ⟦S3:A USA TODAY analysis⟧ ⟦C3:found⟧ ⟦Q3:that the funds had grown⟧.
      """
    expectMarked(text, suffix: "1", entity: "Hillary Clinton")
    expectMarked(text, suffix: "2", entity: "James O’Neill")
    expectMarked(text, suffix: "3", entity: .some(nil))
    // Words that open sentences are names inside one; short capitals are names too.
    let names = """
      On Monday, ⟦S1:Vice President JD Vance⟧ ⟦C1:said⟧ ⟦Q1:that the tariffs would stay⟧. ⟦S3:Kim Jong Un⟧ ⟦C3:said⟧ ⟦Q3:the drills were a warning⟧.
      """
    expectMarked(names, suffix: "1", entity: "JD Vance")
    expectMarked(names, suffix: "3", entity: "Kim Jong Un")
  }

  @Test func anonymousDescriptorKeptWhole() {
    expectMarked(
      "⟦S:A military intelligence source⟧ ⟦C:revealed⟧ on October 21 ⟦Q:that Russian authorities detained 18 North Korean soldiers⟧.",
      entity: .some(nil), anonymous: true)
  }
}

@Suite("Quotations across sentences")
struct QuotationsAcrossSentencesTests {
  @Test func aQuotationWithItsOwnCueIsNotTheSentenceBeforesContent() {
    // The taggers learned that a quotation after a statement often continues it; this one has
    // its own "he said".
    let text = """
      Zelensky spoke on Monday. ⟦S1:He⟧ ⟦C1:added⟧ ⟦Q1:that the troops would fight⟧. ⟦Q2:"It is a new stage,"⟧ ⟦S2:he⟧ ⟦C2:said⟧.
      """
    expectMarked(text, suffix: "1", learned: true)
    expectMarked(text, suffix: "2", learned: true)
  }
}

@Suite("Attributions set by the layout of a line")
struct LineLayoutTests {
  @Test func speakerAndColonInAHeadline() {
    expectMarked(
      "⟦S:Pat Caddell⟧⟦C::⟧ ⟦Q:Democrat Voters Worried About Hillary Clinton’s Health Issues⟧.\n\nLongtime pollster Pat Caddell spoke on Thursday.",
      kind: .said)
  }

  @Test func transcriptSpeakerInCapitals() {
    expectMarked(
      "Pence appeared on the programme.\n\n\"⟦S:WALLACE⟧⟦C::⟧ ⟦Q:Let’s start with breaking news on the debate story. Why would Trump do that?⟧\n\nWallace then asked again.")
  }

  @Test func quotationSignedWithADash() {
    expectMarked(
      "Readers wrote in.\n⟦Q:“Mr. Trump embodies the lasting legacy of racism. He represents our greatest shame.”⟧ ⟦C:―⟧ ⟦S:Sonya Herridge⟧\n“Next one.” ― Pamela Padilla\n",
      quote: .direct)
    expectMarked(
      "⟦Q:“We will stay until the work is done,”⟧\u{00A0}⟦C:—⟧\u{00A0}⟦S:Jorge Falcon⟧.\n")
  }

  @Test func theLearnedModelDoesNotOverrideTheLayout() {
    let fixture = MarkedFixture(
      "Readers wrote in.\n⟦Q:“He is ignorant of our culture and lives. He makes simple blanket statements.”⟧ ⟦C:―⟧ ⟦S:Pamela Padilla⟧\n")
    let found = AttributionExtractor().attributions(in: fixture.document)
      .first { $0.cue.spans == fixture.marked("C", "") }
    #expect(found?.source?.spans == fixture.marked("S", ""))
    #expect(found?.content.spans == fixture.marked("Q", ""))
  }

  @Test(arguments: [
    "Correction: An earlier version of this story misstated the date of the debate.",
    "Q: What did the candidate say about the troops in the region?",
    "Clinton Wades In: the former secretary of state spoke on Monday about the wall.",
    "Trump: 35 percent of likely voters, according to the new poll.\nTrump leads.",
    "The Latest: Officials say the vote will be held on Tuesday as planned.\nThe Latest news.",
    "Editor’s note: Donald Trump regularly incites political violence.\nTrump spoke.",
    "“We will win,” the plan says.\n— Reduce job-killing regulations on large and small businesses.\n",
  ])
  func headingsAndShortLinesAreNotAttributions(_ text: String) {
    let found = MarkedFixture(text).attributions
    #expect(!found.contains { [":", "―"].contains($0.cue.text) }, "\(found.map { $0.cue.text })")
  }
}
