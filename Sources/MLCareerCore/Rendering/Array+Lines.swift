/// Joining rendered lines, the last step of every text renderer.
extension Array where Element == String {
  /// The lines joined by `separator`, copied once into one string of the size needed.
  package func joinedLines(separator: String = "\n") -> String {
    guard !isEmpty else { return "" }
    var separator = separator
    let separatorSize = separator.utf8.count
    var size = separatorSize * (count - 1)
    for line in self { size += line.utf8.count }
    guard size > 0 else { return "" }
    return String(unsafeUninitializedCapacity: size) { buffer in
      var offset = 0
      func copy(_ text: inout String) {
        text.withUTF8 { bytes in
          guard let base = bytes.baseAddress else { return }
          (buffer.baseAddress! + offset).initialize(from: base, count: bytes.count)
          offset += bytes.count
        }
      }
      for index in indices {
        if index != startIndex, separatorSize > 0 { copy(&separator) }
        var line = self[index]
        copy(&line)
      }
      return offset
    }
  }
}
