import AttributionExport
import Testing

@Suite struct ExportFormatTests {
  @Test(arguments: [
    ("json", ExportFormat.json), ("JSON", .json), ("graphml", .graphml), ("jsonld", .prov),
  ])
  func isInferredFromTheExtension(fileExtension: String, format: ExportFormat) {
    #expect(ExportFormat(fileExtension: fileExtension) == format)
  }

  @Test func unknownExtensionsNameNoFormat() {
    #expect(ExportFormat(fileExtension: "dot") == nil)
    #expect(ExportFormat(fileExtension: "") == nil)
  }

  @Test func eachFormatRoundTripsItsExtension() {
    for format in ExportFormat.allCases {
      #expect(ExportFormat(fileExtension: format.fileExtension) == format)
    }
  }
}
