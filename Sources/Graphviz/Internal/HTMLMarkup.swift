/// Writes an ``HTMLLabel`` as Graphviz's HTML-like markup (without the
/// enclosing `<` `>`), escaping all text.
struct HTMLMarkup {
  /// The attribute the label is given to, for error messages.
  let attribute: Attribute
  /// The object the label belongs to, for error messages.
  let object: String

  /// The markup of `label`. Text-only labels are wrapped in `<FONT>` so that
  /// every HTML string contains markup: cgraph shares equal strings between
  /// HTML and plain attributes, and plain ones never contain `<`. Graphviz's
  /// grammar refuses an element with nothing in it (`<B></B>` is a syntax
  /// error), so formatting around no text is left out, and a label with no
  /// text at all holds one space.
  func markup(_ label: HTMLLabel) throws -> String {
    switch label {
    case .text(let runs):
      let inner = try markup(runs)
      return "<FONT>\(inner.isEmpty ? " " : inner)</FONT>"
    case .table(let table): return try markup(table)
    }
  }

  private func markup(_ runs: [HTMLText]) throws -> String {
    try runs.map(markup).joined()
  }

  private func markup(_ run: HTMLText) throws -> String {
    switch run {
    case .plain(let text):
      return GraphvizText.lines(of: text).map(GraphvizText.htmlText).joined(separator: "<BR/>")
    case .bold(let runs): return try element("B", runs)
    case .italic(let runs): return try element("I", runs)
    case .underline(let runs): return try element("U", runs)
    case .lineBreak: return "<BR/>"
    case .font(let font, let runs):
      let attributes = try markupAttributes([
        ("FACE", font.face), ("COLOR", font.color), ("POINT-SIZE", font.pointSize.map { "\($0)" }),
      ])
      return try element("FONT", attributes: attributes, runs)
    }
  }

  /// `runs` inside the element `name` with its markup `attributes`, or nothing when they hold no
  /// text.
  private func element(_ name: String, attributes: String = "", _ runs: [HTMLText]) throws -> String {
    let inner = try markup(runs)
    return inner.isEmpty ? "" : "<\(name)\(attributes)>\(inner)</\(name)>"
  }

  private func markup(_ table: HTMLTable) throws -> String {
    let attributes = try markupAttributes([
      ("BORDER", table.border.map(String.init)),
      ("CELLBORDER", table.cellBorder.map(String.init)),
      ("CELLSPACING", table.cellSpacing.map(String.init)),
      ("CELLPADDING", table.cellPadding.map(String.init)),
      ("BGCOLOR", table.backgroundColor),
      ("COLOR", table.color),
    ])
    let rows = table.rows.isEmpty ? [HTMLRow([])] : table.rows
    return "<TABLE\(attributes)>\(try rows.map(markup).joined())</TABLE>"
  }

  private func markup(_ row: HTMLRow) throws -> String {
    let cells = row.cells.isEmpty ? [HTMLCell(.text([]))] : row.cells
    return "<TR>\(try cells.map(markup).joined())</TR>"
  }

  private func markup(_ cell: HTMLCell) throws -> String {
    let alignment = cell.alignment?.rawValue.uppercased()
    var content: String
    var lineAlignment: String?
    switch cell.content {
    case .text(let runs):
      content = try markup(runs)
      lineAlignment = alignment
    case .table(let table):
      content = try markup(table)
    }
    let attributes = try markupAttributes([
      ("ALIGN", alignment),
      ("BALIGN", lineAlignment),
      ("COLSPAN", cell.columnSpan.map(String.init)),
      ("ROWSPAN", cell.rowSpan.map(String.init)),
      ("BGCOLOR", cell.backgroundColor),
      ("PORT", cell.port),
    ])
    return "<TD\(attributes)>\(content)</TD>"
  }

  /// ` NAME="value"` for each present value, after checking that Graphviz
  /// can copy the value into SVG unescaped.
  private func markupAttributes(_ pairs: [(String, String?)]) throws -> String {
    try pairs.compactMap { name, value in
      guard let value else { return nil }
      if let problem = GraphvizText.keywordProblem(value) {
        throw GraphvizError.invalidValue(
          attribute, value: value, object: "\(object) (HTML \(name))", reason: problem)
      }
      return " \(name)=\"\(value)\""
    }.joined()
  }
}
