/// Puts Graphviz's cluster groups in a fixed order.
///
/// Graphviz 2.4x writes the clusters of a layout in the order of their internal ids, which
/// cgraph takes from the addresses of their interned names; the same graph can therefore come
/// out with its cluster groups (`<g id="clustN" class="cluster">…</g>`) in a different order
/// from one run to the next, though every coordinate is the same. Each group's number is the
/// cluster's creation order, so sorting each run of consecutive groups by it gives the same
/// bytes every time.
enum SVGClusters {
  /// `svg` with every run of consecutive cluster groups sorted by cluster number.
  static func ordered(_ svg: String) -> String {
    let lines = svg.split(separator: "\n", omittingEmptySubsequences: false)
    var result: [Substring] = []
    var run: [(number: Int, lines: [Substring])] = []
    var index = 0
    func flush() {
      for block in run.sorted(by: { $0.number < $1.number }) { result += block.lines }
      run = []
    }
    while index < lines.count {
      if let number = clusterNumber(lines[index]),
        let end = lines[index...].firstIndex(of: "</g>")
      {
        run.append((number, Array(lines[index...end])))
        index = end + 1
        continue
      }
      flush()
      result.append(lines[index])
      index += 1
    }
    flush()
    return result.joined(separator: "\n")
  }

  /// N for a line `<g id="clustN" class="cluster">`, else nil.
  private static func clusterNumber(_ line: Substring) -> Int? {
    let prefix = "<g id=\"clust"
    let suffix = "\" class=\"cluster\">"
    guard line.hasPrefix(prefix), line.hasSuffix(suffix) else { return nil }
    return Int(line.dropFirst(prefix.count).dropLast(suffix.count))
  }
}
