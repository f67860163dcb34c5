import GuideModel
import TextSupport

/// The words and numbers a salary figure is printed with: `$136,287`, `$101,752 – $177,612`,
/// `~$113,992`, `up to $338,000`, `+21.8% vs national average`.
enum SalaryFormatter {
  /// The figure of `record` as a person reads it, its amounts in the record's currency.
  static func figure(_ record: SalaryRecord) -> String {
    let currency = record.currency
    return switch record.figure {
    case .amount(let value), .average(let value): money(value, currency: currency)
    case .approximate(let value): "~" + money(value, currency: currency)
    case .range(let low, let high):
      money(low, currency: currency) + " – " + money(high, currency: currency)
    case .averageRange(let low, let high):
      "average " + money(low, currency: currency) + " – " + money(high, currency: currency)
    case .upTo(let value): "up to " + money(value, currency: currency)
    case .percentAboveNational(let percent):
      "+\(NumberFormatting.decimal(percent))% vs national average"
    case .noFigure: "no figure given"
    }
  }

  /// `$136,287` for US dollars, `136,287 EUR` for another currency.
  static func money(_ value: Int, currency: String) -> String {
    currency == "USD"
      ? NumberFormatting.dollars(value) : "\(NumberFormatting.grouped(value)) \(currency)"
  }

  /// The disagreements among `records` in one sentence; when some of `data`'s are not among
  /// them, where to read the rest; `nil` when `data` names none.
  static func note(_ records: [SalaryRecord], of data: SalaryData) -> String? {
    guard !data.disagreements.isEmpty else { return nil }
    let shown = data.disagreements(among: records)
    let rest = "see 'mlcareer show salaries'."
    guard !shown.isEmpty else { return "For where the sources' figures disagree, " + rest }
    return "The sources do not explain why these figures disagree: "
      + shown.map(\.text).joined(separator: "; ") + "."
      + (shown.count < data.disagreements.count ? " For the others, " + rest : "")
  }
}
