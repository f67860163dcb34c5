import TerminalText
import TextSupport

/// Lines of rendered text written one after another into one buffer, each ended by a line
/// break, with the blank line that separates two blocks written only once the second block
/// writes a line of its own.
struct LineWriter {
  private(set) var output: OutputBuffer
  private(set) var lineCount = 0
  /// Whether a blank line goes before the next line written (with the quote bars in effect
  /// when it was asked for).
  var blankPending = false {
    didSet { if blankPending { blankLine = quote.text.trimmingTrailingSpaces() } }
  }
  private var blankLine = ""
  /// The bars of the quotes the lines stand in, written before each line: styled, rendered,
  /// and their width in columns.
  var quote = (styled: StyledText(), text: "", width: 0)

  init(capacity: Int = 0) {
    output = OutputBuffer(capacity: capacity)
  }

  /// Writes the pending blank line, if any: called before the first line of a block.
  mutating func startLines() {
    guard blankPending else { return }
    blankPending = false
    output.append(blankLine)
    output.append(byte: 0x0A)
    lineCount += 1
  }

  mutating func line(_ text: String) {
    startLines()
    output.append(quote.text.isEmpty ? text : (quote.text + text).trimmingTrailingSpaces())
    output.append(byte: 0x0A)
    lineCount += 1
  }

  /// Writes `text` wrapped as `TextWrapper.wrap` wraps it at the reading measure of `options`,
  /// or on one line when there is none (piped output, so `grep` sees every sentence whole),
  /// with no prefixes but the quotes' unless given.
  mutating func wrapped(
    _ text: StyledText, options: RenderOptions, firstPrefix: StyledText = StyledText(),
    restPrefix: StyledText = StyledText()
  ) {
    startLines()
    lineCount += TextWrapper.write(
      text, width: options.measure.map { $0 + quote.width },
      firstPrefix: quote.styled + firstPrefix, restPrefix: quote.styled + restPrefix,
      color: options.color, into: &output)
  }
}
