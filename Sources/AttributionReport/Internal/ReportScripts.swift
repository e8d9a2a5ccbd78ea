import Crypto
import Foundation

/// The report's two inline scripts, read from the module's resources: d3 3.5 (Debian's
/// `libjs-d3`, BSD-3-Clause; its zoom behaviour pans and zooms the maps) and the report's own
/// filters, search and sorting. Each is pinned in the page's Content-Security-Policy by its
/// SHA-256, so the browser runs these two scripts and nothing else.
struct ReportScripts: Sendable {
  /// The scripts' texts, each exactly as it stands between its `<script>` tags.
  let texts: [String]
  /// The `script-src` sources that allow exactly these scripts: `'sha256-…'` each, computed
  /// once (d3 alone is 242 KB).
  let sources: [String]

  init(texts: [String]) {
    self.texts = texts
    sources = texts.map { "'sha256-" + Data(SHA256.hash(data: Data($0.utf8))).base64EncodedString() + "'" }
  }

  /// The scripts, or nil when the resource bundle cannot be read (the report is then static).
  static let bundled: ReportScripts? = {
    let names = ["d3.min", "report"]
    var texts: [String] = []
    for name in names {
      guard
        let url = Bundle.module.url(forResource: name, withExtension: "js", subdirectory: "Resources"),
        let data = try? Data(contentsOf: url), let source = String(data: data, encoding: .utf8)
      else { return nil }
      texts.append(wrapped(source))
    }
    return ReportScripts(texts: texts)
  }()

  /// `source` inside a commented CDATA section, so the page stays well-formed XML while a
  /// browser reads it as plain script. Neither file holds `]]>` or `</script` (a test checks).
  static func wrapped(_ source: String) -> String {
    "//<![CDATA[\n" + source.trimmingCharacters(in: .whitespacesAndNewlines) + "\n//]]>"
  }
}
