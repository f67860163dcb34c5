/// What sort of figure a salary record gives, as spelled in `Data/salaries.json`.
package enum SalaryKind: String, CaseIterable, Sendable {
  /// A single stated figure that is not called an average, such as a percentile.
  case amount
  case average
  /// An approximate figure (`~$113,992`).
  case approximate
  /// A range from a low to a high figure.
  case range
  /// An average the sources give as a range (`average salaries of $109,143 to $250,000`).
  case averageRange
  /// A cap: `up to $338,000`.
  case upTo
  /// A percentage above the national average, with no dollar figure.
  case percentAboveNational
  /// A place or group the sources name without any figure.
  case noFigure
}

/// The figure of one salary record: its kind (each case is the `SalaryKind` of its name) with
/// the numbers that kind carries, in whole units of the record's currency.
package enum SalaryFigure: Equatable, Sendable {
  case amount(Int)
  case average(Int)
  case approximate(Int)
  /// A range, `low` never above `high`.
  case range(low: Int, high: Int)
  case averageRange(low: Int, high: Int)
  case upTo(Int)
  case percentAboveNational(Double)
  case noFigure

  package var kind: SalaryKind {
    switch self {
    case .amount: .amount
    case .average: .average
    case .approximate: .approximate
    case .range: .range
    case .averageRange: .averageRange
    case .upTo: .upTo
    case .percentAboveNational: .percentAboveNational
    case .noFigure: .noFigure
    }
  }

  /// The single amount of an amount, average, approximate or capped figure.
  package var amount: Int? {
    switch self {
    case .amount(let value), .average(let value), .approximate(let value), .upTo(let value):
      value
    case .range, .averageRange, .percentAboveNational, .noFigure:
      nil
    }
  }

  /// The low and high ends of a range.
  package var rangeBounds: (low: Int, high: Int)? {
    switch self {
    case .range(let low, let high), .averageRange(let low, let high): (low, high)
    default: nil
    }
  }

  /// The percentage of a relative figure.
  package var percent: Double? {
    if case .percentAboveNational(let value) = self { return value }
    return nil
  }

  /// The money the figure spans, for filtering and sorting: a range its two ends, a single or
  /// capped amount that amount alone; `nil` for a relative figure or none.
  package var bounds: ClosedRange<Int>? {
    if let amount { return amount...amount }
    if let (low, high) = rangeBounds { return low...high }
    return nil
  }
}
