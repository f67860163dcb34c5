/// Reading what a command line gave to the options and arguments a command declared.
extension ParsedCommand {
  /// The value of `option`: from what was given, else its default; for a flag, whether it was
  /// given.
  @inlinable public subscript<Value>(option: Option<Value>) -> Value {
    option.read(given(option.spec))
  }

  /// The value of `argument`: from the positional values it took.
  @inlinable public subscript<Value>(argument: Argument<Value>) -> Value {
    argument.read(given(argument.spec))
  }
}
