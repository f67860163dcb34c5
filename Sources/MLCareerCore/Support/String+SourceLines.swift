extension String {
  /// The text's lines as the Markdown parser counts them: a line feed, a carriage return and the
  /// pair of them each end a line, so the parser's line `n` is element `n - 1`.
  var sourceLines: [Substring] {
    var lines: [Substring] = []
    let bytes = utf8
    var start = bytes.startIndex
    var index = start
    while index != bytes.endIndex {
      let byte = bytes[index]
      guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
        index = bytes.index(after: index)
        continue
      }
      lines.append(self[start..<index])
      var next = bytes.index(after: index)
      if byte == UInt8(ascii: "\r"), next != bytes.endIndex, bytes[next] == UInt8(ascii: "\n") {
        next = bytes.index(after: next)
      }
      start = next
      index = next
    }
    lines.append(self[start...])
    return lines
  }
}
