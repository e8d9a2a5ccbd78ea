import AttributionDocuments
import Crypto
import Foundation
import Testing

@testable import AttributionExtraction

/// The accurate tier: how it cuts text into chunks, that its Swift forward pass gives the
/// scores PyTorch gave when it was trained (the fixture `Scripts/train-tagger` writes), and that
/// it finds attributions in text as users meet them.
@Suite struct TransformerTaggerTests {
  static let tagger = try! TransformerTagger.bundled.get()

  static func text(_ body: String) -> AnalyzedText {
    AnalyzedText(document: Document(id: "t", path: "t.txt", text: body))
  }

  @Test func chunksOwnEveryTokenOnceAndFitTheEncoder() {
    // Sentences of very different lengths, and one far longer than a chunk.
    let long = Array(repeating: "the ministry's spokesman repeated an unverifiable estimate", count: 40).joined(separator: ", ")
    let body = "Kim said it. " + long + ". Short. " + Array(repeating: "Officials said troops had arrived.", count: 30).joined(separator: " ")
    let text = Self.text(body)
    let encoder = Self.tagger.encoder
    let chunks = TaggerChunking.chunks(
      tokens: text.tokens, sentences: text.layout.sentences, pieces: encoder.pieces, markers: encoder.markers)
    #expect(chunks.count > 3)
    #expect(chunks.first?.owned.lowerBound == 0)
    #expect(chunks.last?.owned.upperBound == text.tokens.count)
    for (chunk, next) in zip(chunks, chunks.dropFirst()) { #expect(chunk.owned.upperBound == next.owned.lowerBound) }
    for chunk in chunks {
      #expect(chunk.ids.count <= encoder.maxSequence)
      #expect(chunk.ids.first == encoder.markers.start && chunk.ids.last == encoder.markers.end)
      #expect(chunk.tokens.lowerBound <= chunk.owned.lowerBound && chunk.owned.upperBound <= chunk.tokens.upperBound)
      #expect(chunk.firstPiece.count == chunk.tokens.count)
      #expect(zip(chunk.firstPiece, chunk.firstPiece.dropFirst()).allSatisfy { $0 < $1 })
      #expect(chunk.firstPiece.allSatisfy { $0 > 0 && $0 < chunk.ids.count - 1 })
    }
    // Owned blocks start at sentences where they can: "Officials said …" sentences are short.
    let starts = Set(text.layout.sentences.map(\.lowerBound))
    #expect(chunks.dropFirst().filter { starts.contains($0.owned.lowerBound) }.count >= chunks.count - 3)
  }

  @Test func positionBucketsAreSignedAndGrow() {
    let cue = 10..<12
    #expect(TransformerTagger.positionRow(10, cue: cue, sameSentence: true) == 1)
    #expect(TransformerTagger.positionRow(12, cue: cue, sameSentence: true) == 1 * 2 + 1)
    #expect(TransformerTagger.positionRow(9, cue: cue, sameSentence: false) == 10 * 2)
    #expect(TransformerTagger.positionRow(200, cue: cue, sameSentence: false) == 9 * 2)
    #expect(TransformerTagger.positionRow(0, cue: 100..<101, sameSentence: false) == 18 * 2)
  }

  struct Reference: Decodable {
    struct Case: Decodable {
      var ids: [Int32]
      var first: [Int]
      var owned: [Int]
      var sentence: [Int]
      var cue: [Int]
      var cueLogits: [Float]
      var roleLogits: [Float]
    }
    var cases: [Case]
  }

  static func reference() throws -> Reference {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/tagger-reference", withExtension: "json"))
    return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
  }

  /// The cue and role logits of a fixture case.
  static func logits(_ tagger: TransformerTagger, _ item: Reference.Case) -> (cue: [Float], roles: [Float]) {
    let count = item.first.count
    let chunk = TaggerChunk(tokens: 0..<count, owned: item.owned[0]..<item.owned[1], ids: item.ids, firstPiece: item.first)
    let hidden = tagger.encoder.tokenVectors([item.ids])[0]
    let states = tagger.tokenStates(chunk, hidden)
    let cue = tagger.cueLogits(states, count: count)
    let roles = tagger.roleLogits(chunk, states: states, cues: [item.cue[0]..<item.cue[1]], sentenceOf: item.sentence)
    return (cue, roles)
  }

  /// The label each row of `logits` (rows of `width`) scores highest.
  static func labels(_ logits: [Float], width: Int) -> [Int] {
    stride(from: 0, to: logits.count, by: width).map { row in
      (0..<width).max { logits[row + $0] < logits[row + $1] }!
    }
  }

  @Test func swiftScoresMatchPyTorch() throws {
    let reference = try Self.reference()
    #expect(reference.cases.count == 3)
    // PyTorch computed in floats; so does this reading of the same file.
    let url = try #require(TransformerTagger.bundledURL)
    let tagger = try TransformerTagger(weights: url, arithmetic: .float)
    for item in reference.cases {
      let (cue, roles) = Self.logits(tagger, item)
      #expect(cue.count == item.cueLogits.count && roles.count == item.roleLogits.count)
      let cueGap = zip(cue, item.cueLogits).map { abs($0 - $1) }.max() ?? .infinity
      let roleGap = zip(roles, item.roleLogits).map { abs($0 - $1) }.max() ?? .infinity
      #expect(cueGap < 0.02, "cue logits differ by \(cueGap)")
      #expect(roleGap < 0.02, "role logits differ by \(roleGap)")
    }
  }

  /// The shipped tagger multiplies in 8-bit integers (three times the float speed); its scores
  /// stay near PyTorch's and pick the same labels.
  @Test func integerArithmeticKeepsTheLabels() throws {
    let reference = try Self.reference()
    let tagger = Self.tagger
    #expect(tagger.encoder.arithmetic == .integer)
    for item in reference.cases {
      let (cue, roles) = Self.logits(tagger, item)
      let cueGap = zip(cue, item.cueLogits).map { abs($0 - $1) }.max() ?? .infinity
      let roleGap = zip(roles, item.roleLogits).map { abs($0 - $1) }.max() ?? .infinity
      #expect(cueGap < 0.5, "cue logits differ by \(cueGap)")
      #expect(roleGap < 0.5, "role logits differ by \(roleGap)")
      #expect(Self.labels(cue, width: 3) == Self.labels(item.cueLogits, width: 3))
      #expect(Self.labels(roles, width: TransformerTagger.roleLabels) == Self.labels(item.roleLogits, width: TransformerTagger.roleLabels))
    }
  }

  @Test func shippedModelMatchesItsChecksum() throws {
    let url = try #require(TransformerTagger.bundledURL)
    let recorded = try String(contentsOf: url.appendingPathExtension("sha256"), encoding: .utf8)
    let digest = SHA256.hash(data: try Data(contentsOf: url)).map { String(format: "%02x", $0) }.joined()
    #expect(recorded.hasPrefix(digest + " "))
  }

  @Test func missingModelNamesTheScriptThatBuildsIt() {
    let missing = URL(fileURLWithPath: "/nonexistent/tagger-int8.bin")
    guard case .failure(let error) = TransformerTagger.load(missing) else {
      Issue.record("a missing file loaded")
      return
    }
    #expect(error.description.contains("/nonexistent/tagger-int8.bin"))
    #expect(error.description.contains("Scripts/train-tagger"))
    // A file that is not a tagger: the plain encoder has no heads.
    let damaged = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-tagger-\(UUID()).bin")
    try? Data("AGEN0001 but nothing else".utf8).write(to: damaged)
    defer { try? FileManager.default.removeItem(at: damaged) }
    guard case .failure(let other) = TransformerTagger.load(damaged) else {
      Issue.record("a damaged file loaded")
      return
    }
    #expect(other.description.contains(damaged.path))
  }

  @Test func accurateTierFindsSourceCueAndContent() throws {
    let extractor = try AttributionExtractor(tier: .accurate)
    #expect(extractor.tier == .accurate)
    let document = Document(
      id: "a", path: "a.txt",
      text: """
        Ukraine's defence minister Rustem Umerov said on Tuesday that North Korean troops had come under fire in Kursk.

        "We are seeing the first clashes," a senior military official told reporters, declining to be named.
        """)
    let found = extractor.attributions(in: document)
    let umerov = try #require(found.first { $0.cue.text.contains("said") })
    #expect(umerov.source?.text.contains("Umerov") == true)
    #expect(umerov.content.text.contains("North Korean troops had come under fire in Kursk"))
    let official = try #require(found.first { $0.cue.text.contains("told") })
    #expect(official.source?.text.contains("official") == true)
    #expect(official.content.text.contains("first clashes"))
  }
}
