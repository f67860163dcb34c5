/// Writes rows of fields as tab- or comma-separated values, the first row being the header.
public enum SeparatedValues {
  /// Tab-separated: fields joined by tabs, tabs and line breaks inside them turned into spaces,
  /// every line ended by `\n`.
  public static func tsv(_ rows: [[String]]) -> String {
    write(rows, comma: false)
  }

  /// RFC 4180: fields quoted when they hold a comma, quote or line break (quotes doubled), every
  /// line ended by CRLF.
  public static func csv(_ rows: [[String]]) -> String {
    write(rows, comma: true)
  }

  /// `value` as one field of a tab-separated line: tabs and line breaks (`\n`, `\r`, `\r\n`)
  /// become spaces, so `cut` and `awk` see one record a line and one value a column.
  public static func tsvField(_ value: String) -> String {
    guard needsChange(value, comma: false) else { return value }
    return String(value.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
  }

  /// `value` as one field of a CSV line, quoted when it must be.
  public static func csvField(_ value: String) -> String {
    // Bytes, not characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
    guard needsChange(value, comma: true) else { return value }
    return "\"" + value.replacing("\"", with: "\"\"") + "\""
  }

  /// Whether `value` holds a byte its field changes: a tab or line break, or with `comma` a
  /// comma, quotation mark or line break; nearly every value holds none and notes are long.
  private static func needsChange(_ value: String, comma: Bool) -> Bool {
    var value = value
    return value.withUTF8 { bytes in
      ByteScan.firstIndex(
        in: bytes, from: 0,
        {
          ByteScan.hasByte(in: $0, below: 0x0E)
            || comma
              && (ByteScan.hasByte(in: $0, equalTo: 0x22)
                || ByteScan.hasByte(in: $0, equalTo: 0x2C))
        },
        where: { $0 == 0x0A || $0 == 0x0D || (comma ? $0 == 0x22 || $0 == 0x2C : $0 == 0x09) })
        != nil
    }
  }

  /// The rows as `tsv` or `csv` (when `comma`) write them.
  private static func write(_ rows: [[String]], comma: Bool) -> String {
    var output = OutputBuffer()
    for row in rows {
      for (index, value) in row.enumerated() {
        if index > 0 { output.append(byte: comma ? 0x2C : 0x09) }
        output.append(comma ? csvField(value) : tsvField(value))
      }
      if comma { output.append(byte: 0x0D) }
      output.append(byte: 0x0A)
    }
    return output.string
  }
}
