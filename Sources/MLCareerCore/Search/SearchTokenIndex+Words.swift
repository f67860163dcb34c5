/// How a word index splits text into words: as search folds and matches it.
extension SearchTokenIndex.Builder {
  /// Calls `body` with each word of `text` as search folds it (`FoldedText`), as UTF-8
  /// bytes: its runs of letters and digits, with the offsets of the characters each starts at
  /// and ends before; answers the text's length in characters.
  @discardableResult
  static func forEachWord(
    in text: String, _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void
  ) -> Int {
    guard !text.isEmpty else { return 0 }
    var text = text
    let ascii = text.withUTF8 { bytes -> Int? in
      // ASCII without carriage returns: a byte is a character, folded on its own.
      for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
      forEachASCIIWord(in: bytes, body)
      return bytes.count
    }
    if let ascii { return ascii }
    forEachFoldedWord(in: text, body)
    return text.count
  }

  /// `forEachWord` on `FoldedText`'s own folding, for any text.
  static func forEachFoldedWord(
    in text: String, _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void
  ) {
    let folded = FoldedText(text)
    var word: [UInt8] = []
    folded.forEachWord { range in
      word.removeAll(keepingCapacity: true)
      for scalar in folded.scalars[range] { Self.appendUTF8(scalar.value, to: &word) }
      word.withUnsafeBufferPointer {
        body($0, folded.origins[range.lowerBound], folded.origins[range.upperBound - 1] + 1)
      }
    }
  }

  /// Appends the UTF-8 bytes of the scalar `value`.
  private static func appendUTF8(_ value: UInt32, to bytes: inout [UInt8]) {
    switch value {
    case 0..<0x80:
      bytes.append(UInt8(value))
    case 0x80..<0x800:
      bytes.append(UInt8(0xC0 | value >> 6))
      bytes.append(UInt8(0x80 | value & 0x3F))
    case 0x800..<0x10000:
      bytes.append(UInt8(0xE0 | value >> 12))
      bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
      bytes.append(UInt8(0x80 | value & 0x3F))
    default:
      bytes.append(UInt8(0xF0 | value >> 18))
      bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
      bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
      bytes.append(UInt8(0x80 | value & 0x3F))
    }
  }

  private static func forEachASCIIWord(
    in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void
  ) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { word in
      var index = 0
      while index < bytes.count {
        guard FoldedText.isWordByte(bytes[index]) else {
          index += 1
          continue
        }
        let start = index
        var length = 0
        var last = index
        while index < bytes.count {
          if FoldedText.isWordByte(bytes[index]) {
            word[length] = FoldedText.folded(bytes[index])
            length += 1
            last = index
          } else if !FoldedText.isDroppedComma(bytes, at: index) {
            break
          }
          index += 1
        }
        body(UnsafeBufferPointer(rebasing: word[0..<length]), start, last + 1)
      }
    }
  }
}
