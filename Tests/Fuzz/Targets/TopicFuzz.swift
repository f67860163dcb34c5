@testable import GuideModel
@testable import MLCareerCore

/// libFuzzer target: the topic loader, its header reader, and the topic's rendering as text
/// (at a width picked by the first byte) and as Markdown section by section.
@_cdecl("LLVMFuzzerTestOneInput")
public func topicFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let width = Int(bytes.first ?? 0)
  let source = String(decoding: bytes.dropFirst(), as: UTF8.self)
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
