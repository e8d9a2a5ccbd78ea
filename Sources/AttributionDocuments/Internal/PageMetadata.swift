import Foundation

/// What a saved page says about its article, best source first:
///
/// | field | from |
/// |---|---|
/// | title | `og:title`, `twitter:title`, JSON-LD `headline`, the first `<h1>`, `<title>` |
/// | outlet | `og:site_name`, JSON-LD `publisher.name`, `application-name`, the `<title>` after the headline ("Headline \| TheHill") |
/// | date | `article:published_time`, JSON-LD `datePublished`, `date`/`pubdate`/`dc.date` meta, the first `<time datetime>` |
/// | URL | `<link rel=canonical>`, `og:url`, JSON-LD `url` (http and https only) |
/// | author | `author` meta, JSON-LD `author.name`, `article:author` when it is not a link |
///
/// JSON-LD is read from `<script type="application/ld+json">` objects whose `@type` is
/// `NewsArticle`, `Article`, `ReportageNewsArticle`, `AnalysisNewsArticle` or `BlogPosting`
/// (also inside `@graph` and arrays). Dates keep their first ten characters when they start
/// as an ISO date.
struct PageMetadata {
  var metadata = ArticleMetadata()

  static let articleTypes: Set<String> = [
    "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "OpinionNewsArticle",
  ]

  init(_ walk: PageWalk) {
    let article = walk.jsonLD.lazy.compactMap(Self.newsArticle).first ?? [:]
    func first(_ values: String?...) -> String? {
      values.lazy.compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }.first { !$0.isEmpty }
    }
    let meta = walk.meta
    metadata.title = first(meta["og:title"], meta["twitter:title"], article["headline"] as? String, walk.headline, walk.titleElement)
    metadata.outlet = first(
      meta["og:site_name"], Self.name(article["publisher"]), meta["application-name"],
      Self.siteInTitle(walk.titleElement, headline: metadata.title))
    metadata.date = first(
      meta["article:published_time"], article["datePublished"] as? String, meta["date"], meta["pubdate"],
      meta["dc.date"], meta["dc.date.issued"], walk.firstTime
    ).map(Self.isoDay)
    metadata.url = [walk.canonical, meta["og:url"], article["url"] as? String].lazy.compactMap { $0 }
      .first { $0.lowercased().hasPrefix("https://") || $0.lowercased().hasPrefix("http://") }
    let authorMeta = meta["article:author"].flatMap { $0.lowercased().hasPrefix("http") ? nil : $0 }
    metadata.author = first(meta["author"], Self.name(article["author"]), authorMeta)
  }

  /// The site named after the headline in a page's `<title>`: "Headline | TheHill" → "TheHill"
  /// (also after " - " or " — "), when what comes before is the headline.
  static func siteInTitle(_ title: String?, headline: String?) -> String? {
    guard let title, let headline, title.count > headline.count else { return nil }
    for separator in [" | ", " - ", " — ", " – "] {
      guard let range = title.range(of: separator, options: .backwards) else { continue }
      let before = title[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
      let site = title[range.upperBound...].trimmingCharacters(in: .whitespaces)
      if before == headline, !site.isEmpty { return site }
    }
    return nil
  }

  /// The first news-article object of a JSON-LD block.
  static func newsArticle(_ json: String) -> [String: Any]? {
    guard let data = json.data(using: .utf8),
      let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    else { return nil }
    var queue: [Any] = [value]
    while !queue.isEmpty {
      let next = queue.removeFirst()
      if let list = next as? [Any] {
        queue += list
      } else if let object = next as? [String: Any] {
        let types = (object["@type"] as? [String]) ?? [(object["@type"] as? String) ?? ""]
        if types.contains(where: articleTypes.contains) { return object }
        if let graph = object["@graph"] { queue.append(graph) }
      }
    }
    return nil
  }

  /// The `name` of a JSON-LD person or organisation (or the first of a list), or a plain string.
  static func name(_ value: Any?) -> String? {
    if let text = value as? String { return text }
    if let object = value as? [String: Any] { return object["name"] as? String }
    if let list = value as? [Any] { return list.lazy.compactMap { name($0) }.first }
    return nil
  }

  /// "2024-10-29T08:15:00Z" → "2024-10-29"; other forms are kept as written.
  static func isoDay(_ date: String) -> String {
    let scalars = Array(date.unicodeScalars.prefix(10))
    let isDay = scalars.count == 10 && scalars.enumerated().allSatisfy { index, scalar in
      index == 4 || index == 7 ? scalar == "-" : ("0"..."9").contains(scalar)
    }
    return isDay ? String(String.UnicodeScalarView(scalars)) : date
  }
}
