@testable import Markdown

/// libFuzzer target: the Markdown parser, whole and with a block limit, and HTML rendering.
/// The first byte picks the block limit; the rest is the document. A crash, a sanitizer report
/// or a broken invariant (a block line past the parser's own line count) is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func markdownFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let limit = Int(bytes.first ?? 0) % 6
  let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
  let document = MarkdownParser.parse(text)
  for block in document.blocks where block.line > document.lineCount {
    fatalError("block at line \(block.line) of a \(document.lineCount)-line document")
  }
  _ = HTMLRenderer.render(document)
  let partial = MarkdownParser.parse(text, blockLimit: limit)
  if partial.blocks.count > limit {
    fatalError("\(partial.blocks.count) blocks for limit \(limit)")
  }
  _ = HTMLRenderer.render(partial)
  return 0
}
