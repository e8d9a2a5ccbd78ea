import CPrefetch

/// Each token's part of speech and dependency label, from two greedy averaged perceptrons that
/// tag a sentence left to right, each decision seeing the ones before it. They are distilled
/// from spaCy's small English pipeline run over PolNeAR's train text (`Scripts/silver-syntax`),
/// so the attribution taggers can tell "support" the verb from "support" the noun, and a
/// subject from an object, without a parser or Python at run time.
struct SyntaxTagger: Sendable {
  static let bucketBits = 13

  /// Part-of-speech classes: Penn Treebank tags, with verb forms kept apart and rare tags
  /// merged. Index 0 stands for "unknown".
  static let partsOfSpeech = [
    "X", "NN", "NNS", "NNP", "PRP", "PRP$", "DT", "JJ", "RB", "IN", "TO", "CC", "CD", "WH", "POS",
    "RP", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "EX", ",", ".", ":", "QUOTE", "BRACKET",
    "SYM",
  ]

  /// Dependency labels (spaCy's ClearNLP set), rare ones merged into "dep".
  static let dependencies = [
    "dep", "ROOT", "nsubj", "nsubjpass", "csubj", "dobj", "pobj", "iobj", "ccomp", "xcomp",
    "advcl", "relcl", "acl", "prep", "agent", "aux", "auxpass", "neg", "det", "amod", "compound",
    "poss", "punct", "cc", "conj", "advmod", "mark", "attr", "acomp", "appos", "npadvmod",
    "nummod", "pcomp", "prt", "case", "expl", "oprd", "quantmod",
  ]

  /// The class of a Penn Treebank tag as spaCy writes it.
  static func partOfSpeech(_ tag: String) -> Int {
    let merged: String
    switch tag {
    case "NNPS": merged = "NNP"
    case "PDT": merged = "DT"
    case "JJR", "JJS": merged = "JJ"
    case "RBR", "RBS": merged = "RB"
    case "WDT", "WP", "WP$", "WRB": merged = "WH"
    case "``", "''": merged = "QUOTE"
    case "-LRB-", "-RRB-": merged = "BRACKET"
    case "HYPH", "NFP", "$", "#", "SYM": merged = "SYM"
    default: merged = tag
    }
    return partsOfSpeechIndex[merged] ?? 0
  }

  /// The class of a dependency label as spaCy writes it.
  static func dependency(_ label: String) -> Int {
    let merged = label == "csubjpass" ? "csubj" : label
    return dependenciesIndex[merged] ?? 0
  }

  private static let partsOfSpeechIndex = Dictionary(
    uniqueKeysWithValues: partsOfSpeech.enumerated().map { ($1, $0) })
  private static let dependenciesIndex = Dictionary(
    uniqueKeysWithValues: dependencies.enumerated().map { ($1, $0) })

  var partOfSpeechTagger: GreedyTagger
  var dependencyTagger: GreedyTagger

  /// Taggers with zero weights; with no Float weights when `withWeights` is false (taggers to
  /// be read from a model file, which tag with their Int16 tables).
  static func untrained(withWeights: Bool = true) -> SyntaxTagger {
    SyntaxTagger(
      partOfSpeechTagger: GreedyTagger(labels: partsOfSpeech.count, bucketBits: bucketBits, withWeights: withWeights),
      dependencyTagger: GreedyTagger(labels: dependencies.count, bucketBits: bucketBits, withWeights: withWeights))
  }

  /// Tags the tokens of `text` (with no rule drafts in their facts).
  func tags(of text: AnalyzedText) -> (partOfSpeech: [UInt8], dependency: [UInt8]) {
    tags(
      TokenFacts(tokens: text.tokens, words: text.words, layout: text.layout, rules: []),
      sentences: text.layout.sentences)
  }

  /// Tags every sentence of `facts` and returns each token's part-of-speech and dependency
  /// classes.
  func tags(_ facts: TokenFacts, sentences: [Range<Int>]) -> (partOfSpeech: [UInt8], dependency: [UInt8]) {
    let count = facts.word.count
    var partOfSpeech = [UInt8](repeating: 0, count: count)
    var dependency = [UInt8](repeating: 0, count: count)
    let features = SyntaxFeatures(facts: facts)
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: SyntaxFeatureList.capacity) { buffer in
      partOfSpeech.withUnsafeMutableBufferPointer { partOfSpeech in
        dependency.withUnsafeMutableBufferPointer { dependency in
          partOfSpeechTagger.offsetTable.withUnsafeBufferPointer { posTable in
            dependencyTagger.offsetTable.withUnsafeBufferPointer { depTable in
              var list = SyntaxFeatureList(buffer: buffer, mask: partOfSpeechTagger.mask)
              for sentence in sentences where !sentence.isEmpty {
                list.rows = (posTable.baseAddress!, partOfSpeechTagger.stride)
                for index in sentence {
                  list.removeAll()
                  features.partOfSpeech(index, sentence, tagged: UnsafeBufferPointer(partOfSpeech), into: &list)
                  partOfSpeech[index] = UInt8(
                    partOfSpeechTagger.best(list, table: posTable.baseAddress!))
                }
                let verbs = SyntaxFeatures.VerbPositions(sentence: sentence, partOfSpeech: UnsafeBufferPointer(partOfSpeech))
                list.rows = (depTable.baseAddress!, dependencyTagger.stride)
                for index in sentence {
                  list.removeAll()
                  features.dependency(
                    index, sentence, partOfSpeech: UnsafeBufferPointer(partOfSpeech),
                    tagged: UnsafeBufferPointer(dependency), verbs: verbs, into: &list)
                  dependency[index] = UInt8(
                    dependencyTagger.best(list, table: depTable.baseAddress!))
                }
              }
            }
          }
        }
      }
    }
    return (partOfSpeech, dependency)
  }
}

/// A multi-class averaged perceptron over hashed features that labels one position at a time.
struct GreedyTagger: Sendable {
  let labels: Int
  let bucketBits: Int
  /// Weights, `buckets × labels`, bucket-major: each bucket's labels side by side. Training
  /// reads them; a tagger read from a model file has none.
  var weights: [Float]
  /// The weights as the model file stores them (Int16 with one scale): each bucket's row padded
  /// with zeros to ``stride`` labels. Tagging reads them from ``offsetTable``.
  var table: [Int16] {
    get {
      offsetTable.indices.map { index in
        index % stride < labels ? Int16(bitPattern: offsetTable[index] ^ 0x8000) : 0
      }
    }
    set { offsetTable = Self.offsetTable(newValue, labels: labels, stride: stride) }
  }
  /// ``table`` with 32768 added to every weight, so each is an unsigned 16-bit number and two
  /// labels' weights in a 32-bit lane sum without widening (see ``best(_:table:)``); the rows'
  /// padding is 0, lower than any label's weight.
  private(set) var offsetTable: [UInt16]
  var scale: Float = 1
  /// The labels of a row of ``table``: ``labels`` rounded up to a multiple of eight.
  let stride: Int

  init(labels: Int, bucketBits: Int, withWeights: Bool = true) {
    self.labels = labels
    self.bucketBits = bucketBits
    stride = (labels + 7) / 8 * 8
    weights = withWeights ? [Float](repeating: 0, count: (1 << bucketBits) * labels) : []
    offsetTable = Self.offsetTable(
      [Int16](repeating: 0, count: (1 << bucketBits) * stride), labels: labels, stride: stride)
  }

  /// ``offsetTable`` for the weights `table`.
  static func offsetTable(_ table: [Int16], labels: Int, stride: Int) -> [UInt16] {
    [UInt16](unsafeUninitializedCapacity: table.count) { offsetTable, initialized in
      table.withUnsafeBufferPointer { table in
        for row in Swift.stride(from: 0, to: table.count, by: stride) {
          for label in 0..<stride {
            offsetTable[row + label] = label < labels ? UInt16(bitPattern: table[row + label]) ^ 0x8000 : 0
          }
        }
      }
      initialized = table.count
    }
  }

  var mask: UInt64 { (1 << UInt64(bucketBits)) - 1 }

  /// The label whose summed `table` weights over the features in `list` are the highest (the
  /// lowest label on a tie); `table` points at ``offsetTable``. Sums are exact integers, so the
  /// order of the features does not matter. Every weight is 32768 too high, which raises every
  /// label's sum alike and so leaves the choice as it is; a row's padding sums to 0, which no
  /// label's sum is below, and is after the labels, so it is never chosen. A row is read eight
  /// labels (16 bytes) at a time as four 32-bit lanes, each holding an even label's weight in its
  /// low half and the next label's in its high half: the lanes are summed as they are, and their
  /// high halves apart; the low halves' sums are what is left over. No sum overflows: a position
  /// has at most ``SyntaxFeatureList/capacity`` features of at most 65535 each.
  @inline(__always)
  func best(_ list: SyntaxFeatureList, table: UnsafePointer<UInt16>) -> Int {
    let vectors = stride / 8
    let stride = stride
    // Vector by vector, the four even labels' sums, then the four odd labels'.
    return withUnsafeTemporaryAllocation(of: SIMD4<UInt32>.self, capacity: 2 * vectors) { sums in
      // The two syntax taggers' rows are 4 and 5 vectors wide: their sums are kept in
      // registers from feature to feature, and stored once.
      if vectors == 4 || vectors == 5 {
        var lanes0 = SIMD4<UInt32>.zero, high0 = SIMD4<UInt32>.zero
        var lanes1 = SIMD4<UInt32>.zero, high1 = SIMD4<UInt32>.zero
        var lanes2 = SIMD4<UInt32>.zero, high2 = SIMD4<UInt32>.zero
        var lanes3 = SIMD4<UInt32>.zero, high3 = SIMD4<UInt32>.zero
        var lanes4 = SIMD4<UInt32>.zero, high4 = SIMD4<UInt32>.zero
        for position in 0..<list.count {
          let row = UnsafeRawPointer(table + Int(list.buffer[position]) * stride)
          Self.add(row, 0, &lanes0, &high0)
          Self.add(row, 1, &lanes1, &high1)
          Self.add(row, 2, &lanes2, &high2)
          Self.add(row, 3, &lanes3, &high3)
          if vectors == 5 { Self.add(row, 4, &lanes4, &high4) }
        }
        Self.store(lanes0, high0, sums, 0)
        Self.store(lanes1, high1, sums, 1)
        Self.store(lanes2, high2, sums, 2)
        Self.store(lanes3, high3, sums, 3)
        if vectors == 5 { Self.store(lanes4, high4, sums, 4) }
      } else {
        for vector in 0..<vectors {
          var lanes = SIMD4<UInt32>.zero
          var high = SIMD4<UInt32>.zero
          for position in 0..<list.count {
            Self.add(UnsafeRawPointer(table + Int(list.buffer[position]) * stride), vector, &lanes, &high)
          }
          Self.store(lanes, high, sums, vector)
        }
      }
      return UnsafeRawPointer(sums.baseAddress!).withMemoryRebound(to: UInt32.self, capacity: vectors * 8) { sums in
        var top = 0
        var topSum = sums[0]
        for vector in 0..<vectors {
          for pair in 0..<4 {
            let even = sums[8 * vector + pair]
            let odd = sums[8 * vector + 4 + pair]
            if even > topSum {
              top = 8 * vector + 2 * pair
              topSum = even
            }
            if odd > topSum {
              top = 8 * vector + 2 * pair + 1
              topSum = odd
            }
          }
        }
        return top
      }
    }
  }

  /// Adds vector `vector` (labels `8 × vector` to `8 × vector + 7`) of an ``offsetTable`` row
  /// to a position's sums: its lanes as they are to `lanes`, their high halves to `high`.
  @inline(__always)
  static func add(
    _ row: UnsafeRawPointer, _ vector: Int, _ lanes: inout SIMD4<UInt32>, _ high: inout SIMD4<UInt32>
  ) {
    let pairs = row.loadUnaligned(fromByteOffset: vector * 16, as: SIMD4<UInt32>.self)
    lanes &+= pairs
    high &+= pairs &>> 16
  }

  /// Stores vector `vector`'s sums: the even labels' (the lanes' sums less their high halves'),
  /// then the odd labels'.
  @inline(__always)
  static func store(
    _ lanes: SIMD4<UInt32>, _ high: SIMD4<UInt32>, _ sums: UnsafeMutableBufferPointer<SIMD4<UInt32>>,
    _ vector: Int
  ) {
    sums[2 * vector] = lanes &- high &<< 16
    sums[2 * vector + 1] = high
  }

  /// The label the training weights score highest.
  func bestTraining(_ buckets: [UInt32]) -> Int {
    var sums = [Float](repeating: 0, count: labels)
    for bucket in buckets {
      let base = Int(bucket) * labels
      for label in 0..<labels { sums[label] += weights[base + label] }
    }
    var top = 0
    for label in 1..<labels where sums[label] > sums[top] { top = label }
    return top
  }

  /// Sets ``table`` and ``scale`` from ``weights``.
  mutating func quantise() {
    let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
    scale = largest > 0 ? largest / 32767 : 1
    var table = [Int16](repeating: 0, count: (1 << bucketBits) * stride)
    for bucket in 0..<(1 << bucketBits) {
      for label in 0..<labels {
        table[bucket * stride + label] = Int16((weights[bucket * labels + label] / scale).rounded())
      }
    }
    self.table = table
  }
}

/// A position's hashed features, written to a buffer reused from position to position.
struct SyntaxFeatureList {
  static let capacity = 32
  let buffer: UnsafeMutableBufferPointer<UInt32>
  private(set) var count = 0
  let mask: UInt64
  /// The weight rows of the tagger the features are for, which each new feature's row is
  /// prefetched from (tagging only), and their length in weights.
  var rows: (table: UnsafePointer<UInt16>, stride: Int)? = nil

  init(buffer: UnsafeMutableBufferPointer<UInt32>, mask: UInt64) {
    self.buffer = buffer
    self.mask = mask
  }

  @inline(__always)
  mutating func add(_ t: UInt64, _ a: UInt64 = 0, _ b: UInt64 = 0, _ c: UInt64 = 0) {
    let bucket = UInt32(truncatingIfNeeded: FeatureHash.mix(t, a, b, c) & mask)
    buffer[count] = bucket
    count += 1
    if let rows {
      // A row (64 or 80 bytes, not aligned to the cache's 64-byte lines) spans two lines: both
      // are fetched.
      let row = rows.table + Int(bucket) * rows.stride
      prefetch_for_reading(row)
      prefetch_for_reading(row + rows.stride - 1)
    }
  }

  mutating func removeAll() { count = 0 }

  /// The buckets added so far, as an array (for training).
  var list: [UInt32] { Array(buffer[0..<count]) }
}

/// The features of the two syntax taggers.
struct SyntaxFeatures {
  let facts: TokenFacts

  @inline(__always)
  func word(_ index: Int, _ sentence: Range<Int>) -> UInt64 { facts.word(index, within: sentence) }

  @inline(__always)
  func shape(_ index: Int, _ sentence: Range<Int>) -> UInt64 { facts.shape(index, within: sentence) }

  @inline(__always)
  func label(_ tagged: UnsafeBufferPointer<UInt8>, _ index: Int, _ sentence: Range<Int>) -> UInt64 {
    sentence.contains(index) ? UInt64(tagged[index]) + 1 : 0
  }

  /// Features for the part of speech of token `i`; `tagged` holds the classes chosen before it.
  @inline(__always)
  func partOfSpeech(
    _ i: Int, _ sentence: Range<Int>, tagged: UnsafeBufferPointer<UInt8>, into list: inout SyntaxFeatureList
  ) {
    let w = facts.word[i]
    let p1 = label(tagged, i - 1, sentence)
    let p2 = label(tagged, i - 2, sentence)
    list.add(301)
    list.add(302, w)
    list.add(303, facts.suffix[i])
    list.add(304, facts.shape[i])
    list.add(305, word(i - 1, sentence))
    list.add(306, word(i + 1, sentence))
    list.add(309, p1)
    list.add(310, p1, p2)
    list.add(311, p1, w)
    list.add(313, shape(i - 1, sentence), facts.shape[i], shape(i + 1, sentence))
    list.add(315, facts.lexicon[i])
  }

  /// Where the verbs of a sentence are, from its parts of speech, for the dependency features.
  struct VerbPositions {
    /// For each token of the sentence, how many verbs stand before it (at most 3).
    var before: [UInt8]
    /// For each token, the distance to the next verb after it, or 0 when there is none.
    var nextAfter: [Int]
    let start: Int

    init(sentence: Range<Int>, partOfSpeech: UnsafeBufferPointer<UInt8>) {
      start = sentence.lowerBound
      before = [UInt8](repeating: 0, count: sentence.count)
      nextAfter = [Int](repeating: 0, count: sentence.count)
      var seen: UInt8 = 0
      for index in sentence {
        before[index - start] = seen
        if SyntaxFeatures.isVerb(partOfSpeech[index]) && seen < 3 { seen += 1 }
      }
      var next = -1
      for index in sentence.reversed() {
        nextAfter[index - start] = next < 0 ? 0 : next - index
        if SyntaxFeatures.isVerb(partOfSpeech[index]) { next = index }
      }
    }
  }

  /// Whether each part-of-speech class is a verb form or a modal.
  static let verbClasses: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for tag in ["VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"] { table[SyntaxTagger.partOfSpeech(tag)] = true }
    return table
  }()

  @inline(__always)
  static func isVerb(_ partOfSpeech: UInt8) -> Bool { verbClasses[Int(partOfSpeech)] }

  /// Features for the dependency label of token `i`; `tagged` holds the labels chosen before it.
  @inline(__always)
  func dependency(
    _ i: Int, _ sentence: Range<Int>, partOfSpeech: UnsafeBufferPointer<UInt8>,
    tagged: UnsafeBufferPointer<UInt8>, verbs: VerbPositions,
    into list: inout SyntaxFeatureList
  ) {
    let w = facts.word[i]
    let p = UInt64(partOfSpeech[i]) + 1
    let pb = label(partOfSpeech, i - 1, sentence)
    let pa = label(partOfSpeech, i + 1, sentence)
    let d1 = label(tagged, i - 1, sentence)
    let before = UInt64(verbs.before[i - verbs.start])
    let after = UInt64(FeatureBuilder.bucket(verbs.nextAfter[i - verbs.start]))
    list.add(401)
    list.add(402, w)
    list.add(403, p)
    list.add(404, pb, p)
    list.add(405, p, pa)
    list.add(408, d1)
    list.add(409, d1, p)
    list.add(412, word(i - 1, sentence), p)
    list.add(413, p, before, after)
    list.add(415, p, UInt64(min(i - sentence.lowerBound, 6)))
    list.add(417, facts.lexicon[i], p)
    list.add(420, w, word(i + 1, sentence))
  }
}

/// Trains a ``GreedyTagger`` with weight averaging, one position at a time.
struct GreedyTrainer {
  var tagger: GreedyTagger
  var sums: [Float]
  var step: Float = 1

  init(_ tagger: GreedyTagger) {
    precondition(tagger.weights.count == (1 << tagger.bucketBits) * tagger.labels, "training needs a tagger with weights")
    self.tagger = tagger
    sums = [Float](repeating: 0, count: tagger.weights.count)
  }

  /// One position: when the tagger's guess is wrong, moves weights toward `gold`. Returns the
  /// guess, which the next positions' features see (as they will when tagging).
  mutating func learn(_ buckets: [UInt32], gold: Int) -> Int {
    let guess = tagger.bestTraining(buckets)
    if guess != gold {
      for bucket in buckets {
        let base = Int(bucket) * tagger.labels
        tagger.weights[base + gold] += 1
        sums[base + gold] += step
        tagger.weights[base + guess] -= 1
        sums[base + guess] -= step
      }
    }
    step += 1
    return guess
  }

  /// The averaged, quantised tagger.
  func averaged() -> GreedyTagger {
    var result = tagger
    for index in result.weights.indices { result.weights[index] -= sums[index] / step }
    result.quantise()
    return result
  }
}

extension SyntaxTagger {
  /// Trains both taggers on documents' tokens and their silver classes (`nil` where a token has
  /// none, which is then skipped as a lesson but still tagged for its neighbours' features).
  static func train(
    _ documents: [(facts: TokenFacts, sentences: [Range<Int>], partOfSpeech: [UInt8?], dependency: [UInt8?])],
    epochs: Int, seed: UInt64, log: (String) -> Void
  ) -> SyntaxTagger {
    var orders = ModelTraining.ExampleOrder(seed: seed)
    let untrained = SyntaxTagger.untrained()
    var partOfSpeech = GreedyTrainer(untrained.partOfSpeechTagger)
    var dependency = GreedyTrainer(untrained.dependencyTagger)
    var sentences: [(document: Int, range: Range<Int>)] = []
    for (number, document) in documents.enumerated() {
      for range in document.sentences where !range.isEmpty { sentences.append((number, range)) }
    }
    let buffer = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: SyntaxFeatureList.capacity)
    defer { buffer.deallocate() }
    for epoch in 1...max(1, epochs) {
      var right = 0
      var total = 0
      for index in orders.shuffled(sentences.count) {
        let (number, sentence) = sentences[index]
        let document = documents[number]
        let features = SyntaxFeatures(facts: document.facts)
        var tagged = [UInt8](repeating: 0, count: document.facts.word.count)
        for position in sentence {
          var list = SyntaxFeatureList(buffer: buffer, mask: partOfSpeech.tagger.mask)
          tagged.withUnsafeBufferPointer { features.partOfSpeech(position, sentence, tagged: $0, into: &list) }
          if let gold = document.partOfSpeech[position] {
            let guess = partOfSpeech.learn(list.list, gold: Int(gold))
            tagged[position] = UInt8(guess)
            right += guess == Int(gold) ? 1 : 0
            total += 1
          } else {
            tagged[position] = UInt8(partOfSpeech.tagger.bestTraining(list.list))
          }
        }
        let verbs = tagged.withUnsafeBufferPointer { SyntaxFeatures.VerbPositions(sentence: sentence, partOfSpeech: $0) }
        var labels = [UInt8](repeating: 0, count: tagged.count)
        for position in sentence {
          var list = SyntaxFeatureList(buffer: buffer, mask: dependency.tagger.mask)
          tagged.withUnsafeBufferPointer { tagged in
            labels.withUnsafeBufferPointer { labels in
              features.dependency(position, sentence, partOfSpeech: tagged, tagged: labels, verbs: verbs, into: &list)
            }
          }
          if let gold = document.dependency[position] {
            labels[position] = UInt8(dependency.learn(list.list, gold: Int(gold)))
          } else {
            labels[position] = UInt8(dependency.tagger.bestTraining(list.list))
          }
        }
      }
      log("syntax epoch \(epoch): part of speech \(right) of \(total) right while learning")
    }
    return SyntaxTagger(partOfSpeechTagger: partOfSpeech.averaged(), dependencyTagger: dependency.averaged())
  }
}
