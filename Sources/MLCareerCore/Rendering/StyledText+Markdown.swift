import CommandLineKit
import Markdown

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
