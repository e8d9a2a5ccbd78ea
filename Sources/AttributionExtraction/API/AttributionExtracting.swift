import AttributionDocuments

/// Anything that finds attributions in a document: the built-in ``AttributionExtractor``, or
/// another extractor a caller supplies (a model of its own, a fixed list in tests).
public protocol AttributionExtracting: Sendable {
  /// The attributions in the body of `document`, with offsets into its full text.
  func attributions(in document: Document) -> [Attribution]
}

extension AttributionExtractor: AttributionExtracting {}
