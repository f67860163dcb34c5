import TextSupport

extension String {
  /// The text as one field of a tab-separated line: tabs and line breaks (`\n`, `\r`, `\r\n`)
  /// become spaces, so `cut` and `awk` see one record a line and one value a column.
  var asTabSeparatedField: String { SeparatedValues.tsvField(self) }
}
