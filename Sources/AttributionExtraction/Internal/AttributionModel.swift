import Foundation

/// The learned extractor: one perceptron tags cue tokens (B/I/O) sentence by sentence; a second
/// tags, for each cue, the tokens of its source and content in a window of the cue's sentence
/// and its neighbours in the same paragraph. Both see each token's part of speech and dependency
/// label from the model's ``SyntaxTagger`` when it has one. Trained on PolNeAR's train split.
struct AttributionModel: Sendable {
  static let bucketBits = 18
  /// The widest window, in tokens, searched for a cue's source and content.
  static let widestWindow = 160

  enum CueLabel: Int { case outside, begin, inside }
  enum RoleLabel: Int { case outside, sourceBegin, sourceInside, contentBegin, contentInside }

  var cue: Perceptron
  var role: Perceptron
  /// The taggers' weights as the model file stores them, which the extractor scores with.
  let cueTable: WeightTable
  let roleTable: WeightTable
  var syntax: SyntaxTagger?

  /// A model from trained taggers; its tables are the weights quantised as the file stores them.
  init(cue: Perceptron, role: Perceptron, syntax: SyntaxTagger? = nil) {
    self.cue = cue
    self.role = role
    self.syntax = syntax
    cueTable = Self.quantised(cue)
    roleTable = Self.quantised(role)
  }

  /// An untrained cue tagger; without Float weights when `withWeights` is false (see
  /// ``Perceptron/init(labels:bucketBits:allowed:withWeights:)``).
  static func cueTagger(withWeights: Bool = true) -> Perceptron {
    Perceptron(labels: 3, bucketBits: bucketBits, allowed: allowedBIO(kinds: 1), withWeights: withWeights)
  }

  /// An untrained role tagger; without Float weights when `withWeights` is false.
  static func roleTagger(withWeights: Bool = true) -> Perceptron {
    Perceptron(labels: 5, bucketBits: bucketBits, allowed: allowedBIO(kinds: 2), withWeights: withWeights)
  }

  /// Transition constraints for O plus `kinds` B/I pairs: I-x only after B-x or I-x.
  static func allowedBIO(kinds: Int) -> [Bool] {
    let labels = 1 + 2 * kinds
    var allowed = [Bool](repeating: true, count: (labels + 1) * labels)
    for kind in 0..<kinds {
      let inside = 2 + 2 * kind
      for previous in 0...labels {
        let isSameKind = previous == inside - 1 || previous == inside
        allowed[previous * labels + inside] = isSameKind && previous < labels
      }
    }
    return allowed
  }

  /// The model shipped with the library, or nil when the resource is missing.
  static let bundled: AttributionModel? = {
    guard let url = Bundle.module.url(forResource: "attribution-model", withExtension: "bin"),
      let data = try? Data(contentsOf: url, options: .alwaysMapped)
    else { return nil }
    return AttributionModel(data: data)
  }()

  /// How far, in tokens, a cue's source and content are looked for before and after it.
  static let reachBefore = 60
  static let reachAfter = 100

  /// The tokens a cue's roles are looked for in: its sentence and the neighbouring sentences of
  /// the same paragraph, at most ``reachBefore`` tokens before and ``reachAfter`` after the cue.
  static func window(for cue: Range<Int>, around index: Int, sentences: [Range<Int>], tokens: [Token]) -> Range<Int> {
    let around = window(around: index, sentences: sentences, tokens: tokens)
    return max(around.lowerBound, cue.lowerBound - reachBefore)..<min(around.upperBound, cue.upperBound + reachAfter)
  }

  /// The sentences around `index` a cue's roles are looked for in.
  static func window(around index: Int, sentences: [Range<Int>], tokens: [Token]) -> Range<Int> {
    let sentence = sentences[index]
    var lower = sentence.lowerBound
    var upper = sentence.upperBound
    if index > 0, !tokens[sentence.lowerBound].newlineBefore,
      sentences[index - 1].count + upper - lower <= widestWindow
    {
      lower = sentences[index - 1].lowerBound
    }
    if index + 1 < sentences.count, !tokens[sentences[index + 1].lowerBound].newlineBefore,
      sentences[index + 1].count + upper - lower <= widestWindow
    {
      upper = sentences[index + 1].upperBound
    }
    return lower..<upper
  }

  static func chunks(_ path: [Int], offset: Int, begin: Int) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start: Int? = nil
    for (position, label) in path.enumerated() {
      if label == begin {
        if let open = start { result.append((open + offset)..<(position + offset)) }
        start = position
      } else if label != begin + 1, let open = start {
        result.append((open + offset)..<(position + offset))
        start = nil
      }
    }
    if let open = start { result.append((open + offset)..<(path.count + offset)) }
    return result
  }

  /// The attributions the model finds in `text`, as drafts over its tokens; `rules` are the
  /// rules' drafts, which its features read.
  func drafts(text: AnalyzedText, rules: [AttributionDraft]) -> [AttributionDraft] {
    let (tokens, words, layout) = (text.tokens, text.words, text.layout)
    var facts = TokenFacts(tokens: tokens, words: words, layout: layout, rules: rules)
    if let syntax { facts.addSyntax(syntax, sentences: layout.sentences) }
    let builder = FeatureBuilder(facts: facts, bucketBits: Self.bucketBits)
    // All cues first, then all roles: each tagger's table stays in cache through its pass.
    var cues: [(number: Int, cue: Range<Int>)] = []
    for (number, sentence) in layout.sentences.enumerated() where !sentence.isEmpty {
      let cueScores = cueTable.emissions(count: sentence.count) { builder.cueFeatures(sentence, into: &$0) }
      let path = cue.decode(scores: cueScores, count: sentence.count)
      for cueRange in Self.chunks(path, offset: sentence.lowerBound, begin: CueLabel.begin.rawValue) {
        cues.append((number, cueRange))
      }
    }
    var drafts: [AttributionDraft] = []
    for (number, cueRange) in cues {
      let sentence = layout.sentences[number]
      let window = Self.window(for: cueRange, around: number, sentences: layout.sentences, tokens: tokens)
      let rule = facts.rule(for: cueRange, in: rules)
      let roleScores = roleTable.emissions(count: window.count) {
        builder.roleFeatures(window, cue: cueRange, sentence: sentence, rule: rule, into: &$0)
      }
      let roles = role.decode(scores: roleScores, count: window.count)
      let sources = Self.chunks(roles, offset: window.lowerBound, begin: RoleLabel.sourceBegin.rawValue)
      let contents = Self.chunks(roles, offset: window.lowerBound, begin: RoleLabel.contentBegin.rawValue)
      guard !contents.isEmpty else { continue }
      let source = sources.min { Self.distance($0, cueRange) < Self.distance($1, cueRange) }
      let kind = words.entry[cueRange.upperBound - 1].cueKind ?? words.entry[cueRange.lowerBound].cueKind ?? .said
      drafts.append(
        AttributionDraft(
          kind: kind, source: source, cue: [cueRange], content: contents, sentence: sentence))
    }
    return drafts
  }

  /// Tokens between two ranges (0 when they touch).
  static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
    a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound : a.lowerBound - b.upperBound
  }
}

// MARK: - Storage

extension AttributionModel {
  static let magic: UInt32 = 0x314D_4741  // "AGM1": no syntax taggers
  static let magicWithSyntax: UInt32 = 0x324D_4741  // "AGM2": syntax taggers follow

  /// The model as bytes: a header ("AGM1", or "AGM2" when syntax taggers follow, and the bucket
  /// bits), then each tagger's transitions (Float32) and weights quantised to Int16 with one
  /// scale per tagger; then, for "AGM2", the syntax taggers' bucket bits and each one's label
  /// count, scale and Int16 weights, each bucket's row padded with zeros to
  /// ``GreedyTagger/stride`` labels. Little-endian.
  var data: Data {
    var data = Data()
    func put(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
    func put(_ value: Float) { put(value.bitPattern) }
    put(syntax == nil ? Self.magic : Self.magicWithSyntax)
    put(UInt32(Self.bucketBits))
    for (tagger, table) in [(cue, cueTable), (role, roleTable)] {
      put(UInt32(tagger.labels))
      tagger.transitions.forEach { put($0) }
      put(table.scale)
      table.raw.map(\.littleEndian).withUnsafeBytes { data.append(contentsOf: $0) }
    }
    if let syntax {
      put(UInt32(SyntaxTagger.bucketBits))
      for tagger in [syntax.partOfSpeechTagger, syntax.dependencyTagger] {
        put(UInt32(tagger.labels))
        put(tagger.scale)
        tagger.table.map(\.littleEndian).withUnsafeBytes { data.append(contentsOf: $0) }
      }
    }
    return data
  }

  /// The tagger's weights quantised to Int16 with one scale.
  static func quantised(_ tagger: Perceptron) -> WeightTable {
    let largest = tagger.weights.reduce(Float(0)) { max($0, abs($1)) }
    let scale = largest > 0 ? largest / 32767 : 1
    var raw = [Int16](repeating: 0, count: tagger.weights.count)
    for index in raw.indices {
      raw[index] = Int16((tagger.weights[index] / scale).rounded())
    }
    return WeightTable(labels: tagger.labels, scale: scale, raw: raw)
  }

  /// The model in `data`, or nil when it is not a whole model file. Its taggers keep only what
  /// extraction reads (the Int16 tables and the transitions), not Float copies of the weights.
  init?(data: Data) {
    // Read in place: the bundled file is mapped, not copied.
    var offset = 0
    let size = data.count
    func word() -> UInt32? {
      guard offset + 4 <= size else { return nil }
      let value = data.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
      offset += 4
      return value
    }
    /// The next `count` Int16s, or nil when the bytes end first.
    func int16s(_ count: Int) -> [Int16]? {
      guard offset + count * 2 <= size else { return nil }
      let values = [Int16](unsafeUninitializedCapacity: count) { values, initialized in
        data.withUnsafeBytes { bytes in
          UnsafeMutableRawBufferPointer(values).copyMemory(
            from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + 2 * count)]))
        }
        // The bytes are little-endian: on a big-endian machine each value is turned around.
        if Int16(littleEndian: 1) != 1 {
          for index in 0..<count { values[index] = Int16(littleEndian: values[index]) }
        }
        initialized = count
      }
      offset += count * 2
      return values
    }
    let magic = word()
    guard magic == Self.magic || magic == Self.magicWithSyntax, word() == UInt32(Self.bucketBits) else {
      return nil
    }
    func tagger(_ empty: Perceptron) -> (Perceptron, WeightTable)? {
      var tagger = empty
      guard word() == UInt32(tagger.labels) else { return nil }
      for index in tagger.transitions.indices {
        guard let bits = word() else { return nil }
        tagger.transitions[index] = Float(bitPattern: bits)
      }
      guard let scaleBits = word(), let raws = int16s(tagger.buckets * tagger.labels) else { return nil }
      return (tagger, WeightTable(labels: tagger.labels, scale: Float(bitPattern: scaleBits), raw: raws))
    }
    guard let (cue, cueTable) = tagger(Self.cueTagger(withWeights: false)),
      let (role, roleTable) = tagger(Self.roleTagger(withWeights: false))
    else { return nil }
    self.cue = cue
    self.role = role
    self.cueTable = cueTable
    self.roleTable = roleTable
    syntax = nil
    // The attribution taggers of an "AGM2" file learned from syntax features: without its syntax
    // taggers they would run quietly worse, so a file cut there is refused.
    guard magic == Self.magicWithSyntax else {
      guard offset == size else { return nil }
      return
    }
    guard word() == UInt32(SyntaxTagger.bucketBits) else { return nil }
    func greedy(_ empty: GreedyTagger) -> GreedyTagger? {
      var tagger = empty
      guard word() == UInt32(tagger.labels), let scaleBits = word(), let table = int16s(tagger.offsetTable.count)
      else { return nil }
      tagger.scale = Float(bitPattern: scaleBits)
      tagger.table = table
      return tagger
    }
    let untrained = SyntaxTagger.untrained(withWeights: false)
    guard let partOfSpeech = greedy(untrained.partOfSpeechTagger),
      let dependency = greedy(untrained.dependencyTagger), offset == size
    else { return nil }
    syntax = SyntaxTagger(partOfSpeechTagger: partOfSpeech, dependencyTagger: dependency)
  }
}
