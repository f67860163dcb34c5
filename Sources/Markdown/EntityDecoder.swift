import TextSupport

/// Decodes HTML entity and numeric character references (`&amp;`, `&#35;`, `&#x22;`).
public enum EntityDecoder {
  /// Decodes the reference at `start` (an `&`) into `output` as UTF-8 and returns the
  /// position after its `;`, or returns nil (leaving `output` alone) when there is none.
  public static func decode(
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
      output.append(contentsOf: UTF8.encode(scalar ?? "\u{FFFD}")!)
      return index + 1
    }
    let nameStart = index
    while index < limit && index - nameStart < 32 && bytes[index].isASCIIAlphanumeric { index += 1 }
    guard index > nameStart, index < limit, bytes[index] == UInt8(ascii: ";") else { return nil }
    if appendCommonEntity(bytes, nameStart..<index, to: &output) { return index + 1 }
    let name = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<index]), as: UTF8.self)
    guard let value = HTMLEntities.value(named: name) else { return nil }
    output.append(contentsOf: value.utf8)
    return index + 1
  }

  /// Appends the UTF-8 form of the commonest named references (`amp`, `lt`, `gt`, `quot`,
  /// `nbsp`, `copy`), found without making a string or hashing it; false for any other name.
  @inline(__always)
  private static func appendCommonEntity(
    _ bytes: UnsafeBufferPointer<UInt8>, _ name: Range<Int>, to output: inout [UInt8]
  ) -> Bool {
    guard name.count <= 4 else { return false }
    // The name's bytes in one word, the first highest, so that each case reads as its name's
    // ASCII codes; no byte is zero, so no two names give the same word.
    var word: UInt32 = 0
    for index in name { word = word << 8 | UInt32(bytes[index]) }
    switch word {
    case 0x6C74: output.append(UInt8(ascii: "<"))  // lt
    case 0x6774: output.append(UInt8(ascii: ">"))  // gt
    case 0x61_6D70: output.append(UInt8(ascii: "&"))  // amp
    case 0x7175_6F74: output.append(UInt8(ascii: "\""))  // quot
    case 0x6E62_7370:  // nbsp: U+00A0
      output.append(0xC2)
      output.append(0xA0)
    case 0x636F_7079:  // copy: U+00A9
      output.append(0xC2)
      output.append(0xA9)
    default: return false
    }
    return true
  }
}
