/// A flag a command declares once and reads as a `Bool`, `parsed[ProgressCommand.reset]`: on
/// when given.
public typealias Flag = Option<Bool>

extension Option where Value == Bool {
  /// A flag `--long` (and `-short`), described by `help`.
  public init(_ long: String, short: Character? = nil, help: String) {
    self.init(spec: OptionSpec(long, short: short, value: nil, help: help)) { $0 != nil }
  }
}
