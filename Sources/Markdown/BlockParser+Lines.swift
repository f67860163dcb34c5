/// Reading the current line: its end, its indentation (tabs expanded to stops of four), and
/// adding what remains of it to a leaf block.
extension BlockParser {
  /// The position of the first line feed or carriage return at or after `start`, or the end;
  /// sets `sawNul` when a zero byte comes before it.
  @inline(__always)
  static func lineEnd(
    in bytes: UnsafeBufferPointer<UInt8>, from start: Int, sawNul: inout Bool
  ) -> Int {
    let count = bytes.count
    var index = start
    guard let base = bytes.baseAddress else { return count }
    // Sixteen, then eight bytes at a time: a byte below 14 is a candidate for `\n`, `\r` or a
    // zero. The test is exact for whether a word holds one, and its lowest flagged byte is the
    // first such byte (a borrow only moves upward, from a flagged byte).
    while index + 16 <= count {
      let first = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      let second = UnsafeRawPointer(base + index + 8).loadUnaligned(as: UInt64.self)
      let low =
        ((first &- 0x0E0E_0E0E_0E0E_0E0E) & ~first | (second &- 0x0E0E_0E0E_0E0E_0E0E) & ~second)
        & 0x8080_8080_8080_8080
      if low != 0 { break }
      index += 16
    }
    while index + 8 <= count {
      let word = UInt64(
        littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      let low = (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080
      if low == 0 {
        index += 8
        continue
      }
      let candidate = index + low.trailingZeroBitCount >> 3
      let byte = base[candidate]
      if byte == 0x0A || byte == 0x0D { return candidate }
      if byte == 0 { sawNul = true }
      // A tab or another control byte: the word's later flags may be false, so read on from it.
      index = candidate + 1
    }
    while index < count {
      let byte = base[index]
      if byte == 0x0A || byte == 0x0D { return index }
      if byte == 0 { sawNul = true }
      index += 1
    }
    return count
  }

  /// The byte at `index` of the current line, or a line feed past its end.
  @inline(__always) func peek(_ index: Int) -> UInt8 {
    index < lineEnd ? bytes[index] : 0x0A
  }

  /// Finds the first non-space byte from `offset` and the indentation before it.
  @inline(__always)
  mutating func findFirstNonspace() {
    var index = offset
    var columns = column
    while index < lineEnd {
      let byte = bytes[index]
      if byte == 0x20 {
        columns += 1
      } else if byte == 0x09 {
        columns += 4 - columns % 4
      } else {
        break
      }
      index += 1
    }
    firstNonspace = index
    indent = columns - column
    blank = index >= lineEnd
  }

  /// Consumes `count` bytes, or `count` columns when `columns` is set (a tab may be split).
  @inline(__always)
  mutating func advanceOffset(_ count: Int, columns: Bool) {
    var count = count
    while count > 0 && offset < lineEnd {
      if bytes[offset] == 0x09 {
        let toTab = 4 - column % 4
        partiallyConsumedTab = columns && toTab > count
        column += partiallyConsumedTab ? count : toTab
        offset += partiallyConsumedTab ? 0 : 1
        count -= columns ? min(count, toTab) : 1
      } else {
        partiallyConsumedTab = false
        offset += 1
        column += 1
        count -= 1
      }
    }
  }

  /// Adds the line from its first non-space byte to a paragraph or table.
  @inline(__always)
  mutating func addTextLine(to index: Int) {
    lines.append(ContentLine(start: firstNonspace, end: lineEnd))
    nodes[index].contentEnd = lines.count
  }

  /// Adds the line from `offset`, keeping its indentation, to a code or HTML block.
  mutating func addVerbatimLine(to index: Int) {
    var line = ContentLine(start: offset, end: lineEnd)
    if partiallyConsumedTab {
      line.start += 1
      line.leadingSpaces = 4 - column % 4
    }
    lines.append(line)
    nodes[index].contentEnd = lines.count
  }
}
