/// The usage errors a command raises itself: a value it cannot use, such as a topic id of the
/// wrong shape, and values that cannot go together.
extension ParsedCommand {
  /// The usage error for `value`, given to `option`, that the command cannot use; `expected`
  /// says what it takes instead, such as `the pack folder to add the topic to`.
  public func unusableValue<Value>(
    _ value: String, for option: Option<Value>, expected: String, suggestion: String? = nil
  ) -> UsageError {
    .invalidValue(
      value, for: option.spec.longName, allowed: [expected], suggestion: suggestion,
      commands.usageContext)
  }

  /// The usage error for `value`, given to `argument`, that the command cannot use; `expected`
  /// says what it takes instead, such as `a word to look for`.
  public func unusableValue<Value>(
    _ value: String, for argument: Argument<Value>, expected: String
  ) -> UsageError {
    .invalidValue(
      value, for: argument.spec.placeholder, allowed: [expected], suggestion: nil,
      commands.usageContext)
  }

  /// The usage error for values that cannot go together, such as `--min` above `--max`;
  /// `message` says why, without `error: `.
  public func inconsistentValues(_ message: String) -> UsageError {
    .inconsistentValues(message, commands.usageContext)
  }

  /// The usage error for a required `option` the command line left out.
  public func missing<Value>(_ option: Option<Value>) -> UsageError {
    .missingOption(option.spec.synopsis, commands.usageContext)
  }
}
