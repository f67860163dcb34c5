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
