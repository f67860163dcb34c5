import JSON
import TextSupport

/// A salary file that breaks the rules of its records, with where and what was expected.
public enum SalaryError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The salary file is not in the binary.
  case missingFile(String)
  /// A malformed or mis-shaped JSON file.
  case json(JSONError)
  /// A `kind` that is not one of `SalaryKind`'s.
  case unknownKind(String, at: SourceLocation)
  /// A `dimension` that the file's `dimensions` do not define.
  case unknownDimension(String, known: [String], at: SourceLocation)
  /// A money amount or percentage below zero.
  case negativeAmount(field: String, at: SourceLocation)
  /// A range whose low end is above its high end.
  case lowAboveHigh(low: Int, high: Int, at: SourceLocation)
  /// A number the record's kind does not carry, such as `amount` on a range.
  case fieldNotForKind(field: String, kind: SalaryKind, at: SourceLocation)
  /// A second record with the same id, or the same dimension, label and role.
  case duplicateRecord(String, firstAt: SourceLocation, at: SourceLocation)
  /// A second dimension with the same id or alias.
  case duplicateDimension(String, firstAt: SourceLocation, at: SourceLocation)
  /// A well-typed value that breaks a rule, explained by the message.
  case invalidValue(String, at: SourceLocation)

  /// Where the problem is.
  public var location: SourceLocation {
    switch self {
    case .missingFile(let file): SourceLocation(file: "Data/" + file, line: 1, column: 1)
    case .json(let error): error.location
    case .unknownKind(_, let at), .unknownDimension(_, _, let at), .negativeAmount(_, let at),
      .lowAboveHigh(_, _, let at), .fieldNotForKind(_, _, let at),
      .duplicateRecord(_, _, let at), .duplicateDimension(_, _, let at),
      .invalidValue(_, let at):
      at
    }
  }

  /// `Data/file:line:column: error: what was expected`.
  public var description: String {
    if case .json(let error) = self { return error.description }
    return "\(location): error: \(message)"
  }

  /// What is wrong, without the location: `the range's low end 200 is above its high end 100`.
  public var message: String {
    switch self {
    case .missingFile(let file):
      return "the salary figures '\(file)' are not in Data/"
    case .json(let error):
      return error.message
    case .unknownKind(let kind, _):
      return "unknown kind '\(kind)'; "
        + Suggestions.hint(for: kind, among: SalaryKind.allCases.map(\.rawValue))
    case .unknownDimension(let dimension, let known, _):
      return "unknown dimension '\(dimension)'; " + Suggestions.hint(for: dimension, among: known)
    case .negativeAmount(let field, _):
      return "'\(field)' is negative; figures are zero or more"
    case .lowAboveHigh(let low, let high, _):
      return "the range's low end \(low) is above its high end \(high)"
    case .fieldNotForKind(let field, let kind, _):
      return "'\(field)' does not apply to a figure of kind '\(kind.rawValue)'"
    case .duplicateRecord(let what, let first, _):
      return "a second record for \(what) (the first is at line \(first.line))"
    case .duplicateDimension(let name, let first, _):
      return "the dimension name '\(name)' is already used (line \(first.line))"
    case .invalidValue(let message, _):
      return message
    }
  }

}
