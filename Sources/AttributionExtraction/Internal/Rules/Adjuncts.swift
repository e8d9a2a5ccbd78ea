import AttributionDocuments
import AttributionLexicon

/// Adjuncts around a cue: the channel ("on Telegram", "in an interview with KBS"), the
/// recipient ("told the Financial Times"), time phrases and the relay ("in a statement carried
/// by KCNA").
/// Example: "Umerov said in an interview with KBS on Thursday that …" (channel "an interview",
/// relay "KBS").
extension RuleExtractor {
  /// Words that open an adjunct (with the weekdays and months).
  static let adjunctOpeners: Set<String> = WordList.adjunctOpeners.words

  /// Words that open a channel phrase.
  static let channelPrepositions: Set<String> = WordList.channelPrepositions.words

  func isAdjunctStart(_ index: Int, in sentence: Range<Int>) -> Bool {
    isIn(.adjunctStart, index)
  }

  /// Reads channel, recipient, time and relay phrases from `start`; returns where they stop.
  func adjuncts(_ draft: inout AttributionDraft, from start: Int, in sentence: Range<Int>, limit: Int? = nil) -> Int {
    let end = limit ?? contentEnd(in: sentence)
    var index = start
    var rounds = 0
    while index < end && rounds < 8 {
      rounds += 1
      var k = index
      if tokens[k].isMark(",") || lowers[k] == "and" {
        k += 1
        guard k < end, isAdjunctStart(k, in: sentence) else { break }
      }
      if let stop = timePhrase(at: k, end: end) {
        index = stop
        continue
      }
      if let (channel, recipient, stop) = channelPhrase(at: k, end: end) {
        if draft.channel == nil { draft.channel = channel }
        if let recipient, draft.recipient == nil { draft.recipient = recipient }
        index = stop
        // "in a statement carried by the state news agency KCNA": the outlet relays it.
        if stop + 2 < end, Self.carryingVerbs.contains(lowers[stop]), lowers[stop + 1] == "by" {
          var last = stop + 2
          while last < end, tokens[last].isWord, !(last > stop + 2 && (isAdjunctStart(last, in: sentence) || lowers[last] == "that")) {
            last += 1
          }
          if last > stop + 2 {
            if draft.relay == nil { draft.relay = possessorSpan((stop + 2)..<last) }
            index = last
          }
        }
        continue
      }
      if lowers[k] == "to", k + 1 < end, isIn(.recipientOpener, k + 1) {
        var stop = k + 1
        while stop < end, tokens[stop].isWord, !(stop > k + 1 && (isAdjunctStart(stop, in: sentence) || lowers[stop] == "that")),
          tokens[stop].isCapitalized || ["the", "reporters", "of", "journalists", "lawmakers", "media", "outlet", "newspaper"].contains(lowers[stop])
        {
          stop += 1
        }
        if stop > k + 1 {
          if draft.recipient == nil { draft.recipient = (k + 1)..<stop }
          index = stop
          continue
        }
      }
      if lowers[k] == "per", k + 1 < end {
        var stop = k + 1
        while stop < end, tokens[stop].isWord || tokens[stop].isMark("’") { stop += 1 }
        if stop > k + 1 {
          let last = stop - 1
          let outlet = lowers[last] == "translation" || lowers[last] == "reporting" ? (k + 1)..<last : (k + 1)..<stop
          draft.relay = possessorSpan(outlet)
          index = stop
          continue
        }
      }
      break
    }
    return index
  }

  /// Verbs by which an outlet passes a statement on: "a statement carried by KCNA".
  static let carryingVerbs: Set<String> = WordList.carryingVerbs.words

  /// The code-point span of a noun phrase with any final possessive "’s" cut off.
  func possessorSpan(_ range: Range<Int>) -> TextSpan? {
    guard !range.isEmpty else { return nil }
    let first = tokens[range.lowerBound].start
    var last = tokens[range.upperBound - 1].end
    let text = tokens[range.upperBound - 1].text
    if text.hasSuffix("’s") || text.hasSuffix("'s") { last -= 2 }
    return TextSpan(first, last)
  }

  func timePhrase(at start: Int, end: Int) -> Int? {
    var k = start
    let w = lowers[k]
    if ["yesterday", "today", "tonight"].contains(w) { return k + 1 }
    if ["on", "last", "this", "earlier", "late", "early", "in", "next"].contains(w) { k += 1 }
    if k < end, ["late", "early", "earlier", "last", "this"].contains(lowers[k]) { k += 1 }
    guard k < end else { return nil }
    let head = lowers[k]
    if Lexicon.weekdays.contains(head) {
      k += 1
    } else if Lexicon.months.contains(head) {
      k += 1
      if k < end, tokens[k].shape == .number { k += 1 }
    } else if k > start, Self.timeNouns.contains(head) {
      k += 1
    } else {
      return nil
    }
    if k < end, ["night", "evening", "morning", "afternoon"].contains(lowers[k]) { k += 1 }
    return k
  }

  /// "on Telegram", "in a Monday post on Telegram", "at a Pentagon briefing", "in an interview
  /// with KBS": the channel (without its preposition) and any recipient after "with".
  func channelPhrase(at start: Int, end: Int) -> (Range<Int>, Range<Int>?, Int)? {
    guard isIn(.channelPreposition, start) else { return nil }
    var k = start + 1
    var head: Int? = nil
    while k < end && k < start + 8 {
      guard tokens[k].isWord || tokens[k].shape == .number else { break }
      let w = lowers[k]
      if isIn(.channelNoun, k) && !(w == "x" && !tokens[k].isCapitalized) { head = k }
      else if head != nil { break }
      if ["that", "with", "on", "to", "and"].contains(w) && k > start + 1 { break }
      k += 1
    }
    guard let head else { return nil }
    var stop = head + 1
    var recipient: Range<Int>? = nil
    if stop + 1 < end, lowers[stop] == "on", tokens[stop + 1].isCapitalized, !isIn(.weekday, stop + 1) {
      stop += 2
    } else if stop + 1 < end, lowers[stop] == "with" {
      var r = stop + 1
      while r < end, tokens[r].isWord, !isAdjunctStart(r, in: 0..<end) || r == stop + 1, lowers[r] != "that", !isIn(.npBreaker, r) || r == stop + 1 {
        r += 1
      }
      if r > stop + 1 {
        // The recipient is the name at the end of the description ("broadcaster KBS").
        var nameStart = r
        while nameStart > stop + 1 && tokens[nameStart - 1].isCapitalized && !isIn(.titleWord, nameStart - 1) {
          nameStart -= 1
        }
        recipient = nameStart < r ? nameStart..<r : (stop + 1)..<r
        stop = r
      }
    }
    let channel = (start + 1)..<(recipient == nil ? stop : head + 1)
    return (channel, recipient, stop)
  }
}
