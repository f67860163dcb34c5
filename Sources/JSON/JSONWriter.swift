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
    var writer = ByteWriter(pretty: style == .pretty)
    writer.write(value, indent: 0)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  /// The shortest text that reads back as `value`; whole values without `.0`, non-finite
  /// values (which JSON cannot express) as `null`.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    return value == 0 && value.sign == .minus ? "-0" : NumberFormatting.plain(value)
  }

  /// The text built as UTF-8 bytes in one growing buffer: no string is made per value, key or
  /// line, and indentation is copied from one run of spaces.
  struct ByteWriter {
    var bytes: [UInt8] = []
    let pretty: Bool

    init(pretty: Bool) {
      self.pretty = pretty
      bytes.reserveCapacity(4096)
    }

    mutating func write(_ value: JSONOutput, indent: Int) {
      switch value {
      case .null: append("null")
      case .bool(let value): append(value ? "true" : "false")
      case .int(let value): append(String(value))
      case .double(let value): append(JSONWriter.number(value))
      case .string(let value): writeString(value)
      case .array(let elements):
        bytes.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
          if index > 0 { bytes.append(UInt8(ascii: ",")) }
          newline(indent + 1)
          write(element, indent: indent + 1)
        }
        if !elements.isEmpty { newline(indent) }
        bytes.append(UInt8(ascii: "]"))
      case .object(let members):
        bytes.append(UInt8(ascii: "{"))
        var first = true
        for member in members where !member.value.isAbsent {
          if !first { bytes.append(UInt8(ascii: ",")) }
          first = false
          newline(indent + 1)
          writeString(member.key)
          bytes.append(UInt8(ascii: ":"))
          if pretty { bytes.append(UInt8(ascii: " ")) }
          write(member.value, indent: indent + 1)
        }
        if !first { newline(indent) }
        bytes.append(UInt8(ascii: "}"))
      }
    }

    mutating func newline(_ indent: Int) {
      guard pretty else { return }
      bytes.append(UInt8(ascii: "\n"))
      var spaces = 2 * indent
      while spaces > 0 {
        let run = min(spaces, Self.spaces.count)
        bytes.append(contentsOf: Self.spaces[..<run])
        spaces -= run
      }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    private mutating func append(_ text: String) {
      bytes.append(contentsOf: text.utf8)
    }

    /// The escapes are of single bytes (every control character and DEL is one byte in UTF-8),
    /// so the bytes between them are copied as they are; runs without one are found eight
    /// bytes at a time.
    mutating func writeString(_ string: String) {
      bytes.append(UInt8(ascii: "\""))
      var string = string
      string.withUTF8 { source in
        guard let base = source.baseAddress else { return }
        var plainStart = 0
        var index = 0
        while index < source.count {
          if index + 8 <= source.count,
            !Self.holdsEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
          {
            index += 8
            continue
          }
          let byte = source[index]
          index += 1
          guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F else { continue }
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[plainStart..<index - 1]))
          plainStart = index
          appendEscape(of: byte)
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[plainStart...]))
      }
      bytes.append(UInt8(ascii: "\""))
    }

    /// Whether any of the eight bytes of `word` is one `writeString` escapes: below 0x20, a
    /// quotation mark, a backslash or DEL. The tests are the classic ones for a zero byte
    /// (`(x - 1) & ~x & 0x80` in each byte) and for a byte below a bound; a borrow can mark a
    /// byte wrongly only above one rightly marked, so the answer for the word is exact.
    static func holdsEscape(_ word: UInt64) -> Bool {
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs: UInt64 = 0x8080_8080_8080_8080
      func holdsZero(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
      let control = (word &- ones &* 0x20) & ~word & highs
      let quote = holdsZero(word ^ (ones &* 0x22))
      let backslash = holdsZero(word ^ (ones &* 0x5C))
      let delete = holdsZero(word ^ (ones &* 0x7F))
      return control | quote | backslash | delete != 0
    }

    /// The escape of `byte`, which `writeString` found needs one.
    private mutating func appendEscape(of byte: UInt8) {
      bytes.append(UInt8(ascii: "\\"))
      switch byte {
      case 0x22: bytes.append(UInt8(ascii: "\""))
      case 0x5C: bytes.append(UInt8(ascii: "\\"))
      case 0x0A: bytes.append(UInt8(ascii: "n"))
      case 0x0D: bytes.append(UInt8(ascii: "r"))
      case 0x09: bytes.append(UInt8(ascii: "t"))
      case 0x08: bytes.append(UInt8(ascii: "b"))
      case 0x0C: bytes.append(UInt8(ascii: "f"))
      default:
        let hex = Self.hexDigits
        bytes.append(contentsOf: [
          UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)],
          hex[Int(byte & 0xF)],
        ])
      }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
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
