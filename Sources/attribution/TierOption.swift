import ArgumentParser
import AttributionExtraction

extension ExtractionTier: ExpressibleByArgument {}

/// `--tier accurate|fast`: which extractor reads the articles. Case commands default to the
/// accurate tier when its model is present; `extract`, a corpus tool, to the fast one.
struct TierOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Extraction tier: accurate (the fine-tuned transformer, for cases) or fast (the linear taggers, for corpora). Default: accurate for case commands when its model is present, fast for extract.",
      valueName: "tier"))
  var tier: ExtractionTier?

  /// The extractor of the chosen tier, or of `standard` when none was chosen (by default the
  /// case commands' tier, found only then: `--tier fast` never reads the accurate model); a
  /// missing accurate model is an error naming the script that builds it.
  func extractor(standard: ExtractionTier? = nil) throws -> AttributionExtractor {
    do {
      return try AttributionExtractor(tier: tier ?? standard ?? AttributionExtractor.defaultTier)
    } catch {
      throw CommandFailure("\(error) (--tier accurate); --tier fast works without it")
    }
  }
}
