/// Splits the rows of a GFM table into cells and reads its delimiter row.
enum TableScanner {
  /// The trimmed cell ranges of the row in `start..<end`, put in `cells` (emptied first) so a
  /// caller can reuse its storage: leading and trailing pipes are optional, and a backslash
  /// keeps the next byte (such as `\|`) inside its cell.
  static func cells(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
    into cells: inout [Range<Int>]
  ) {
    let row = bytes.trimmingSpacesAndTabs(start..<end)
    var index = row.lowerBound
    let end = row.upperBound
    if index < end && bytes[index] == UInt8(ascii: "|") { index += 1 }
    if !cells.isEmpty { cells.removeAll(keepingCapacity: true) }
    var cellStart = index
    while index < end {
      let byte = bytes[index]
      // Neither `|` (0x7C) nor `\` (0x5C): the common case, one test.
      if byte | 0x20 != UInt8(ascii: "|") {
        index += 1
        continue
      }
      if byte == UInt8(ascii: "\\") && index + 1 < end {
        index += 2
        continue
      }
      if byte == UInt8(ascii: "|") {
        cells.append(bytes.trimmingSpacesAndTabs(cellStart..<index))
        cellStart = index + 1
      }
      index += 1
    }
    if cellStart < end { cells.append(bytes.trimmingSpacesAndTabs(cellStart..<end)) }
  }

  /// The column alignments of a delimiter row (`| :-- | :-: | --: |`), or nil when the line
  /// is not one. The row must hold at least one pipe, so `---` stays a setext underline.
  static func alignments(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
    -> [MarkdownTable.Alignment]?
  {
    var hasPipe = false
    for index in start..<end {
      switch bytes[index] {
      case UInt8(ascii: "|"): hasPipe = true
      case UInt8(ascii: "-"), UInt8(ascii: ":"), 0x20, 0x09: break
      default: return nil
      }
    }
    guard hasPipe else { return nil }
    var cells: [Range<Int>] = []
    self.cells(bytes, from: start, to: end, into: &cells)
    var result: [MarkdownTable.Alignment] = []
    for cell in cells {
      guard !cell.isEmpty else { return nil }
      let left = bytes[cell.lowerBound] == UInt8(ascii: ":")
      let right = bytes[cell.upperBound - 1] == UInt8(ascii: ":")
      let dashes = cell.count - (left ? 1 : 0) - (right ? 1 : 0)
      guard dashes >= 1 else { return nil }
      for index in (cell.lowerBound + (left ? 1 : 0))..<(cell.upperBound - (right ? 1 : 0))
      where bytes[index] != UInt8(ascii: "-") {
        return nil
      }
      result.append(left ? (right ? .center : .left) : (right ? .right : .none))
    }
    return result.isEmpty ? nil : result
  }
}
