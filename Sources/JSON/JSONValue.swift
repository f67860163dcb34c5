import TextSupport

/// A parsed JSON value in which every node remembers where it was written, so that content
/// errors can point at `Data/file:line:column`.
public struct JSONValue: Sendable, Equatable {
  /// What kind of value this is, with its contents.
  enum Kind: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number, kept as its literal text (`26.03`, `1e6`) so no precision is lost.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// The members in source order; duplicate keys are kept and rejected when decoding.
    case object([Member])
  }

  /// One `"key": value` pair of an object.
  public struct Member: Sendable, Equatable {
    /// The decoded key.
    public var key: String
    /// Where the key's opening quote is.
    public var keyLocation: SourceLocation
    /// The member's value.
    public var value: JSONValue
  }

  /// The value itself.
  var kind: Kind
  /// Where the value starts: its first character.
  public var location: SourceLocation

  /// The number as an `Int`, when it is a number whose value is a whole number that fits
  /// (`3`, `-0`, `1e3`, `2.50e1`); `nil` for `1.5`, `1e400` or anything else.
  public var intValue: Int? {
    guard case .number(let literal) = kind else { return nil }
    return JSONNumberLiteral.exactInteger(literal)
  }

  /// The number as a finite `Double`; `nil` when it is not a number or out of range (`1e400`).
  var doubleValue: Double? {
    guard case .number(let literal) = kind, let value = Double(literal), value.isFinite else {
      return nil
    }
    return value
  }

  /// How error messages name what was found: `a string`, `the number 1.5`, `null`.
  var foundDescription: String {
    switch kind {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .number(let literal):
      let shown = literal.count > 40 ? String(literal.prefix(40)) + "…" : literal
      return "the number \(shown)"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }
}

/// Exact reading of JSON number literals.
enum JSONNumberLiteral {
  /// The exact integer a valid JSON number literal denotes, or `nil` when it has a fractional
  /// part or does not fit in an `Int`. Works on the digits, never through `Double`.
  static func exactInteger(_ literal: String) -> Int? {
    var bytes = literal.utf8[...]
    let isNegative = bytes.first == UInt8(ascii: "-")
    if isNegative { bytes = bytes.dropFirst() }
    var digits: [UInt8] = []
    var fractionCount = 0
    var inFraction = false
    var exponentPart: Substring.UTF8View.SubSequence?
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == UInt8(ascii: ".") {
        inFraction = true
      } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
        exponentPart = bytes[bytes.index(after: index)...]
        break
      } else {
        digits.append(byte &- UInt8(ascii: "0"))
        if inFraction { fractionCount += 1 }
      }
      index = bytes.index(after: index)
    }
    guard let first = digits.firstIndex(where: { $0 != 0 }) else { return 0 }
    digits.removeFirst(first)
    var scale = -fractionCount
    if let exponentPart {
      guard let exponent = smallExponent(exponentPart) else {
        // |exponent| is astronomically large: a non-zero value is too big or not whole.
        return nil
      }
      scale += exponent
    }
    if scale < 0 {
      let dropped = digits.suffix(min(-scale, digits.count))
      guard dropped.count == -scale, dropped.allSatisfy({ $0 == 0 }) else { return nil }
      digits.removeLast(-scale)
    } else {
      guard digits.count + scale <= 19 else { return nil }
      digits.append(contentsOf: repeatElement(0, count: scale))
    }
    var result = 0
    for digit in digits {
      let (shifted, overflow) = result.multipliedReportingOverflow(by: 10)
      let (next, overflow2) =
        isNegative
        ? shifted.subtractingReportingOverflow(Int(digit))
        : shifted.addingReportingOverflow(Int(digit))
      guard !overflow, !overflow2 else { return nil }
      result = next
    }
    return result
  }

  /// The exponent's value when it has at most nine digits.
  private static func smallExponent(_ bytes: Substring.UTF8View.SubSequence) -> Int? {
    var rest = bytes
    var sign = 1
    if let first = rest.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
      sign = first == UInt8(ascii: "-") ? -1 : 1
      rest = rest.dropFirst()
    }
    let significant = rest.drop { $0 == UInt8(ascii: "0") }
    guard significant.count <= 9 else { return nil }
    var value = 0
    for byte in significant { value = value * 10 + Int(byte - UInt8(ascii: "0")) }
    return sign * value
  }
}
