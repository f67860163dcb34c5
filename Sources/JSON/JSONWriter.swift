import TextSupport

/// Writes `JSONOutput` values as JSON text through `JSONStreamWriter`: one member or element a
/// line, indented by two spaces a level, `": "` after keys. An object member whose value is
/// `null` (or a number JSON cannot hold) is left out: `null` stands only in arrays.
public enum JSONWriter {
  /// The JSON text of `value`, without a trailing newline; on one line when `compact`.
  public static func render(_ value: JSONOutput, compact: Bool = false) -> String {
    var writer = JSONStreamWriter(compact: compact)
    writer.element(value)
    return writer.text
  }

  /// The shortest text that reads back as `value`; whole values without `.0`, non-finite
  /// values (which JSON cannot express) as `null`.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    return value == 0 && value.sign == .minus ? "-0" : NumberFormatting.plain(value)
  }
}

extension JSONOutput {
  /// Whether the value stands for nothing: `null`, or a number that is not finite.
  var isAbsent: Bool {
    switch self {
    case .null: true
    case .double(let value): !value.isFinite
    case .bool, .int, .string, .array, .object: false
    }
  }
}
