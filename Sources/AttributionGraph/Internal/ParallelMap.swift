import Foundation

extension Array where Element: Sendable {
  /// The elements transformed on all cores, in order: for a pure `transform` over many elements
  /// (reading claims' words, their frames and vectors), where one core would wait on the rest.
  /// The result is the same as `map`'s whatever the number of cores.
  package func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
    let chunks = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
    guard chunks > 1, count >= 64 else { return map(transform) }
    let results = Slots<T>(count: count)
    withoutActuallyEscaping(transform) { transform in
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        // Each chunk writes its own slots.
        for index in (chunk * count / chunks)..<((chunk + 1) * count / chunks) {
          results.set(index, transform(self[index]))
        }
      }
    }
    return results.values.map { $0! }
  }
}

/// Result slots filled from several threads, each slot by one: a buffer written through its
/// pointer, so no thread takes exclusive access to the whole.
private final class Slots<T>: @unchecked Sendable {
  private let buffer: UnsafeMutableBufferPointer<T?>

  init(count: Int) {
    buffer = .allocate(capacity: count)
    buffer.initialize(repeating: nil)
  }

  deinit {
    buffer.deinitialize()
    buffer.deallocate()
  }

  func set(_ index: Int, _ value: T) { buffer[index] = value }

  var values: [T?] { Array(buffer) }
}
