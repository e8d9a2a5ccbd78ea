import CLibXML2
import Foundation

/// A web page saved from a browser, read with libxml2's HTML parser: its main text and what its
/// metadata says about the article.
///
/// The main text is found as readability-style extractors find it. The page is cut into runs of
/// text at block boundaries (paragraphs, headings, list items, line breaks); scripts, styles,
/// navigation, headers, footers, asides, forms, figures and elements whose class, id or role
/// names boilerplate (comments, sidebars, share buttons, newsletters, related stories) are left
/// out. Each paragraph of 25 characters or more scores its container (1, plus its commas, plus
/// one per 100 characters up to 3) and half that to the container's parent; a container's score
/// is weighed down by the share of its text that is link text, and `<article>`, `<main>` and an
/// `articleBody` get a bonus. The best container's runs, links-only runs dropped, are the text,
/// after the headline.
struct HTMLPage {
  /// The headline, then the main text's paragraphs, separated by blank lines.
  var text: String
  /// Title, outlet, date, URL and author from the page's metadata (see ``PageMetadata``).
  var metadata: ArticleMetadata

  /// Reads a page; throws when libxml2 cannot parse it or it holds no article text.
  static func read(_ data: Data, path: String) throws -> HTMLPage {
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
    let parsed = data.withUnsafeBytes { bytes -> htmlDocPtr? in
      guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
      return htmlReadMemory(base, Int32(bytes.count), nil, nil, options)
    }
    guard let document = parsed else { throw InputError(file: path, "the HTML page could not be parsed") }
    defer { xmlFreeDoc(document) }
    guard let root = xmlDocGetRootElement(document) else {
      throw InputError(file: path, "the HTML page has no elements")
    }
    let walk = PageWalk(root)
    let metadata = PageMetadata(walk).metadata
    let body = walk.mainText()
    guard !body.isEmpty else {
      throw InputError(file: path, "no article text found in the HTML page (it may need JavaScript to show it)")
    }
    var paragraphs = body
    if let headline = walk.headline ?? metadata.title, paragraphs.first != headline {
      paragraphs.insert(headline, at: 0)
    }
    return HTMLPage(text: paragraphs.joined(separator: "\n\n") + "\n", metadata: metadata)
  }
}

/// One pass over a page's elements, without recursion (pages can nest deeply): the runs of
/// text, the elements they sit in, and the `<meta>`, `<link>`, `<time>` and JSON-LD elements.
final class PageWalk {
  /// A run of text between block boundaries.
  struct Run {
    var text: String
    /// How much of the text is inside links.
    var linkCharacters: Int
    /// The open block elements around the run, outermost first (ids into ``elements``).
    var blocks: [Int]
    /// The tag of the innermost one.
    var tag: String
  }

  /// An element that holds runs: its tag and parent (an index, -1 at the top).
  struct Element {
    var tag: String
    var parent: Int
    var bonus: Double
  }

  private(set) var runs: [Run] = []
  private(set) var elements: [Element] = []
  /// `<meta>` name or property → content, first occurrence kept.
  private(set) var meta: [String: String] = [:]
  private(set) var canonical: String?
  private(set) var titleElement: String?
  private(set) var firstTime: String?
  private(set) var jsonLD: [String] = []
  /// The text of the first `<h1>` outside left-out parts.
  private(set) var headline: String?

  static let skipped: Set<String> = [
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
    "select", "iframe", "svg", "figure", "object", "embed", "canvas", "dialog", "menu",
  ]
  static let blocks: Set<String> = [
    "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3",
    "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "br", "hr", "body", "center",
  ]
  /// Words in a class, id or role that mark boilerplate.
  static let boilerplate = [
    "comment", "sidebar", "related", "footer", "navbar", "menu", "share", "social", "promo",
    "advert", "newsletter", "cookie", "subscribe", "breadcrumb", "masthead", "popup", "modal",
    "recommend", "outbrain", "taboola", "sponsor", "most-read", "trending", "tags",
  ]

  init(_ root: xmlNodePtr) {
    var stack: [(node: xmlNodePtr, entering: Bool)] = [(root, true)]
    var openBlocks: [Int] = []
    var buffer = ""
    var linkCharacters = 0
    var linkDepth = 0
    // The left-out elements the walk is inside: their text makes no run, but their metadata,
    // title and headline are still read.
    var leftOut: [String] = []
    var inH1: String? = nil
    func flush() {
      let text = Self.collapsed(buffer)
      if !text.isEmpty, let owner = openBlocks.last, !Self.placeholders.contains(text.lowercased()) {
        runs.append(Run(text: text, linkCharacters: min(linkCharacters, text.count), blocks: openBlocks, tag: elements[owner].tag))
      }
      buffer = ""
      linkCharacters = 0
    }
    while let (node, entering) = stack.popLast() {
      let type = node.pointee.type
      if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
        let text = Self.string(node.pointee.content)
        if inH1 != nil { inH1! += text }
        guard leftOut.isEmpty else { continue }
        buffer += text
        if linkDepth > 0 { linkCharacters += text.count }
        continue
      }
      guard type == XML_ELEMENT_NODE else { continue }
      let tag = Self.string(node.pointee.name).lowercased()
      let isLeftOut = Self.skipped.contains(tag) || tag == "head" || Self.isBoilerplate(node)
      if entering {
        switch tag {
        case "meta": readMeta(node)
        case "link":
          if Self.attribute(node, "rel")?.lowercased().split(separator: " ").contains("canonical") == true, canonical == nil {
            canonical = Self.attribute(node, "href")
          }
        case "title" where titleElement == nil: titleElement = Self.text(of: node)
        case "time" where firstTime == nil: firstTime = Self.attribute(node, "datetime")
        case "script":
          if Self.attribute(node, "type")?.lowercased() == "application/ld+json" { jsonLD.append(Self.text(of: node)) }
        default: break
        }
        if isLeftOut {
          if leftOut.isEmpty { flush() }
          leftOut.append(tag)
        } else if leftOut.isEmpty && Self.blocks.contains(tag) {
          flush()
          elements.append(Element(tag: tag, parent: openBlocks.last ?? -1, bonus: Self.bonus(node, tag: tag)))
          openBlocks.append(elements.count - 1)
        }
        if tag == "a" { linkDepth += 1 }
        // The headline: the first h1 outside navigation, asides, footers and forms (a page
        // header may hold it).
        if tag == "h1" && headline == nil && leftOut.allSatisfy({ $0 == "header" || $0 == "h1" }) { inH1 = "" }
        // Scripts and styles hold no text or headline; nothing under them is read.
        if tag == "script" || tag == "style" || tag == "template" {
          leftOut.removeLast()
          continue
        }
        stack.append((node, false))
        var children: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
          children.append(current)
          child = current.pointee.next
        }
        for current in children.reversed() { stack.append((current, true)) }
      } else {
        if tag == "a" { linkDepth -= 1 }
        if tag == "h1", let text = inH1 {
          let collapsed = Self.collapsed(text)
          if !collapsed.isEmpty { headline = collapsed }
          inH1 = nil
        }
        if isLeftOut {
          leftOut.removeLast()
        } else if leftOut.isEmpty && Self.blocks.contains(tag) {
          flush()
          openBlocks.removeLast()
        }
      }
    }
    flush()
  }

  /// Lines that stand where something was left out, not text: "Advertisement".
  static let placeholders: Set<String> = ["advertisement", "advertising", "ad", "sponsored", "story continues below"]

  /// The main text's paragraphs, in page order (see ``HTMLPage``).
  func mainText() -> [String] {
    var scores = [Double](repeating: 0, count: elements.count)
    var textLength = [Int](repeating: 0, count: elements.count)
    var linkLength = [Int](repeating: 0, count: elements.count)
    for run in runs {
      for block in run.blocks {
        textLength[block] += run.text.count
        linkLength[block] += run.linkCharacters
      }
      guard run.text.count >= 25, ["p", "div", "pre", "blockquote", "td", "section", "article", "li"].contains(run.tag),
        run.linkCharacters * 2 < run.text.count
      else { continue }
      let score = 1 + Double(run.text.filter { $0 == "," }.count) + min(Double(run.text.count) / 100, 3)
      // A paragraph scores the element it sits in; text straight in a div scores that div.
      let owner = run.blocks[run.blocks.count - 1]
      let container = run.tag == "p" || run.tag == "li" ? elements[owner].parent : owner
      guard container >= 0 else { continue }
      scores[container] += score
      let parent = elements[container].parent
      if parent >= 0 { scores[parent] += score / 2 }
    }
    var best = -1
    var bestScore = 0.0
    for index in elements.indices where scores[index] > 0 {
      let density = textLength[index] == 0 ? 0 : Double(linkLength[index]) / Double(textLength[index])
      let score = (scores[index] + elements[index].bonus) * (1 - density)
      if score > bestScore {
        best = index
        bestScore = score
      }
    }
    guard best >= 0 else { return [] }
    return runs.filter { run in
      run.blocks.contains(best) && run.linkCharacters * 2 < max(run.text.count, 1) && run.tag != "h1"
    }.map(\.text)
  }

  private func readMeta(_ node: xmlNodePtr) {
    guard let content = Self.attribute(node, "content") else { return }
    for key in ["property", "name", "itemprop"] {
      if let name = Self.attribute(node, key)?.lowercased(), meta[name] == nil { meta[name] = content }
    }
  }

  private static func isBoilerplate(_ node: xmlNodePtr) -> Bool {
    let marks = ["class", "id", "role"].compactMap { attribute(node, $0)?.lowercased() }.joined(separator: " ")
    guard !marks.isEmpty else { return false }
    if marks.contains("articlebody") || marks.contains("article-body") { return false }
    if boilerplate.contains(where: { marks.contains($0) }) { return true }
    // Short marks as whole words only: "ad-slot" and "ads" are advertising, "heading" is not.
    let words = marks.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    return words.contains { ["ad", "ads", "advertisement", "banner", "hidden", "print"].contains($0) }
  }

  private static func bonus(_ node: xmlNodePtr, tag: String) -> Double {
    if attribute(node, "itemprop")?.lowercased() == "articlebody" { return 25 }
    let marks = ["class", "id"].compactMap { attribute(node, $0)?.lowercased() }.joined(separator: " ")
    if marks.contains("article-body") || marks.contains("articlebody") || marks.contains("story-body") { return 25 }
    return tag == "article" || tag == "main" ? 10 : 0
  }

  static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
    guard let value = xmlGetProp(node, name) else { return nil }
    defer { attribution_xml_free(value) }
    return String(cString: value)
  }

  /// All the text under `node`, whitespace collapsed.
  static func text(of node: xmlNodePtr) -> String {
    guard let content = xmlNodeGetContent(node) else { return "" }
    defer { attribution_xml_free(content) }
    return collapsed(String(cString: content))
  }

  /// `text` with every run of white space one space, and none at the ends.
  static func collapsed(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }
}
