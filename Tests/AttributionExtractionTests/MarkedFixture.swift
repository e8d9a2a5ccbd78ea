import AttributionDocuments
@testable import AttributionExtraction

/// Fixture text with expected spans marked inline: `⟦S:…⟧` source, `⟦C:…⟧` cue, `⟦Q:…⟧`
/// content (repeat it for a split quote), `⟦H:…⟧` channel, `⟦R:…⟧` recipient, `⟦L:…⟧` relay.
/// A digit after the letter (`⟦S2:…⟧`) tells several attributions apart. The markers are
/// stripped; their offsets are Unicode code points into the stripped text.
struct MarkedFixture {
  let text: String
  let spans: [String: [TextSpan]]

  init(_ marked: String) {
    var output = String.UnicodeScalarView()
    var spans: [String: [TextSpan]] = [:]
    var open: [(label: String, start: Int)] = []
    var scalars = Array(marked.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      if scalar == "⟦" {
        var label = ""
        while let next = scalars.popFirst(), next != ":" { label.unicodeScalars.append(next) }
        open.append((label, output.count))
      } else if scalar == "⟧", let last = open.popLast() {
        spans[last.label, default: []].append(TextSpan(last.start, output.count))
      } else {
        output.append(scalar)
      }
    }
    text = String(output)
    self.spans = spans
  }

  var document: Document { Document(id: "fixture", text: text) }

  /// The attributions the rule-based extractor (no learned model) finds in the stripped text.
  var attributions: [Attribution] { AttributionExtractor(model: nil).attributions(in: document) }

  /// The attributions the whole extractor (rules and the shipped learned model) finds.
  var learnedAttributions: [Attribution] { AttributionExtractor().attributions(in: document) }

  /// The attribution whose cue is marked `C<suffix>`, from the rules alone or, when `learned`,
  /// from the whole extractor.
  func attribution(_ suffix: String = "", learned: Bool = false) -> Attribution? {
    guard let cue = spans["C" + suffix] else { return nil }
    return (learned ? learnedAttributions : attributions).first { $0.cue.spans == cue }
  }

  func marked(_ letter: String, _ suffix: String = "") -> [TextSpan]? {
    spans[letter + suffix]
  }
}
