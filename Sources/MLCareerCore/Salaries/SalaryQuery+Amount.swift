import TextSupport

/// A whole amount of money as `--min` and `--max` take it, with the currency it was written in.
package struct Money: Equatable, Sendable {
  /// Whole units of the currency.
  package var amount: Int
  /// The ISO 4217 code; `nil` when none was written, so the query's currency applies.
  package var currency: String?

  package init(_ amount: Int, _ currency: String? = nil) {
    self.amount = amount
    self.currency = currency
  }
}

extension SalaryQuery {
  /// The currencies a sign before an amount stands for.
  static let signs: [Character: String] = ["$": "USD", "£": "GBP", "€": "EUR"]

  /// The money `text` spells: `120000`, `120k`, `1.5m`, `$120,000`, `£90k`, `€85K`, `90k GBP`
  /// or `GBP 90k`. Commas must group thousands; a fraction is allowed only where it leaves
  /// whole units. `nil` for anything else.
  package static func amount(_ text: String) -> Money? {
    var words = text.split(separator: " ")
    var currency: String?
    if words.count == 2, let code = words.firstIndex(where: { isCurrencyCode($0) }) {
      currency = words.remove(at: code).uppercased()
    }
    guard words.count == 1, var rest = words.first else { return nil }
    if let sign = rest.first, let code = signs[sign], currency == nil {
      (currency, rest) = (code, rest.dropFirst())
    }
    return parseAmount(rest).map { Money($0, currency) }
  }

  /// Whether `text` is three ASCII letters, as ISO 4217 codes are (in any case).
  package static func isCurrencyCode(_ text: Substring) -> Bool {
    text.utf8.count == 3 && text.allSatisfy { $0.isASCII && $0.isLetter }
  }

  /// Checks that `minimum` is not above `maximum`, and that the amounts and `--currency` name
  /// one currency.
  package func checkBounds() throws(SalaryQueryError) {
    let named = [minimum?.currency, maximum?.currency, currency].compactMap { $0 }
    if let other = named.first(where: { $0 != amountCurrency }) {
      throw .currenciesDiffer(amountCurrency, other)
    }
    if let minimum, let maximum, minimum.amount > maximum.amount {
      throw .minimumAboveMaximum(
        minimum: minimum.amount, maximum: maximum.amount, currency: amountCurrency)
    }
  }

  private static func parseAmount(_ text: Substring) -> Int? {
    let multiplier =
      switch text.last {
      case "k", "K": 1_000
      case "m", "M": 1_000_000
      default: 1
      }
    let rest = multiplier > 1 ? text.dropLast() : text
    let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let whole = parts.first, !whole.isEmpty else { return nil }
    let fraction = parts.count == 2 ? parts[1] : ""
    guard parts.count == 1 || !fraction.isEmpty else { return nil }
    guard let digits = groupedDigits(whole), fraction.utf8.allSatisfy(\.isASCIIDigit),
      digits.count + fraction.count <= 15
    else { return nil }
    // The amount in units of 10^-fraction.count, then scaled by the multiplier.
    guard let scaled = Int(digits + fraction) else { return nil }
    var divisor = 1
    for _ in 0..<fraction.count { divisor *= 10 }
    let (product, overflow) = scaled.multipliedReportingOverflow(by: multiplier)
    guard !overflow, product % divisor == 0 else { return nil }
    return product / divisor
  }

  /// The digits of `text` when it is digits alone or digits grouped by thousands with commas.
  private static func groupedDigits(_ text: Substring) -> String? {
    let groups = text.split(separator: ",", omittingEmptySubsequences: false)
    guard groups.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy(\.isASCIIDigit) }) else {
      return nil
    }
    if groups.count > 1 {
      guard groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
        return nil
      }
    }
    return groups.joined()
  }
}
