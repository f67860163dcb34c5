/// One positional argument of a command, such as the `TOPIC...` of `mlcareer show`.
public struct ArgumentSpec: Sendable {
  /// The name in lower case, shown as `<topic>`; also the key for `ParsedCommand`.
  public var name: String
  /// One or two sentences for help and the man page.
  public var help: String
  /// Whether the command runs without it.
  public var isOptional: Bool
  /// Whether it takes every remaining positional value (only the last argument may).
  public var isVariadic: Bool
  /// What the values may be.
  public var values: ValueSource

  /// Creates an argument.
  public init(
    _ name: String, help: String, optional: Bool = false, variadic: Bool = false,
    values: ValueSource = .none
  ) {
    self.name = name
    self.help = help
    self.isOptional = optional
    self.isVariadic = variadic
    self.values = values
  }

  /// `<topic>`, the placeholder in help and error messages.
  public var placeholder: String { "<\(name)>" }
}
