/// Joining rendered lines, the last step of every text renderer.
extension Array where Element == String {
  /// The lines joined by `separator`, in one string of the size it needs.
  ///
  /// What `joined(separator:)` gives; that one ran unspecialised, from the standard library,
  /// and cost 165 K instructions of `show responsibilities` for its hundred-odd lines.
  func joinedLines(separator: String = "\n") -> String {
    guard let first else { return "" }
    var size = first.utf8.count
    for line in dropFirst() { size += separator.utf8.count + line.utf8.count }
    var text = ""
    text.reserveCapacity(size)
    text += first
    for line in dropFirst() {
      text += separator
      text += line
    }
    return text
  }
}
