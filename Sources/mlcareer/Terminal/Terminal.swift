import Glibc

/// What the process can tell about where its output goes: a terminal or a pipe, how wide, and
/// what the environment says about colour.
struct Terminal {
  /// Whether standard output is a terminal.
  var isTerminal: Bool
  /// Whether standard input is a terminal (for questions such as `progress --reset`).
  var inputIsTerminal: Bool
  /// The terminal's size in columns and rows, when standard output is a terminal.
  var size: (columns: Int, rows: Int)?
  /// The environment variables the tool reads.
  var environment: [String: String]

  /// Reads the facts of this process.
  static func current() -> Terminal {
    var environment: [String: String] = [:]
    for name in [
      "COLUMNS", "LINES", "NO_COLOR", "TERM", "PAGER", "MLCAREER_PAGER", "XDG_STATE_HOME",
      "HOME",
    ] {
      if let value = getenv(name) { environment[name] = String(cString: value) }
    }
    let isTerminal = isatty(STDOUT_FILENO) == 1
    var size: (Int, Int)?
    if isTerminal {
      var window = winsize()
      if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0, window.ws_col > 0 {
        size = (Int(window.ws_col), Int(window.ws_row))
      }
    }
    return Terminal(
      isTerminal: isTerminal, inputIsTerminal: isatty(STDIN_FILENO) == 1, size: size,
      environment: environment)
  }

  /// The width to wrap to: `COLUMNS`, else the terminal's width, else 80.
  var width: Int {
    if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
    return size?.columns ?? 80
  }

  /// The screen's height in rows: `LINES`, else the terminal's, else 24.
  var height: Int {
    if let lines = environment["LINES"].flatMap({ Int($0) }), lines > 0 { return lines }
    return size?.rows ?? 24
  }

  /// Whether to colour output for the `--color` choice: `auto` colours only a terminal, and
  /// then not when `NO_COLOR` is set (to anything but "") or `TERM` is `dumb`.
  func colors(for choice: String) -> Bool {
    switch choice {
    case "always": return true
    case "never": return false
    default:
      if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
      if environment["TERM"] == "dumb" { return false }
      return isTerminal
    }
  }
}
