import CommandLineKit

/// The one vocabulary of `--format`: every command takes some of these, each meaning the same
/// thing everywhere.
enum OutputFormat: String, ArgumentValue {
  /// For people: styled (tables, colours) on a terminal, plain when piped.
  case text
  /// A JSON document for programs.
  case json
  /// GitHub-flavoured Markdown.
  case markdown
  /// Comma-separated values (RFC 4180) with a header row.
  case csv
  /// Tab-separated values with a header row.
  case tsv
  /// One self-contained web page (the export only).
  case html

  /// The older names: `table` and `plain` were salaries' and search's words for text, `md` is
  /// short for markdown.
  var aliases: [String] {
    switch self {
    case .text: ["table", "plain"]
    case .markdown: ["md"]
    case .json, .csv, .tsv, .html: []
    }
  }

  /// The formats of commands that print documents: text, json and markdown.
  static let documents: [OutputFormat] = [.text, .json, .markdown]
  /// The formats of commands whose output is records: the documents' and csv and tsv.
  static let records: [OutputFormat] = [.text, .json, .markdown, .csv, .tsv]
}

extension Option<OutputFormat> {
  /// `--format` taking `formats`; without `--format` the first, or none when `required`.
  /// `text` explains what text looks like on a terminal and in a pipe, for help.
  static func format(
    _ formats: [OutputFormat], required: Bool = false,
    text: String = "styled on a terminal, plain when piped"
  ) -> Option<OutputFormat> {
    let help =
      formats.contains(.text)
      ? "The output format; text is \(text)." : "The output format."
    return Option(
      "format", short: "f", value: "format", help: help, cases: formats, default: formats[0],
      required: required)
  }
}
