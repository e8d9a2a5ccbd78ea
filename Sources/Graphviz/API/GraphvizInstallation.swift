/// The Graphviz library this process uses: its version and installed plugins.
public enum GraphvizInstallation {
  /// The version of libgvc, such as `2.43.0`.
  public static func version() -> String {
    GraphvizContext.shared.version()
  }

  /// The installed layout engines, sorted by name.
  public static func layoutEngines() throws -> [LayoutEngine] {
    try GraphvizContext.shared.pluginNames(kind: "layout").map(LayoutEngine.init(rawValue:))
  }

  /// The installed output formats, sorted by name, without those that
  /// ``Graph/render(_:layout:)`` refuses: `gtk`, `x11` and `xlib` open a
  /// window instead of producing data, `vdx` crashes on graphs with links,
  /// `vrml` writes an image file per node into the working directory, and `tk`,
  /// `pov` and `vml` are scripts or markup in which Graphviz leaves label text
  /// unescaped.
  public static func outputFormats() throws -> [OutputFormat] {
    try GraphvizContext.shared.pluginNames(kind: "device").map(OutputFormat.init(rawValue:))
      .filter { $0.refusal == nil }
  }

  /// Checks at start-up that the plugins this project relies on are
  /// registered: the `svg` output format and the `dot` and `sfdp` layouts.
  /// - Throws: ``GraphvizError/missingPlugins(layoutEngines:outputFormats:)``
  ///   naming what is missing and how to fix it.
  public static func verify() throws {
    let missingEngines = Set([LayoutEngine.dot, .sfdp]).subtracting(try layoutEngines())
    let missingFormats = Set([OutputFormat.svg]).subtracting(try outputFormats())
    if !missingEngines.isEmpty || !missingFormats.isEmpty {
      throw GraphvizError.missingPlugins(
        layoutEngines: missingEngines.sorted(), outputFormats: missingFormats.sorted())
    }
  }
}
