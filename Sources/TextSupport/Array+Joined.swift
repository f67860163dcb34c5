extension Array where Element == String {
  /// The strings one after another with `separator` between them, as the standard library's
  /// `joined(separator:)` gives them.
  ///
  /// Written for `[String]`, so every call is compiled for it: the library's generic version
  /// finds `Array`'s conformances at run time on its first call, a cost each command would pay
  /// at start-up. Being the more specific, it is the one our targets call.
  public func joined(separator: String) -> String {
    guard let first else { return "" }
    var result = first
    var length = separator.utf8.count * (count - 1)
    for string in self { length += string.utf8.count }
    result.reserveCapacity(length)
    for string in self[1...] {
      result += separator
      result += string
    }
    return result
  }

  /// The strings one after another, as the standard library's `joined()` gives them, and for
  /// the same reason as `joined(separator:)`.
  public func joined() -> String {
    joined(separator: "")
  }
}
