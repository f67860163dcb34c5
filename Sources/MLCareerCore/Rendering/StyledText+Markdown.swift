import Markdown
import TerminalText

extension StyledText {
  /// Inline Markdown as styled text, `base` added to every run; a link's address follows its
  /// text as ` <url>`, or is an OSC 8 hyperlink with `hyperlinks`, or dropped without `showURLs`.
  init(
    _ inlines: [MarkdownInline], base: TextStyle = [], showURLs: Bool = true,
    hyperlinks: Bool = false
  ) {
    self.init()
    runs.reserveCapacity(inlines.count)
    func append(_ inlines: [MarkdownInline], style: TextStyle, link: String?) {
      for inline in inlines {
        switch inline {
        case .text(let text): self.append(text, style: style, link: link)
        // Raw HTML is not rendered: it is the text it is (see `plainText`).
        case .html: self.append([inline].plainText, style: style, link: link)
        case .softBreak, .lineBreak: self.append(" ", style: style, link: link)
        case .code(let code): self.append(code, style: style.union(.code), link: link)
        case .emphasis(let children): append(children, style: style.union(.italic), link: link)
        case .strong(let children): append(children, style: style.union(.bold), link: link)
        case .link(let destination, _, let children):
          // Only web addresses become live links; others show as text, as in the HTML page.
          let live = hyperlinks && Hyperlink.isWebAddress(destination)
          append(children, style: style.union(.link), link: live ? destination : link)
          let shown = children.plainText
          if showURLs, !live, !destination.isEmpty, shown != destination,
            "mailto:" + shown != destination
          {
            self.append(" <\(destination)>", style: style.union(.note), link: link)
          }
        case .image(_, _, let alt): append(alt, style: style, link: link)
        }
      }
    }
    append(inlines, style: base, link: nil)
  }
}
