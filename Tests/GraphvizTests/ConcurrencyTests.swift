import Foundation
import Graphviz
import Testing

/// A ring of `size` nodes with chords, named after `seed`.
private func ring(size: Int, seed: Int) -> Graph {
  Graph(
    name: "ring\(seed)",
    nodes: (0..<size).map { Node("n\($0)", attributes: [.label: "node \($0) of \(seed)"]) },
    edges: (0..<size).flatMap { index in
      [
        Edge(from: "n\(index)", to: "n\((index + 1) % size)"),
        Edge(from: "n\(index)", to: "n\((index * 7 + seed) % size)"),
      ]
    })
}

@Suite struct ConcurrencyTests {
  @Test func manyRendersFromManyTasksAllSucceed() async throws {
    let results = try await withThrowingTaskGroup(of: (Int, Data, [Diagnostic]).self) { group in
      for task in 0..<16 {
        group.addTask {
          let engine: LayoutEngine = task.isMultiple(of: 2) ? .dot : .sfdp
          let rendered = try ring(size: 20 + task, seed: task).render(.svg, layout: engine)
          return (task, rendered.data, rendered.diagnostics)
        }
      }
      var results: [Int: (Data, [Diagnostic])] = [:]
      for try await (task, data, diagnostics) in group { results[task] = (data, diagnostics) }
      return results
    }
    #expect(results.count == 16)
    for (task, (data, diagnostics)) in results {
      let svg = String(decoding: data, as: UTF8.self)
      #expect(svg.contains("<title>ring\(task)</title>"))
      #expect(svg.contains("node \(19 + task) of \(task)"))
      #expect(diagnostics.isEmpty, "task \(task): \(diagnostics)")
    }
  }

  @Test func errorsInOneTaskDoNotReachAnother() async throws {
    try await withThrowingTaskGroup(of: Void.self) { group in
      for task in 0..<12 {
        group.addTask {
          if task.isMultiple(of: 3) {
            #expect(throws: GraphvizError.self) {
              try ring(size: 5, seed: task).render("no-such-format")
            }
          } else {
            let rendered = try ring(size: 5, seed: task).render(.svg)
            #expect(rendered.diagnostics.isEmpty)
          }
        }
      }
      try await group.waitForAll()
    }
  }
}
