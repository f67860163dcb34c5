import JSON
import TextSupport

/// The field rules every content file shares (salaries, skills, market figures and the guide
/// manifest), each with one wording, so the same mistake reads the same in every file.
package enum ContentRules {
  /// The version of the files' shape this code reads.
  package static let schemaVersion = 1

  package static func checkSchemaVersion(_ fields: JSONFields) throws(JSONError) {
    let version = try fields.int("schemaVersion")
    guard version == schemaVersion else {
      throw .invalidValue(
        "unsupported schemaVersion \(version); this version of mlcareer reads \(schemaVersion)",
        at: fields.location(of: "schemaVersion"))
    }
  }

  /// Whether `text` is lowercase ASCII letters and digits in words joined by single hyphens.
  package static func isID(_ text: String) -> Bool {
    text.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false).allSatisfy {
      word in !word.isEmpty && word.allSatisfy { $0 &- 0x61 < 26 || $0 &- 0x30 < 10 }
    }
  }
}

extension JSONFields {
  /// A required id: lowercase letters and digits joined by hyphens, such as `ml-market-2023`.
  package func id(_ key: String) throws(JSONError) -> String {
    let value = try string(key)
    guard ContentRules.isID(value) else {
      throw .invalidValue(
        "'\(key)' must be lowercase letters and digits joined by hyphens, "
          + "such as 'ml-market-2023'; found '\(value)'",
        at: location(of: key))
    }
    return value
  }

  /// A required string that is not blank; with `oneLine`, one without line breaks. Control
  /// characters in it are shown visibly (see `neutralisingControls`), so content from a pack
  /// cannot drive the terminal it is printed on.
  package func text(_ key: String, oneLine: Bool = false) throws(JSONError) -> String {
    let value = try string(key).neutralisingControls
    guard !value.allSatisfy(\.isWhitespace) else {
      throw .invalidValue("'\(key)' must not be empty", at: location(of: key))
    }
    guard !oneLine || !value.contains(where: \.isNewline) else {
      throw .invalidValue("'\(key)' must fit on one line", at: location(of: key))
    }
    return value
  }

  /// A required name: one line of text whose zero-width characters are shown visibly too
  /// (`Py<U+200B>thon`), so that one name cannot pass for another.
  package func name(_ key: String) throws(JSONError) -> String {
    try text(key, oneLine: true).terminalSafe(limit: .max)
  }

  /// An optional string that, when present, is not blank.
  package func optionalText(_ key: String) throws(JSONError) -> String? {
    guard optionalValue(key) != nil else { return nil }
    return try text(key)
  }

  /// An array of non-empty strings, control characters shown visibly as in `text`; an absent
  /// optional array is empty.
  package func strings(_ key: String, required: Bool) throws(JSONError) -> [String] {
    let values = required ? try array(key) : try optionalArray(key) ?? []
    var result: [String] = []
    for value in values {
      let string = try value.string(field: key).neutralisingControls
      guard !string.isEmpty else {
        throw .invalidValue("an empty string in '\(key)'", at: value.location)
      }
      result.append(string)
    }
    return result
  }

  /// An optional year a figure may be for.
  package func year(_ key: String = "year") throws(JSONError) -> Int? {
    guard let year = try optionalInt(key) else { return nil }
    let years = 1900...2100
    guard years.contains(year) else {
      throw .invalidValue(
        "'\(key)' \(year) is not a plausible year (expected "
          + "\(years.lowerBound)–\(years.upperBound))",
        at: location(of: key))
    }
    return year
  }

  /// A required string that names one of `Choice`'s cases.
  package func choice<Choice: RawRepresentable & CaseIterable>(
    _ key: String, as _: Choice.Type = Choice.self
  ) throws(JSONError) -> Choice where Choice.RawValue == String {
    let word = try string(key)
    guard let value = Choice(rawValue: word) else {
      throw unknown(key, word, among: Choice.allCases.map(\.rawValue))
    }
    return value
  }

  /// A required string that is one of `known`, such as a group or dimension id.
  package func reference(_ key: String, among known: [String]) throws(JSONError) -> String {
    let word = try string(key)
    guard known.contains(word) else { throw unknown(key, word, among: known) }
    return word
  }

  /// A required number that is zero or more.
  package func nonNegative(_ key: String) throws(JSONError) -> Double {
    let value = try double(key)
    guard value >= 0 else { throw negative(key, NumberFormatting.plain(value)) }
    return value
  }

  /// A required whole number that is zero or more.
  package func nonNegativeInt(_ key: String) throws(JSONError) -> Int {
    let value = try int(key)
    guard value >= 0 else { throw negative(key, String(value)) }
    return value
  }

  /// Checks that `low` is not above `high`, reporting at the low end.
  package func checkRange<Number: Comparable>(
    low: Number, high: Number, _ shown: (Number) -> String
  ) throws(JSONError) {
    guard low <= high else {
      throw .invalidValue(
        "'low' (\(shown(low))) is above 'high' (\(shown(high)))", at: location(of: "low"))
    }
  }

  /// Rejects each of `keys` that is present but not among those `kind` uses: another kind's.
  package func rejectFields(_ keys: [String], notUsedBy kind: String, uses: [String])
    throws(JSONError)
  {
    for key in keys where !uses.contains(key) && optionalValue(key) != nil {
      let used = uses.isEmpty ? "no number" : uses.map { "'\($0)'" }.joined(separator: ", ")
      throw .invalidValue(
        "'\(key)' does not apply to kind '\(kind)', which uses \(used)", at: keyLocation(of: key))
    }
  }

  private func unknown(_ key: String, _ word: String, among known: [String]) -> JSONError {
    .invalidValue(
      "unknown \(key) '\(word)'; " + Suggestions.hint(for: word, among: known),
      at: location(of: key))
  }

  private func negative(_ key: String, _ shown: String) -> JSONError {
    .invalidValue("'\(key)' must not be negative, found \(shown)", at: location(of: key))
  }
}
