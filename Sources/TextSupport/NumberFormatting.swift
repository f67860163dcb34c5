/// Numbers as text: digits grouped by thousands, dollars, decimals without a
/// needless `.0`. Written on the standard library alone (no Foundation, no libm).
public enum NumberFormatting {
  /// `136287` → `136,287`; `-5000` → `-5,000`.
  public static func grouped(_ value: Int) -> String {
    groupDigits(String(value.magnitude), negative: value < 0)
  }

  /// `136287` → `$136,287`; `-50` → `-$50`.
  public static func dollars(_ value: Int) -> String {
    (value < 0 ? "-$" : "$") + groupDigits(String(value.magnitude), negative: false)
  }

  /// A decimal as short as round-tripping allows, with grouped thousands: `26.03` → `26.03`,
  /// `200.0` → `200`, `1234.5` → `1,234.5`. Very large or small values keep exponent form.
  public static func decimal(_ value: Double) -> String {
    if isWhole(value), value.magnitude < 1e15 {
      return grouped(Int(value))
    }
    // Over the bytes: searching the text as characters would bring in the string-search code.
    let text = value.description
    let bytes = text.utf8
    guard !bytes.contains(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "n") }),
      let dot = bytes.firstIndex(of: UInt8(ascii: "."))
    else { return text }
    let negative = bytes.first == UInt8(ascii: "-")
    let integerDigits = text[bytes.index(text.startIndex, offsetBy: negative ? 1 : 0)..<dot]
    // A string of the fraction, not the substring, so `+` is not the generic append.
    return groupDigits(Substring(integerDigits), negative: negative) + String(text[dot...])
  }

  /// A decimal without grouping, as in messages: `120000.0` → `120000`, `2.5` → `2.5`.
  public static func plain(_ value: Double) -> String {
    if isWhole(value), value.magnitude < 1e15 { return String(Int(value)) }
    return value.description
  }

  /// `U+0009` for 9: a code point as Unicode writes it, four or more upper-case hex digits.
  public static func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// Whether a finite value has no fractional part; computed from its bits, so no libm.
  public static func isWhole(_ value: Double) -> Bool {
    guard value.isFinite else { return false }
    if value == 0 { return true }
    return value.significandWidth <= Int(value.exponent)
  }

  /// The ASCII `digits` with a comma before each group of three from the right, on their
  /// UTF-8 bytes: walking them as characters breaks graphemes for nothing.
  private static func groupDigits<S: StringProtocol>(_ digits: S, negative: Bool) -> String {
    let count = digits.utf8.count
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count + count / 3 + 1)
    if negative { bytes.append(UInt8(ascii: "-")) }
    for (offset, digit) in digits.utf8.enumerated() {
      if offset > 0, (count - offset) % 3 == 0 { bytes.append(UInt8(ascii: ",")) }
      bytes.append(digit)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
