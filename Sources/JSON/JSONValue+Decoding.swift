import TextSupport

/// Typed access to parsed values: each accessor returns the value or throws `wrongType` at the
/// value's location. `field` names the member being read, for the error message.
extension JSONValue {
  /// The value as an object, ready for `fields(allowed:)`.
  public func object(field: String? = nil) throws(JSONError) -> JSONObject {
    guard case .object(let members) = kind else { throw mismatch("an object", field: field) }
    return JSONObject(members: members, location: location)
  }

  /// The elements of an array.
  public func array(field: String? = nil) throws(JSONError) -> [JSONValue] {
    guard case .array(let elements) = kind else { throw mismatch("an array", field: field) }
    return elements
  }

  /// The contents of a string.
  public func string(field: String? = nil) throws(JSONError) -> String {
    guard case .string(let value) = kind else { throw mismatch("a string", field: field) }
    return value
  }

  func bool(field: String? = nil) throws(JSONError) -> Bool {
    guard case .bool(let value) = kind else { throw mismatch("true or false", field: field) }
    return value
  }

  /// A number whose value is whole and fits in an `Int`; `1.5` and `1e400` are refused.
  func int(field: String? = nil) throws(JSONError) -> Int {
    guard let value = intValue else {
      throw mismatch(
        "a whole number", field: field,
        outOfRange: doubleValue.map(NumberFormatting.isWhole) ?? true)
    }
    return value
  }

  /// A number within the range of `Double`; `1e400` is refused.
  func double(field: String? = nil) throws(JSONError) -> Double {
    guard let value = doubleValue else {
      throw mismatch("a number", field: field, outOfRange: true)
    }
    return value
  }

  /// `wrongType`, saying of a number when `outOfRange` that it is out of range.
  private func mismatch(_ expected: String, field: String?, outOfRange: Bool = false) -> JSONError {
    var found = foundDescription
    if case .number(let literal) = kind, outOfRange { found = "\(literal), which is out of range" }
    return .wrongType(expected: expected, found: found, field: field, at: location)
  }
}
