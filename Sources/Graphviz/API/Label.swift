/// The text of a graph, cluster, node or edge.
///
/// Graphviz does not show label strings literally: it expands `\N`, `\n` and
/// other backslash sequences, decodes `&amp;`-style entities and reads
/// `<…>` as markup. A `Label` is always shown exactly as given.
public enum Label: Sendable, Hashable, ExpressibleByStringInterpolation {
  /// Plain text, shown literally. Line breaks in the string (`\n`, `\r\n`,
  /// `\r`, U+2028, U+2029) start new lines, aligned as `alignment` says; tabs
  /// become spaces and other control characters are removed.
  case text(String, alignment: TextAlignment = .center)
  /// An HTML-like label (tables, bold, fonts) built from escaped text.
  case html(HTMLLabel)

  /// Plain text, centred.
  public init(stringLiteral value: String) { self = .text(value) }
}

/// How the lines of a label or table cell are aligned.
public enum TextAlignment: String, Sendable, Hashable, CaseIterable {
  /// Lines start at the left edge.
  case left
  /// Lines are centred.
  case center
  /// Lines end at the right edge.
  case right
}

/// An HTML-like label: formatted text or a table. Its text is always escaped,
/// so user text can never become markup.
public enum HTMLLabel: Sendable, Hashable {
  /// Formatted text.
  case text([HTMLText])
  /// A table.
  case table(HTMLTable)
}

/// A run of formatted text in an HTML-like label.
public indirect enum HTMLText: Sendable, Hashable, ExpressibleByStringInterpolation {
  /// Literal text; line breaks in the string become `<BR/>`.
  case plain(String)
  /// Bold text.
  case bold([HTMLText])
  /// Italic text.
  case italic([HTMLText])
  /// Underlined text.
  case underline([HTMLText])
  /// Text in another font, colour or size.
  case font(HTMLFont, [HTMLText])
  /// A line break.
  case lineBreak

  /// Literal text.
  public init(stringLiteral value: String) { self = .plain(value) }
}

/// Font settings for ``HTMLText/font(_:_:)``; `nil` keeps the enclosing value.
public struct HTMLFont: Sendable, Hashable {
  /// Font family, such as `Helvetica`.
  public var face: String?
  /// Text colour, such as `gray40` or `#336699`.
  public var color: String?
  /// Size in points.
  public var pointSize: Double?

  /// Font settings.
  public init(face: String? = nil, color: String? = nil, pointSize: Double? = nil) {
    self.face = face
    self.color = color
    self.pointSize = pointSize
  }
}

/// A table in an HTML-like label. An empty table, or an empty row, is drawn
/// with one empty cell, since Graphviz rejects empty ones.
public struct HTMLTable: Sendable, Hashable {
  /// The table's rows, top to bottom.
  public var rows: [HTMLRow]
  /// Width of the table's outer border, in points.
  public var border: Int?
  /// Width of the borders of cells, in points.
  public var cellBorder: Int?
  /// Space between cells, in points.
  public var cellSpacing: Int?
  /// Space between a cell's border and its content, in points.
  public var cellPadding: Int?
  /// Background colour.
  public var backgroundColor: String?
  /// Border colour.
  public var color: String?

  /// A table of `rows`.
  public init(
    rows: [HTMLRow],
    border: Int? = nil,
    cellBorder: Int? = nil,
    cellSpacing: Int? = nil,
    cellPadding: Int? = nil,
    backgroundColor: String? = nil,
    color: String? = nil
  ) {
    self.rows = rows
    self.border = border
    self.cellBorder = cellBorder
    self.cellSpacing = cellSpacing
    self.cellPadding = cellPadding
    self.backgroundColor = backgroundColor
    self.color = color
  }
}

/// A row of an ``HTMLTable``.
public struct HTMLRow: Sendable, Hashable {
  /// The row's cells, left to right.
  public var cells: [HTMLCell]

  /// A row of `cells`.
  public init(_ cells: [HTMLCell]) { self.cells = cells }
}

/// A cell of an ``HTMLTable``: formatted text or a nested table.
public struct HTMLCell: Sendable, Hashable {
  /// What a cell holds.
  public enum Content: Sendable, Hashable {
    /// Formatted text.
    case text([HTMLText])
    /// A nested table.
    case table(HTMLTable)
  }

  /// What the cell holds.
  public var content: Content
  /// Horizontal alignment of the content.
  public var alignment: TextAlignment?
  /// Number of columns the cell spans.
  public var columnSpan: Int?
  /// Number of rows the cell spans.
  public var rowSpan: Int?
  /// Background colour.
  public var backgroundColor: String?
  /// Name by which edges can attach to this cell (`tailport`/`headport`).
  public var port: String?

  /// A cell holding `content`.
  public init(
    _ content: Content,
    alignment: TextAlignment? = nil,
    columnSpan: Int? = nil,
    rowSpan: Int? = nil,
    backgroundColor: String? = nil,
    port: String? = nil
  ) {
    self.content = content
    self.alignment = alignment
    self.columnSpan = columnSpan
    self.rowSpan = rowSpan
    self.backgroundColor = backgroundColor
    self.port = port
  }

  /// A cell holding formatted text.
  public init(
    _ text: HTMLText...,
    alignment: TextAlignment? = nil,
    backgroundColor: String? = nil
  ) {
    self.init(.text(text), alignment: alignment, backgroundColor: backgroundColor)
  }
}
