import TerminalText

/// The terminal facts a renderer needs, passed in as a value so tests render without a terminal.
package struct RenderOptions: Sendable, Equatable {
  /// The columns output may take: tables, charts and bars are laid out to fit them.
  var width: Int
  /// The line length prose wraps to, or `nil` to keep each paragraph on one line (piped output
  /// and `--width 0`, so `grep` sees every sentence whole).
  var measure: Int?
  /// Whether to style with ANSI escape codes.
  var color: Bool
  /// Whether output goes to a terminal: draw bullets and rules, wrap list items. Piped output
  /// keeps every list item on one line so `grep` sees it whole.
  var isTerminal: Bool
  /// Whether links are written as OSC 8 hyperlinks (clickable text) rather than `text <url>`.
  var hyperlinks: Bool
  /// Whether charts may draw with Unicode block characters; `false` draws them with ASCII.
  var unicode: Bool

  /// The longest line prose gets on a wide terminal: lines longer than this are hard to read.
  package static let readingWidth = 100
  /// The narrowest width anything is laid out to; narrower widths are raised to it.
  package static let minimumWidth = 20
  /// The width that stands for "no limit" (`--width 0`): wider than any line of the guide.
  package static let unlimitedWidth = 100_000

  /// Creates options; widths below `minimumWidth` are raised to it.
  package init(
    width: Int, measure: Int?, color: Bool, isTerminal: Bool, hyperlinks: Bool = false,
    unicode: Bool? = nil
  ) {
    let width = max(Self.minimumWidth, width)
    self.width = width
    self.measure = measure.map { max(Self.minimumWidth, min($0, width)) }
    self.color = color
    self.isTerminal = isTerminal
    self.hyperlinks = hyperlinks && color
    self.unicode = unicode ?? isTerminal
  }

  /// The options for real output. `requestedWidth` is `--width` (0 for no wrapping); without
  /// it a terminal's prose wraps at the reading width and piped prose not at all, while layout
  /// fits `columns` (the terminal's width, or `COLUMNS`, or 80).
  package static func output(
    columns: Int, requestedWidth: Int?, color: Bool, isTerminal: Bool, hyperlinks: Bool,
    unicode: Bool
  ) -> RenderOptions {
    let (width, measure): (Int, Int?) =
      switch requestedWidth {
      case .some(0): (unlimitedWidth, nil)
      case .some(let requested): (requested, requested)
      case nil: (columns, isTerminal ? min(columns, readingWidth) : nil)
      }
    return RenderOptions(
      width: width, measure: measure, color: color, isTerminal: isTerminal,
      hyperlinks: hyperlinks, unicode: unicode)
  }

  /// These options for text indented by `indent` columns more (a quote's inside, say).
  func narrowed(by indent: Int) -> RenderOptions {
    var copy = self
    copy.width = max(Self.minimumWidth, width - indent)
    copy.measure = measure.map { max(Self.minimumWidth, $0 - indent) }
    return copy
  }

  /// `text` in `style`, wrapped at `width`: `first` before its first line and `rest` (else
  /// `first`) before the others.
  func wrap(_ text: String, style: TextStyle = [], first: String = "", rest: String? = nil)
    -> [String]
  {
    TextWrapper.wrap(
      StyledText(text, style: style), width: width, firstPrefix: StyledText(first),
      restPrefix: rest.map { StyledText($0) }, color: color)
  }
}
