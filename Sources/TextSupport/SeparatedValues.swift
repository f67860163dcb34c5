/// Writes rows of fields as tab- or comma-separated values, the first row being the header.
public enum SeparatedValues {
  /// Tab-separated: fields joined by tabs, tabs and line breaks inside them turned into spaces,
  /// every line ended by `\n`.
  public static func tsv(_ rows: [[String]]) -> String {
    var writer = Writer(comma: false)
    for row in rows { writer.row(row) }
    return writer.output.string
  }

  /// RFC 4180: fields quoted when they hold a comma, quote or line break (quotes doubled), every
  /// line ended by CRLF.
  public static func csv(_ rows: [[String]]) -> String {
    var writer = Writer(comma: true)
    for row in rows { writer.row(row) }
    return writer.output.string
  }

  /// `value` as one field of a tab-separated line: tabs and line breaks (`\n`, `\r`, `\r\n`)
  /// become spaces, so `cut` and `awk` see one record a line and one value a column.
  public static func tsvField(_ value: String) -> String {
    // Bytes first: a value without tab or line break, nearly every one, is kept as it is.
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
  /// comma, quotation mark or line break. Read from the string's own storage eight bytes at a
  /// time, since nearly every value holds none and notes are long: a word with no byte below
  /// 0x0E (nor a comma or quotation mark) holds none.
  private static func needsChange(_ value: String, comma: Bool) -> Bool {
    var value = value
    return value.withUTF8 { bytes in
      var index = 0
      if let base = bytes.baseAddress {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= bytes.count {
          let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
          var marks = (word &- ones &* 0x0E) & ~word & highs
          if comma {
            let quote = word ^ (ones &* 0x22)
            let commas = word ^ (ones &* 0x2C)
            marks |= (quote &- ones) & ~quote & highs | (commas &- ones) & ~commas & highs
          }
          if marks != 0 { break }
          index += 8
        }
      }
      while index < bytes.count {
        switch bytes[index] {
        case 0x0A, 0x0D: return true
        case 0x09: if !comma { return true }
        case 0x22, 0x2C: if comma { return true }
        default: break
        }
        index += 1
      }
      return false
    }
  }

  /// Writes records field by field into one buffer, as `tsv` or `csv` (when `comma`) writes
  /// rows, without an array a row.
  public struct Writer {
    /// The text written so far.
    public private(set) var output: OutputBuffer
    private let comma: Bool
    private var atRowStart = true

    /// A writer of comma-separated values when `comma`, else tab-separated.
    public init(comma: Bool, capacity: Int = 0) {
      self.comma = comma
      output = OutputBuffer(capacity: capacity)
    }

    /// Writes `value` as the next field of the row.
    public mutating func field(_ value: String) {
      if !atRowStart { output.append(byte: comma ? 0x2C : 0x09) }
      atRowStart = false
      output.append(comma ? csvField(value) : tsvField(value))
    }

    /// Ends the row.
    public mutating func endRow() {
      if comma { output.append(byte: 0x0D) }
      output.append(byte: 0x0A)
      atRowStart = true
    }

    /// Writes `fields` as one row.
    public mutating func row(_ fields: [String]) {
      for value in fields { field(value) }
      endRow()
    }
  }
}
