/// Text made from decoded code points, for documents and everything that reads them.
package enum ScalarText {
  /// The text of `scalars[range]`, encoded straight into the string's UTF-8.
  package static func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
    scalars.withUnsafeBufferPointer { buffer in
      let slice = UnsafeBufferPointer(rebasing: buffer[range])
      if slice.allSatisfy({ $0.value < 0x80 }) {
        return String(unsafeUninitializedCapacity: slice.count) { bytes in
          for (offset, scalar) in slice.enumerated() {
            bytes[offset] = UInt8(truncatingIfNeeded: scalar.value)
          }
          return slice.count
        }
      }
      return String(unsafeUninitializedCapacity: slice.count * 4) { bytes in
        var offset = 0
        for scalar in slice {
          let value = scalar.value
          if value < 0x80 {
            bytes[offset] = UInt8(value)
            offset += 1
          } else if value < 0x800 {
            bytes[offset] = UInt8(0xC0 | value >> 6)
            bytes[offset + 1] = UInt8(0x80 | value & 0x3F)
            offset += 2
          } else if value < 0x1_0000 {
            bytes[offset] = UInt8(0xE0 | value >> 12)
            bytes[offset + 1] = UInt8(0x80 | value >> 6 & 0x3F)
            bytes[offset + 2] = UInt8(0x80 | value & 0x3F)
            offset += 3
          } else {
            bytes[offset] = UInt8(0xF0 | value >> 18)
            bytes[offset + 1] = UInt8(0x80 | value >> 12 & 0x3F)
            bytes[offset + 2] = UInt8(0x80 | value >> 6 & 0x3F)
            bytes[offset + 3] = UInt8(0x80 | value & 0x3F)
            offset += 4
          }
        }
        return offset
      }
    }
  }
}
