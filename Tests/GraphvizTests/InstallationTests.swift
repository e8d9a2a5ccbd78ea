import Graphviz
import Testing

@Suite struct InstallationTests {
  @Test func listsTheStandardLayoutEngines() throws {
    let engines = try GraphvizInstallation.layoutEngines()
    for engine in [LayoutEngine.dot, .neato, .fdp, .sfdp, .circo, .twopi] {
      #expect(engines.contains(engine))
    }
    #expect(engines == engines.sorted())
  }

  @Test func listsFileFormatsButNotWindows() throws {
    let formats = try GraphvizInstallation.outputFormats()
    for format in [OutputFormat.dot, .svg, .png, .pdf, .json] {
      #expect(formats.contains(format))
    }
    #expect(!formats.contains("x11"))
    #expect(!formats.contains("gtk"))
  }

  @Test func startUpCheckPasses() throws {
    try GraphvizInstallation.verify()
    #expect(GraphvizInstallation.version().hasPrefix("2."))
  }

  @Test func missingPluginsErrorNamesTheFix() {
    let error = GraphvizError.missingPlugins(layoutEngines: [.sfdp], outputFormats: [.svg])
    #expect(error.description.contains(#"layout engine "sfdp""#))
    #expect(error.description.contains("dot -c"))
    #expect(error.description.contains("install"))
  }
}
