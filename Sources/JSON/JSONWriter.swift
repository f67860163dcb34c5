import TextSupport

/// Writes `JSONOutput` values as JSON text, pretty-printed or compact.
///
/// One rule for absent values: an object member whose value is `null` (or a number JSON cannot
/// hold, which would be written `null`) is left out, so a reader finds a key only where there
/// is a value. `null` is written only as an array element.
public enum JSONWriter {
  /// How the text is laid out.
  public enum Style: Sendable {
    /// One member or element per line, indented by two spaces per level, `": "` after keys.
    case pretty
    /// No whitespace at all.
    case compact
  }

  /// The JSON text of `value`, without a trailing newline.
  public static func render(_ value: JSONOutput, style: Style = .pretty) -> String {
    var output = ""
    write(value, style: style, indent: 0, into: &output)
    return output
  }

  private static func write(
    _ value: JSONOutput, style: Style, indent: Int, into output: inout String
  ) {
    switch value {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .int(let value): output += String(value)
    case .double(let value): output += number(value)
    case .string(let value): writeString(value, into: &output)
    case .array(let elements):
      writeContainer(
        elements, open: "[", close: "]", style: style, indent: indent, into: &output
      ) { element, output in
        write(element, style: style, indent: indent + 1, into: &output)
      }
    case .object(let members):
      writeContainer(
        members.filter { !$0.value.isAbsent }, open: "{", close: "}", style: style, indent: indent,
        into: &output
      ) { member, output in
        writeString(member.key, into: &output)
        output += style == .pretty ? ": " : ":"
        write(member.value, style: style, indent: indent + 1, into: &output)
      }
    }
  }

  private static func writeContainer<Item>(
    _ items: [Item], open: Character, close: Character, style: Style, indent: Int,
    into output: inout String, writeItem: (Item, inout String) -> Void
  ) {
    output.append(open)
    guard !items.isEmpty else {
      output.append(close)
      return
    }
    for (index, item) in items.enumerated() {
      if index > 0 { output += "," }
      if style == .pretty { newline(indent: indent + 1, into: &output) }
      writeItem(item, &output)
    }
    if style == .pretty { newline(indent: indent, into: &output) }
    output.append(close)
  }

  private static func newline(indent: Int, into output: inout String) {
    output += "\n"
    output += String(repeating: "  ", count: indent)
  }

  /// The shortest text that reads back as `value`; whole values without `.0`, non-finite
  /// values (which JSON cannot express) as `null`.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    return value == 0 && value.sign == .minus ? "-0" : NumberFormatting.plain(value)
  }

  /// Writes a quoted string: `"` and `\` escaped, control characters as `\n`-style or `\u00XX`
  /// escapes, everything else (including non-ASCII) as UTF-8.
  static func writeString(_ string: String, into output: inout String) {
    output += "\""
    var plainStart = string.unicodeScalars.startIndex
    var index = plainStart
    let scalars = string.unicodeScalars
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let escape: String?
      switch scalar {
      case "\"": escape = "\\\""
      case "\\": escape = "\\\\"
      case "\n": escape = "\\n"
      case "\r": escape = "\\r"
      case "\t": escape = "\\t"
      case "\u{08}": escape = "\\b"
      case "\u{0C}": escape = "\\f"
      case "\u{00}"..."\u{1F}", "\u{7F}":
        let hex = String(scalar.value, radix: 16)
        escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: escape = nil
      }
      if let escape {
        // String and its scalar view share indices; appending the slice copies only it.
        output += string[plainStart..<index]
        output += escape
        plainStart = scalars.index(after: index)
      }
      index = scalars.index(after: index)
    }
    output += string[plainStart..<index]
    output += "\""
  }
}

extension JSONOutput {
  /// Whether the value stands for nothing: `null`, or a number that is not finite.
  fileprivate var isAbsent: Bool {
    switch self {
    case .null: true
    case .double(let value): !value.isFinite
    case .bool, .int, .string, .array, .object: false
    }
  }
}
