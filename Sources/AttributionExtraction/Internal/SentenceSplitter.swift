/// Sentences and quotations over a token array.
struct TextLayout: Sendable {
  /// Each sentence as a range of token indices, in order, covering every token once.
  var sentences: [Range<Int>]
  /// Quotations as (opening mark, closing mark) token indices; an unclosed quotation ends at
  /// the last token of its paragraph.
  var quotes: [(open: Int, close: Int)]
  /// For each token, the index into `quotes` of the innermost quotation holding it, or -1.
  var quoteOf: [Int]
}

/// Splits tokens into sentences: at full stops, question and exclamation marks that are not part
/// of an abbreviation, and at every line break (bullets and paragraphs). A sentence is not split
/// inside a quotation unless the quotation runs on unreasonably long. Linear in the token count.
enum SentenceSplitter {
  static let longestQuote = 150
  /// Run-on text is cut into pieces of at most this many tokens, so every later step stays
  /// linear however long a "sentence" is.
  static let longestSentence = 400

  static func layout(_ tokens: [Token]) -> TextLayout {
    let quoting = quotations(tokens)
    var sentences: [Range<Int>] = []
    var start = 0
    var index = 0
    let count = tokens.count
    while index < count {
      if index > start && (tokens[index].newlineBefore || index - start >= longestSentence) {
        sentences.append(start..<index)
        start = index
      }
      let token = tokens[index]
      if token.shape == .punctuation && (token.text == "." || token.text == "!" || token.text == "?"
        || token.text == "..." || token.text == "\u{2026}")
      {
        var next = index + 1
        // Closing quotes and brackets, reference marks like [1], stay with the sentence.
        while next < count && !tokens[next].newlineBefore {
          let text = tokens[next].text
          if tokens[next].isQuote && quoting.closes[next] {
            next += 1
          } else if text == ")" || text == "]" {
            next += 1
          } else if text == "[", next + 2 < count, tokens[next + 1].shape == .number,
            tokens[next + 2].text == "]"
          {
            next += 3
          } else {
            break
          }
        }
        let insideQuote = next - 1 >= 0 && quoting.quoteOf[index] >= 0
          && !(tokens[next - 1].isQuote && quoting.closes[next - 1])
          && quoteLength(quoting, at: index) <= longestQuote
        let boundary: Bool
        if next >= count || tokens[next].newlineBefore {
          boundary = true
        } else if insideQuote {
          boundary = false
        } else {
          let following = tokens[next]
          boundary = following.isCapitalized || following.isQuote || following.shape == .number
            || (following.shape == .punctuation && following.text != "," && following.text != ";")
        }
        if boundary {
          sentences.append(start..<next)
          start = next
        }
        index = next
        continue
      }
      index += 1
    }
    if start < count { sentences.append(start..<count) }
    return TextLayout(sentences: sentences, quotes: quoting.pairs, quoteOf: quoting.quoteOf)
  }

  private static func quoteLength(_ quoting: Quoting, at index: Int) -> Int {
    let quote = quoting.pairs[quoting.quoteOf[index]]
    return quote.close - quote.open
  }

  struct Quoting {
    var pairs: [(open: Int, close: Int)] = []
    var quoteOf: [Int]
    var closes: [Bool]
  }

  /// Pairs quotation marks within each paragraph: curly marks by direction, straight marks by
  /// alternation. Unbalanced marks never fail: an unclosed quotation ends with its paragraph.
  static func quotations(_ tokens: [Token]) -> Quoting {
    var quoting = Quoting(
      quoteOf: Array(repeating: -1, count: tokens.count),
      closes: Array(repeating: false, count: tokens.count))
    var open: Int? = nil
    func close(at end: Int) {
      guard let start = open else { return }
      let id = quoting.pairs.count
      quoting.pairs.append((start, end))
      for position in start...end { quoting.quoteOf[position] = id }
      quoting.closes[end] = true
      open = nil
    }
    for (index, token) in tokens.enumerated() {
      if token.newlineBefore, open != nil, index > 0 {
        close(at: index - 1)
      }
      guard token.isQuote else { continue }
      switch token.text {
      case "\u{201C}", "\u{201E}", "\u{00AB}", "``":
        if open != nil { close(at: index - 1) }
        open = index
      case "\u{201D}", "\u{00BB}":
        if open != nil { close(at: index) }
      default:
        if open != nil {
          close(at: index)
        } else {
          let previous = index > 0 ? tokens[index - 1] : nil
          let next = index + 1 < tokens.count ? tokens[index + 1] : nil
          // A straight mark glued to the end of a word closes; otherwise it opens.
          if let previous, previous.end == token.start, previous.shape != .punctuation || previous.text == "." || previous.text == ",",
            next == nil || next!.start > token.end
          {
            continue
          }
          open = index
        }
      }
    }
    if open != nil, !tokens.isEmpty { close(at: tokens.count - 1) }
    return quoting
  }
}
