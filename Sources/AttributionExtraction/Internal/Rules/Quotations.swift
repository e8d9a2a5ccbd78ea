import AttributionDocuments
import AttributionLexicon

/// Quotations and their content: a quotation before its speaker ("“…,” he said"), a bare quote
/// that continues the previous speaker, and where a reported clause or quotation ends.
/// Example: "“We are seeing the first units,” Kovalenko wrote." (content the quotation).
extension RuleExtractor {
  /// The token just past the sentence's last content token: final full stops and reference
  /// marks are left out.
  func contentEnd(in sentence: Range<Int>) -> Int {
    var end = sentence.upperBound
    while end > sentence.lowerBound {
      let token = tokens[end - 1]
      if token.shape == .punctuation && [".", "!", "?", "]", ":", ";", ",", "\u{2026}", "..."].contains(token.text) {
        if token.isMark("]") {
          var open = end - 1
          while open > sentence.lowerBound && !tokens[open].isMark("[") { open -= 1 }
          end = open
          continue
        }
        if token.isMark("?") || token.isMark("!") { break }
        end -= 1
        continue
      }
      if token.shape == .number && end - 2 >= sentence.lowerBound && tokens[end - 2].isMark("[") {
        end -= 2
        continue
      }
      break
    }
    return end
  }

  func trimmed(_ sentence: Range<Int>) -> Range<Int> {
    sentence.lowerBound..<max(sentence.lowerBound, contentEnd(in: sentence))
  }

  func isQuote(_ range: Range<Int>) -> Bool {
    guard !range.isEmpty, tokens[range.lowerBound].isQuote else { return false }
    let id = layout.quoteOf[range.lowerBound]
    return id >= 0 && layout.quotes[id].open == range.lowerBound && layout.quotes[id].close == range.upperBound - 1
  }

  func isBareQuote(_ sentence: Range<Int>) -> Bool {
    let range = trimmed(sentence)
    guard !range.isEmpty, tokens[range.lowerBound].isQuote else { return false }
    let id = layout.quoteOf[range.lowerBound]
    return id >= 0 && layout.quotes[id].close >= range.upperBound - 1
  }

  /// The quotation closing just before `index` (allowing a comma between), if any.
  func quoteBefore(_ index: Int, in sentence: Range<Int>) -> Range<Int>? {
    var k = index - 1
    if k >= sentence.lowerBound, tokens[k].isMark(",") { k -= 1 }
    guard k >= sentence.lowerBound, tokens[k].isQuote else { return nil }
    let id = layout.quoteOf[k]
    guard id >= 0, layout.quotes[id].close == k else { return nil }
    let open = layout.quotes[id].open
    return open..<(k + 1)
  }

  /// The content standing before the source of a cue that ends its clause: a quotation, or the
  /// clause from the sentence start to the comma.
  func contentBefore(_ index: Int, in sentence: Range<Int>) -> Range<Int>? {
    if let quote = quoteBefore(index, in: sentence) {
      // A quotation that follows a comma continues the text before it.
      if quote.lowerBound > sentence.lowerBound, tokens[quote.lowerBound - 1].isWord || tokens[quote.lowerBound - 1].isMark(",") {
        let start = skipIntro(from: sentence.lowerBound, before: index)
        return start..<quote.upperBound
      }
      return quote
    }
    var stop = index
    while stop > sentence.lowerBound, tokens[stop - 1].isMark(",") || tokens[stop - 1].isMark("\u{2014}") { stop -= 1 }
    let start = sentence.lowerBound
    guard stop > start else { return nil }
    return start..<stop
  }

  /// Common irregular past tenses, which no "-ed" marks: "but gave no figures".
  static let irregularPasts: Set<String> = WordList.irregularPasts.words

  /// Auxiliaries and finite verbs that end a sentence-opening subject.
  static let finiteVerbs: Set<String> = WordList.finiteVerbs.words

  /// True when the tokens read as a clause or quotation rather than a bare noun phrase.
  func isClause(_ range: Range<Int>) -> Bool {
    range.contains { tokens[$0].isQuote || isIn(.finiteVerb, $0) || isVerbLike($0) }
  }

  /// Fills channel, recipient, relay and content after a cue.
  func fillContent(_ draft: inout AttributionDraft, after cueEnd: Int, in sentence: Range<Int>) {
    var index = cueEnd
    let end = contentEnd(in: sentence)
    let verb = lowers[draft.cue[0].lowerBound]
    if ["told", "tell", "tells", "telling", "informed", "assured", "warned", "urged", "asked"].contains(verb),
      index < end, tokens[index].isWord, lowers[index] != "that"
    {
      var stop = index
      while stop < end, tokens[stop].isWord || tokens[stop].shape == .number,
        lowers[stop] != "that", !(stop > index && isAdjunctStart(stop, in: sentence)),
        !(stop > index && isIn(.npBreaker, stop)), layout.quoteOf[stop] < 0,
        // "told reporters he thought …": the clause's subject or verb ends the one told, and so
        // does a new noun phrase ("told reporters the troops …", "told reporters Trump …").
        !(stop > index && (Self.subjectPronouns.contains(lowers[stop]) || isIn(.finiteVerb, stop))),
        !(stop > index && startsNewNounPhrase(stop, after: index))
      {
        stop += 1
      }
      if stop > index && stop - index <= 10 && (verb.hasPrefix("t") || stop < end && lowers[stop] == "that") {
        draft.recipient = index..<stop
        index = stop
      }
    }
    index = adjuncts(&draft, from: index, in: sentence)
    if index < end, tokens[index].isMark(",") {
      // After "he said," only a quotation continues the statement.
      guard index + 1 < end, tokens[index + 1].isQuote, layout.quoteOf[index + 1] >= 0,
        layout.quotes[layout.quoteOf[index + 1]].open == index + 1
      else { return }
      index += 1
    } else if index < end, tokens[index].isMark(":") {
      index += 1
      index = adjuncts(&draft, from: index, in: sentence)
    }
    guard index < end else { return }
    var stop = clauseEnd(from: index, limit: end, in: sentence, object: draft.kind != .said)
    // Trailing adjuncts belong to the statement, not to its content.
    var probe = index + 1
    while probe < stop {
      if isAdjunctStart(probe, in: sentence), layout.quoteOf[probe] < 0,
        lowers[probe] != "to" || (lowers[index] != "that" && !tokens[index].isQuote)
      {
        var trial = draft
        let reached = adjuncts(&trial, from: probe, in: sentence, limit: stop)
        if reached >= stop {
          draft = trial
          stop = probe
          break
        }
      }
      probe += 1
    }
    while stop > index, tokens[stop - 1].isMark(",") { stop -= 1 }
    guard stop > index else { return }
    // A quotation split around the cue: “A,” he said, “B.”
    draft.content = [index..<stop]
  }

  /// Where a content clause starting at `start` ends: before a coordinated second statement
  /// (", and he predicted"), a relay (", per X") or a participle (", saying").
  func clauseEnd(from start: Int, limit: Int, in sentence: Range<Int>, object: Bool = false) -> Int {
    var k = start
    // For the object of a verdict ("confirmed the movement but gave no figures"), whether it has
    // a verb of its own yet: before one, "but" or "and" and a verb end it. A reported clause
    // ("said the gunman shot two people and took a hostage") is never cut there.
    var hasVerb = !object
    while k < limit {
      if layout.quoteOf[k] >= 0 && !(tokens[k].isQuote && layout.quotes[layout.quoteOf[k]].close == k) && layout.quoteOf[k] != layout.quoteOf[start] {
        k += 1
        continue
      }
      let w = lowers[k]
      if !hasVerb, k > start, w == "but" || w == "and", k + 1 < limit, layout.quoteOf[k] < 0,
        isVerbLike(k + 1) || isIn(.irregularPast, k + 1)
      {
        return k
      }
      if !hasVerb, isIn(.finiteVerb, k) || isIn(.irregularPast, k) || isVerbLike(k) { hasVerb = true }
      if tokens[k].isMark(",") || (w == "but" && layout.quoteOf[k] < 0) {
        var next = tokens[k].isMark(",") ? k + 1 : k
        if next < limit, tokens[next].isQuote, next + 1 < limit, tokens[next].isMark("\u{201D}") || tokens[next].isMark("\"") { next += 1 }
        if next < limit {
          let n = lowers[next]
          if n == "per" || n == "according" { return k }
          if isIn(.participle, next) && words.entry[next].cueKind != nil && n != "calling" { return k }
          if tokens[k].isMark(",") {
            var probe = next
            while probe < limit && probe < next + 4 && tokens[probe].isWord {
              if words.entry[probe].cueKind != nil && !isIn(.ingForm, probe) { return k }
              probe += 1
            }
          }
          if n == "and" || n == "but" {
            var probe = next + 1
            var steps = 0
            while probe < limit && steps < 5 {
              if words.entry[probe].cueKind != nil || lowers[probe] == "declined" { return k }
              probe += 1
              steps += 1
            }
          }
        }
      }
      k += 1
    }
    return limit
  }
}
