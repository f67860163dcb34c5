/// Decodes HTML entity and numeric character references (`&amp;`, `&#35;`, `&#x22;`).
enum EntityDecoder {
  /// Decodes the reference at `start` (an `&`) into `output` as UTF-8 and returns the
  /// position after its `;`, or returns nil (leaving `output` alone) when there is none.
  static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int, into output: inout [UInt8]
  ) -> Int? {
    var index = start + 1
    guard index < limit else { return nil }
    if bytes[index] == UInt8(ascii: "#") {
      index += 1
      let isHex = index < limit && (bytes[index] | 0x20) == UInt8(ascii: "x")
      if isHex { index += 1 }
      let digitsStart = index
      var value: UInt32 = 0
      while index < limit && (isHex ? bytes[index].isASCIIHexDigit : bytes[index].isASCIIDigit) {
        if value <= 0x10FFFF { value = value * (isHex ? 16 : 10) + bytes[index].hexValue }
        index += 1
      }
      let digits = index - digitsStart
      guard digits >= 1, digits <= (isHex ? 6 : 7), index < limit,
        bytes[index] == UInt8(ascii: ";")
      else { return nil }
      let scalar = value == 0 ? nil : Unicode.Scalar(value)
      appendUTF8(scalar ?? "\u{FFFD}", to: &output)
      return index + 1
    }
    let nameStart = index
    while index < limit && index - nameStart < 32 && bytes[index].isASCIIAlphanumeric { index += 1 }
    guard index > nameStart, index < limit, bytes[index] == UInt8(ascii: ";") else { return nil }
    let name = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<index]), as: UTF8.self)
    guard let value = HTMLEntities.value(named: name) else { return nil }
    output.append(contentsOf: value.utf8)
    return index + 1
  }

  /// Appends the UTF-8 form of `scalar`.
  static func appendUTF8(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
    for unit in UTF8.encode(scalar)! { output.append(unit) }
  }
}
