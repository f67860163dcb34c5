@testable import GuideModel
@testable import MLCareerCore

/// libFuzzer target: the topic loader, its header reader, and the topic's rendering as text
/// (at a width picked by the first byte) and as Markdown section by section. A first byte of
/// 0x80 or more asks for the shapes of issue 28 that short inputs cannot spell (see
/// `topicSource`), so a loader or renderer slow in sections or quote depth times out.
@_cdecl("LLVMFuzzerTestOneInput")
public func topicFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let width = Int(bytes.first ?? 0)
  let source = topicSource(bytes.first ?? 0, String(decoding: bytes.dropFirst(), as: UTF8.self))
  _ = try? TopicLoader.header(id: "fuzz", file: "topics/fuzz.md", source: source)
  guard let topic = try? TopicLoader.load(id: "fuzz", file: "topics/fuzz.md", source: source)
  else { return 0 }
  for isTerminal in [false, true] {
    let options = RenderOptions(
      width: width, measure: min(width, RenderOptions.readingWidth), color: isTerminal,
      isTerminal: isTerminal)
    _ = TopicRenderer.text(topic, options: options)
  }
  for section in topic.sections {
    if section.lines.isEmpty { fatalError("section '\(section.id)' covers no line") }
    _ = TopicRenderer.markdown(topic, section: section)
  }
  return 0
}

/// The topic an input stands for: `text` itself; from a first byte of 0xC0, `text` under each
/// of 100 sections; from 0x80, `text` as a section inside 100 nested quotes.
func topicSource(_ first: UInt8, _ text: String) -> String {
  guard first >= 0x80 else { return text }
  guard first < 0xC0 else {
    return "# T\n\ns\n\n" + (0..<100).map { "## S\($0)\n\n\(text)\n\n" }.joined()
  }
  let quotes = String(repeating: ">", count: 100) + " "
  return "# T\n\ns\n\n## S\n\n" + quotes
    + text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + quotes)
}
