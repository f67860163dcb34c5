/// A piece of inline content: text and the spans that style it.
///
/// Links and images are kept out of line (`indirect`), so that every other piece, the most of
/// them, takes the size of a string rather than of a link's three fields.
public enum MarkdownInline: Sendable, Equatable {
  /// Literal text, with escapes and entities already resolved.
  case text(String)
  /// A line ending inside a paragraph that renders as a space.
  case softBreak
  /// A hard line break (two trailing spaces or a backslash before the line ending).
  case lineBreak
  /// A code span's text.
  case code(String)
  /// Emphasis (`*a*`, `_a_`).
  case emphasis([MarkdownInline])
  /// Strong emphasis (`**a**`, `__a__`).
  case strong([MarkdownInline])
  /// A link (inline, reference or autolink); `title` is empty when there is none.
  indirect case link(destination: String, title: String, content: [MarkdownInline])
  /// An image; `alt` is its description.
  indirect case image(source: String, title: String, alt: [MarkdownInline])
  /// Raw inline HTML kept as it stands.
  case html(String)
}

extension Array where Element == MarkdownInline {
  /// The text a reader sees, without any markup: breaks become spaces.
  public var plainText: String {
    // A lone text, as in most table cells, is the string itself.
    if count == 1, case .text(let text) = self[0] { return text }
    var result = ""
    appendPlainText(to: &result)
    return result
  }

  func appendPlainText(to result: inout String) {
    for inline in self {
      switch inline {
      case .text(let text), .code(let text): result += text
      // Raw HTML is not rendered here: it is the text it is, a line break within it a space.
      case .html(let html):
        result += html.split(separator: "\n", omittingEmptySubsequences: false).joined(
          separator: " ")
      case .softBreak, .lineBreak: result += " "
      case .emphasis(let children), .strong(let children): children.appendPlainText(to: &result)
      case .link(_, _, let children): children.appendPlainText(to: &result)
      case .image(_, _, let alt): alt.appendPlainText(to: &result)
      }
    }
  }
}
