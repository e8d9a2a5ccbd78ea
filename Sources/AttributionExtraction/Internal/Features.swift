import AttributionLexicon
/// Per-token facts the learned model's features are built from, computed once per document.
struct TokenFacts {
  var word: [UInt64]
  var suffix: [UInt64]
  var shape: [UInt64]
  var lexicon: [UInt64]
  var inQuote: [Bool]
  var isQuote: [Bool]
  var isComma: [Bool]
  var isCue: [Bool]
  /// Each token's part-of-speech class + 1, and that combined with its dependency class, from
  /// the syntax taggers; empty when the model has none.
  var partOfSpeech: [UInt64] = []
  var syntax: [UInt64] = []
  /// The index of the rule-based attribution whose cue holds the token, or -1.
  var ruleCue: [Int]

  /// The rule-based attribution whose cue overlaps `cue`.
  func rule(for cue: Range<Int>, in rules: [AttributionDraft]) -> AttributionDraft? {
    for index in cue where ruleCue[index] >= 0 { return rules[ruleCue[index]] }
    return nil
  }

  init(tokens: [Token], words: TokenWords, layout: TextLayout, rules: [AttributionDraft]) {
    let count = tokens.count
    word = words.hash
    suffix = words.suffix
    shape = words.shape
    lexicon = [UInt64](repeating: 0, count: count)
    inQuote = [Bool](repeating: false, count: count)
    isQuote = inQuote
    isComma = inQuote
    isCue = inQuote
    ruleCue = [Int](repeating: -1, count: count)
    for (number, rule) in rules.enumerated() {
      for range in rule.cue {
        for index in range where index < count { ruleCue[index] = number }
      }
    }
    for index in 0..<count {
      // The lexicon table carries ``lexiconCodes``: one probe per token, made by the rules.
      lexicon[index] = words.entry[index].modelCode
      isCue[index] = words.entry[index].isModelCue
      isQuote[index] = tokens[index].isQuote
      inQuote[index] = layout.quoteOf[index] >= 0 && !tokens[index].isQuote
      isComma[index] = tokens[index].isMark(",")
    }
  }

  /// The word hash of token `index`, or ``FeatureBuilder/outside`` when it lies outside `range`.
  @inline(__always)
  func word(_ index: Int, within range: Range<Int>) -> UInt64 {
    range.contains(index) ? word[index] : FeatureBuilder.outside
  }

  /// The shape code of token `index`, or 99 when it lies outside `range`.
  @inline(__always)
  func shape(_ index: Int, within range: Range<Int>) -> UInt64 {
    range.contains(index) ? shape[index] : 99
  }

  /// Adds the syntax taggers' classes for every token.
  mutating func addSyntax(_ tagger: SyntaxTagger, sentences: [Range<Int>]) {
    let (partsOfSpeech, dependencies) = tagger.tags(self, sentences: sentences)
    partOfSpeech = partsOfSpeech.map { UInt64($0) + 1 }
    syntax = zip(partsOfSpeech, dependencies).map { UInt64($0) << 8 | UInt64($1) + 1 }
  }

  /// Each lexicon word's code, found with one lookup: cue verbs 1–7 by kind (+8 when weak),
  /// pronouns 20, determiners 21, title words 22, anonymity markers 23, "according" and "that"
  /// 24. A word in several lists takes the first list's code in that order.
  static let lexiconCodes: [String: (code: UInt64, isCue: Bool)] = {
    var codes: [String: (code: UInt64, isCue: Bool)] = [:]
    for word in ["according", "that"] { codes[word] = (24, false) }
    for word in Lexicon.anonymousMarkers { codes[word] = (23, false) }
    for word in Lexicon.titleWords { codes[word] = (22, false) }
    for word in WordList.determiners.words { codes[word] = (21, false) }
    for word in Lexicon.pronouns { codes[word] = (20, false) }
    for (word, kind) in Lexicon.cueVerbs {
      let code = 1 + UInt64(AttributionKind.allCases.firstIndex(of: kind)!)
        + (Lexicon.weakCues.contains(word) ? 8 : 0)
      codes[word] = (code, true)
    }
    return codes
  }()

  /// The hash of the last three characters of `lower`; ASCII text skips grapheme breaking.
  /// (``TokenWords`` has it for every token: for ASCII text from the pass that lower-cases it,
  /// through ``asciiSuffixHash(count:_:_:_:)``, and from here for the rest.)
  static func suffixHash(_ lower: String) -> UInt64 {
    let utf8 = lower.utf8
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return FeatureHash.string(String(lower.suffix(3))) }
    let tail = [UInt8](repeating: 0, count: max(0, 3 - utf8.count)) + utf8.suffix(3)
    return asciiSuffixHash(count: utf8.count, tail[0], tail[1], tail[2])
  }

  /// ``suffixHash(_:)`` of ASCII text of `count` bytes whose last three bytes are
  /// `third`, `second` and `last` (0 where the text is shorter).
  @inline(__always)
  static func asciiSuffixHash(count: Int, _ third: UInt8, _ second: UInt8, _ last: UInt8) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    if count >= 3 { hash = (hash ^ UInt64(third)) &* 0x0000_0100_0000_01b3 }
    if count >= 2 { hash = (hash ^ UInt64(second)) &* 0x0000_0100_0000_01b3 }
    if count >= 1 { hash = (hash ^ UInt64(last)) &* 0x0000_0100_0000_01b3 }
    return hash
  }

  /// The shape code of an ASCII word of `count` bytes: whether its first byte is a capital, and
  /// whether it has a lower-case letter or a full stop.
  @inline(__always)
  static func asciiWordShape(capitalFirst: Bool, lowercase: Bool, fullStop: Bool, count: Int) -> UInt64 {
    if capitalFirst && !lowercase && count > 1 { return 70 }
    if capitalFirst { return 71 }
    if fullStop { return 72 }
    return 73
  }

  /// The shape code of a token (``TokenWords`` has it for every token: for an ASCII word from
  /// the pass that lower-cases it, through ``asciiWordShape(capitalFirst:lowercase:fullStop:count:)``,
  /// which gives the same code, and from here for the rest).
  static func shape(_ token: Token) -> UInt64 {
    switch token.shape {
    case .number: return 1
    case .quote: return 2
    case .punctuation: return 3 + FeatureHash.string(token.text) % 64
    case .word:
      let scalars = token.text.unicodeScalars
      let upper = scalars.first?.properties.isUppercase ?? false
      if upper && scalars.allSatisfy({ !$0.properties.isLowercase }) && scalars.count > 1 { return 70 }
      if upper { return 71 }
      if token.text.contains(".") { return 72 }
      return 73
    }
  }
}

/// Feature hashing: template numbers and values mixed into a bucket index.
enum FeatureHash {
  static func string(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
  }

  @inline(__always)
  static func mix(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
    var x = template &* 0x9E37_79B9_7F4A_7C15 ^ a &* 0xBF58_476D_1CE4_E5B9 ^ b &* 0x94D0_49BB_1331_11EB
      ^ c &* 0x2545_F491_4F6C_DD1D
    x ^= x >> 31
    x = x &* 0xD6E8_FEB8_6659_FD93
    x ^= x >> 32
    return x
  }
}

/// Builds feature bucket lists for the two taggers.
struct FeatureBuilder {
  let facts: TokenFacts
  let mask: UInt64

  init(facts: TokenFacts, bucketBits: Int) {
    self.facts = facts
    mask = (1 << UInt64(bucketBits)) - 1
  }

  static let outside: UInt64 = 0x5151

  func word(_ index: Int, _ range: Range<Int>) -> UInt64 { facts.word(index, within: range) }

  func shape(_ index: Int, _ range: Range<Int>) -> UInt64 { facts.shape(index, within: range) }

  /// Features of each token of `sentence` for finding cues, as lists.
  func cueFeatures(_ sentence: Range<Int>) -> [[UInt32]] {
    var lists = FeatureLists(capacity: sentence.count)
    cueFeatures(sentence, into: &lists)
    return lists.lists
  }

  /// Feeds the features of each token of `sentence` for finding cues to `sink`, token by token.
  @inline(__always)
  func cueFeatures<Sink: FeatureSink>(_ sentence: Range<Int>, into output: inout Sink) {
    // The features go to a local sink, which the optimiser keeps in registers; through the
    // parameter, every bucket stored would reload the sink from memory. (A local function that
    // captured the sink would have its every use checked for exclusive access at run time.)
    var features = HashedFeatures(sink: consume output, mask: mask)
    for i in sentence {
      let w = facts.word[i]
      let q: UInt64 = facts.inQuote[i] ? 1 : 0
      features.add(1)
      features.add(2, w)
      features.add(3, facts.suffix[i])
      features.add(4, facts.shape[i])
      features.add(5, word(i - 1, sentence))
      features.add(6, word(i + 1, sentence))
      features.add(7, word(i - 2, sentence))
      features.add(8, word(i + 2, sentence))
      features.add(9, word(i - 1, sentence), w)
      features.add(10, w, word(i + 1, sentence))
      features.add(11, facts.lexicon[i])
      features.add(12, facts.lexicon[i], word(i + 1, sentence))
      features.add(13, facts.lexicon[i], word(i - 1, sentence))
      features.add(14, q)
      features.add(15, w, q)
      features.add(16, shape(i - 1, sentence), shape(i + 1, sentence))
      features.add(17, w, i == sentence.lowerBound ? 1 : 0)
      features.add(18, UInt64(min(i - sentence.lowerBound, 12)))
      features.add(19, facts.lexicon[i], q)
      features.add(20, w, shape(i - 1, sentence))
      features.add(21, facts.suffix[i], word(i + 1, sentence))
      features.add(22, word(i - 1, sentence), w, word(i + 1, sentence))
      features.add(23, facts.lexicon[i], shape(i - 1, sentence), shape(i + 1, sentence))
      features.add(24, w, facts.lexicon[i + 1 < sentence.upperBound ? i + 1 : i])
      let ruled: UInt64 = facts.ruleCue[i] >= 0 ? 1 : 0
      let ruledBefore: UInt64 = i > sentence.lowerBound && facts.ruleCue[i - 1] >= 0 ? 1 : 0
      features.add(25, ruled, ruledBefore)
      features.add(26, ruled, w)
      features.add(27, ruled, facts.lexicon[i])
      if !facts.syntax.isEmpty {
        let p = facts.partOfSpeech[i]
        let before = i > sentence.lowerBound ? facts.partOfSpeech[i - 1] : 99
        let after = i + 1 < sentence.upperBound ? facts.partOfSpeech[i + 1] : 99
        features.add(40, facts.syntax[i])
        features.add(41, before, p)
        features.add(42, p, after)
        features.add(43, facts.syntax[i], w)
        features.add(44, before, p, after)
        features.add(45, facts.syntax[i], facts.lexicon[i])
      }
      features.sink.endPosition()
    }
    output = features.sink
  }

  static func bucket(_ distance: Int) -> UInt64 {
    switch distance {
    case ...3: return UInt64(max(distance, 0))
    case 4...5: return 4
    case 6...8: return 5
    case 9...12: return 6
    case 13...20: return 7
    case 21...35: return 8
    default: return 9
    }
  }

  /// Features of each token of `window` for finding the source and content of the cue `cue`,
  /// as lists. `sentence` is the cue's sentence.
  func roleFeatures(
    _ window: Range<Int>, cue: Range<Int>, sentence: Range<Int>, rule: AttributionDraft?
  ) -> [[UInt32]] {
    var lists = FeatureLists(capacity: window.count)
    roleFeatures(window, cue: cue, sentence: sentence, rule: rule, into: &lists)
    return lists.lists
  }

  /// Feeds the features of each token of `window` for finding the source and content of the cue
  /// `cue` to `sink`, token by token. `sentence` is the cue's sentence.
  @inline(__always)
  func roleFeatures<Sink: FeatureSink>(
    _ window: Range<Int>, cue: Range<Int>, sentence: Range<Int>, rule: AttributionDraft?,
    into output: inout Sink
  ) {
    // The features go to a local sink, which the optimiser keeps in registers; through the
    // parameter, every bucket stored would reload the sink from memory. (A local function that
    // captured the sink would have its every use checked for exclusive access at run time.)
    var features = HashedFeatures(sink: consume output, mask: mask)
    // What the rules said about this cue: 1 source, 2 content, 3 elsewhere; 0 when the rules
    // found no attribution here.
    var ruleRole = [UInt64](repeating: rule == nil ? 0 : 3, count: window.count)
    var ruleStart = [Bool](repeating: false, count: window.count)
    if let rule {
      for (range, role) in (rule.source.map { [($0, UInt64(1))] } ?? []) + rule.content.map({ ($0, UInt64(2)) }) {
        for index in range where window.contains(index) {
          ruleRole[index - window.lowerBound] = role
          ruleStart[index - window.lowerBound] = index == range.lowerBound
        }
      }
    }
    // Running counts for "between the token and the cue".
    var quotes = [Int](repeating: 0, count: window.count + 1)
    var commas = quotes
    var cues = quotes
    for (offset, i) in window.enumerated() {
      quotes[offset + 1] = quotes[offset] + (facts.isQuote[i] ? 1 : 0)
      commas[offset + 1] = commas[offset] + (facts.isComma[i] ? 1 : 0)
      cues[offset + 1] = cues[offset] + (facts.isCue[i] && !cue.contains(i) ? 1 : 0)
    }
    @inline(__always)
    func between(_ counts: [Int], _ i: Int) -> UInt64 {
      let a = i - window.lowerBound
      let lo = i < cue.lowerBound ? a + 1 : cue.upperBound - window.lowerBound
      let hi = i < cue.lowerBound ? cue.lowerBound - window.lowerBound : a
      guard hi > lo else { return 0 }
      return UInt64(min(counts[hi] - counts[lo], 3))
    }
    let cueWord = facts.word[cue.lowerBound]
    let cueLast = facts.word[cue.upperBound - 1]
    let before = word(cue.lowerBound - 1, window)
    let after = word(cue.upperBound, window)
    let afterShape = shape(cue.upperBound, window)
    let cueQuoted: UInt64 = facts.inQuote[cue.lowerBound] ? 1 : 0
    for i in window {
      let rel: UInt64 = i < cue.lowerBound ? 0 : (i < cue.upperBound ? 1 : 2)
      let distance = i < cue.lowerBound ? cue.lowerBound - i : (i < cue.upperBound ? 0 : i - cue.upperBound + 1)
      let d = Self.bucket(distance)
      let w = facts.word[i]
      let place: UInt64 = sentence.contains(i) ? 0 : (i < sentence.lowerBound ? 1 : 2)
      let q: UInt64 = facts.inQuote[i] ? 1 : 0
      let quoteBetween = between(quotes, i)
      let commaBetween = between(commas, i)
      let cueBetween = between(cues, i)
      features.add(101, rel, d)
      features.add(102, w, rel)
      features.add(103, w, rel, min(d, 4))
      features.add(104, facts.shape[i], rel)
      features.add(105, facts.shape[i], rel, d)
      features.add(106, cueWord, rel)
      features.add(107, cueWord, rel, d)
      features.add(108, word(i - 1, window), rel)
      features.add(109, word(i + 1, window), rel)
      features.add(110, q, rel, quoteBetween)
      features.add(111, q, rel, d)
      features.add(112, commaBetween, rel)
      features.add(113, commaBetween, rel, d)
      features.add(114, place, rel)
      features.add(115, facts.lexicon[i], rel, d)
      features.add(116, before, rel)
      features.add(117, after, rel)
      features.add(118, after, rel, d)
      features.add(119, cueQuoted, rel, q)
      features.add(120, facts.suffix[i], rel)
      features.add(121, i == sentence.lowerBound ? 1 : 0, rel)
      features.add(122, cueWord, w, distance <= 2 ? 1 : 0)
      features.add(123, cueBetween, rel)
      features.add(124, cueBetween, rel, d)
      features.add(125, quoteBetween, commaBetween, rel)
      features.add(126, cueLast, rel, d)
      features.add(127, afterShape, rel, d)
      features.add(128, word(i - 1, window), w, rel)
      features.add(129, shape(i - 1, window), facts.shape[i], rel)
      features.add(130, shape(i + 1, window), facts.shape[i], rel)
      features.add(131, before, after, rel)
      features.add(132, facts.lexicon[i], q, rel)
      features.add(133, place, d, rel)
      features.add(134, UInt64(cue.count), rel)
      let offset = i - window.lowerBound
      let roleHere = ruleRole[offset]
      let roleBefore = offset > 0 ? ruleRole[offset - 1] : 9
      let roleAfter = offset + 1 < ruleRole.count ? ruleRole[offset + 1] : 9
      features.add(135, roleHere, rel)
      features.add(136, roleHere, roleBefore, ruleStart[offset] ? 1 : 0)
      features.add(137, roleHere, roleAfter)
      features.add(138, roleHere, w)
      features.add(139, roleHere, rel, d)
      features.add(140, roleHere, facts.shape[i])
      let toSentenceEnd = UInt64(max(0, min(sentence.upperBound - i, 4)))
      let fromSentenceStart = UInt64(max(0, min(i - sentence.lowerBound, 4)))
      features.add(141, toSentenceEnd, rel, facts.shape[i])
      features.add(142, fromSentenceStart, rel, facts.shape[i])
      features.add(143, word(i + 1, window), w, rel)
      features.add(144, word(i - 1, window), shape(i + 1, window), rel)
      features.add(145, cueWord, commaBetween, rel)
      features.add(146, cueWord, quoteBetween, rel)
      if !facts.syntax.isEmpty {
        let here = facts.syntax[i]
        let before = i > window.lowerBound ? facts.syntax[i - 1] : 99
        let after = i + 1 < window.upperBound ? facts.syntax[i + 1] : 99
        features.add(160, here, rel)
        features.add(161, here, rel, d)
        features.add(162, before, here, rel)
        features.add(163, here, after, rel)
        features.add(164, here, facts.syntax[cue.lowerBound], rel)
        features.add(165, before, here, after)
      }
      features.sink.endPosition()
    }
    output = features.sink
  }
}

/// Hashes a position's features (a template number and up to three values) into buckets for
/// a sink.
struct HashedFeatures<Sink: FeatureSink> {
  var sink: Sink
  let mask: UInt64

  @inline(__always)
  mutating func add(_ t: UInt64, _ a: UInt64 = 0, _ b: UInt64 = 0, _ c: UInt64 = 0) {
    sink.add(UInt32(truncatingIfNeeded: FeatureHash.mix(t, a, b, c) & mask))
  }
}

/// Receives hashed feature buckets token by token: every bucket of a token, then
/// ``endPosition()``.
protocol FeatureSink {
  mutating func add(_ bucket: UInt32)
  mutating func endPosition()
}

/// Collects each token's feature buckets as a list (for training).
struct FeatureLists: FeatureSink {
  var lists: [[UInt32]] = []
  var current: [UInt32] = []

  init(capacity: Int) {
    lists.reserveCapacity(capacity)
  }

  mutating func add(_ bucket: UInt32) { current.append(bucket) }

  mutating func endPosition() {
    lists.append(current)
    current.removeAll(keepingCapacity: true)
  }
}
