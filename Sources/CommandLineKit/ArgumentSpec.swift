/// One positional argument of a command, such as the `TOPIC...` of `mlcareer show`.
@usableFromInline package struct ArgumentSpec: Hashable, Sendable {
  /// The name in lower case, shown as `<topic>`; also the key for `ParsedCommand`.
  package var name: String
  /// One or two sentences for help and the man page.
  package var help: String
  /// Whether the command runs without it.
  package var isOptional: Bool
  /// Whether it takes every remaining positional value (only the last argument may).
  package var isVariadic: Bool
  /// What the values may be.
  package var values: ValueSource

  /// Creates an argument.
  @usableFromInline package init(
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
  package var placeholder: String { "<\(name)>" }

  /// The argument in a usage line: `<topic>`, `<topic> ...`, `[<group>]` or `[<group> ...]`.
  package var synopsis: String {
    let core = isVariadic ? "\(placeholder) ..." : placeholder
    return isOptional ? "[\(core)]" : core
  }
}
