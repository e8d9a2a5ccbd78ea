import AttributionAnalysis
import AttributionGraph
import Foundation

/// A case report as one self-contained HTML file: no external resources, every piece of
/// article or case text escaped, and a Content-Security-Policy that forbids loading anything and
/// runs only the page's own two inline scripts, each pinned by its SHA-256 (d3's zoom for the
/// maps; the claims' filters, search and order). Without script the page still shows everything.
///
/// The markup is also well-formed XML (void elements closed, attributes quoted, no entity
/// beyond XML's own five and numeric references, scripts in commented CDATA sections), so it
/// can be checked with an XML parser. The same report gives the same bytes: nothing depends on
/// the time or the machine.
public struct HTMLReport: Sendable {
  /// The policy the page declares: nothing may load, only the inline style sheet applies,
  /// images may only be `data:` URLs, and only ``inlineScripts`` may run.
  public static var contentSecurityPolicy: String {
    var policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    if let scripts = ReportScripts.bundled {
      policy += "; script-src " + scripts.sources.joined(separator: " ")
    }
    return policy
  }

  /// The scripts the page carries, each exactly as it stands between its `<script>` tags; empty
  /// when the module's resources cannot be read (the page is then static).
  public static var inlineScripts: [String] { ReportScripts.bundled?.texts ?? [] }

  /// The name the page gives as its generator.
  public static let generator = "attribution report (attribution-graph)"

  /// The HTML writer.
  public init() {}

  /// `report` as an HTML document.
  public func render(_ report: CaseReport) -> String {
    var page = ReportPage()
    page.head(report)
    page.articles(report)
    page.scorecards(report)
    page.map(report)
    page.claims(report)
    page.findings(report)
    page.footer(report)
    return page.html
  }
}
