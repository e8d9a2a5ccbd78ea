import AttributionDocuments
import AttributionExtraction
import AttributionLexicon
import Foundation

/// Stage 3, statements: one article's attributions read into ``Statement``s, in cue order.
/// Reads the article, its attributions as prepared (``PreparedArticle``), its footnotes, the
/// registered people and the case file's corrections. Adds to the graph the `cited` chain of each statement (article outlet →
/// the wire service of a dateline, relays and citations → speaker) and its `via` channel, and
/// appends the statements, whose claims the claims stage merges; a request for comment left
/// unanswered is a `noComment` edge from the outlet that asked to the speaker instead.
extension GraphAssembly {
  mutating func readDocument(
    _ document: Document, index: Int, footnotes: [Int: String], prepared: PreparedArticle
  ) {
    let outletName = document.metadata.outlet ?? "Unknown outlet (\(document.id))"
    let articleOutlet = outlet(named: outletName)
    // Wire copy ("WASHINGTON (AP) —"): the agency stands between the outlet and every speaker.
    let reading = prepared.reading
    let wireName = reading.wireName
    let wire = wireName.map { outlet(named: $0) }.flatMap { $0 == articleOutlet ? nil : $0 }
    articleAnonymous.removeAll()
    latestUnnamedPerson = nil
    var recentPeople: [String] = []
    var lastRecipient: String?
    // The speakers of the statements read so far whose source was not a pronoun, with their
    // sentence and content: "McCaskill scolded him: '…,' she said" is McCaskill's twice.
    var spoken: [TextSpan: [(content: [TextSpan], speakers: [String])]] = [:]
    // In cue order, sources read again (PreparedArticle.Reading); each keeps its prepared part
    // (`prepared.parts[order[position]]`).
    let (order, ordered, sentenceMates, relays) = (reading.order, reading.ordered, reading.sentenceMates, reading.relays)
    let (citations, consumed) = citedSources(ordered)
    let skipped = consumed.union(relays.values).union(citations.values)
    for (position, attribution) in ordered.enumerated() {
      attributionNumber = position
      if skipped.contains(position) { continue }
      let part = prepared.parts[order[position]]
      let evidence = Evidence(
        document: document.id, outlet: outletName, sentence: part.sentence,
        sentenceSpan: attribution.sentence, source: attribution.source?.spans ?? [],
        cue: attribution.cue, content: attribution.content.spans, line: part.line,
        url: document.metadata.url, date: document.metadata.date)
      if isSuppressed(document: document.id, line: evidence.line, cue: attribution.cue.text) { continue }
      // Non-speakers, conduct, purposes and the like (PreparedArticle.Reading.isNoStatement).
      if reading.isNoStatement[position] { continue }
      var hops: [String] = wire.map { [$0] } ?? []
      for number in reading.footnoteMarkers[position] {
        if let name = footnotes[number] { hops.append(outlet(named: name)) }
      }
      if let relay = attribution.relay, let name = Self.outletName(relay.text) {
        hops.append(outlet(named: name))
      }
      // "NIS told lawmakers that …, according to MP Lee Seong-kweun": Lee relays what NIS said.
      if let relayed = relays[position], let source = ordered[relayed].source,
        let id = speaker(
          source.text, entity: source.entity, document: document, documentIndex: index,
          sentence: evidence.sentence, recentPeople: &recentPeople)
      {
        hops.append(id)
      }
      // "Clinton had told police officials that …, the source added": the source relays
      // Clinton's statement, so the statement reaches the article through the source.
      if relays[position] == nil, attribution.source != nil,
        let outer = Self.enclosing(attribution, among: sentenceMates[attribution.sentence] ?? [], of: ordered),
        let outerSource = ordered[outer].source,
        !skipped.contains(outer),
        !isImplausibleSpeaker(outerSource.text, entity: outerSource.entity, documentIndex: index, document: document),
        let id = speaker(
          outerSource.text, entity: outerSource.entity, document: document, documentIndex: index,
          sentence: evidence.sentence, recentPeople: &recentPeople)
      {
        hops.append(id)
      }
      if let recipient = attribution.recipient, !Self.isCorrespondence(attribution.cue) {
        let lower = recipient.text.lowercased()
        if lower.hasSuffix("the outlet") || lower.hasSuffix("the broadcaster") || lower.hasSuffix("the newspaper"),
          let lastRecipient
        {
          hops.append(lastRecipient)
        } else if !Self.isChannelLike(recipient.text), let name = Self.outletName(recipient.text),
          knownOutlets.contains(SourceDescription.outletKey(name))
            || lower.split(separator: " ").contains(where: { Lexicon.outletNouns.contains(String($0)) })
        {
          let id = outlet(named: name)
          hops.append(id)
          lastRecipient = id
        }
      }
      var speakers: [String] = []
      var echoed: Echo?
      // "Citing a source in the Ukrainian military, CNN reported …": CNN relays the source.
      if let citation = citations[position], let citer = attribution.source,
        let relay = speaker(
          citer.text, entity: citer.entity, document: document, documentIndex: index,
          sentence: evidence.sentence, recentPeople: &recentPeople),
        let cited = speaker(
          ordered[citation].content.text, entity: nil, document: document, documentIndex: index,
          sentence: evidence.sentence, recentPeople: &recentPeople)
      {
        hops.append(relay)
        speakers = [cited]
      } else if let entity = correctedSource(document: document.id, line: evidence.line) {
        speakers = speaker(
          entity, entity: entity, document: document, documentIndex: index, sentence: nil,
          recentPeople: &recentPeople
        ).map { [$0] } ?? []
      } else if let source = attribution.source, attribution.kind == .said || attribution.kind == .confirmed,
        let echo = reading.echoes[position],
        let echoer = speaker(
          source.text, entity: source.entity, document: document, documentIndex: index,
          sentence: evidence.sentence, recentPeople: &recentPeople),
        let original = speaker(
          echo.speaker, entity: nil, document: document, documentIndex: index,
          sentence: evidence.sentence, recentPeople: &recentPeople),
        original != echoer
      {
        // "Priebus echoed Pence's suggestion that …": Pence's statement, passed on by Priebus.
        hops.append(echoer)
        speakers = [original]
        echoed = echo
      } else if let source = attribution.source, Lexicon.pronouns.contains(source.text.lowercased()),
        let same = spoken[attribution.sentence]?.last(where: { earlier in
          earlier.content.contains { span in
            attribution.content.spans.contains { $0.start < span.end && span.start < $0.end }
          }
        })
      {
        // A pronoun that says the same words again in one sentence is the speaker who said them.
        speakers = same.speakers
      } else if let source = attribution.source {
        // A relative "who" stands for the people the extractor resolved it to, or that the
        // sentence names just before it.
        let parts = reading.sourceParts[position] ?? SourceDescription.split(
          source.entity ?? antecedent(ofRelative: source, in: document, sentence: attribution.sentence) ?? source.text,
          knownOutlets: knownOutlets)
        var implausible = 0
        for part in parts {
          let entity = parts.count == 1 ? source.entity : nil
          if isImplausibleSpeaker(part, entity: entity, documentIndex: index, document: document) {
            implausible += 1
            continue
          }
          if let id = speaker(
            part, entity: entity, document: document, documentIndex: index,
            sentence: evidence.sentence, recentPeople: &recentPeople)
          {
            speakers.append(id)
          }
        }
        // Source words that name no one ("a name suggesting", "Presumptive"): the statement
        // stays, in the article's own voice (the wire's, for wire copy).
        if speakers.isEmpty, implausible > 0 {
          speakers = [hops.last ?? articleOutlet]
        }
      } else if attribution.kind == .couldNotVerify || attribution.kind == .denied {
        speakers = [hops.last ?? articleOutlet]
      } else {
        speakers = [unattributed(document)]
      }
      // A request for comment left unanswered is the speaker's part in the story, never a
      // statement about a claim: the outlet asked (the wire service, for wire copy), the
      // speaker gave no comment.
      if attribution.kind == .noComment {
        let asker = wire ?? articleOutlet
        for speakerID in speakers where speakerID != asker {
          graph.add(Edge(kind: .noComment, from: asker, to: speakerID, evidence: [evidence]))
        }
        continue
      }
      var channel: String?
      if let mention = attribution.channel ?? attribution.recipient.flatMap({ Self.isChannelLike($0.text) ? $0 : nil }) {
        channel = channelNode(mention.text, recipient: attribution.recipient?.text, speaker: speakers.first)
      }
      for speakerID in speakers {
        var chain = [articleOutlet] + hops
        if chain.last != speakerID { chain.append(speakerID) }
        chain = chain.reduce(into: []) { if $0.last != $1 { $0.append($1) } }
        for (from, to) in zip(chain, chain.dropFirst()) where from != to {
          graph.add(Edge(kind: .cited, from: from, to: to, evidence: [evidence]))
        }
        if let channel {
          graph.add(Edge(kind: .via, from: speakerID, to: channel, evidence: [evidence]))
        }
      }
      if let source = attribution.source, !speakers.isEmpty, !Lexicon.pronouns.contains(source.text.lowercased()) {
        spoken[attribution.sentence, default: []].append((attribution.content.spans, speakers))
      }
      // An echo's content is the echoed statement's words.
      let content = echoed.map { Self.cleanContent($0.content) } ?? part.content
      statements.append(Statement(
        speakers: speakers, kind: Self.edgeKind(attribution.kind),
        content: content,
        anaphor: echoed == nil ? part.anaphor : Self.anaphor(content, kind: attribution.kind),
        evidence: evidence, document: index, isHeadline: part.isHeadline))
    }
  }

  /// What tells an article's headline: the title given in its metadata, or the first line of
  /// its body when that line is written in title case ("Ukraine Reports First Contact With
  /// North Korean Troops"). Made once per article.
  struct Headline {
    let titleWords: [Substring]?
    /// The line the body's text starts on.
    let firstLine: Int

    init(_ document: Document) {
      titleWords = document.metadata.title.flatMap { $0.isEmpty ? nil : Self.words($0) }
      var offset = document.body.start
      while offset < document.body.end, document.scalars[offset].properties.isWhitespace { offset += 1 }
      firstLine = document.line(of: offset)
    }

    /// Whether `sentence`, at `span` of `document`, is the headline.
    func contains(_ sentence: String, at span: TextSpan, of document: Document) -> Bool {
      if let titleWords, titleWords == Self.words(sentence) { return true }
      return document.line(of: span.start) == firstLine && ClaimFrame.isTitleCase(sentence)
    }

    private static func words(_ text: String) -> [Substring] {
      WordSplit.spaced(text).map { ClaimFrame.trimmed($0) }.filter { !$0.isEmpty }
        .map { Substring($0.lowercased()) }
    }
  }

  static func edgeKind(_ kind: AttributionKind) -> EdgeKind {
    switch kind {
    case .said, .cited: .said
    case .confirmed: .confirmed
    case .couldNotVerify: .couldNotVerify
    case .denied: .denied
    case .noComment: .noComment
    }
  }

  /// The content without surrounding quotes, a leading "that" or trailing punctuation.
  static func cleanContent(_ text: String) -> String {
    var result = SourceDescription.normalize(text)
      .trimming(Lexicon.contentEdges)
    if result.lowercased().hasPrefix("that ") { result = String(result.dropFirst(5)) }
    return result.trimming(Lexicon.contentEdges)
  }
}

extension GraphAssembly {
  /// The node of an article's statements that no one is named for.
  mutating func unattributed(_ document: Document) -> String {
    graph.add(Node(
      id: Node.unattributedPrefix + NameKey.slug(document.id), kind: .person,
      label: "Unattributed report", anonymous: true))
  }

  /// Whether the cue of `ordered[position]` ends another statement's source among its sentence
  /// `mates`: "report" of "according to a White House pool report" names that source and is no
  /// cue of "White House pool". A cue inside another source, as in "Umerov, who told KBS …,
  /// said", is a statement of its own.
  static func endsAnotherSource(_ position: Int, among mates: [Int], of ordered: [Attribution]) -> Bool {
    guard let cue = ordered[position].cue.spans.last else { return false }
    return mates.contains { other in
      other != position && ordered[other].source?.spans.contains { $0.start < cue.start && cue.end == $0.end } == true
    }
  }

  /// The attribution with a source whose content holds `attribution`'s source and cue: the
  /// speaker who reports that statement. Not when its subject says no one did it ("neither
  /// Russia nor Ukraine reported"): that is the reporter's own finding.
  static func enclosing(_ attribution: Attribution, among mates: [Int], of ordered: [Attribution]) -> Int? {
    let spans = (attribution.source?.spans ?? []) + attribution.cue.spans
    guard !spans.isEmpty else { return nil }
    return mates.first { index in
      let other = ordered[index]
      return other.source != nil && other.cue.spans != attribution.cue.spans
        && spans.allSatisfy { span in other.content.spans.contains { $0.start <= span.start && span.end <= $0.end } }
        && !hasNegatedSubject(attribution, within: other)
    }
  }

  /// Whether `attribution`'s source, as `reporter`'s content gives it, follows a negative
  /// subject's word ("neither Russia nor Ukraine reported", the extractor's source being
  /// "Ukraine"), so no one said what the cue says.
  static func hasNegatedSubject(_ attribution: Attribution, within reporter: Attribution) -> Bool {
    guard let source = attribution.source?.spans.first,
      let holder = reporter.content.spans.first(where: { $0.start <= source.start && source.start <= $0.end })
    else { return false }
    let scalars = Array(reporter.content.text.unicodeScalars)
    // The content's text joins its spans; the holder is the first span when the content is one.
    let offset = reporter.content.spans.prefix { $0 != holder }.reduce(0) { $0 + $1.end - $1.start + 1 }
    let end = min(max(source.start - holder.start + offset, 0), scalars.count)
    let before = WordSplit.letterRuns(String(String.UnicodeScalarView(scalars[..<end])).lowercased())
    let words = (before.suffix(4) + (attribution.source?.text.lowercased().split(separator: " ").prefix(1) ?? []))
    return words.contains { negativeSubjects.contains(String($0)) }
  }

  /// "Oz has been dogged by charges that …", "Trump, facing questions over …": the subject
  /// is whom the charges are about, not who made them, so the statement has no source.
  static func isTargetOfNounCue(_ attribution: Attribution, in document: Document) -> Bool {
    guard let cue = attribution.cue.spans.last, attribution.sentence.start <= cue.start,
      WordSplit.letterRuns(attribution.cue.text.lowercased()).contains(where: { targetNouns.contains(String($0)) })
    else { return false }
    // The words up to the cue's end: "has been dogged by charges", "amid allegations".
    let words = WordSplit.letterRuns(document.text(in: TextSpan(attribution.sentence.start, cue.end)).lowercased())
      .map(String.init)
    return zip(words, words.dropFirst()).contains { targetPrepositions.contains($0) && targetNouns.contains($1) }
  }

  /// Nouns of saying that are often what someone faces ("charges", "allegations").
  static let targetNouns: Set<String> = [
    "charges", "accusations", "allegations", "claims", "criticism", "complaints", "questions", "reports",
    "rumors", "rumours", "speculation", "suggestions", "calls", "demands",
  ]
  /// Words before such a noun that make the subject its target ("dogged by", "amid", "facing").
  static let targetPrepositions: Set<String> = ["by", "amid", "over", "face", "faced", "faces", "facing", "despite", "against"]
}
