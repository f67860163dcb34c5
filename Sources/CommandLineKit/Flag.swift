/// A flag a command declares once and reads as a `Bool`, `parsed[ProgressCommand.reset]`: on
/// when given.
@usableFromInline package struct Flag: Sendable {
  /// What the parser, help, usage errors, completions and the man page say of the flag.
  @usableFromInline package let spec: OptionSpec

  /// A flag `--long` (and `-short`), described by `help`.
  package init(_ long: String, short: Character? = nil, help: String) {
    spec = .flag(long, short: short, help: help)
  }
}
