/// Checks of values the parser accepts as text but a command needs in a narrower shape, such as
/// `--limit`, which must be a positive whole number, and of values that cannot go together.
extension ParsedCommand {
  /// The usage error for `value`, given to the option or argument `name` (an option's long name
  /// without dashes, or an argument's name), that the command cannot use; `expected` says what
  /// it takes instead, such as `a positive whole number`.
  public func unusableValue(_ value: String, for name: String, expected: String) -> UsageError {
    let shown: String
    if let option = commands.availableOptions.first(where: { $0.long == name }) {
      shown = option.longName
    } else if let argument = command.arguments.first(where: { $0.name == name }) {
      shown = argument.placeholder
    } else {
      shown = name
    }
    return .invalidValue(value, for: shown, allowed: [expected], suggestion: nil, usageContext)
  }

  /// The usage error for values that cannot go together, such as `--min` above `--max`;
  /// `message` says why, without `error: `.
  public func inconsistentValues(_ message: String) -> UsageError {
    .inconsistentValues(message, usageContext)
  }

  /// The command's usage line and help pointer, which every usage error ends with.
  private var usageContext: UsageError.Context {
    UsageError.Context(commandLine: commands.commandLine, usage: HelpRenderer.usage(of: commands))
  }

  /// The value of option `name` (long name, no dashes) as a whole number of at least 1, or `nil`
  /// when it is neither given nor defaulted; anything else (`0`, `-3`, `ten`, `2.5`) is a usage
  /// error.
  public func positiveInteger(_ name: String) throws(UsageError) -> Int? {
    guard let text = value(of: name) else { return nil }
    guard text.allSatisfy(\.isASCIIDigit), let number = Int(text), number > 0 else {
      throw unusableValue(text, for: name, expected: "a positive whole number")
    }
    return number
  }
}

extension Character {
  /// Whether the character is one of the ASCII digits 0–9.
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
