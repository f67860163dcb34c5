import TextSupport

/// The checked members of one JSON object, read by key with typed accessors: required ones
/// throw `missingField` or `wrongType`, optional ones return `nil` for an absent key or `null`.
public struct JSONFields: Sendable {
  /// Where the object's `{` is.
  let location: SourceLocation
  /// The members in source order, keys unique, as `JSONObject.fields(allowed:)` checked them.
  /// A list rather than a dictionary: every key is one of the few `allowed` ones, and hashing
  /// them cost more than scanning.
  let members: [JSONValue.Member]
  /// Added to `missingField` errors, such as `kind 'range'`.
  var requirement: String?

  /// The same fields, whose missing-field errors say what needs them: `requiredFor: "kind
  /// 'range'"` gives `missing field 'low' (required for kind 'range')`.
  public func requiring(for requirement: String) -> JSONFields {
    var copy = self
    copy.requirement = requirement
    return copy
  }

  private func member(_ key: String) -> JSONValue.Member? {
    members.first { $0.key == key }
  }

  /// Where the key's value is, or the object's location when the key is absent.
  public func location(of key: String) -> SourceLocation {
    member(key)?.value.location ?? location
  }

  /// Where the key itself is, or the object's location when the key is absent.
  public func keyLocation(of key: String) -> SourceLocation {
    member(key)?.keyLocation ?? location
  }

  // MARK: Required

  /// The raw value of a required member.
  func value(_ key: String) throws(JSONError) -> JSONValue {
    guard let found = member(key) else {
      throw .missingField(key, requiredFor: requirement, at: location)
    }
    return found.value
  }

  /// A required string.
  public func string(_ key: String) throws(JSONError) -> String {
    try value(key).string(field: key)
  }

  /// A required whole number.
  public func int(_ key: String) throws(JSONError) -> Int {
    try value(key).int(field: key)
  }

  /// A required number.
  public func double(_ key: String) throws(JSONError) -> Double {
    try value(key).double(field: key)
  }

  /// The elements of a required array.
  public func array(_ key: String) throws(JSONError) -> [JSONValue] {
    try value(key).array(field: key)
  }

  /// A required nested object.
  public func object(_ key: String) throws(JSONError) -> JSONObject {
    try value(key).object(field: key)
  }

  // MARK: Optional

  /// The raw value of an optional member; `nil` when absent or `null`.
  public func optionalValue(_ key: String) -> JSONValue? {
    guard let value = member(key)?.value, value.kind != .null else { return nil }
    return value
  }

  /// An optional whole number.
  public func optionalInt(_ key: String) throws(JSONError) -> Int? {
    try optionalValue(key).map { value throws(JSONError) in try value.int(field: key) }
  }

  /// An optional boolean.
  public func optionalBool(_ key: String) throws(JSONError) -> Bool? {
    try optionalValue(key).map { value throws(JSONError) in try value.bool(field: key) }
  }

  /// The elements of an optional array.
  public func optionalArray(_ key: String) throws(JSONError) -> [JSONValue]? {
    try optionalValue(key).map { value throws(JSONError) in try value.array(field: key) }
  }
}
