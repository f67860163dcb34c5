import TextSupport

/// JSON strings: quoted, with the escapes JSON requires and nothing else escaped.
extension JSONStreamWriter {
  /// `string` quoted; every escape is of a single byte, so the bytes between escapes, found by
  /// `ByteScan`, are copied as they are.
  mutating func writeString(_ string: String) {
    output.append(byte: UInt8(ascii: "\""))
    var string = string
    string.withUTF8 { source in
      guard !source.isEmpty else { return }
      var plainStart = 0
      while let index = ByteScan.firstIndex(
        in: source, from: plainStart,
        {
          ByteScan.hasByte(in: $0, below: 0x20) || ByteScan.hasByte(in: $0, equalTo: 0x22)
            || ByteScan.hasByte(in: $0, equalTo: 0x5C) || ByteScan.hasByte(in: $0, equalTo: 0x7F)
        },
        where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F })
      {
        output.append(bytes: UnsafeBufferPointer(rebasing: source[plainStart..<index]))
        appendEscape(of: source[index])
        plainStart = index + 1
      }
      output.append(bytes: UnsafeBufferPointer(rebasing: source[plainStart...]))
    }
    output.append(byte: UInt8(ascii: "\""))
  }

  /// The escape of `byte`, which `writeString` found needs one: kept out of its loop, as few
  /// strings need one.
  @inline(never)
  private mutating func appendEscape(of byte: UInt8) {
    output.append(byte: UInt8(ascii: "\\"))
    if let index = JSONParser.escapedBytes.firstIndex(of: byte) {
      output.append(byte: JSONParser.escapeLetters[index])
    } else {
      let hex: StaticString = "0123456789abcdef"
      hex.withUTF8Buffer { digits in
        output.append("u00")
        output.append(byte: digits[Int(byte >> 4)])
        output.append(byte: digits[Int(byte & 0xF)])
      }
    }
  }
}
