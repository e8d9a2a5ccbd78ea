import AttributionAnalysis
import AttributionGraph
import Foundation

/// A case report as one self-contained HTML file: no scripts, no external resources, every
/// piece of article or case text escaped, and a Content-Security-Policy that forbids loading or
/// running anything, so even a fault in the escaping cannot make the page act.
///
/// The markup is also well-formed XML (void elements closed, attributes quoted, no entity
/// beyond XML's own five and numeric references), so it can be checked with an XML parser. The same report gives the
/// same bytes: nothing depends on the time or the machine.
public struct HTMLReport: Sendable {
  /// The policy the page declares: nothing may load, only the inline style sheet applies, and
  /// images may only be `data:` URLs.
  public static let contentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

  /// The name the page gives as its generator.
  public static let generator = "attribution report (attribution-graph)"

  /// The HTML writer.
  public init() {}

  /// `report` as an HTML document.
  public func render(_ report: CaseReport) -> String {
    var page = Page()
    page.head(report)
    page.articles(report)
    page.scorecards(report)
    page.map(report)
    page.claims(report)
    page.audit(report)
    page.footer(report)
    return page.html
  }
}

/// The document being written, section by section.
private struct Page {
  var html = ""

  /// Escaped text.
  private func text(_ value: String) -> String { HTMLText.escape(value) }

  private mutating func line(_ markup: String) {
    html += markup + "\n"
  }

  /// The anchor of the claim at `index` in the report's order.
  private func anchor(claim index: Int) -> String { "claim-\(index + 1)" }

  private func statuses(_ statuses: [ClaimStatus]) -> String {
    statuses.map { "<span class=\"status status-\($0.rawValue)\">\($0.rawValue)</span>" }
      .joined(separator: " ")
  }

  private func severity(_ severity: Severity) -> String {
    "<span class=\"severity severity-\(severity.rawValue)\">\(severity.rawValue)</span>"
  }

  private func percent(_ share: Double?) -> String {
    share.map { "\(Int(($0 * 100).rounded()))%" } ?? "–"
  }

  private func score(_ value: Double) -> String { String(format: "%.2f", value) }

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
        + "findings: \(findings.joined(separator: ", "))</p>")
    line("<nav aria-label=\"Sections\"><ol>")
    for (id, title) in [
      ("articles", "Articles"), ("scorecard", "Outlet scorecard"), ("map", "Map"),
      ("claims", "Claims"), ("audit", "Sourcing chains"),
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
    guard let svg = report.map else {
      line("<p class=\"none\">\(text(report.mapNote ?? "The map was not drawn."))</p>")
      line("</section>")
      return
    }
    line(
      "<p class=\"lead\">Who said what, and through whom. Claims carry their status in words on "
        + "their first line; hover over a node or an edge for its evidence. The map is fitted to "
        + "the page; at full size it scrolls inside its frame.</p>")
    line("<input type=\"checkbox\" id=\"map-full-size\" class=\"zoom\"/>")
    line("<label for=\"map-full-size\">Full size</label>")
    line("<figure class=\"map\">")
    line(svg)
    line("</figure>")
    line("</section>")
  }

  mutating func claims(_ report: CaseReport) {
    line("<section id=\"claims\">")
    line("<h2>Claims</h2>")
    line(
      "<p class=\"lead\">Best supported first. A claim is corroborated when at least two "
        + "independent parties state it; many outlets relaying one statement count once. "
        + "Open “How the score was derived” for each step.</p>")
    guard !report.claims.isEmpty else {
      line("<p class=\"none\">No claims were found.</p>")
      line("</section>")
      return
    }
    line("<table class=\"claims\">")
    line(
      "<thead><tr><th class=\"number\">#</th><th class=\"number\">Score</th><th>Status</th><th>Claim</th><th>Sources</th></tr></thead>"
    )
    line("<tbody>")
    for (index, claim) in report.claims.enumerated() {
      var cell = "<span class=\"claim-text\">\(text(claim.text))</span>"
      cell += "<p class=\"why\">\(text(claim.reason))</p>"
      if let contest = claim.contest {
        let own = contest.figure.map { "this claim: <strong>\(text($0))</strong>; " } ?? ""
        cell +=
          "<p class=\"why\">Figures: \(own)all given: \(text(contest.figures.map(\.figure).joined(separator: ", ")))</p>"
      }
      cell += explanation(claim)
      cell +=
        "<p><a href=\"#\(anchor(claim: index))\">Sourcing chains</a> · <code>\(text(claim.id))</code></p>"
      let width = Int((min(max(claim.score, 0), 1) * 100).rounded())
      line(
        "<tr><td class=\"number\">\(index + 1)</td>"
          + "<td class=\"number\">\(score(claim.score))<span class=\"bar\"><span style=\"width:\(width)%\"></span></span></td>"
          + "<td class=\"statuses\">\(statuses(claim.status))</td><td>\(cell)</td><td>\(sources(claim))</td></tr>")
    }
    line("</tbody>")
    line("</table>")
    line("</section>")
  }

  private func explanation(_ claim: ClaimAssessment) -> String {
    guard !claim.explanation.isEmpty || !claim.discounted.isEmpty else { return "" }
    var markup = "<details><summary>How the score was derived</summary><ol>"
    markup += claim.explanation.map { "<li>\(text($0))</li>" }.joined()
    markup += "</ol>"
    if !claim.discounted.isEmpty {
      markup += "<p>Not counted:</p><ul>"
      markup += claim.discounted.map {
        "<li><span class=\"tag\">\(text($0.reason.rawValue))</span> \(text($0.explanation))</li>"
      }.joined()
      markup += "</ul>"
    }
    return markup + "</details>"
  }

  private func sources(_ claim: ClaimAssessment) -> String {
    var items = claim.origins.map { origin in
      var notes = [origin.grade.summary]
      if origin.party != origin.label { notes.append(origin.party) }
      return "<li>\(text(origin.label)) <span class=\"why\">(\(text(notes.joined(separator: "; "))))</span></li>"
    }
    items += claim.negative.map { origin in
      let what = origin.statements.map(Page.verb).joined(separator: ", ")
      return "<li>\(text(origin.label)) <span class=\"tag\">\(text(what))</span></li>"
    }
    guard !items.isEmpty else { return "<span class=\"none\">none</span>" }
    return "<ul class=\"findings\">\(items.joined())</ul>"
  }

  /// A statement kind in words: "said", "could not verify".
  static func verb(_ kind: EdgeKind) -> String {
    switch kind {
    case .couldNotVerify: "could not verify"
    default: kind.rawValue
    }
  }

  mutating func audit(_ report: CaseReport) {
    line("<section id=\"audit\">")
    line("<h2>Sourcing chains</h2>")
    line(
      "<p class=\"lead\">For each claim, the outlets that carry it to the reader and the sources "
        + "at the end of each chain, with the place of every statement "
        + "(<code>file:line:column</code>), then what weakens the chain.</p>")
    let index = Dictionary(
      report.claims.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    for (position, claim) in report.audit.claims.enumerated() {
      let number = index[claim.claim] ?? position
      let look = claim.status.isEmpty ? "" : " audit-\(ClaimStatus.primary(of: claim.status).rawValue)"
      line("<article class=\"audit\(look)\" id=\"\(anchor(claim: number))\">")
      line("<h3>\(number + 1). \(text(claim.text))</h3>")
      line("<p>\(statuses(claim.status)) <code>\(text(claim.claim))</code></p>")
      if claim.trees.isEmpty {
        line("<p class=\"none\">No chain reaches this claim.</p>")
      } else {
        line("<ul class=\"tree\">\(claim.trees.map(tree).joined())</ul>")
      }
      let findings = report.audit.findings.filter { $0.claim == claim.claim }
      if !findings.isEmpty {
        line("<h4>Findings</h4>")
        line("<ul class=\"findings\">\(findings.map(finding).joined())</ul>")
      }
      line("</article>")
    }
    let general = report.audit.findings.filter { $0.claim == nil }
    if !general.isEmpty {
      line("<h3>Across the graph</h3>")
      line("<ul class=\"findings\">\(general.map(finding).joined())</ul>")
    }
    line("</section>")
  }

  private func tree(_ tree: SourcingTree) -> String {
    var markup = "<li><span class=\"node\">\(text(tree.label))</span>"
    markup += " <span class=\"tag\">\(tree.kind.rawValue)</span>"
    if tree.anonymous { markup += "<span class=\"tag\">anonymous</span>" }
    for statement in tree.statements {
      var words = Page.verb(statement.kind)
      if !statement.channels.isEmpty {
        words += " via " + statement.channels.joined(separator: ", ")
      }
      let cue = statement.cue == Page.verb(statement.kind) ? "" : " <span class=\"why\">(“\(text(statement.cue))”)</span>"
      markup +=
        "<span class=\"statement\">— \(text(words))\(cue) <span class=\"place\">\(text(statement.location.description))</span></span>"
    }
    if !tree.children.isEmpty {
      markup += "<ul>\(tree.children.map(self.tree).joined())</ul>"
    }
    return markup + "</li>"
  }

  private func finding(_ finding: Finding) -> String {
    var markup = "<li>\(severity(finding.severity)) \(text(finding.message))"
    markup += " <span class=\"tag\">\(text(finding.kind.rawValue))</span>"
    if let location = finding.location {
      markup += " <span class=\"place\">\(text(location.description))</span>"
    }
    if !finding.notes.isEmpty {
      markup += "<ul class=\"notes\">\(finding.notes.map { "<li>\(text($0))</li>" }.joined())</ul>"
    }
    return markup + "</li>"
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
          + "<td class=\"number\">\(percent(card.namedShare)) <span class=\"why\">(\(card.named) of \(card.sourced))</span></td>"
          + "<td class=\"number\">\(percent(card.anonymousShare)) <span class=\"why\">(\(card.anonymous) of \(card.sourced))</span></td>"
          + "<td class=\"number\">\(percent(card.uncorroboratedShare)) <span class=\"why\">(\(card.uncorroborated) of \(card.claims))</span></td>"
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
        + "and <code>attribution audit</code> print them. The page runs no script and loads "
        + "nothing.</p>")
    line("</footer>")
    line("</body>")
    line("</html>")
  }
}
