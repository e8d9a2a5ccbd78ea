/// Attributes of a graph, subgraph, node or edge, by name. Graphviz receives
/// them sorted by name, so the dictionary's order never shows in the output.
public typealias Attributes = [Attribute: AttributeValue]

/// The name of a Graphviz attribute, as in the Graphviz documentation
/// (`shape`, `rankdir`, `URL`, …).
///
/// What a value may contain depends on the name:
/// - `label`, `xlabel`, `headlabel`, `taillabel` take a ``Label``; a string is
///   plain text shown literally.
/// - Tooltips, `id`, `target`, `comment` and `class` are text, shown literally.
/// - Links (`URL`, `href` and their `head`/`tail`/`label`/`edge` variants) keep
///   only absolute `http`/`https` URLs; others are dropped with a warning.
/// - Attributes that read files or change how text is decoded (`image`,
///   `shapefile`, `imagepath`, `fontpath`, `stylesheet`, `charset`, names
///   starting with `_`) and record shapes are refused with an error.
/// - Any other value is a keyword, number, colour or font name and must not
///   contain control characters, quotes, `<`, `>`, `&` or `\`.
public struct Attribute: RawRepresentable, Hashable, Comparable, Sendable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The attribute's name as Graphviz spells it.
  public let rawValue: String

  /// The attribute named `rawValue`.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// The attribute named by a string literal.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// Orders attributes by name.
  public static func < (lhs: Attribute, rhs: Attribute) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The attribute's name.
  public var description: String { rawValue }

  /// The main text of a graph, cluster, node or edge.
  public static let label: Attribute = "label"
  /// A label placed outside the node or beside the edge.
  public static let xlabel: Attribute = "xlabel"
  /// A label near the head of an edge.
  public static let headlabel: Attribute = "headlabel"
  /// A label near the tail of an edge.
  public static let taillabel: Attribute = "taillabel"
  /// Text shown when the pointer rests on the object (SVG and image maps).
  public static let tooltip: Attribute = "tooltip"
  /// A link for the object (SVG and image maps).
  public static let url: Attribute = "URL"
  /// The node's outline (`box`, `ellipse`, `plaintext`, …).
  public static let shape: Attribute = "shape"
  /// Drawing style (`filled`, `dashed`, `rounded`, …).
  public static let style: Attribute = "style"
  /// Line colour.
  public static let color: Attribute = "color"
  /// Fill colour, used with `style=filled`.
  public static let fillcolor: Attribute = "fillcolor"
  /// Text colour.
  public static let fontcolor: Attribute = "fontcolor"
  /// Font family.
  public static let fontname: Attribute = "fontname"
  /// Font size in points.
  public static let fontsize: Attribute = "fontsize"
  /// Direction of rank in `dot` (`TB`, `LR`, …).
  public static let rankdir: Attribute = "rankdir"
  /// Line width.
  public static let penwidth: Attribute = "penwidth"
  /// Edge weight (for `dot`: how strongly the edge pulls its ends into line).
  public static let weight: Attribute = "weight"
  /// Whether nodes may overlap, and how to remove overlaps (`neato`, `sfdp`, …).
  public static let overlap: Attribute = "overlap"
  /// How edges are drawn (`spline`, `ortho`, `true`, …).
  public static let splines: Attribute = "splines"
}

/// The value of an attribute: a string, or a label.
public enum AttributeValue: Sendable, Hashable, ExpressibleByStringInterpolation,
  ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral
{
  /// A string, checked and escaped according to the attribute it is given to.
  case string(String)
  /// A label; only for `label`, `xlabel`, `headlabel` and `taillabel`.
  case label(Label)

  /// A string value.
  public init(stringLiteral value: String) { self = .string(value) }

  /// A number.
  public init(integerLiteral value: Int) { self = .string(String(value)) }

  /// A number.
  public init(floatLiteral value: Double) { self = .string(String(value)) }

  /// `true` or `false`.
  public init(booleanLiteral value: Bool) { self = .string(value ? "true" : "false") }
}
