import AttributionSemantics
import Foundation

/// The accurate tier's tagger: all-MiniLM-L6-v2 fine-tuned on PolNeAR train
/// (`Scripts/train-tagger`), read in ``TaggerChunk``s. Over each token's first piece, a cue head
/// tags cues (B/I/O); for each cue found, a role head tags every token of the chunk as the cue's
/// source or content (B/I/O each) from the token's vector, the cue's (the mean of its tokens'),
/// their product, and the token's distance to the cue and whether it shares the cue's sentence.
/// Both decode under the BIO constraints. The encoder runs once per chunk, whatever the number
/// of cues.
struct TransformerTagger: Sendable {
  let encoder: SentenceEncoder
  private let width: Int
  private let inner: Int
  private let cue: (weight: [Float], bias: [Float])
  private let roleToken: (weight: [Float], bias: [Float])
  private let roleCue: [Float]
  private let roleProduct: [Float]
  /// The role head's first layer for each position bucket (see ``positionRow(_:cue:sameSentence:)``).
  private let rolePosition: [Float]
  private let roleOutput: (weight: [Float], bias: [Float])

  static let positionBuckets = 19
  static let roleLabels = 5

  /// The tagger in `url`, as `Scripts/train-tagger` writes it: the fine-tuned encoder and, beside
  /// it, the heads' tensors.
  init(weights url: URL, arithmetic: SentenceEncoder.Arithmetic = .integer) throws {
    let encoder = try SentenceEncoder(weights: url, arithmetic: arithmetic)
    let width = encoder.dimensions
    func tensor(_ name: String, rows: Int?, columns: Int) throws -> [Float] {
      guard let tensor = encoder.extraTensor(name), tensor.columns == columns, rows == nil || tensor.rows == rows
      else {
        throw SentenceVectorsError(file: url.path, message: "the tagger's tensor \(name) is missing or of the wrong size")
      }
      return tensor.values
    }
    guard let token = encoder.extraTensor("tagger.role.token.weight"), token.columns == width else {
      throw SentenceVectorsError(file: url.path, message: "no tagger head (tagger.role.token.weight) beside the encoder")
    }
    let inner = token.rows
    self.encoder = encoder
    self.width = width
    self.inner = inner
    cue = (try tensor("tagger.cue.weight", rows: 3, columns: width), try tensor("tagger.cue.bias", rows: 1, columns: 3))
    roleToken = (token.values, try tensor("tagger.role.token.bias", rows: 1, columns: inner))
    roleCue = try tensor("tagger.role.cue.weight", rows: inner, columns: width)
    roleProduct = try tensor("tagger.role.product.weight", rows: inner, columns: width)
    rolePosition = try tensor("tagger.role.position", rows: 2 * Self.positionBuckets, columns: inner)
    roleOutput = (
      try tensor("tagger.role.output.weight", rows: Self.roleLabels, columns: inner),
      try tensor("tagger.role.output.bias", rows: 1, columns: Self.roleLabels)
    )
  }

  /// The file the accurate tier reads, shipped with the library (`Scripts/train-tagger`
  /// rebuilds it).
  static var bundledURL: URL? { Bundle.module.url(forResource: "tagger-int8", withExtension: "bin", subdirectory: "Tagger") }

  /// The shipped tagger, or the reason there is none.
  static let bundled = load(bundledURL)

  /// The tagger at `url`, or why there is none: a missing file names the script that builds it.
  static func load(_ url: URL?) -> Result<TransformerTagger, SentenceVectorsError> {
    guard let url, FileManager.default.fileExists(atPath: url.path) else {
      return .failure(
        SentenceVectorsError(
          file: url?.path ?? "AttributionExtraction/Tagger/tagger-int8.bin",
          message: "the accurate tier's model is missing; Scripts/train-tagger builds it"))
    }
    do { return .success(try TransformerTagger(weights: url)) } catch let error as SentenceVectorsError {
      return .failure(error)
    } catch {
      return .failure(SentenceVectorsError(file: url.path, message: "\(error)"))
    }
  }

  /// Each token's sentence number: the sentence holding it, or the last one before it.
  static func sentenceNumbers(_ sentences: [Range<Int>], count: Int) -> [Int] {
    var numbers = [Int](repeating: 0, count: count)
    var current = 0
    var next = 0
    for index in 0..<count {
      while next < sentences.count, sentences[next].lowerBound <= index {
        current = next
        next += 1
      }
      numbers[index] = current
    }
    return numbers
  }

  /// The row of the role head's position table for a token at `index`: its signed distance to
  /// the cue in buckets (0 inside, 1–9 after, 10–18 before, growing roughly by powers of two)
  /// and whether it is in the cue's sentence. `Scripts/train-tagger` computes the same.
  static func positionRow(_ index: Int, cue: Range<Int>, sameSentence: Bool) -> Int {
    let distance = index < cue.lowerBound ? index - cue.lowerBound : index >= cue.upperBound ? index - (cue.upperBound - 1) : 0
    let size = abs(distance)
    let magnitude = size <= 4 ? size : size < 8 ? 5 : size < 16 ? 6 : size < 32 ? 7 : size < 64 ? 8 : 9
    let bucket = distance > 0 ? magnitude : distance < 0 ? 9 + magnitude : 0
    return bucket * 2 + (sameSentence ? 1 : 0)
  }

  /// The attributions the tagger finds in `text`, as drafts over its tokens.
  func drafts(text: AnalyzedText) -> [AttributionDraft] {
    let tokens = text.tokens
    let sentences = text.layout.sentences
    guard !tokens.isEmpty, !sentences.isEmpty else { return [] }
    let sentenceOf = Self.sentenceNumbers(sentences, count: tokens.count)
    let chunks = TaggerChunking.chunks(
      tokens: tokens, sentences: sentences, pieces: encoder.pieces, markers: encoder.markers)
    let vectors = encoder.tokenVectors(chunks.map(\.ids))
    var drafts: [AttributionDraft] = []
    for (chunk, hidden) in zip(chunks, vectors) {
      let states = tokenStates(chunk, hidden)
      for (cueRange, roles) in tag(chunk, states: states, sentenceOf: sentenceOf) {
        let offset = chunk.tokens.lowerBound
        let sources = AttributionModel.chunks(roles, offset: offset, begin: AttributionModel.RoleLabel.sourceBegin.rawValue)
        let contents = AttributionModel.chunks(
          roles, offset: offset, begin: AttributionModel.RoleLabel.contentBegin.rawValue)
        guard !contents.isEmpty else { continue }
        let source = sources.min { AttributionModel.distance($0, cueRange) < AttributionModel.distance($1, cueRange) }
        let words = text.words
        let kind = words.entry[cueRange.upperBound - 1].cueKind ?? words.entry[cueRange.lowerBound].cueKind ?? .said
        drafts.append(
          AttributionDraft(
            kind: kind, source: source, cue: [cueRange], content: contents,
            sentence: sentences[sentenceOf[cueRange.lowerBound]]))
      }
    }
    return drafts
  }

  /// The last layer's vector of each token's first piece, rows in the chunk's token order.
  func tokenStates(_ chunk: TaggerChunk, _ hidden: [Float]) -> [Float] {
    var states = [Float](repeating: 0, count: chunk.firstPiece.count * width)
    for (row, piece) in chunk.firstPiece.enumerated() {
      for d in 0..<width { states[row * width + d] = hidden[piece * width + d] }
    }
    return states
  }

  /// The cues owned by `chunk` (in document tokens), each with its role labels over the chunk.
  private func tag(_ chunk: TaggerChunk, states: [Float], sentenceOf: [Int]) -> [(Range<Int>, [Int])] {
    let count = chunk.tokens.count
    let cuePath = Self.bestPath(
      logSoftmax(cueLogits(states, count: count), labels: 3), count: count, labels: 3, allowed: Self.cueAllowed)
    let cues = AttributionModel.chunks(cuePath, offset: chunk.tokens.lowerBound, begin: 1)
      .filter { chunk.owned.contains($0.lowerBound) }
    guard !cues.isEmpty else { return [] }
    let output = roleLogits(chunk, states: states, cues: cues, sentenceOf: sentenceOf)
    return cues.enumerated().map { number, cueRange in
      let scores = Array(output[(number * count * Self.roleLabels)..<((number + 1) * count * Self.roleLabels)])
      let path = Self.bestPath(
        logSoftmax(scores, labels: Self.roleLabels), count: count, labels: Self.roleLabels, allowed: Self.roleAllowed)
      return (cueRange, path)
    }
  }

  /// The cue head's scores (outside, begins, inside) for each of `count` token states.
  func cueLogits(_ states: [Float], count: Int) -> [Float] {
    Self.linear(states, rows: count, inputs: width, cue.weight, cue.bias, outputs: 3)
  }

  /// The role head's scores (outside, source begins and inside, content begins and inside) of
  /// each token of `chunk` for each of `cues` (in document tokens), cue after cue.
  func roleLogits(_ chunk: TaggerChunk, states: [Float], cues: [Range<Int>], sentenceOf: [Int]) -> [Float] {
    let count = chunk.tokens.count
    // The first layer: the token's part once for all cues, then per cue its own part, the
    // product's and the position's.
    let tokenPart = Self.linear(states, rows: count, inputs: width, roleToken.weight, roleToken.bias, outputs: inner)
    var products = [Float](repeating: 0, count: cues.count * count * width)
    var cueParts: [[Float]] = []
    let noBias = [Float](repeating: 0, count: inner)
    for (number, cueRange) in cues.enumerated() {
      var mean = [Float](repeating: 0, count: width)
      for index in cueRange {
        let row = index - chunk.tokens.lowerBound
        for d in 0..<width { mean[d] += states[row * width + d] }
      }
      for d in 0..<width { mean[d] /= Float(cueRange.count) }
      cueParts.append(Self.linear(mean, rows: 1, inputs: width, roleCue, noBias, outputs: inner))
      let base = number * count * width
      for row in 0..<count {
        for d in 0..<width { products[base + row * width + d] = states[row * width + d] * mean[d] }
      }
    }
    var layer = Self.linear(products, rows: cues.count * count, inputs: width, roleProduct, noBias, outputs: inner)
    for (number, cueRange) in cues.enumerated() {
      let cueSentence = sentenceOf[cueRange.lowerBound]
      for row in 0..<count {
        let index = chunk.tokens.lowerBound + row
        let position = Self.positionRow(index, cue: cueRange, sameSentence: sentenceOf[index] == cueSentence) * inner
        let base = (number * count + row) * inner
        for unit in 0..<inner {
          layer[base + unit] += tokenPart[row * inner + unit] + cueParts[number][unit] + rolePosition[position + unit]
        }
      }
    }
    layer.withUnsafeMutableBufferPointer { SentenceEncoder.gelu($0) }
    return Self.linear(
      layer, rows: cues.count * count, inputs: inner, roleOutput.weight, roleOutput.bias, outputs: Self.roleLabels)
  }

  private static let cueAllowed = AttributionModel.allowedBIO(kinds: 1)
  private static let roleAllowed = AttributionModel.allowedBIO(kinds: 2)

  private func logSoftmax(_ scores: [Float], labels: Int) -> [Float] {
    var result = scores
    for row in 0..<(scores.count / labels) {
      let slice = row * labels..<(row + 1) * labels
      let largest = scores[slice].max() ?? 0
      let total = logf(scores[slice].reduce(0) { $0 + expf($1 - largest) }) + largest
      for index in slice { result[index] = scores[index] - total }
    }
    return result
  }

  /// The most probable label sequence under the BIO constraints (`allowed` as
  /// ``AttributionModel/allowedBIO(kinds:)`` lays it out: a row per previous label, then the start).
  static func bestPath(_ scores: [Float], count: Int, labels: Int, allowed: [Bool]) -> [Int] {
    guard count > 0 else { return [] }
    var best = [Float](repeating: -.infinity, count: count * labels)
    var back = [Int](repeating: 0, count: count * labels)
    for label in 0..<labels where allowed[labels * labels + label] { best[label] = scores[label] }
    for position in 1..<count {
      for label in 0..<labels {
        for previous in 0..<labels where allowed[previous * labels + label] {
          let score = best[(position - 1) * labels + previous] + scores[position * labels + label]
          if score > best[position * labels + label] {
            best[position * labels + label] = score
            back[position * labels + label] = previous
          }
        }
      }
    }
    var path = [Int](repeating: 0, count: count)
    var top = -Float.infinity
    for label in 0..<labels where best[(count - 1) * labels + label] > top {
      top = best[(count - 1) * labels + label]
      path[count - 1] = label
    }
    for position in stride(from: count - 1, to: 0, by: -1) {
      path[position - 1] = back[position * labels + path[position]]
    }
    return path
  }

  private static func linear(
    _ input: [Float], rows: Int, inputs: Int, _ weight: [Float], _ bias: [Float], outputs: Int
  ) -> [Float] {
    SentenceEncoder.linear(input, rows: rows, inputs: inputs, weight, bias, outputs: outputs)
  }
}
