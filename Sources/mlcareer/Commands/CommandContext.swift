import CommandLineKit
import JSON
import MLCareerCore

/// What every command gets: the parsed command line, the terminal's facts and the output. The
/// guide and the other records are loaded by the commands that use them (CommandContext+Records).
struct CommandContext {
  let parsed: ParsedCommand
  let terminal: Terminal
  var console = Console()

  init(parsed: ParsedCommand, terminal: Terminal) {
    self.parsed = parsed
    self.terminal = terminal
  }

  /// Whether output is coloured, from `--color`, `NO_COLOR`, `TERM` and the terminal.
  var color: Bool { terminal.colors(for: parsed.value(of: "color") ?? "auto") }

  /// The width and styling renderers should use.
  var renderOptions: RenderOptions {
    RenderOptions(width: terminal.width, color: color, isTerminal: terminal.isTerminal)
  }

  /// The `--format` chosen, or the command's default.
  var format: String { parsed.value(of: "format") ?? "text" }

  /// Adds `text` to standard output.
  mutating func print(_ text: String) {
    console.print(text)
  }

  /// Adds `value` to standard output as a JSON document ending with a newline, the shape of
  /// every `--format json`.
  mutating func print(json value: JSONOutput) {
    console.print(JSONWriter.render(value) + "\n")
  }
}
