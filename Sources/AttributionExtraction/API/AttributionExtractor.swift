/// Finds attributions in article text. It never throws: messy text degrades to fewer results.
public struct AttributionExtractor: Sendable {
  public init() {}

  /// The attributions in the body of `document`, with offsets into its full text.
  public func attributions(in document: Document) -> [Attribution] {
    RuleExtractor(document: document).run()
  }
}
