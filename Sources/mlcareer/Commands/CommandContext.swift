import CommandLineKit
import JSON
import MLCareerCore
import TextSupport

/// What every command gets: the parsed command line, the terminal's facts and the output. The
/// guide and the other records are loaded by the commands that use them (CommandContext+Records).
struct CommandContext {
  let parsed: ParsedCommand
  let terminal: Terminal
  var console = Console()
  /// The guide and packs, loaded by the first command that asks.
  let libraryCache = LibraryCache()

  /// Whether output is coloured, from `--color`, `NO_COLOR`, `TERM` and the terminal.
  var color: Bool { terminal.colors(for: parsed[MLCareerCommands.color]) }

  /// Whether text output is laid out as a terminal shows it: on a terminal, and in a pipe with
  /// `--color always`, so `… --color always | less -R` shows the screen.
  var showsScreen: Bool { terminal.isTerminal || parsed[MLCareerCommands.color] == .always }

  /// The width and styling renderers should use: `--width`, else the terminal's, prose capped
  /// at the reading width on a terminal and unwrapped in a pipe; hyperlinks on a colour terminal.
  var renderOptions: RenderOptions {
    RenderOptions.output(
      columns: terminal.width, requestedWidth: requestedWidth, color: color,
      isTerminal: showsScreen, hyperlinks: color && terminal.isTerminal,
      unicode: terminal.isUnicode)
  }

  /// The width to wrap help and messages to: `--width` (0 for no limit), else the terminal's,
  /// at most the reading width prose keeps to.
  var helpWidth: Int {
    requestedWidth == 0
      ? RenderOptions.unlimitedWidth
      : requestedWidth ?? min(terminal.width, RenderOptions.readingWidth)
  }

  /// The width to wrap error messages to: `--width`, else the width of the terminal standard
  /// error shows on; `nil` (no wrapping) for `--width 0` or when standard error is not a
  /// terminal.
  var errorWidth: Int? { requestedWidth == 0 ? nil : requestedWidth ?? terminal.errorWidth }

  /// `--width` as a number of columns, `nil` when not given.
  var requestedWidth: Int? { parsed[MLCareerCommands.width] }

  mutating func print(_ text: String) {
    console.standardOutput.append(text)
  }

  /// Adds a command's records to standard output as `format`: `json` for programs, `rows` (a
  /// header row first) for csv and tsv, `markdown` (by default `rows` as a table), and `text`
  /// laid out with the render options. Only what the format needs is made.
  mutating func print(
    _ format: OutputFormat, json: () -> JSONOutput, rows: () -> [[String]],
    markdown: (() -> String)? = nil, text: (RenderOptions) -> String
  ) {
    switch format {
    case .json: print(json: json())
    case .markdown: print(markdown?() ?? RecordTable.markdown(rows()))
    case .csv: print(SeparatedValues.csv(rows()))
    case .tsv: print(SeparatedValues.tsv(rows()))
    case .text, .html:  // the parser takes html for export only
      print(text(renderOptions))
    }
  }

  /// Adds `value` to standard output as a JSON document ending with a newline, the shape of
  /// every `--format json`.
  mutating func print(json value: JSONOutput) {
    print(JSONWriter.render(value) + "\n")
  }
}
