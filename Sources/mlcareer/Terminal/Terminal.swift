import TextSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the process can tell about where its output goes: a terminal or a pipe, how wide, and
/// what the environment says about colour.
struct Terminal {
  var isTerminal: Bool
  /// Whether standard input is a terminal (for questions such as `progress --reset`).
  var inputIsTerminal: Bool
  /// The terminal's size in columns and rows, when standard output is a terminal.
  var size: (columns: Int, rows: Int)?
  /// The environment variables the tool reads.
  var environment: [String: String]
  /// The columns of the terminal standard error shows on, or `nil` when it goes elsewhere.
  var errorColumns: Int? = nil

  /// Reads the facts of this process.
  static func current() -> Terminal {
    var environment = [String: String](minimumCapacity: 16)
    for name in [
      "COLUMNS", "LINES", "NO_COLOR", "TERM", "PAGER", "MLCAREER_PAGER", "XDG_STATE_HOME",
      "HOME", "XDG_DATA_HOME", "MLCAREER_PATH", "LC_ALL", "LC_CTYPE", "LANG", "PATH",
    ] {
      if let value = getenv(name) { environment[name] = String(cString: value) }
    }
    /// The window of the terminal `descriptor` shows on, when it is one that reports columns.
    func window(_ descriptor: Int32) -> winsize? {
      var window = winsize()
      let known = isatty(descriptor) == 1 && ioctl(descriptor, UInt(TIOCGWINSZ), &window) == 0
      return known && window.ws_col > 0 ? window : nil
    }
    return Terminal(
      isTerminal: isatty(STDOUT_FILENO) == 1, inputIsTerminal: isatty(STDIN_FILENO) == 1,
      size: window(STDOUT_FILENO).map { (Int($0.ws_col), Int($0.ws_row)) },
      environment: environment,
      errorColumns: isatty(STDERR_FILENO) == 1
        ? window(STDERR_FILENO).map { Int($0.ws_col) } ?? 80 : nil)
  }

  /// The widths the tool wraps to: narrower or wider values are taken as the nearest bound, so
  /// no `COLUMNS` (`9223372036854775769`, say) can make the layout's arithmetic overflow.
  static let widths = 1...1000
  /// The screen heights the tool believes, for choosing the pager.
  static let heights = 1...10_000

  /// The width to wrap to: `COLUMNS`, else the terminal's width, else 80; within `widths`.
  var width: Int {
    let given = Self.positive(environment["COLUMNS"]) ?? size.flatMap { Self.positive($0.columns) }
    return Self.clamped(given ?? 80, to: Self.widths)
  }

  /// The width to wrap messages on standard error to: `COLUMNS`, else the width of the
  /// terminal it shows on, within `widths`; `nil` when it goes to a file or pipe, where lines
  /// stay whole.
  var errorWidth: Int? {
    errorColumns.map { Self.clamped(Self.positive(environment["COLUMNS"]) ?? $0, to: Self.widths) }
  }

  /// The screen's width for counting rows: the terminal's own, else `width`; within `widths`.
  var screenWidth: Int {
    size.flatMap { Self.positive($0.columns) }.map { Self.clamped($0, to: Self.widths) } ?? width
  }

  /// The screen's height in rows: `LINES`, else the terminal's, else 24; within `heights`. A
  /// terminal that reports 0 rows counts as unknown, so not everything goes to the pager.
  var height: Int {
    let given = Self.positive(environment["LINES"]) ?? size.flatMap { Self.positive($0.rows) }
    return Self.clamped(given ?? 24, to: Self.heights)
  }

  /// Whether `program` is an executable file in a folder of `PATH`.
  func finds(_ program: String) -> Bool {
    (environment["PATH"] ?? "").split(separator: ":").contains {
      access("\($0)/\(program)", X_OK) == 0
    }
  }

  /// `text` as a number above zero, else `nil` (not a number, zero, negative).
  private static func positive(_ text: String?) -> Int? {
    text.flatMap { Int($0) }.flatMap(positive)
  }

  private static func positive(_ value: Int) -> Int? { value > 0 ? value : nil }

  private static func clamped(_ value: Int, to range: ClosedRange<Int>) -> Int {
    min(max(value, range.lowerBound), range.upperBound)
  }

  /// Whether the terminal shows UTF-8: the first of `LC_ALL`, `LC_CTYPE` and `LANG` that is
  /// set names a UTF-8 locale, and `TERM` is not `dumb`. Charts draw with ASCII otherwise.
  var isUnicode: Bool {
    guard environment["TERM"] != "dumb" else { return false }
    for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
      if let locale = environment[name], !locale.isEmpty { return Self.namesUTF8(locale) }
    }
    return false
  }

  /// Whether `locale` holds `utf-8` or `utf8` in any case, such as `en_US.UTF-8`, read over
  /// ASCII bytes, as walking characters costs start-up.
  static func namesUTF8(_ locale: String) -> Bool {
    let lowered = locale.utf8.map(\.asciiLowercased)
    return ["utf-8", "utf8"].contains { name in
      lowered.indices.contains { lowered[$0...].starts(with: name.utf8) }
    }
  }

  /// Whether to colour output for the `--color` choice: `auto` colours only a terminal, and
  /// then not when `NO_COLOR` is set (to anything but "") or `TERM` is `dumb`.
  func colors(for choice: ColorChoice) -> Bool {
    switch choice {
    case .always: true
    case .never: false
    case .auto:
      (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb" && isTerminal
    }
  }
}
