/// Text made of runs that each carry a style: what inline Markdown becomes before wrapping.
struct StyledText: Sendable, Equatable {
  /// One stretch of text in one style.
  struct Run: Sendable, Equatable {
    var text: String
    var style: TextStyle
  }

  var runs: [Run] = []

  init(_ runs: [Run] = []) {
    self.runs = runs
  }

  init(_ text: String, style: TextStyle = []) {
    runs = text.isEmpty ? [] : [Run(text: text, style: style)]
  }

  /// The text without styles.
  var plain: String { runs.map(\.text).joined() }

  mutating func append(_ text: String, style: TextStyle = []) {
    guard !text.isEmpty else { return }
    if let last = runs.last, last.style == style {
      runs[runs.count - 1].text += text
    } else {
      runs.append(Run(text: text, style: style))
    }
  }

  mutating func append(_ other: StyledText) {
    for run in other.runs { append(run.text, style: run.style) }
  }

  /// `lhs` followed by `rhs`.
  static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
    var result = lhs
    result.append(rhs)
    return result
  }

  /// The text with escape codes when `color` is on.
  func rendered(color: Bool) -> String {
    runs.map { $0.style.apply($0.text, color: color) }.joined()
  }
}

extension StyledText {
  /// Inline Markdown as styled text; `base` is added to every run (a heading's style, say).
  init(_ inlines: [MarkdownInline], base: TextStyle = [], showURLs: Bool = true) {
    self.init()
    append(inlines, style: base, showURLs: showURLs)
  }

  private mutating func append(_ inlines: [MarkdownInline], style: TextStyle, showURLs: Bool) {
    for inline in inlines {
      switch inline {
      case .text(let text): append(text, style: style)
      case .softBreak, .lineBreak: append(" ", style: style)
      case .code(let code): append(code, style: style.union(.code))
      case .emphasis(let children):
        append(children, style: style.union(.italic), showURLs: showURLs)
      case .strong(let children): append(children, style: style.union(.bold), showURLs: showURLs)
      case .link(let destination, _, let children):
        append(children, style: style.union(.link), showURLs: showURLs)
        let shown = children.plainText
        if showURLs, !destination.isEmpty, shown != destination,
          "mailto:" + shown != destination
        {
          append(" <\(destination)>", style: style.union(.note))
        }
      case .image(_, _, let alt): append(alt, style: style, showURLs: showURLs)
      case .html: break
      }
    }
  }
}
