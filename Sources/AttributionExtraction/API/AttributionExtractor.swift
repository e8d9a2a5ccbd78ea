import AttributionDocuments

/// Finds attributions in article text. It never throws: messy text degrades to fewer results.
public struct AttributionExtractor: Sendable {
  let model: AttributionModel?

  public init() {
    model = AttributionModel.bundled
  }

  init(model: AttributionModel?) {
    self.model = model
  }

  /// The attributions in the body of `document`, with offsets into its full text.
  public func attributions(in document: Document) -> [Attribution] {
    ExtractionPipeline(model: model).attributions(in: document)
  }
}
