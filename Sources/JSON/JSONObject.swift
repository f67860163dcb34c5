import TextSupport

/// A JSON object read from a file: its members in source order and where it starts.
public struct JSONObject: Sendable, Equatable {
  /// The members, in source order, duplicates included.
  public var members: [JSONValue.Member]
  /// Where the object's `{` is.
  var location: SourceLocation

  /// Checks the object's keys and returns them for typed reading: a key not in `allowed` throws
  /// `unknownField`, a repeated one `duplicateKey`.
  public func fields(allowed: [String]) throws(JSONError) -> JSONFields {
    // Linear scans: the kept members are at most `allowed.count`, a handful.
    var kept: [JSONValue.Member] = []
    kept.reserveCapacity(min(members.count, allowed.count))
    for member in members {
      guard allowed.contains(member.key) else {
        throw .unknownField(member.key, allowed: allowed, at: member.keyLocation)
      }
      if let first = kept.first(where: { $0.key == member.key }) {
        throw .duplicateKey(member.key, firstAt: first.keyLocation, at: member.keyLocation)
      }
      kept.append(member)
    }
    return JSONFields(location: location, members: kept)
  }
}
