import Foundation

extension Substring {
  /// The text without the scalars of `set` at its ends: `trimmingCharacters(in:)` read on the
  /// scalars, without bridging to `NSString` (it runs on every word of a corpus's claims).
  func trimming(_ set: CharacterSet) -> String {
    let scalars = unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, set.contains(scalars[start]) { start = scalars.index(after: start) }
    while start < end {
      let last = scalars.index(before: end)
      guard set.contains(scalars[last]) else { break }
      end = last
    }
    // The slice's scalars copied at once (appending them one by one was the cost).
    return String(Substring(scalars[start..<end]))
  }
}

extension String {
  /// ``Substring/trimming(_:)`` of the whole text.
  func trimming(_ set: CharacterSet) -> String { self[...].trimming(set) }
}
