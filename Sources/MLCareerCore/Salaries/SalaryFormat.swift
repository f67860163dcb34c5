/// The ways `mlcareer salaries` can print its records.
public enum SalaryFormat: String, CaseIterable, Sendable {
  /// A titled table per dimension, or one block per record when the screen is narrow.
  case table
  /// One record per line, every column, tab-separated, no header: made for `grep`.
  case plain
  /// Tab-separated values with a header row, numbers unformatted: made for spreadsheets.
  case tsv
  /// Comma-separated values per RFC 4180 with a header row.
  case csv
  /// A JSON array of records with amounts as numbers.
  case json
  /// A GitHub-flavoured Markdown table per dimension.
  case markdown
}
