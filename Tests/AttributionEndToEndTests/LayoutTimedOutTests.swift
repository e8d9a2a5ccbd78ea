import Foundation
import Testing

@testable import attribution

@Suite("The message of a layout past --timeout")
struct LayoutTimedOutTests {
  @Test("names the engine and the map's size, and suggests what that engine calls for")
  func namesTheEngine() {
    let dot = LayoutTimedOut(seconds: 120, engine: "dot", nodes: 2_588)
    #expect(dot.description.hasPrefix("the map of 2,588 nodes was not laid out with dot within 120 s (--timeout) and was stopped; try --engine sfdp"))
    let sfdp = LayoutTimedOut(seconds: 120, engine: "sfdp", nodes: 20_146)
    #expect(sfdp.description.contains("with sfdp within 120 s"))
    #expect(!sfdp.description.contains("--engine sfdp"))
    #expect(sfdp.description.hasSuffix("or raise --timeout"))
    let early = LayoutTimedOut(seconds: 0.05, engine: nil, nodes: nil)
    #expect(early.description.hasPrefix("the case was not read and laid out within 0.05 s (--timeout)"))
  }

  @Test("a layout child writes its engine and size where the parent reads them")
  func announcement() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("layout-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: file) }
    setenv(LayoutWorker.statusVariable, file.path, 1)
    defer { unsetenv(LayoutWorker.statusVariable) }
    LayoutWorker.announce(engine: "sfdp", nodes: 20_146)
    #expect(try String(contentsOf: file, encoding: .utf8) == "sfdp 20146")
  }
}
