import TextSupport

/// A `salaries` filter value that cannot be understood.
package enum SalaryQueryError: Error, Equatable, Sendable, CustomStringConvertible {
  /// An amount for `--min` or `--max` that is not a whole, non-negative sum of money.
  case invalidAmount(String)
  /// A `--min` above the `--max`.
  case minimumAboveMaximum(minimum: Int, maximum: Int, currency: String)
  /// Amounts or `--currency` in two currencies, which no figure can be compared with at once.
  case currenciesDiffer(String, String)

  /// What is wrong and how to write it instead.
  package var description: String {
    switch self {
    case .invalidAmount(let text):
      return "'\(text)' is not an amount; write it like 120000, 120k, $120,000, £90k or 90k GBP"
    case .minimumAboveMaximum(let minimum, let maximum, let currency):
      return "the minimum \(SalaryFormatter.money(minimum, currency: currency)) is above the "
        + "maximum \(SalaryFormatter.money(maximum, currency: currency))"
    case .currenciesDiffer(let first, let second):
      return "--min, --max and --currency name both \(first) and \(second); figures are "
        + "compared in one currency at a time, never converted"
    }
  }
}
