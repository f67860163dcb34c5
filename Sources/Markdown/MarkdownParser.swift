/// Parses Markdown (CommonMark 0.31.2 with GFM tables and task lists) into a `MarkdownDocument`.
///
/// The parser reads the text's UTF-8 bytes in place and makes strings only for the leaves of
/// the tree. It accepts any input: what is not valid syntax is text. Positions in the input are
/// kept in 32 bits to keep the tree small, so of a document of 2 GiB or more only the scalars
/// within its first 2 GiB − 1 bytes are parsed (never a position wrapped); callers read files
/// through size limits far below that.
public enum MarkdownParser {
  /// Parses the document, or only until `blockLimit` top-level blocks are complete (to read a
  /// topic's title and lead paragraph without parsing the rest).
  ///
  /// Link reference definitions past the limit are not seen, so references to them stay text.
  public static func parse(_ text: String, blockLimit: Int = .max) -> MarkdownDocument {
    guard blockLimit > 0 else { return MarkdownDocument(blocks: []) }
    var text = text
    return text.withUTF8 { parse(bytes: $0, blockLimit: blockLimit) }
  }

  /// The most bytes parsed, the most a position kept in 32 bits can count.
  static let maxInputBytes = Int(Int32.max)

  /// How many of `bytes` are parsed: all, or those of the whole scalars within `limit`.
  static func parsedCount(of bytes: UnsafeBufferPointer<UInt8>, limit: Int = maxInputBytes) -> Int {
    guard bytes.count > limit else { return bytes.count }
    var end = limit
    while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }  // not inside a scalar
    return end
  }

  private static func parse(bytes: UnsafeBufferPointer<UInt8>, blockLimit: Int) -> MarkdownDocument
  {
    let bytes = UnsafeBufferPointer(rebasing: bytes[..<parsedCount(of: bytes)])
    let pool = ParseBufferPool.shared
    var parser = BlockParser(bytes: bytes, blockLimit: blockLimit, buffers: pool.take())
    parser.parse()
    if parser.containsNul {
      pool.give(parser.takeBuffers())
      // CommonMark replaces U+0000 with U+FFFD. The block parser finds zero bytes as it looks
      // for line endings, so clean input is read only once.
      let cleaned = Array(
        bytes.split(separator: 0, omittingEmptySubsequences: false)
          .joined(separator: "\u{FFFD}".utf8))
      return cleaned.withUnsafeBufferPointer { parse(bytes: $0, blockLimit: blockLimit) }
    }
    var builder = BlockTreeBuilder(&parser)
    let document = MarkdownDocument(
      blocks: builder.children(of: 0, limit: blockLimit), lineCount: parser.lineNumber)
    pool.give(builder.takeBuffers())
    return document
  }
}
