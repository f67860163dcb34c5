/// `salaries` filters that cannot be used together.
package enum SalaryQueryError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A `--min` above the `--max`.
  case minimumAboveMaximum(minimum: Int, maximum: Int, currency: String)
  /// Amounts or `--currency` in two currencies, which no figure can be compared with at once.
  case currenciesDiffer(String, String)

  /// What is wrong and how to write it instead.
  package var description: String {
    switch self {
    case .minimumAboveMaximum(let minimum, let maximum, let currency):
      return "the minimum \(SalaryFormatter.money(minimum, currency: currency)) is above the "
        + "maximum \(SalaryFormatter.money(maximum, currency: currency))"
    case .currenciesDiffer(let first, let second):
      return "--min, --max and --currency name both \(first) and \(second); figures are "
        + "compared in one currency at a time, never converted"
    }
  }
}
