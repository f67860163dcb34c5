/// A JSON object read from a file: its members in source order and where it starts.
package struct JSONObject: Sendable, Equatable {
  /// The members, in source order, duplicates included.
  package var members: [JSONValue.Member]
  /// Where the object's `{` is.
  var location: SourceLocation

  /// Checks the object's keys and returns them for typed reading.
  ///
  /// Throws `unknownField` (at the key) for a key not in `allowed`, with a suggestion when one
  /// is close, and `duplicateKey` (at the second key) for a repeated key.
  package func fields(allowed: [String]) throws(JSONError) -> JSONFields {
    var byKey: [String: JSONValue.Member] = [:]
    byKey.reserveCapacity(members.count)
    for member in members {
      guard allowed.contains(member.key) else {
        throw .unknownField(member.key, allowed: allowed, at: member.keyLocation)
      }
      if let first = byKey[member.key] {
        throw .duplicateKey(member.key, firstAt: first.keyLocation, at: member.keyLocation)
      }
      byKey[member.key] = member
    }
    return JSONFields(members: byKey, location: location)
  }
}
