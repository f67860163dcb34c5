/// A JSON value built for output (`--format json`), with object members in the order given;
/// literals build it: `["id": "ml-market", "value": 26.03, "tags": ["a", "b"]]`.
public enum JSONOutput: Sendable, Equatable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A whole number, written without a decimal point.
  case int(Int)
  /// A number, written as short as round-tripping allows; non-finite values are written `null`.
  case double(Double)
  /// A string, escaped as JSON requires.
  case string(String)
  /// An array.
  case array([JSONOutput])
  /// An object whose members are written in this order.
  case object([Member])

  /// One `"key": value` pair of an object.
  public struct Member: Sendable, Equatable {
    /// The key.
    public var key: String
    /// The value.
    public var value: JSONOutput

    /// Creates a member.
    public init(_ key: String, _ value: JSONOutput) {
      self.key = key
      self.value = value
    }
  }

  /// `.string(value)`, or `.null` when `value` is `nil`.
  public init(_ value: String?) {
    self = value.map(JSONOutput.string) ?? .null
  }

  /// `.int(value)`, or `.null` when `value` is `nil`.
  public init(_ value: Int?) {
    self = value.map(JSONOutput.int) ?? .null
  }

  /// `.double(value)`, or `.null` when `value` is `nil`.
  public init(_ value: Double?) {
    self = value.map(JSONOutput.double) ?? .null
  }
}

extension JSONOutput: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral,
  ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral,
  ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
  /// `null`.
  public init(nilLiteral: ()) { self = .null }
  /// A boolean.
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  /// A whole number.
  public init(integerLiteral value: Int) { self = .int(value) }
  /// A number.
  public init(floatLiteral value: Double) { self = .double(value) }
  /// A string.
  public init(stringLiteral value: String) { self = .string(value) }
  /// An array.
  public init(arrayLiteral elements: JSONOutput...) { self = .array(elements) }
  /// An object, its members in the literal's order.
  public init(dictionaryLiteral elements: (String, JSONOutput)...) {
    self = .object(elements.map { Member($0.0, $0.1) })
  }
}

extension JSONValue {
  /// The same value without locations, ready to write out. Whole numbers that fit in `Int`
  /// become `.int`, other numbers `.double`.
  public var output: JSONOutput {
    switch kind {
    case .null: return .null
    case .bool(let value): return .bool(value)
    case .number(let literal):
      if let int = intValue { return .int(int) }
      // A double that is a whole number an `Int` holds is that integer, so it round-trips; so
      // is every zero, an underflow to `-0` (`-1400.5e-381`) included.
      if let double = Double(literal), let whole = Int(exactly: double) { return .int(whole) }
      // Out of range (`1e400`) reads as infinity, which the writer writes as `null`.
      return .double(Double(literal) ?? .nan)
    case .string(let value): return .string(value)
    case .array(let elements): return .array(elements.map(\.output))
    case .object(let members): return .object(members.map { .init($0.key, $0.value.output) })
    }
  }
}
