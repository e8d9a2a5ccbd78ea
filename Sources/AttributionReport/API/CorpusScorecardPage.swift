import AttributionAnalysis
import Foundation

/// A `CorpusScorecard` as one self-contained HTML page: for every outlet, a bar per month
/// showing the shares of attributions with a named source, an anonymous source and none
/// (inline SVG, colour and a written percentage), could-not-verify and the commonest cues. No
/// script, nothing loaded; the same scorecard gives the same bytes.
public struct CorpusScorecardPage: Sendable {
  /// The page's title.
  public var title: String

  /// A page titled `title`.
  public init(title: String = "Corpus scorecard") {
    self.title = title
  }

  /// The colours of the three shares (Okabe–Ito: blue, orange, grey) and their names.
  static let parts = [("named", "#0072B2"), ("anonymous", "#E69F00"), ("no source", "#999999")]

  /// `scorecard` as an HTML document.
  public func render(_ scorecard: CorpusScorecard) -> String {
    let rows = scorecard.rows
    let text = HTMLText.escape
    var html = """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
      <head>
      <meta charset="utf-8"/>
      <meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title>\(text(title))</title>
      <style>
      body{margin:0 auto;max-width:1100px;padding:24px;font:15px/1.5 system-ui,sans-serif;color:#1d1d1f}
      h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 6px;border-bottom:2px solid #1d1d1f}
      table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #d8d8dc;vertical-align:middle}
      th{font-size:12px;text-transform:uppercase;color:#5a5a60}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .key span{display:inline-block;margin-right:16px}.key i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px}
      .muted{color:#5a5a60}svg{display:block}
      </style>
      </head>
      <body>
      <h1>\(text(title))</h1>

      """
    let outletCount = Set(rows.map(\.outlet)).count
    let attributions = rows.reduce(0) { $0 + $1.attributions }
    let articles = rows.reduce(0) { $0 + $1.articles }
    html += "<p class=\"muted\">\(articles) articles, \(attributions) attributions, \(outletCount) outlet\(outletCount == 1 ? "" : "s"). "
    html += "Shares are of each month's attributions.</p>\n<p class=\"key\">"
    html += Self.parts.map { "<span><i style=\"background:\($0.1)\"></i>\($0.0)</span>" }.joined()
    html += "</p>\n"
    var outlets: [String] = []
    for row in rows where outlets.last != row.outlet { outlets.append(row.outlet) }
    for outlet in outlets {
      html += "<h2>\(text(outlet))</h2>\n<table><thead><tr><th>Month</th><th class=\"n\">Articles</th>"
      html += "<th class=\"n\">Attributions</th><th>Named · anonymous · no source</th>"
      html += "<th class=\"n\">Could not verify</th><th>Top cues</th></tr></thead><tbody>\n"
      for row in rows where row.outlet == outlet {
        html += "<tr><td>\(row.month.isEmpty ? "<span class=\"muted\">no date</span>" : text(row.month))</td>"
        html += "<td class=\"n\">\(row.articles)</td><td class=\"n\">\(row.attributions)</td>"
        html += "<td>\(bar(row))</td><td class=\"n\">\(ReportPage.percent(row.share(row.couldNotVerify)))</td>"
        html += "<td>\(text(row.topCues.joined(separator: ", ")))</td></tr>\n"
      }
      html += "</tbody></table>\n"
    }
    if rows.isEmpty { html += "<p class=\"muted\">No articles.</p>\n" }
    html += "<p class=\"muted\">Written by <code>attribution scorecard</code> (attribution-graph).</p>\n</body>\n</html>\n"
    return html
  }

  /// A 240 × 14 stacked bar of the three shares, with the shares written in its title and text.
  private func bar(_ row: CorpusScorecard.Row) -> String {
    guard row.attributions > 0 else { return "<span class=\"muted\">–</span>" }
    let counts = [row.named, row.anonymous, row.noSource]
    var x = 0.0
    var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"14\" role=\"img\">"
    let words = zip(Self.parts, counts).map { "\($0.0) \(ReportPage.percent(row.share($1)))" }.joined(separator: ", ")
    svg += "<title>\(HTMLText.escape(words))</title>"
    for (part, count) in zip(Self.parts, counts) where count > 0 {
      let width = 240 * Double(count) / Double(row.attributions)
      svg += "<rect x=\"\(String(format: "%.2f", x))\" y=\"0\" width=\"\(String(format: "%.2f", width))\" height=\"14\" fill=\"\(part.1)\"/>"
      x += width
    }
    return svg + "</svg><span class=\"muted\">\(HTMLText.escape(words))</span>"
  }
}
