import AttributionAnalysis
import AttributionDocuments
import AttributionGraph
import AttributionMap
import Foundation
import Testing

/// The code of the documentation article "Using the library from Swift", run as written (only the
/// paths and the printing differ), so the article stays true.
@Suite("Using the library from Swift")
struct LibraryUsageTests {
  @Test("read a case, build its graph, assess its claims, audit them and render the map")
  func wholePath() throws {
    var printed: [String] = []
    func print(_ items: Any...) { printed.append(items.map { "\($0)" }.joined(separator: " ")) }

    let aCase = try Case.read(directory: ReportFixtures.seedCase)
    for problem in aCase.problems { print("warning: \(problem)") }
    let (graph, warnings) = AttributionGraphBuilder().assemble(aCase)
    for warning in warnings { print("warning: \(warning)") }

    let assessments = CorroborationModel().assess(graph)
    for claim in assessments where !claim.status.contains(.corroborated) {
      print(String(format: "%.3f", claim.score), claim.status.map(\.rawValue), claim.text)
      print("  ", claim.reason)
    }

    let audit = SourcingAuditor(documents: aCase.documents).audit(graph, assessments: assessments)
    print(TextAuditReporter().report(audit))

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("library-usage-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let map = try AttributionMap(graph: graph, assessments: assessments).render(.svg)
    try map.data.write(to: folder.appendingPathComponent("map.svg"))

    #expect(!printed.contains { $0.hasPrefix("warning:") })
    #expect(printed.contains { $0.contains("single-source") || $0.contains("single-party") })
    #expect(audit.claims.count == assessments.count)
    #expect(String(decoding: map.data, as: UTF8.self).contains("<svg"))
  }
}
