/// Writes rows of fields as tab- or comma-separated values, the first row being the header.
package enum SeparatedValues {
  /// Tab-separated: fields joined by tabs, tabs and line breaks inside them turned into spaces,
  /// every line ended by `\n`.
  package static func tsv(_ rows: [[String]]) -> String {
    rows.map { row in row.map(tsvField).joined(separator: "\t") + "\n" }.joined()
  }

  /// RFC 4180: fields quoted when they hold a comma, quote or line break (quotes doubled), every
  /// line ended by CRLF.
  package static func csv(_ rows: [[String]]) -> String {
    rows.map { row in row.map(csvField).joined(separator: ",") + "\r\n" }.joined()
  }

  /// `value` as one field of a tab-separated line: tabs and line breaks (`\n`, `\r`, `\r\n`)
  /// become spaces, so `cut` and `awk` see one record a line and one value a column.
  package static func tsvField(_ value: String) -> String {
    String(value.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
  }

  /// `value` as one field of a CSV line, quoted when it must be.
  package static func csvField(_ value: String) -> String {
    // Bytes, not characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
    guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
    else {
      return value
    }
    return "\"" + value.replacing("\"", with: "\"\"") + "\""
  }
}
