import TextSupport

/// A `salaries` filter value that cannot be understood.
package enum SalaryQueryError: Error, Equatable, Sendable, CustomStringConvertible {
  /// An amount for `--min` or `--max` that is not a whole, non-negative sum of money.
  case invalidAmount(String)
  /// A `--min` above the `--max`.
  case minimumAboveMaximum(minimum: Int, maximum: Int)

  /// What is wrong and how to write it instead.
  package var description: String {
    switch self {
    case .invalidAmount(let text):
      return "'\(text)' is not an amount; write it like 120000, 120k or $120,000"
    case .minimumAboveMaximum(let minimum, let maximum):
      return "the minimum \(NumberFormatting.dollars(minimum)) is above the maximum "
        + NumberFormatting.dollars(maximum)
    }
  }
}
