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
    // Measured first and then written once: appending piece by piece would grow the string,
    // and copy it, several times over a paragraph.
    var length = 0
    forEachPlainTextPiece { piece, _ in length += piece.utf8.count }
    return String(unsafeUninitializedCapacity: length) { output in
      var written = 0
      forEachPlainTextPiece { piece, isHTML in
        let start = written
        let copied: Void? = piece.utf8.withContiguousStorageIfAvailable { bytes in
          _ = UnsafeMutableBufferPointer(rebasing: output[written...]).initialize(from: bytes)
          written += bytes.count
        }
        if copied == nil {
          for byte in piece.utf8 {
            output[written] = byte
            written += 1
          }
        }
        // Raw HTML is not rendered here: it is the text it is, a line break within it a space.
        if isHTML {
          for index in start..<written where output[index] == 0x0A { output[index] = 0x20 }
        }
      }
      return written
    }
  }

  /// Hands `body` each piece of the plain text in reading order, and whether it is raw HTML.
  private func forEachPlainTextPiece(_ body: (String, _ isHTML: Bool) -> Void) {
    for inline in self {
      switch inline {
      case .text(let text), .code(let text): body(text, false)
      case .html(let html): body(html, true)
      case .softBreak, .lineBreak: body(" ", false)
      case .emphasis(let children), .strong(let children): children.forEachPlainTextPiece(body)
      case .link(_, _, let children): children.forEachPlainTextPiece(body)
      case .image(_, _, let alt): alt.forEachPlainTextPiece(body)
      }
    }
  }
}
