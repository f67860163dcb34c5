/// A flag a command declares once and reads as a `Bool`, `parsed[ProgressCommand.reset]`: on
/// when given.
public struct Flag: Sendable {
  /// What the parser, help, usage errors, completions and the man page say of the flag.
  public let spec: OptionSpec

  /// A flag `--long` (and `-short`), described by `help`.
  public init(_ long: String, short: Character? = nil, help: String) {
    spec = .flag(long, short: short, help: help)
  }
}
