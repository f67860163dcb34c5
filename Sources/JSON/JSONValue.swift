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

  var kind: Kind
  /// Where the value starts: its first character.
  public var location: SourceLocation

  /// The number as an `Int`, when it is a number whose value is a whole number that fits
  /// (`3`, `-0`, `1e3`, `2.50e1`); `nil` for `1.5`, `1e400` or anything else.
  public var intValue: Int? {
    guard case .number(let literal) = kind else { return nil }
    return Self.exactInteger(literal)
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

  /// The exact integer a valid JSON number literal denotes, or `nil` when it has a fractional
  /// part or does not fit in an `Int`. Works on the digits, never through `Double`.
  private static func exactInteger(_ literal: String) -> Int? {
    if let value = Int(literal) { return value }
    let parts = literal.split { $0 == "e" || $0 == "E" }
    let halves = parts[0].drop { $0 == "-" }.split(separator: ".", omittingEmptySubsequences: false)
    let fraction = halves.count > 1 ? halves[1] : ""
    var digits = (halves[0] + fraction).drop { $0 == "0" }
    guard !digits.isEmpty else { return 0 }
    // An exponent of ten digits or more makes a non-zero value too big or not whole.
    guard let exponent = parts.count > 1 ? Int(parts[1]) : 0, exponent.magnitude < 1_000_000_000
    else { return nil }
    let scale = exponent - fraction.count
    if scale < 0 {
      guard digits.count >= -scale, digits.suffix(-scale).allSatisfy({ $0 == "0" }) else {
        return nil
      }
      digits = digits.dropLast(-scale)
    }
    guard digits.count + max(0, scale) <= 19 else { return nil }
    let sign = parts[0].hasPrefix("-") ? "-" : ""
    return Int(sign + digits + String(repeating: "0", count: max(0, scale)))
  }
}
