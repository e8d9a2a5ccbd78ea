import Foundation
import Graphviz

/// DOT escaping checked through Graphviz itself: a text given as a plain label, as an HTML-like
/// label and as a node name is laid out by the library, and what Graphviz draws (the text
/// operations of its `json` output) must be the text given, line by line, as ``Label`` documents
/// it: line breaks start lines, tabs become spaces, other control characters are removed.
enum LabelRoundTrip {
  /// The nodes that carry the text as their label.
  static let fixedNames = ["plain", "left", "html"]

  /// The longest line the round trip is checked on, in scalars. Graphviz refuses a layout
  /// whose edges run over 65,535 points ("Edge length … larger than maximum 65535 allowed"): a
  /// label line of some 1,600 wide characters (found by fuzzing: 4,000 ampersands, or as many
  /// CJK ideographs). That refusal is a thrown error, not a failure of escaping, and the map
  /// wraps every label it draws far below it.
  static let longestLine = 1_000

  /// Whether no line of `text` is longer than ``longestLine``.
  static func fitsLayout(_ text: String) -> Bool {
    var run = 0
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": run = 0
      default:
        run += 1
        if run > longestLine { return false }
      }
    }
    return true
  }

  /// What Graphviz drew differently from `text`, or nil when every label came back whole.
  static func problem(with text: String) -> String? {
    var graph = Graph(
      name: "fuzz",
      nodes: [
        Node("plain", attributes: [.label: .label(.text(text)), .tooltip: .string(text)]),
        Node("left", attributes: [.label: .label(.text(text, alignment: .left))]),
        Node("html", attributes: [.label: .label(.html(.text([.plain(text)])))]),
      ])
    // An empty name is refused by design (Graphviz would make the node anonymous), and a text
    // that is one of the fixed names names that node (found by fuzzing: "html").
    let named = !text.isEmpty && !fixedNames.contains(text)
    if named { graph.nodes.append(Node(text, attributes: [.label: .label(.text("named"))])) }
    let nodes: [[String: Any]]
    do {
      nodes = try laidOutNodes(graph)
    } catch {
      return "\(error)"
    }
    let expected = expectedLines(text)
    for name in fixedNames {
      guard let node = nodes.first(where: { $0["name"] as? String == name }) else {
        return "node \(name) missing from the layout"
      }
      let drawn = drawnLines(node)
      if drawn != expected {
        return "\(name) label drawn as \(drawn), expected \(expected)"
      }
    }
    // The hostile name is a fourth node, whatever Graphviz made of it: it must neither merge
    // with a fixed one nor split into more.
    let names = Set(nodes.compactMap { $0["name"] as? String })
    if nodes.count != (named ? 4 : 3) || !fixedNames.allSatisfy(names.contains) {
      return "the node named by the text merged with another or split: \(names.sorted())"
    }
    return nil
  }

  /// The lines `text` is drawn as: split at `\n`, `\r\n`, `\r`, NEL, U+2028 and U+2029; tabs as
  /// spaces; C0 and C1 controls, DEL and U+FFFE/U+FFFF removed. Blank lines draw nothing, and
  /// default-ignorable scalars are compared as nothing (``withoutIgnorables(_:)``).
  static func expectedLines(_ text: String) -> [String] {
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      defer { previous = scalar }
      switch scalar {
      case "\n" where previous == "\r":
        continue
      case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
        lines.append(String(current))
        current = String.UnicodeScalarView()
      case "\t":
        current.append(" ")
      default:
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: continue
        default: current.append(scalar)
        }
      }
    }
    lines.append(String(current))
    return lines.map(withoutIgnorables).filter(isVisible)
  }

  /// Whether a line draws anything: blank lines are left out on both sides (an empty HTML-like
  /// label is drawn as one space, as Graphviz refuses an empty one). Default-ignorable scalars
  /// (a byte-order mark, a zero-width space) draw nothing either: a label of a byte-order mark
  /// and a space came back from the in-process layout as no text at all (found by fuzzing).
  private static func isVisible(_ line: String) -> Bool {
    line.unicodeScalars.contains { $0 != " " && !$0.properties.isDefaultIgnorableCodePoint }
  }

  /// A line without its default-ignorable scalars, on both sides of the comparison: Graphviz
  /// drew "ا😀 \"" for "ا😀 \"" followed by a byte-order mark (found by fuzzing), and what such a
  /// scalar would draw is nothing anyway.
  private static func withoutIgnorables(_ line: String) -> String {
    String(String.UnicodeScalarView(line.unicodeScalars.filter { !$0.properties.isDefaultIgnorableCodePoint }))
  }

  /// The nodes of `graph` as Graphviz lays them out (its `json` output's objects).
  static func laidOutNodes(_ graph: Graph) throws -> [[String: Any]] {
    let rendered: RenderedGraph
    do {
      rendered = try graph.render("json", layout: .dot)
    } catch {
      throw Failure("Graphviz refused the graph: \(error)")
    }
    guard let object = try? JSONSerialization.jsonObject(with: rendered.data) as? [String: Any],
      let nodes = object["objects"] as? [[String: Any]]
    else { throw Failure("Graphviz's json output could not be read") }
    return nodes
  }

  struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
  }

  /// The texts of a node's label drawing operations, top to bottom, blank ones left out.
  static func drawnLines(_ node: [String: Any]) -> [String] {
    let operations = node["_ldraw_"] as? [[String: Any]] ?? []
    return operations.filter { $0["op"] as? String == "T" }.compactMap { $0["text"] as? String }
      .map(withoutIgnorables).filter(isVisible)
  }
}
