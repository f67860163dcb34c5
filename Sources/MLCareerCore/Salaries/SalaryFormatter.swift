import GuideModel
import TextSupport

/// The words and numbers a salary figure is printed with: `$136,287`, `$101,752 – $177,612`,
/// `~$113,992`, `up to $338,000`, `+21.8% vs national average`.
enum SalaryFormatter {
  /// What a record without a figure shows instead of a number.
  static let noFigure = "no figure given"

  /// The figure of `record` as a person reads it.
  static func figure(_ record: SalaryRecord) -> String {
    figure(record.figure, currency: record.currency)
  }

  /// `figure` as a person reads it, its amounts in `currency`.
  static func figure(_ figure: SalaryFigure, currency: String) -> String {
    switch figure {
    case .amount(let value), .average(let value): money(value, currency: currency)
    case .approximate(let value): "~" + money(value, currency: currency)
    case .range(let low, let high):
      money(low, currency: currency) + " – " + money(high, currency: currency)
    case .upTo(let value): "up to " + money(value, currency: currency)
    case .percentAboveNational(let percent):
      "+\(NumberFormatting.decimal(percent))% vs national average"
    case .noFigure: noFigure
    }
  }

  /// `$136,287` for US dollars, `136,287 EUR` for another currency.
  static func money(_ value: Int, currency: String) -> String {
    currency == "USD"
      ? NumberFormatting.dollars(value) : "\(NumberFormatting.grouped(value)) \(currency)"
  }

  /// The unit of figures in `currency`: `USD a year`.
  static func unit(_ currency: String) -> String {
    "\(currency) a year"
  }
}
