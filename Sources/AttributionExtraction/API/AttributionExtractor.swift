import AttributionDocuments
import Foundation

/// Finds attributions in article text. It never throws: messy text degrades to fewer results.
///
/// Two tiers: the **accurate** one reads text with a fine-tuned transformer (all-MiniLM-L6-v2,
/// for cases of a few hundred articles), the **fast** one with linear taggers (for corpora).
/// Both then go through the same rules and source resolution.
public struct AttributionExtractor: Sendable {
  let model: AttributionModel?
  let tagger: TransformerTagger?

  /// The fast tier, as ``init(tier:)`` with `.fast`.
  public init() {
    model = AttributionModel.bundled
    tagger = nil
  }

  init(model: AttributionModel?, tagger: TransformerTagger? = nil) {
    self.model = model
    self.tagger = tagger
  }

  /// The extractor of `tier`; the accurate tier fails when its model is missing or unreadable,
  /// with the message naming the script that builds it.
  public init(tier: ExtractionTier) throws {
    switch tier {
    case .fast: self.init()
    case .accurate: self.init(model: AttributionModel.bundled, tagger: try TransformerTagger.bundled.get())
    }
  }

  /// The accurate tier with the tagger in `taggerWeights` (as `Scripts/train-tagger` writes it).
  public init(taggerWeights: URL) throws {
    self.init(model: AttributionModel.bundled, tagger: try TransformerTagger(weights: taggerWeights))
  }

  /// The tier cases use unless told otherwise: the accurate one when its model is present.
  public static var defaultTier: ExtractionTier {
    if case .success = TransformerTagger.bundled { return .accurate }
    return .fast
  }

  /// Which tier this extractor is.
  public var tier: ExtractionTier { tagger == nil ? .fast : .accurate }

  /// The attributions in the body of `document`, with offsets into its full text.
  public func attributions(in document: Document) -> [Attribution] {
    ExtractionPipeline(model: model, tagger: tagger).attributions(in: document)
  }
}

/// The two extraction tiers (see ``AttributionExtractor``).
public enum ExtractionTier: String, CaseIterable, Sendable {
  /// The fine-tuned transformer: best accuracy, about 20 KB of text a second on one core.
  case accurate
  /// The linear taggers: several MB a second on one core.
  case fast
}
