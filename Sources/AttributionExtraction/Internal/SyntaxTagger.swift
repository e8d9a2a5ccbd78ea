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

  /// Tags the tokens `rules` read from its document (with no rule drafts in their facts).
  func tags(of rules: RuleExtractor) -> (partOfSpeech: [UInt8], dependency: [UInt8]) {
    tags(
      TokenFacts(tokens: rules.tokens, words: rules.words, layout: rules.layout, rules: []),
      sentences: rules.layout.sentences)
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
          partOfSpeechTagger.table.withUnsafeBufferPointer { posTable in
            dependencyTagger.table.withUnsafeBufferPointer { depTable in
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
  /// The weights as the model file stores them (Int16 with one scale), which tagging reads:
  /// each bucket's row padded with zeros to ``stride`` labels, so it sums eight at a time.
  var table: [Int16]
  var scale: Float = 1
  /// The labels of a row of ``table``: ``labels`` rounded up to a multiple of eight.
  let stride: Int

  init(labels: Int, bucketBits: Int, withWeights: Bool = true) {
    self.labels = labels
    self.bucketBits = bucketBits
    stride = (labels + 7) / 8 * 8
    weights = withWeights ? [Float](repeating: 0, count: (1 << bucketBits) * labels) : []
    table = [Int16](repeating: 0, count: (1 << bucketBits) * stride)
  }

  var mask: UInt64 { (1 << UInt64(bucketBits)) - 1 }

  /// The label whose summed `table` weights over the features in `list` are the highest (the
  /// lowest label on a tie). Sums are exact integers, so the order of the features does not
  /// matter; rows are summed eight labels at a time.
  @inline(__always)
  func best(_ list: SyntaxFeatureList, table: UnsafePointer<Int16>) -> Int {
    let vectors = stride / 8
    let labels = labels
    let stride = stride
    return withUnsafeTemporaryAllocation(of: SIMD8<Int32>.self, capacity: vectors) { sums in
      // The two syntax taggers' rows are 4 and 5 vectors wide: their sums are kept in
      // registers from feature to feature, and stored once.
      if vectors == 4 || vectors == 5 {
        var s0 = SIMD8<Int32>.zero
        var s1 = SIMD8<Int32>.zero
        var s2 = SIMD8<Int32>.zero
        var s3 = SIMD8<Int32>.zero
        var s4 = SIMD8<Int32>.zero
        for position in 0..<list.count {
          let row = UnsafeRawPointer(table + Int(list.buffer[position]) * stride)
          s0 &+= Self.widened(row, 0)
          s1 &+= Self.widened(row, 1)
          s2 &+= Self.widened(row, 2)
          s3 &+= Self.widened(row, 3)
          if vectors == 5 { s4 &+= Self.widened(row, 4) }
        }
        sums[0] = s0
        sums[1] = s1
        sums[2] = s2
        sums[3] = s3
        if vectors == 5 { sums[4] = s4 }
      } else {
        for vector in 0..<vectors { sums[vector] = .zero }
        for position in 0..<list.count {
          let row = UnsafeRawPointer(table + Int(list.buffer[position]) * stride)
          for vector in 0..<vectors { sums[vector] &+= Self.widened(row, vector) }
        }
      }
      // The sums read as one run of labels (not vector by vector, lane by lane).
      return UnsafeRawPointer(sums.baseAddress!).withMemoryRebound(to: Int32.self, capacity: vectors * 8) { sums in
        var top = 0
        var topSum = sums[0]
        for label in 1..<labels where sums[label] > topSum {
          top = label
          topSum = sums[label]
        }
        return top
      }
    }
  }

  /// Eight labels' weights of a table row, widened for summing.
  @inline(__always)
  static func widened(_ row: UnsafeRawPointer, _ vector: Int) -> SIMD8<Int32> {
    SIMD8<Int32>(truncatingIfNeeded: row.loadUnaligned(fromByteOffset: vector * 16, as: SIMD8<Int16>.self))
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
    for bucket in 0..<(1 << bucketBits) {
      for label in 0..<labels {
        table[bucket * stride + label] = Int16((weights[bucket * labels + label] / scale).rounded())
      }
    }
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
  var rows: (table: UnsafePointer<Int16>, stride: Int)? = nil

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
