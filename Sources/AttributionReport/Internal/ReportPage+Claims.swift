import AttributionAnalysis
import AttributionGraph
import Foundation

/// The claims section: the filters, then one entry per claim (needs checking first) that opens
/// on its own chain map, its sourcing chains with every statement's sentence, article and line,
/// its findings and how its score was derived. The entries carry what the filters read as
/// `data-` attributes: status, outlets, source kinds and the first and last article date.
extension ReportPage {
  mutating func claims(_ report: CaseReport) {
    line("<section id=\"claims\">")
    line("<h2>Claims and their chains</h2>")
    line(
      "<p class=\"lead\">Claims that are not corroborated come first. A claim is corroborated "
        + "when at least two independent parties state it; many outlets relaying one statement "
        + "count once. Open a claim for its chain map and the sentences each step was read from.</p>")
    guard !report.claims.isEmpty else {
      line("<p class=\"none\">No claims were found.</p>")
      line("</section>")
      return
    }
    let audits = Dictionary(report.audit.claims.map { ($0.claim, $0) }, uniquingKeysWith: { first, _ in first })
    let facts = ClaimFacts.of(report, audits: audits)
    filters(report, facts: facts)
    if let note = report.claimMapsNote { line("<p class=\"why\">\(text(note))</p>") }
    line("<ol class=\"claim-list\" id=\"claim-list\">")
    for (position, index) in CaseReport.checkingOrder(report.claims).enumerated() {
      let claim = report.claims[index]
      claimEntry(
        claim, rank: index, check: position, audit: audits[claim.id], facts: facts[claim.id] ?? ClaimFacts(),
        report: report)
    }
    line("</ol>")
    line("<p class=\"none\" id=\"none-shown\" hidden=\"hidden\">No claim matches these filters.</p>")
    line("</section>")
  }

  /// The filter bar: hidden until the page's script shows it, since without script it could do
  /// nothing.
  private mutating func filters(_ report: CaseReport, facts: [String: ClaimFacts]) {
    let present = Set(report.claims.flatMap(\.status))
    let outlets = Set(facts.values.flatMap(\.outlets)).sorted()
    let kinds = Set(facts.values.flatMap(\.kinds))
    line("<div class=\"filters\" id=\"filters\" hidden=\"hidden\" role=\"search\">")
    line(
      "<label>Search <input type=\"search\" id=\"search\" placeholder=\"a word, a source, an outlet\"/></label>")
    var status = "<label>Status <select id=\"filter-status\"><option value=\"\">any</option>"
    status += "<option value=\"uncorroborated\">uncorroborated (all but corroborated)</option>"
    for value in ClaimStatus.allCases where present.contains(value) {
      status += "<option value=\"\(value.rawValue)\">\(value.rawValue)</option>"
    }
    line(status + "</select></label>")
    var outlet = "<label>Outlet <select id=\"filter-outlet\"><option value=\"\">any</option>"
    for name in outlets { outlet += "<option value=\"\(text(name))\">\(text(name))</option>" }
    line(outlet + "</select></label>")
    var kind = "<label>Source <select id=\"filter-kind\"><option value=\"\">any</option>"
    for grade in SourcingGrade.allCases where kinds.contains(grade.rawValue) {
      kind += "<option value=\"\(grade.rawValue)\">\(text(grade.summary))</option>"
    }
    line(kind + "</select></label>")
    line("<label>From <input type=\"date\" id=\"filter-since\"/></label>")
    line("<label>To <input type=\"date\" id=\"filter-until\"/></label>")
    line(
      "<label>Order <select id=\"sort\"><option value=\"check\">needs checking first</option>"
        + "<option value=\"rank\">best supported first</option></select></label>")
    line("<p id=\"shown\" class=\"why\" aria-live=\"polite\"></p>")
    line("</div>")
  }

  private mutating func claimEntry(
    _ claim: ClaimAssessment, rank: Int, check: Int, audit: ClaimAudit?, facts: ClaimFacts,
    report: CaseReport
  ) {
    let look = " audit-\(claim.primaryStatus.rawValue)"
    var attributes = "class=\"claim\(look)\" id=\"\(anchor(claim: rank))\" data-rank=\"\(rank + 1)\""
    attributes += " data-check=\"\(check + 1)\" data-corroborated=\"\(claim.isCorroborated ? "yes" : "no")\""
    attributes += " data-status=\"\(claim.status.map(\.rawValue).joined(separator: " "))\""
    attributes += " data-outlets=\"\(text(ClaimFacts.json(facts.outlets)))\""
    attributes += " data-kinds=\"\(facts.kinds.joined(separator: " "))\""
    if let first = facts.dates.first, let last = facts.dates.last {
      attributes += " data-first=\"\(text(first))\" data-last=\"\(text(last))\""
    }
    line("<li \(attributes)>")
    line("<details class=\"chain\">")
    let width = Int((min(max(claim.score, 0), 1) * 100).rounded())
    line(
      "<summary><span class=\"rank\">\(rank + 1).</span> \(statuses(claim.status)) "
        + "<span class=\"claim-text\">\(text(claim.text))</span> <span class=\"score\">score "
        + "\(score(claim.score))<span class=\"bar\"><span style=\"width:\(width)%\"></span></span></span></summary>")
    line("<div class=\"chain-body\">")
    line("<p class=\"why\">\(text(claim.reason))</p>")
    if let contest = claim.contest {
      let own = contest.figure.map { "this claim: <strong>\(text($0))</strong>; " } ?? ""
      line("<p class=\"why\">Figures: \(own)all given: \(text(contest.figures.map(\.figure).joined(separator: ", ")))</p>")
    }
    line("<h4>Sources</h4>")
    line(sources(claim))
    line("<h4>Chain map</h4>")
    if let svg = report.claimMaps[claim.id] {
      line("<figure class=\"map zoomable chain-map\">\(svg)</figure>")
    } else {
      line("<p class=\"none\">Not drawn; <code>attribution map CASE --claim \(text(claim.id))</code> draws it.</p>")
    }
    line("<h4>Sourcing chains</h4>")
    if let audit, !audit.trees.isEmpty {
      line("<ul class=\"tree\">\(audit.trees.map(tree).joined())</ul>")
    } else {
      line("<p class=\"none\">No chain reaches this claim.</p>")
    }
    let findings = report.audit.findings.filter { $0.claim == claim.id }
    if !findings.isEmpty {
      line("<h4>Findings</h4>")
      line("<ul class=\"findings\">\(findings.map(finding).joined())</ul>")
    }
    line(explanation(claim))
    line("<p><code>\(text(claim.id))</code></p>")
    line("</div>")
    line("</details>")
    line("</li>")
  }

  private func explanation(_ claim: ClaimAssessment) -> String {
    guard !claim.explanation.isEmpty || !claim.discounted.isEmpty else { return "" }
    var markup = "<details class=\"derivation\"><summary>How the score was derived</summary><ol>"
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
      let what = origin.statements.map(\.inWords).joined(separator: ", ")
      return "<li>\(text(origin.label)) <span class=\"tag\">\(text(what))</span></li>"
    }
    guard !items.isEmpty else { return "<p class=\"none\">none</p>" }
    return "<ul class=\"findings\">\(items.joined())</ul>"
  }

  private func tree(_ tree: SourcingTree) -> String {
    var markup = "<li><span class=\"node\">\(text(tree.label))</span>"
    markup += " <span class=\"tag\">\(tree.kind.rawValue)</span>"
    if tree.anonymous { markup += "<span class=\"tag\">anonymous</span>" }
    for statement in tree.statements {
      var words = statement.kind.inWords
      if !statement.channels.isEmpty {
        words += " via " + statement.channels.joined(separator: ", ")
      }
      let cue =
        statement.cue == statement.kind.inWords ? "" : " <span class=\"why\">(“\(text(statement.cue))”)</span>"
      let place = "\(statement.location.file), line \(statement.location.line)"
      let sentence = statement.sentence.map { " <q class=\"sentence\">\(text($0))</q>" } ?? ""
      markup +=
        "<span class=\"statement\">— \(text(words))\(cue)\(sentence) <span class=\"place\">\(text(place))</span></span>"
    }
    if !tree.children.isEmpty {
      markup += "<ul>\(tree.children.map(self.tree).joined())</ul>"
    }
    return markup + "</li>"
  }

  func finding(_ finding: Finding) -> String {
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

  /// The findings that concern no single claim (circular citations, echoes across claims).
  mutating func findings(_ report: CaseReport) {
    line("<section id=\"audit\">")
    line("<h2>Findings across the graph</h2>")
    let general = report.audit.findings.filter { $0.claim == nil }
    if general.isEmpty {
      line("<p class=\"none\">None: every finding concerns one claim and is listed with it.</p>")
    } else {
      line("<ul class=\"findings\">\(general.map(finding).joined())</ul>")
    }
    line("</section>")
  }
}

/// What the filters know of one claim: the outlets whose articles carry it, the kinds of its
/// sources (``SourcingGrade`` names) and its articles' dates (YYYY-MM-DD, sorted).
struct ClaimFacts {
  var outlets: [String] = []
  var kinds: [String] = []
  var dates: [String] = []

  /// Every claim's facts, by claim id, read from its chains' statements (`audits`, by claim id)
  /// and sources.
  static func of(_ report: CaseReport, audits: [String: ClaimAudit]) -> [String: ClaimFacts] {
    let articles = Dictionary(report.articles.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    var result: [String: ClaimFacts] = [:]
    for claim in report.claims {
      var files: Set<String> = []
      var stack = audits[claim.id]?.trees ?? []
      while let tree = stack.popLast() {
        files.formUnion(tree.statements.map(\.location.file))
        stack += tree.children
      }
      let read = files.compactMap { articles[$0] }
      result[claim.id] = ClaimFacts(
        outlets: Set(read.compactMap(\.outlet)).sorted(),
        kinds: Set((claim.origins + claim.negative).map(\.grade.rawValue)).sorted(),
        dates: Set(read.compactMap { $0.date.map { String($0.prefix(10)) } }.filter(isDay)).sorted())
    }
    return result
  }

  /// Whether `text` has the shape YYYY-MM-DD, which the date filters compare as text.
  static func isDay(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    return bytes.count == 10 && bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-")
      && bytes.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 || (48...57).contains($0.element) }
  }

  /// `values` as a JSON array of strings, for a `data-` attribute the script parses.
  static func json(_ values: [String]) -> String {
    let data = (try? JSONEncoder().encode(values)) ?? Data("[]".utf8)
    return String(decoding: data, as: UTF8.self)
  }
}
