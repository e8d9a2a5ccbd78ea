import AttributionDocuments
import AttributionSemantics
import Foundation

/// The transformer tagger's training data, as `Scripts/train-tagger` reads it: one JSON line per
/// ``TaggerChunk`` of each annotated document, cut and tokenized by the same code extraction
/// uses, so that the trainer never tokenizes on its own.
@_spi(Training) public enum TaggerTraining {
  /// One line per chunk: `document`; `ids` (the encoder's input); `first` (each token's first
  /// piece); `owned` (the owned tokens, relative to the chunk); `sentence` (each token's sentence
  /// number in the document); `cue` (each token's gold cue label: 0 outside, 1 begins, 2 inside);
  /// `roles`, one per gold attribution whose cue begins among the owned tokens: its `cue` tokens
  /// and each token's role (0 outside, 1/2 source, 3/4 content, begin/inside; cue tokens 0).
  public static func lines(_ documents: [TrainingDocument], encoder: SentenceEncoder) -> [String] {
    documents.flatMap { lines($0, encoder: encoder) }
  }

  static func lines(_ training: TrainingDocument, encoder: SentenceEncoder) -> [String] {
    let text = AnalyzedText(document: training.document)
    let tokens = text.tokens
    let sentenceOf = TransformerTagger.sentenceNumbers(text.layout.sentences, count: tokens.count)
    var cueLabels = [Int](repeating: 0, count: tokens.count)
    for attribution in training.attributions {
      for span in attribution.cue {
        let range = ModelTraining.tokenRange(span, tokens)
        for index in range { cueLabels[index] = index == range.lowerBound ? 1 : 2 }
      }
    }
    let chunks = TaggerChunking.chunks(
      tokens: tokens, sentences: text.layout.sentences, pieces: encoder.pieces, markers: encoder.markers)
    return chunks.map { chunk in
      var roles: [[String: Any]] = []
      for attribution in training.attributions {
        guard let first = attribution.cue.first else { continue }
        let cue = ModelTraining.tokenRange(first, tokens)
        guard !cue.isEmpty, chunk.owned.contains(cue.lowerBound) else { continue }
        let window = chunk.tokens
        var labels = [Int](repeating: 0, count: window.count)
        func mark(_ spans: [TextSpan], begin: Int) {
          for span in spans {
            let range = ModelTraining.tokenRange(span, tokens).clamped(to: window)
            for index in range where !cue.contains(index) {
              labels[index - window.lowerBound] = index == range.lowerBound ? begin : begin + 1
            }
          }
        }
        mark(attribution.source, begin: 1)
        mark(attribution.content, begin: 3)
        let clampedCue = cue.clamped(to: window)
        roles.append([
          "cue": [clampedCue.lowerBound - window.lowerBound, clampedCue.upperBound - window.lowerBound],
          "labels": labels,
        ])
      }
      let line: [String: Any] = [
        "document": training.document.id,
        "ids": chunk.ids.map(Int.init),
        "first": chunk.firstPiece,
        "owned": [chunk.owned.lowerBound - chunk.tokens.lowerBound, chunk.owned.upperBound - chunk.tokens.lowerBound],
        "sentence": chunk.tokens.map { sentenceOf[$0] },
        "cue": Array(cueLabels[chunk.tokens]),
        "roles": roles,
      ]
      let data = (try? JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])) ?? Data()
      return String(decoding: data, as: UTF8.self)
    }
  }
}
