extension String {
  /// The text as one field of a tab-separated line: tabs and line breaks (`\n`, `\r`, `\r\n`)
  /// become spaces, so `cut` and `awk` see one record a line and one value a column.
  var asTabSeparatedField: String {
    String(map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
  }
}
