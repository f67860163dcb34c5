/// Parses Markdown (CommonMark 0.31.2 with GFM tables and task lists) into a `MarkdownDocument`.
///
/// The parser reads the text's UTF-8 bytes in place and makes strings only for the leaves of
/// the tree. It accepts any input: what is not valid syntax is text.
public enum MarkdownParser {
  /// Parses a whole document.
  public static func parse(_ text: String) -> MarkdownDocument {
    parse(text, blockLimit: .max)
  }

  /// Parses only until `blockLimit` top-level blocks are complete (used to read a topic's title
  /// and lead paragraph without parsing the rest).
  ///
  /// Link reference definitions further down are not seen, so references to them stay text.
  public static func parse(_ text: String, blockLimit: Int) -> MarkdownDocument {
    guard blockLimit > 0 else { return MarkdownDocument(blocks: []) }
    var text = text
    if let document = text.utf8.withContiguousStorageIfAvailable({
      parse(bytes: $0, blockLimit: blockLimit)
    }) {
      return document
    }
    text.makeContiguousUTF8()
    return Array(text.utf8).withUnsafeBufferPointer { parse(bytes: $0, blockLimit: blockLimit) }
  }

  private static func parse(bytes: UnsafeBufferPointer<UInt8>, blockLimit: Int) -> MarkdownDocument
  {
    if containsNul(bytes) {
      // CommonMark replaces U+0000 with U+FFFD.
      var cleaned: [UInt8] = []
      cleaned.reserveCapacity(bytes.count + 16)
      for byte in bytes {
        if byte == 0 {
          cleaned.append(contentsOf: [0xEF, 0xBF, 0xBD])
        } else {
          cleaned.append(byte)
        }
      }
      return cleaned.withUnsafeBufferPointer { parse(bytes: $0, blockLimit: blockLimit) }
    }
    var parser = BlockParser(bytes: bytes, blockLimit: blockLimit)
    parser.parse()
    var builder = BlockTreeBuilder(parser)
    return MarkdownDocument(
      blocks: builder.children(of: 0, limit: blockLimit), lineCount: parser.lineNumber)
  }

  /// Whether any byte is zero, eight bytes at a time.
  private static func containsNul(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let count = bytes.count
    var index = 0
    while index + 8 <= count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { break }
      index += 8
    }
    while index < count {
      if bytes[index] == 0 { return true }
      index += 1
    }
    return false
  }
}
