import AttributionExport
import Foundation
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

@Suite struct ExportFileTests {
  private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("export-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func replacesTheFileAndLeavesNoTemporaryFile() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("graph.json")
    try ExportFile.write(Data("old".utf8), to: url)
    try ExportFile.write(Data("new".utf8), to: url)
    #expect(try Data(contentsOf: url) == Data("new".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.json"])
  }

  @Test func aMissingFolderIsAnErrorNamingTheFile() throws {
    let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/graph.json")
    #expect {
      try ExportFile.write(Data("x".utf8), to: url)
    } throws: { error in
      (error as? ExportError)?.file == url.path
    }
  }
}
