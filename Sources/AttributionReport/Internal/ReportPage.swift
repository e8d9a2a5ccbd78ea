import AttributionAnalysis
import AttributionGraph
import Foundation

/// The document being written, section by section.
struct ReportPage {
  var html = ""

  /// Escaped text.
  func text(_ value: String) -> String { HTMLText.escape(value) }

  mutating func line(_ markup: String) {
    html += markup + "\n"
  }

  /// The anchor of the claim at `index` in the report's order.
  func anchor(claim index: Int) -> String { "claim-\(index + 1)" }

  func statuses(_ statuses: [ClaimStatus]) -> String {
    statuses.map { "<span class=\"status status-\($0.rawValue)\">\($0.rawValue)</span>" }
      .joined(separator: " ")
  }

  func severity(_ severity: Severity) -> String {
    "<span class=\"severity severity-\(severity.rawValue)\">\(severity.rawValue)</span>"
  }

  /// A share as a whole percentage ("37%"), or "–" when there is none.
  static func percent(_ share: Double?) -> String {
    share.map { "\(Int(($0 * 100).rounded()))%" } ?? "–"
  }

  func score(_ value: Double) -> String { String(format: "%.2f", value) }

  // MARK: Sections

  mutating func head(_ report: CaseReport) {
    let claims = report.claims.count
    let corroborated = report.claims.filter(\.isCorroborated).count
    let findings = Severity.allCases.reversed().map { severity in
      let count = report.audit.findings.filter { $0.severity == severity }.count
      return "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
    }
    line("<!DOCTYPE html>")
    line("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">")
    line("<head>")
    line("<meta charset=\"utf-8\"/>")
    line(
      "<meta http-equiv=\"Content-Security-Policy\" content=\"\(text(HTMLReport.contentSecurityPolicy))\"/>"
    )
    line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
    line("<meta name=\"referrer\" content=\"no-referrer\"/>")
    line("<meta name=\"generator\" content=\"\(text(HTMLReport.generator))\"/>")
    line("<title>\(text(report.title)) — attribution report</title>")
    line("<style>\n\(ReportStyle.css)\n</style>")
    line("</head>")
    line("<body>")
    line("<header>")
    line("<p class=\"kicker\">Attribution report</p>")
    line("<h1>\(text(report.title))</h1>")
    line(
      "<p class=\"summary\">\(report.articles.count) article\(report.articles.count == 1 ? "" : "s") · "
        + "\(claims) claim\(claims == 1 ? "" : "s"), \(corroborated) corroborated · "
        + "findings: \(findings.joined(separator: ", "))"
        + (report.extraction.map { " · extraction: \(text($0))" } ?? "") + "</p>")
    line("<nav aria-label=\"Sections\"><ol>")
    for (id, title) in [
      ("articles", "Articles"), ("scorecard", "Outlet scorecard"), ("map", "Map"),
      ("claims", "Claims and their chains"), ("audit", "Findings across the graph"),
    ] {
      line("<li><a href=\"#\(id)\">\(title)</a></li>")
    }
    line("</ol></nav>")
    line("</header>")
    line("<main>")
  }

  mutating func articles(_ report: CaseReport) {
    line("<section id=\"articles\">")
    line("<h2>Articles</h2>")
    if report.articles.isEmpty {
      line("<p class=\"none\">No article could be read.</p>")
    } else {
      line("<table>")
      line(
        "<thead><tr><th class=\"number\">#</th><th>Outlet</th><th>Headline</th><th>Date</th><th>File</th><th>Link</th></tr></thead>"
      )
      line("<tbody>")
      for (index, article) in report.articles.enumerated() {
        let link: String
        if let url = article.url, let safe = HTMLText.safeURL(url) {
          link = "<a href=\"\(text(safe))\" rel=\"noopener noreferrer\">\(text(url))</a>"
        } else if let url = article.url {
          link = "<span class=\"none\">not a web address: \(text(url))</span>"
        } else {
          link = "<span class=\"none nowrap\">not given</span>"
        }
        line(
          "<tr><td class=\"number\">\(index + 1)</td>"
            + "<td>\(article.outlet.map(text) ?? "<span class=\"none\">not given</span>")</td>"
            + "<td>\(article.title.map(text) ?? "<span class=\"none\">–</span>")</td>"
            + "<td class=\"nowrap\">\(article.date.map(text) ?? "<span class=\"none\">–</span>")</td>"
            + "<td class=\"nowrap\"><code>\(text(article.path))</code></td><td>\(link)</td></tr>")
      }
      line("</tbody>")
      line("</table>")
    }
    if !report.unreadable.isEmpty {
      line("<h4>Not read</h4>")
      line("<ul>")
      for problem in report.unreadable { line("<li><code>\(text(problem))</code></li>") }
      line("</ul>")
    }
    line("</section>")
  }

  mutating func map(_ report: CaseReport) {
    line("<section id=\"map\">")
    line("<h2>Map</h2>")
    line(
      "<p class=\"lead\">Who said what, and through whom. Hover over a node or an edge for "
        + "what it stands for; drag to pan, use the wheel or the buttons to zoom. Each claim "
        + "also has its own chain map, under Claims.</p>")
    if let overview = report.overview {
      line("<h3>Overview</h3>")
      line(
        "<p class=\"why\">Outlets (left) carry claims from the parties their sources speak for "
          + "(middle); each party's claims by status (right). Numbers count claims.</p>")
      line("<figure class=\"map zoomable overview\">")
      line(overview)
      line("</figure>")
    }
    guard let svg = report.map else {
      line("<p class=\"none\">\(text(report.mapNote ?? "The full map was not drawn."))</p>")
      line("</section>")
      return
    }
    if let note = report.mapNote { line("<p class=\"why\">\(text(note))</p>") }
    line("<details class=\"full-map\"\(report.mapIsSmall || report.overview == nil ? " open=\"open\"" : "")>")
    line(
      "<summary>Full map: every source, outlet and claim. Claims carry their status in words on "
        + "their first line.</summary>")
    line("<figure class=\"map zoomable\">")
    line(svg)
    line("</figure>")
    line("</details>")
    line("</section>")
  }

  mutating func scorecards(_ report: CaseReport) {
    line("<section id=\"scorecard\">")
    line("<h2>Outlet scorecard</h2>")
    line(
      "<p class=\"lead\">How each publisher sources what it prints. Attributions are the "
        + "statements its articles report; named and anonymous are shares of those with a "
        + "source in the text; uncorroborated is the share of the claims it carries that are not "
        + "corroborated; could-not-verify counts the lines where it says a claim could not be "
        + "confirmed.</p>")
    guard !report.scorecards.isEmpty else {
      line("<p class=\"none\">No outlets.</p>")
      line("</section>")
      return
    }
    line("<table>")
    line(
      "<thead><tr><th>Outlet</th><th class=\"number\">Articles</th><th class=\"number\">Attributions</th>"
        + "<th class=\"number\">Named</th><th class=\"number\">Anonymous</th>"
        + "<th class=\"number\">Uncorroborated claims</th><th class=\"number\">Could-not-verify lines</th></tr></thead>"
    )
    line("<tbody>")
    for card in report.scorecards {
      line(
        "<tr><td>\(text(card.outlet))</td><td class=\"number\">\(card.articles.count)</td>"
          + "<td class=\"number\">\(card.attributions)</td>"
          + "<td class=\"number\">\(Self.percent(card.namedShare)) <span class=\"why\">(\(card.named) of \(card.sourced))</span></td>"
          + "<td class=\"number\">\(Self.percent(card.anonymousShare)) <span class=\"why\">(\(card.anonymous) of \(card.sourced))</span></td>"
          + "<td class=\"number\">\(Self.percent(card.uncorroboratedShare)) <span class=\"why\">(\(card.uncorroborated) of \(card.claims))</span></td>"
          + "<td class=\"number\">\(card.couldNotVerifyLines)</td></tr>")
    }
    line("</tbody>")
    line("</table>")
    line("</section>")
  }

  mutating func footer(_ report: CaseReport) {
    line("</main>")
    line("<footer>")
    line(
      "<p>Generated by <code>\(text(HTMLReport.generator))</code> from \(report.articles.count) "
        + "article\(report.articles.count == 1 ? "" : "s"). Scores come from the corroboration "
        + "model and chains from the sourcing audit, as <code>attribution claims --explain</code> "
        + "and <code>attribution audit</code> print them. The page loads nothing; its two "
        + "scripts (d3 3.5 for pan and zoom, BSD-3-Clause; the claims' filters) are inline and "
        + "pinned by hash.</p>")
    line("</footer>")
    for script in ReportScripts.bundled?.texts ?? [] { line("<script>\(script)</script>") }
    line("</body>")
    line("</html>")
  }
}
