import Testing

@testable import AttributionReport

@Suite("Escaping text and links")
struct HTMLTextTests {
  @Test("The five markup characters become character references")
  func markup() {
    #expect(
      HTMLText.escape(#"<a href="x" title='y'>Tom & Jerry</a>"#)
        == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;")
    #expect(HTMLText.escape("&amp;") == "&amp;amp;")
    #expect(HTMLText.escape("Zelenskyy’s “days, not months” — 10,000") == "Zelenskyy’s “days, not months” — 10,000")
  }

  @Test("Control characters become U+FFFD; tab and line breaks stay")
  func controls() {
    #expect(HTMLText.escape("a\u{0}b\u{1B}c\u{7F}d\u{85}e") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e")
    #expect(HTMLText.escape("a\tb\nc\r") == "a\tb\nc\r")
    #expect(HTMLText.escape("\u{FFFF}") == "\u{FFFD}")
  }

  @Test("Only absolute http(s) addresses with a host are links")
  func urls() {
    #expect(HTMLText.safeURL("https://www.ft.com/content/abc?x=1&y=2") == "https://www.ft.com/content/abc?x=1&y=2")
    #expect(HTMLText.safeURL("HTTP://example.com") == "HTTP://example.com")
    for refused in [
      "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,<b>",
      "vbscript:x", "//example.com", "/local/path", "https://", "https:///path",
      "https://ex ample.com", "https://example.com/\"onmouseover=\"x", "https://example.com/<b>",
      "https://example.com/\u{0}", "http://example.com\\@evil", "java\nscript:alert(1)",
    ] {
      #expect(HTMLText.safeURL(refused) == nil, "\(refused)")
    }
  }
}
