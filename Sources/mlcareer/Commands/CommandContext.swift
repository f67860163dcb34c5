import CommandLineKit
import JSON
import MLCareerCore

/// What every command gets: the parsed command line, the terminal's facts and the output. The
/// guide and the other records are loaded by the commands that use them (CommandContext+Records).
struct CommandContext {
  let parsed: ParsedCommand
  let terminal: Terminal
  var console = Console()
  /// The guide and packs, loaded by the first command that asks.
  let libraryCache = LibraryCache()

  init(parsed: ParsedCommand, terminal: Terminal) {
    self.parsed = parsed
    self.terminal = terminal
  }

  /// Whether output is coloured, from `--color`, `NO_COLOR`, `TERM` and the terminal.
  var color: Bool { terminal.colors(for: parsed.value(of: "color", as: ColorChoice.self) ?? .auto) }

  /// The width and styling renderers should use.
  var renderOptions: RenderOptions {
    RenderOptions(width: terminal.width, color: color, isTerminal: terminal.isTerminal)
  }

  /// The `--format` chosen, or the command's default.
  var format: OutputFormat { parsed.value(of: "format", as: OutputFormat.self) ?? .text }

  /// Adds `text` to standard output.
  mutating func print(_ text: String) {
    console.print(text)
  }

  /// Adds `rows` (a header row first) to standard output as `format`, csv or tsv.
  mutating func print(rows: [[String]], as format: OutputFormat) {
    console.print(format == .csv ? RecordTable.csv(rows) : RecordTable.tsv(rows))
  }

  /// Adds `value` to standard output as a JSON document ending with a newline, the shape of
  /// every `--format json`.
  mutating func print(json value: JSONOutput) {
    console.print(JSONWriter.render(value) + "\n")
  }
}
