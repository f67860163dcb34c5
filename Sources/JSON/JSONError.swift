import TextSupport

/// What went wrong reading one of the guide's JSON files: a syntax error, or a value whose shape
/// is not what the guide expects. Every case carries the place it concerns.
public enum JSONError: Error, Equatable, Sendable, CustomStringConvertible {
  // MARK: Syntax

  /// Something other than what the grammar allows here; `found` is already described
  /// (`'x'`, `the end of the file`).
  case unexpectedInput(expected: String, found: String, at: SourceLocation)
  /// A comma directly before `closing` (`]` or `}`); JSON allows no trailing commas.
  case trailingComma(before: Character, at: SourceLocation)
  /// A bare word that is not `true`, `false` or `null`.
  case invalidLiteral(String, at: SourceLocation)
  /// A number that breaks the JSON number grammar, such as `01`, `1.` or `-`.
  case invalidNumber(String, reason: String, at: SourceLocation)
  /// A string with no closing quote; the location is its opening quote.
  case unterminatedString(at: SourceLocation)
  /// A raw control character (U+0000–U+001F) inside a string.
  case unescapedControlCharacter(UInt8, at: SourceLocation)
  /// A backslash followed by something that is not a JSON escape.
  case invalidEscape(String, at: SourceLocation)
  /// A `\u` escape without four hex digits, or a surrogate without its partner.
  case invalidUnicodeEscape(String, reason: String, at: SourceLocation)
  /// A `//` or `/*` comment; JSON has none.
  case commentNotAllowed(at: SourceLocation)
  /// Arrays and objects nested deeper than `limit`.
  case nestingTooDeep(limit: Int, at: SourceLocation)
  /// More text after the document's single top-level value.
  case trailingContent(found: String, at: SourceLocation)

  // MARK: Shape

  /// A value of the wrong type, for the member `field` when there is one.
  case wrongType(expected: String, found: String, field: String?, at: SourceLocation)
  /// A required member is absent; the location is the object's.
  case missingField(String, requiredFor: String?, at: SourceLocation)
  /// A member the object does not allow; the location is the key's.
  case unknownField(String, allowed: [String], at: SourceLocation)
  /// The same key twice in one object; the location is the second key's.
  case duplicateKey(String, firstAt: SourceLocation, at: SourceLocation)
  /// A well-typed value that breaks a rule of the content, explained by `message`.
  case invalidValue(String, at: SourceLocation)
  /// Two records of one kind (`figure`, `role`) with the same id.
  case duplicateRecord(kind: String, id: String, firstAt: SourceLocation, at: SourceLocation)

  /// The place the error concerns.
  public var location: SourceLocation {
    switch self {
    case .unexpectedInput(_, _, let at), .trailingComma(_, let at), .invalidLiteral(_, let at),
      .invalidNumber(_, _, let at), .unterminatedString(let at),
      .unescapedControlCharacter(_, let at), .invalidEscape(_, let at),
      .invalidUnicodeEscape(_, _, let at), .commentNotAllowed(let at),
      .nestingTooDeep(_, let at), .trailingContent(_, let at), .wrongType(_, _, _, let at),
      .missingField(_, _, let at), .unknownField(_, _, let at), .duplicateKey(_, _, let at),
      .invalidValue(_, let at), .duplicateRecord(_, _, _, let at):
      return at
    }
  }

  /// The explanation without the location, such as `expected ':' after an object key`.
  public var message: String {
    switch self {
    case .unexpectedInput(let expected, let found, _):
      return "expected \(expected), found \(found)"
    case .trailingComma(let closing, _):
      return "trailing comma before '\(closing)'; JSON does not allow one"
    case .invalidLiteral(let word, _):
      return "unexpected word '\(word)'; JSON values are true, false, null, numbers, "
        + "\"strings\" in double quotes, arrays and objects"
    case .invalidNumber(let literal, let reason, _):
      return "invalid number '\(literal)': \(reason)"
    case .unterminatedString:
      return "string is never closed; expected a '\"' before the end of the file"
    case .unescapedControlCharacter(let byte, _):
      if byte == 0x0A || byte == 0x0D {
        return "line break inside a string; close the string with '\"' or write \\n"
      }
      return
        "control character \(NumberFormatting.codePoint(UInt32(byte))) inside a string must be escaped"
    case .invalidEscape(let escape, _):
      return "invalid escape '\(escape)' in a string; "
        + "the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"
    case .invalidUnicodeEscape(let escape, let reason, _):
      return "invalid escape '\(escape)': \(reason)"
    case .commentNotAllowed:
      return "comments are not allowed in JSON"
    case .nestingTooDeep(let limit, _):
      return "arrays and objects are nested more than \(limit) deep"
    case .trailingContent(let found, _):
      return "unexpected \(found) after the document's value; a JSON file holds exactly one value"
    case .wrongType(let expected, let found, let field, _):
      let subject = field.map { " for '\($0)'" } ?? ""
      return "expected \(expected)\(subject), found \(found)"
    case .missingField(let field, let requiredFor, _):
      return "missing field '\(field)'" + (requiredFor.map { " (required for \($0))" } ?? "")
    case .unknownField(let field, let allowed, _):
      return "unknown field '\(field)'; " + Suggestions.hint(for: field, among: allowed)
    case .duplicateKey(let key, let firstAt, let at):
      return "duplicate key '\(key)' (first given at \(Self.reference(to: firstAt, from: at)))"
    case .invalidValue(let message, _):
      return message
    case .duplicateRecord(let kind, let id, let firstAt, let at):
      return
        "duplicate \(kind) id '\(id)' (first defined at \(Self.reference(to: firstAt, from: at)))"
    }
  }

  /// `Data/file:line:column: error: message`, the form compilers use.
  public var description: String { "\(location): error: \(message)" }

  /// `line 3, column 5` within the same file, the full location otherwise.
  private static func reference(to first: SourceLocation, from other: SourceLocation) -> String {
    first.file == other.file ? "line \(first.line), column \(first.column)" : first.description
  }
}
