import TextSupport

extension String {
  /// The text of a content file from outside the binary with every control character that
  /// could drive a terminal shown visibly instead: C0 controls but tab and line feed in caret
  /// notation (ESC as `^[`, BEL as `^G`, a lone carriage return as `^M`), DEL as `^?`, and C1
  /// controls, bidirectional overrides and isolates as `<U+009B>`. A CR LF line end becomes LF.
  package var neutralisingControls: String { neutralisingControls(endingLinesAtCR: false) }

  /// `neutralisingControls`, but with `endingLinesAtCR` (Markdown, where CommonMark ends a line
  /// at a lone carriage return) a lone CR becomes a line feed rather than `^M`.
  package func neutralisingControls(endingLinesAtCR: Bool) -> String {
    // Bytes first: ASCII text without controls (nearly all text) needs no scalar walk.
    guard mayNeedNeutralising, unicodeScalars.contains(where: Self.needsNeutralising)
    else { return self }
    var output = String.UnicodeScalarView()
    var scalars = unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let scalar = pending {
      pending = scalars.next()
      let value = scalar.value
      if value == 0x0D, pending == "\n" { continue }
      if value == 0x0D, endingLinesAtCR {
        output.append("\n")
        continue
      }
      if Self.needsNeutralising(scalar) {
        // The visible form the terminal-safe text of a message gives it.
        output.append(contentsOf: String(scalar).terminalSafe().unicodeScalars)
      } else {
        output.append(scalar)
      }
    }
    return String(output)
  }

  /// Markdown text whose numeric character references to control characters (`&#27;`,
  /// `&#x1B;`) are written as the visible form `neutralisingControls` gives, so the parser
  /// cannot decode them into raw controls. One pass; other references are left as they are.
  package var neutralisingControlReferences: String {
    guard mayHoldControlReference else { return self }
    var output = ""
    output.reserveCapacity(utf8.count)
    var rest = self[...]
    while let start = rest.firstRange(of: "&#") {
      output += rest[..<start.lowerBound]
      let after = rest[start.upperBound...]
      let isHex = after.first == "x" || after.first == "X"
      let digits = (isHex ? after.dropFirst() : after).prefix { $0.isHexDigit }.prefix(8)
      let end = (isHex ? after.dropFirst() : after).dropFirst(digits.count)
      if !digits.isEmpty, end.first == ";",
        let value = UInt32(digits, radix: isHex ? 16 : 10),
        let scalar = Unicode.Scalar(value), Self.needsNeutralising(scalar)
      {
        output += String(Character(scalar)).neutralisingControls
        rest = end.dropFirst()
      } else {
        output += "&#"
        rest = after
      }
    }
    output += rest
    return output
  }

  /// Whether the text holds a character `neutralisingControls` shows otherwise, or a carriage
  /// return: checked on the UTF-8 bytes, eight at a time (see `ByteScan`), so text without one
  /// (nearly all) is never walked scalar by scalar.
  private var mayNeedNeutralising: Bool {
    var text = self
    return text.withUTF8 { bytes in
      var from = 0
      while let index = ByteScan.firstIndex(
        in: bytes, from: from,
        {
          ByteScan.hasByte(in: $0, below: 0x20) || $0 & ByteScan.highBits != 0
            || ByteScan.hasByte(in: $0, equalTo: 0x7F)
        },
        where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A) || $0 == 0x7F || $0 >= 0xC2 })
      {
        from = index + 1
        if Self.startsNeutralisedCharacter(bytes, at: index) { return true }
      }
      return false
    }
  }

  /// Whether the UTF-8 sequence at `index` encodes a character `needsNeutralising` is true of.
  private static func startsNeutralisedCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> Bool
  {
    if bytes[index] < 0x80 { return true }  // the scan stops only at the controls among these
    var scalars = bytes[index...].makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let scalar) = decoder.decode(&scalars) else { return false }
    return needsNeutralising(scalar)
  }

  /// Whether the text holds `&#`, the start of a numeric character reference: checked on the
  /// UTF-8 bytes, each `&` found by the C library, so text without one is never walked.
  private var mayHoldControlReference: Bool {
    var text = self
    return text.withUTF8 { bytes in
      var from = 0
      while let index = ByteScan.firstIndex(of: 0x26, in: bytes, from: from) {
        if index + 1 < bytes.count, bytes[index + 1] == 0x23 { return true }
        from = index + 1
      }
      return false
    }
  }

  private static func needsNeutralising(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: false
    case 0x00..<0x20, 0x7F, 0x80..<0xA0, 0x061C, 0x200E, 0x200F, 0x2028...0x202E,
      0x2066...0x2069:
      true
    default: false
    }
  }
}
