import CPrefetch

/// A first-order structured perceptron over hashed features: each position carries a list of
/// feature buckets; a label sequence scores the sum of its feature weights plus transition
/// weights; Viterbi finds the best sequence. Training averages the weights.
struct Perceptron: Sendable {
  /// The number of labels.
  let labels: Int
  /// Hashed feature buckets: a power of two.
  let buckets: Int
  /// Weights, `buckets × labels`, bucket-major; empty in a tagger read from a model file, which
  /// scores with its ``WeightTable`` (only training reads these).
  var weights: [Float]
  /// Transition weights `previous × labels + label`, then one row of start weights.
  var transitions: [Float]
  /// Which label pairs may follow each other (I-X only after B-X or I-X).
  let allowed: [Bool]

  /// A tagger with zero weights, or with none when `withWeights` is false (a tagger whose
  /// transitions are read from a model file, to decode scores summed from its table).
  init(labels: Int, bucketBits: Int, allowed: [Bool], withWeights: Bool = true) {
    self.labels = labels
    self.buckets = 1 << bucketBits
    weights = withWeights ? Array(repeating: 0, count: buckets * labels) : []
    transitions = Array(repeating: 0, count: (labels + 1) * labels)
    self.allowed = allowed
  }

  /// Emission scores for each position and label.
  func emissions(_ features: [[UInt32]]) -> [Float] {
    precondition(weights.count == buckets * labels, "a tagger read from a model file scores with its WeightTable")
    var scores = [Float](repeating: 0, count: features.count * labels)
    weights.withUnsafeBufferPointer { w in
      scores.withUnsafeMutableBufferPointer { s in
        for (position, list) in features.enumerated() {
          let row = position * labels
          for bucket in list {
            let base = Int(bucket) * labels
            for label in 0..<labels { s[row + label] += w[base + label] }
          }
        }
      }
    }
    return scores
  }

  /// The best label sequence under the transition constraints.
  func decode(_ features: [[UInt32]]) -> [Int] {
    let count = features.count
    guard count > 0 else { return [] }
    return decode(scores: emissions(features), count: count)
  }

  /// The best label sequence for `count` positions with emission `scores`.
  func decode(scores: [Float], count: Int) -> [Int] {
    precondition(scores.count >= count * labels, "scores for fewer than \(count) positions")
    guard count > 0 else { return [] }
    let labels = labels
    var best = [Float](repeating: 0, count: count * labels)
    var back = [Int32](repeating: 0, count: count * labels)
    let start = labels * labels
    for label in 0..<labels {
      best[label] = allowed[start + label] ? scores[label] + transitions[start + label] : -.infinity
    }
    best.withUnsafeMutableBufferPointer { best in
      back.withUnsafeMutableBufferPointer { back in
        scores.withUnsafeBufferPointer { scores in
          forward(count: count, scores: scores, best: best, back: back)
        }
      }
    }
    var path = [Int](repeating: 0, count: count)
    let lastRow = (count - 1) * labels
    var top = -Float.infinity
    for label in 0..<labels where best[lastRow + label] > top {
      top = best[lastRow + label]
      path[count - 1] = label
    }
    if count > 1 {
      for position in stride(from: count - 1, to: 0, by: -1) {
        path[position - 1] = Int(back[position * labels + path[position]])
      }
    }
    return path
  }

  /// Viterbi's forward pass from position 1: each label's best score and the previous label it
  /// came from.
  private func forward(
    count: Int, scores: UnsafeBufferPointer<Float>, best: UnsafeMutableBufferPointer<Float>,
    back: UnsafeMutableBufferPointer<Int32>
  ) {
    // Every previous label is tried, a pair that may not follow each other scoring -∞, which is
    // never the best: the allowed ones are tried in the same order as alone, so the choices are
    // the same. With the taggers' label counts known here, the loops unroll.
    let labels = labels
    var masked = [Float](repeating: -.infinity, count: labels * labels)
    for index in masked.indices where allowed[index] { masked[index] = transitions[index] }
    masked.withUnsafeBufferPointer { masked in
      switch labels {
      case 3: Self.forward(labels: 3, count: count, scores: scores, best: best, back: back, transitions: masked)
      case 5: Self.forward(labels: 5, count: count, scores: scores, best: best, back: back, transitions: masked)
      default:
        Self.forward(labels: labels, count: count, scores: scores, best: best, back: back, transitions: masked)
      }
    }
  }

  /// ``forward(count:scores:best:back:)`` with `transitions` that are -∞ where a pair may not
  /// follow each other.
  @inline(__always)
  private static func forward(
    labels: Int, count: Int, scores: UnsafeBufferPointer<Float>, best: UnsafeMutableBufferPointer<Float>,
    back: UnsafeMutableBufferPointer<Int32>, transitions: UnsafeBufferPointer<Float>
  ) {
    for position in 1..<max(count, 1) {
      let row = position &* labels
      let previousRow = row &- labels
      for label in 0..<labels {
        var top = -Float.infinity
        var arg = 0
        for previous in 0..<labels {
          let value = best[previousRow &+ previous] + transitions[previous &* labels &+ label]
          if value > top {
            top = value
            arg = previous
          }
        }
        best[row &+ label] = top + scores[row &+ label]
        back[row &+ label] = Int32(truncatingIfNeeded: arg)
      }
    }
  }
}

extension Perceptron {
  /// The tagger whose weights and transitions are the sums of this one's and `other`'s.
  func adding(_ other: Perceptron) -> Perceptron {
    var result = self
    for index in result.weights.indices { result.weights[index] += other.weights[index] }
    for index in result.transitions.indices { result.transitions[index] += other.transitions[index] }
    return result
  }

  /// The tagger with every weight and transition multiplied by `factor`.
  func scaled(by factor: Float) -> Perceptron {
    var result = self
    for index in result.weights.indices { result.weights[index] *= factor }
    for index in result.transitions.indices { result.transitions[index] *= factor }
    return result
  }
}

/// A tagger's weights as the model file stores them: an Int16 per bucket and label and one
/// scale. A weight is `Float(raw) * scale`, exactly the value the file's reader gives the
/// perceptron, so scores summed from the table equal the perceptron's own; the table is half the
/// size, which keeps more of it in cache.
struct WeightTable: Sendable {
  let labels: Int
  let scale: Float
  let raw: [Int16]

  /// Emission scores for `count` positions whose features `fill` feeds to the sink, position by
  /// position. Each position's weights are summed in the order its features arrive. The buckets
  /// are gathered first and summed after, so the table reads do not wait on the hashing.
  func emissions(count: Int, _ fill: (inout FeatureBuckets) -> Void) -> [Float] {
    // One borrow of the table for gathering and summing: the sink's pointer into it (for
    // prefetching) never outlives it.
    raw.withUnsafeBufferPointer { w in
      var buckets = FeatureBuckets(positions: count, table: w.baseAddress!, labels: labels)
      defer { buckets.deallocate() }
      fill(&buckets)
      precondition(buckets.ends.count == count, "features for \(buckets.ends.count) of \(count) positions")
      var scores = [Float](repeating: 0, count: count * labels)
      let list = buckets.buckets
      scores.withUnsafeMutableBufferPointer { s in
        var first = 0
        for (position, end) in buckets.ends.enumerated() {
          let row = s.baseAddress! + position * labels
          if labels == 5 {
            Self.sum5(w.baseAddress!, scale, list[first..<end], row)
          } else if labels == 3 {
            Self.sum3(w.baseAddress!, scale, list[first..<end], row)
          } else {
            for bucket in list[first..<end] {
              let base = w.baseAddress! + Int(bucket) * labels
              for label in 0..<labels { row[label] += Float(base[label]) * scale }
            }
          }
          first = end
        }
      }
      return scores
    }
  }

  /// Adds three labels' weights for each bucket to `row`, in bucket order, in registers.
  @inline(__always)
  static func sum3(
    _ weights: UnsafePointer<Int16>, _ scale: Float, _ buckets: Slice<UnsafeBufferPointer<UInt32>>,
    _ row: UnsafeMutablePointer<Float>
  ) {
    var a = row[0], b = row[1], c = row[2]
    for bucket in buckets {
      let base = weights + Int(bucket) * 3
      a += Float(base[0]) * scale
      b += Float(base[1]) * scale
      c += Float(base[2]) * scale
    }
    row[0] = a
    row[1] = b
    row[2] = c
  }

  /// Adds five labels' weights for each bucket to `row`, in bucket order, in registers.
  @inline(__always)
  static func sum5(
    _ weights: UnsafePointer<Int16>, _ scale: Float, _ buckets: Slice<UnsafeBufferPointer<UInt32>>,
    _ row: UnsafeMutablePointer<Float>
  ) {
    var a = row[0], b = row[1], c = row[2], d = row[3], e = row[4]
    for bucket in buckets {
      let base = weights + Int(bucket) * 5
      a += Float(base[0]) * scale
      b += Float(base[1]) * scale
      c += Float(base[2]) * scale
      d += Float(base[3]) * scale
      e += Float(base[4]) * scale
    }
    row[0] = a
    row[1] = b
    row[2] = c
    row[3] = d
    row[4] = e
  }
}

/// Collects the feature buckets of a run of positions in one flat list. Owns its list:
/// ``deallocate()`` it after use. It holds a pointer into a weight table for prefetching, so it
/// lives inside that table's `withUnsafeBufferPointer` (as ``WeightTable/emissions(count:_:)``
/// keeps it).
struct FeatureBuckets: FeatureSink {
  /// The most features a position may have (the taggers have at most 52): the list always has
  /// room for this many more, so adding a feature needs no check.
  static let room = 64
  private var storage: UnsafeMutablePointer<UInt32>
  private var capacity: Int
  private var count = 0
  /// Where each position's buckets end in ``buckets``.
  private(set) var ends: [Int] = []

  init(positions: Int, table: UnsafePointer<Int16>, labels: Int) {
    self.table = table
    self.labels = labels
    // Room for every position's features and then some, so the list grows only when it is
    // given more positions than `positions`.
    capacity = (max(0, positions) + 1) * Self.room
    storage = .allocate(capacity: capacity)
    ends.reserveCapacity(positions)
  }

  /// The weight table whose rows are fetched into cache as their buckets arrive.
  private let table: UnsafePointer<Int16>
  private let labels: Int

  /// The buckets so far, valid until the next ``add(_:)``.
  var buckets: UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(start: storage, count: count) }

  @inline(__always)
  mutating func add(_ bucket: UInt32) {
    storage[count] = bucket
    // Neither can overflow: wrapping arithmetic spares a check on every feature.
    count &+= 1
    // The row is summed after all the run's features are hashed; fetching it now hides the
    // cache miss behind the hashing.
    prefetch_for_reading(table + Int(bucket) &* labels)
  }

  @inline(__always)
  mutating func endPosition() {
    precondition(count - (ends.last ?? 0) <= Self.room, "more than \(Self.room) features at a position")
    ends.append(count)
    if capacity - count < Self.room { grow() }
  }

  // Out of line: inlined, it would be copied into every feature builder.
  @inline(never)
  private mutating func grow() {
    let larger = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity * 2)
    larger.update(from: storage, count: count)
    storage.deallocate()
    storage = larger
    capacity *= 2
  }

  func deallocate() { storage.deallocate() }
}

/// Trains a ``Perceptron`` with weight averaging (the "lazy" form: a running sum of
/// step-weighted updates, subtracted at the end).
struct PerceptronTrainer {
  var model: Perceptron
  var weightSums: [Float]
  var transitionSums: [Float]
  var step: Float = 1

  init(_ model: Perceptron) {
    precondition(model.weights.count == model.buckets * model.labels, "training needs a tagger with weights")
    self.model = model
    weightSums = Array(repeating: 0, count: model.weights.count)
    transitionSums = Array(repeating: 0, count: model.transitions.count)
  }

  /// One example: decodes, and when wrong moves weights toward the gold sequence.
  mutating func learn(_ features: [[UInt32]], gold: [Int]) {
    let guess = model.decode(features)
    if guess != gold {
      let labels = model.labels
      for (position, list) in features.enumerated() where guess[position] != gold[position] {
        for bucket in list {
          let base = Int(bucket) * labels
          Self.update(&model.weights, &weightSums, base + gold[position], 1, step)
          Self.update(&model.weights, &weightSums, base + guess[position], -1, step)
        }
      }
      let start = labels * labels
      for position in features.indices {
        let goldIndex = position == 0 ? start + gold[0] : gold[position - 1] * labels + gold[position]
        let guessIndex = position == 0 ? start + guess[0] : guess[position - 1] * labels + guess[position]
        if goldIndex != guessIndex {
          Self.update(&model.transitions, &transitionSums, goldIndex, 1, step)
          Self.update(&model.transitions, &transitionSums, guessIndex, -1, step)
        }
      }
    }
    step += 1
  }

  private static func update(
    _ weights: inout [Float], _ sums: inout [Float], _ index: Int, _ delta: Float, _ step: Float
  ) {
    weights[index] += delta
    sums[index] += step * delta
  }

  /// The averaged model.
  func averaged() -> Perceptron {
    var result = model
    for index in result.weights.indices {
      result.weights[index] -= weightSums[index] / step
    }
    for index in result.transitions.indices {
      result.transitions[index] -= transitionSums[index] / step
    }
    return result
  }
}
