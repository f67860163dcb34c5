import TextSupport

/// One figure about the AI/ML job market from `Data/market.json`, such as the size of the
/// global machine learning market in 2023.
package struct MarketFigure: Sendable, Equatable {
  /// What the figure measures, with its numbers.
  package enum Amount: Sendable, Equatable {
    /// A quantity in a unit, such as 26.03 `USD billion`.
    case amount(Double, unit: String)
    /// A span from `low` to `high` (never below `low`) in a unit.
    case range(low: Double, high: Double, unit: String)
    /// A percentage, such as 36.2 for 36.2%.
    case percent(Double)
    /// A number of things, such as positions.
    case count(Int)
  }

  /// The stable id, lowercase words joined by hyphens: `ml-market-2023`.
  package var id: String
  /// What the figure is, in words: `Global machine learning market`.
  package var label: String
  package var value: Amount
  /// The topic (a file `Data/topics/<topic>.md`) the figure belongs to.
  package var topic: String
  package var source: String
  /// The year the figure is for, if it is for one year.
  package var year: Int?
  /// The span the figure covers, such as `2023-2030`.
  package var period: String?
  /// A short remark, such as `Forecast`.
  package var note: String?
  /// Whether the figure is an estimate (shown with `~`).
  package var isApproximate: Bool
  package var location: SourceLocation
  /// The pack it comes from; `nil` for the built-in guide.
  package var pack: PackInfo? = nil

  package init(
    id: String, label: String, value: Amount, topic: String, source: String, year: Int? = nil,
    period: String? = nil, note: String? = nil, isApproximate: Bool = false,
    location: SourceLocation
  ) {
    self.id = id
    self.label = label
    self.value = value
    self.topic = topic
    self.source = source
    self.year = year
    self.period = period
    self.note = note
    self.isApproximate = isApproximate
    self.location = location
  }

  /// The numbers as a reader expects them: `$26.03 billion`, `$200–340 billion a year`,
  /// `36.2%`, `~1,000,000`.
  package var formattedValue: String {
    let number =
      switch value {
      case .amount(let amount, let unit):
        Self.withUnit(NumberFormatting.decimal(amount), unit: unit)
      case .range(let low, let high, let unit):
        Self.withUnit(
          NumberFormatting.decimal(low) + "–" + NumberFormatting.decimal(high), unit: unit)
      case .percent(let percent): NumberFormatting.decimal(percent) + "%"
      case .count(let count): NumberFormatting.grouped(count)
      }
    return (isApproximate ? "~" : "") + number
  }

  /// The span or year the figure is for, as the exports show it: `2023-2030`, `2023`.
  package var when: String? { period ?? year.map(String.init) }

  /// `26.03` in `USD billion` → `$26.03 billion`; other units follow the number:
  /// `3 EUR billion`.
  private static func withUnit(_ number: String, unit: String) -> String {
    if unit == "USD" { return "$" + number }
    if unit.hasPrefix("USD ") { return "$" + number + " " + String(unit.dropFirst(4)) }
    return number + " " + unit
  }
}
