/// Package-wide: documents find lines with it, the extractor and the graph sorted positions.
extension RandomAccessCollection where Index == Int {
  /// The index of the first element for which `isPast` holds, by binary search: `isPast` must
  /// be false for a prefix of the collection and true for the rest. `endIndex` when it holds for
  /// none.
  package func partitionPoint(_ isPast: (Element) -> Bool) -> Int {
    var low = startIndex
    var high = endIndex
    while low < high {
      let middle = low + (high - low) / 2
      if isPast(self[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
