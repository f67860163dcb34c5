/// JSON strings: quoted, with the escapes JSON requires and nothing else escaped.
extension JSONStreamWriter {
  /// The escapes are of single bytes (every control character and DEL is one byte in UTF-8),
  /// so the bytes between them are copied as they are; runs without one are found eight
  /// bytes at a time.
  mutating func writeString(_ string: String) {
    output.append(byte: UInt8(ascii: "\""))
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
        output.append(bytes: UnsafeBufferPointer(rebasing: source[plainStart..<index - 1]))
        plainStart = index
        appendEscape(of: byte)
      }
      output.append(bytes: UnsafeBufferPointer(rebasing: source[plainStart...]))
    }
    output.append(byte: UInt8(ascii: "\""))
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
    output.append(byte: UInt8(ascii: "\\"))
    switch byte {
    case 0x22: output.append(byte: UInt8(ascii: "\""))
    case 0x5C: output.append(byte: UInt8(ascii: "\\"))
    case 0x0A: output.append(byte: UInt8(ascii: "n"))
    case 0x0D: output.append(byte: UInt8(ascii: "r"))
    case 0x09: output.append(byte: UInt8(ascii: "t"))
    case 0x08: output.append(byte: UInt8(ascii: "b"))
    case 0x0C: output.append(byte: UInt8(ascii: "f"))
    default:
      let hex: StaticString = "0123456789abcdef"
      hex.withUTF8Buffer { digits in
        output.append("u00")
        output.append(byte: digits[Int(byte >> 4)])
        output.append(byte: digits[Int(byte & 0xF)])
      }
    }
  }
}
