import Markdown

extension SalaryQuery {
  /// The whole amount of money `text` spells: `120000`, `120k`, `1.5m`, `$120,000` or `$120K`.
  /// Commas must group thousands; a fraction is allowed only where it leaves whole dollars.
  package static func amount(_ text: String) throws(SalaryQueryError) -> Int {
    guard let value = parseAmount(text) else { throw .invalidAmount(text) }
    return value
  }

  /// Checks that `minimum` is not above `maximum`, where both are given.
  package static func checkBounds(minimum: Int?, maximum: Int?) throws(SalaryQueryError) {
    if let minimum, let maximum, minimum > maximum {
      throw .minimumAboveMaximum(minimum: minimum, maximum: maximum)
    }
  }

  private static func parseAmount(_ text: String) -> Int? {
    var rest = Substring(text.trimmingSpaces())
    if rest.first == "$" { rest = rest.dropFirst() }
    var multiplier = 1
    switch rest.last {
    case "k", "K": multiplier = 1_000
    case "m", "M": multiplier = 1_000_000
    default: break
    }
    if multiplier > 1 { rest = rest.dropLast() }
    let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let whole = parts.first, !whole.isEmpty else { return nil }
    let fraction = parts.count == 2 ? parts[1] : ""
    guard parts.count == 1 || !fraction.isEmpty else { return nil }
    guard let digits = groupedDigits(whole), fraction.allSatisfy(\.isASCIIDigit),
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
    guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
    if groups.count > 1 {
      guard groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
        return nil
      }
    }
    return groups.joined()
  }
}

extension Character {
  /// Whether this is one of the digits 0 to 9.
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension String {
  /// The string without spaces at either end.
  fileprivate func trimmingSpaces() -> String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
