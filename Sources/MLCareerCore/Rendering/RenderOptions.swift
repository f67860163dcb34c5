/// The terminal facts a renderer needs, passed in as a value so tests render without a terminal.
public struct RenderOptions: Sendable, Equatable {
  /// The width to wrap to, in terminal columns.
  var width: Int
  /// Whether to style with ANSI escape codes.
  var color: Bool
  /// Whether output goes to a terminal: wrap list items and draw bullets. Piped output keeps
  /// every list item on one line so `grep` sees it whole.
  var isTerminal: Bool

  /// Creates options; widths below 20 columns are raised to 20.
  public init(width: Int, color: Bool, isTerminal: Bool) {
    self.width = max(20, width)
    self.color = color
    self.isTerminal = isTerminal
  }

  /// Plain output for a pipe, paragraphs wrapped at `width`.
  static func plain(width: Int = 80) -> RenderOptions {
    RenderOptions(width: width, color: false, isTerminal: false)
  }
}
