import Foundation
import Markdown
import TestSupport
import Testing

@testable import GuideModel
@testable import JSON
@testable import MLCareerCore

/// Replays the fuzzers' hand-written seeds and every input a fuzzer found a fault with
/// (`Tests/Fuzz/Seeds` and `Tests/Fuzz/Regressions`, see `Tests/Fuzz/fuzz`) through the same
/// checks as the fuzz targets, so a fixed fault stays fixed without building the fuzzers.
@Suite struct FuzzCorpusTests {
  /// The inputs kept for the fuzz target `target`.
  static func inputs(_ target: String) -> [[UInt8]] {
    let fuzz = SharedMaterial.packageFolder.appendingPathComponent("Tests/Fuzz")
    return ["Seeds", "Regressions"].flatMap { kind -> [[UInt8]] in
      let folder = fuzz.appendingPathComponent(kind).appendingPathComponent(target)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      return names.sorted().compactMap {
        (try? Data(contentsOf: folder.appendingPathComponent($0))).map { [UInt8]($0) }
      }
    }
  }

  @Test func markdownInputsParseWithinTheirLines() {
    let inputs = Self.inputs("markdown")
    #expect(!inputs.isEmpty)
    for bytes in inputs {
      let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
      let document = MarkdownParser.parse(text)
      #expect(document.blocks.allSatisfy { $0.line <= document.lineCount })
      let limit = Int(bytes.first ?? 0) % 6
      #expect(MarkdownParser.parse(text, blockLimit: limit).blocks.count <= limit)
    }
  }

  @Test func topicInputsLoadOrFailCleanly() {
    let inputs = Self.inputs("topic")
    #expect(!inputs.isEmpty)
    for bytes in inputs {
      let source = Self.topicSource(
        bytes.first ?? 0, String(decoding: bytes.dropFirst(), as: UTF8.self))
      guard let topic = try? TopicLoader.load(id: "f", file: "topics/f.md", source: source)
      else { continue }
      #expect(topic.sections.allSatisfy { !$0.lines.isEmpty })
      for section in topic.sections {
        _ = TopicRenderer.markdown(topic, section: section)
      }
      _ = TopicRenderer.text(
        topic, options: RenderOptions(width: Int(bytes.first ?? 0), color: true, isTerminal: true))
    }
  }

  @Test func jsonInputsSurviveTheWritersRoundTrip() throws {
    let inputs = Self.inputs("json")
    #expect(!inputs.isEmpty)
    for bytes in inputs {
      let text = String(decoding: bytes, as: UTF8.self)
      guard let value = try? JSONParser.parse(text, file: "f.json") else { continue }
      let written = JSONWriter.render(value.output)
      let reread = try JSONParser.parse(written, file: "w.json")
      #expect(JSONWriter.render(reread.output) == written)
    }
  }

  @Test func progressInputsReadBackUnchangedOrFailWithASafeMessage() throws {
    let inputs = Self.inputs("progress")
    #expect(!inputs.isEmpty)
    for bytes in inputs {
      let text = String(decoding: bytes, as: UTF8.self)
      do {
        let state = try ProgressState(json: text, path: "progress.json")
        #expect(try ProgressState(json: state.json(), path: "progress.json") == state)
      } catch {
        #expect(!error.description.unicodeScalars.contains { $0.value < 0x20 })
      }
    }
  }

  /// The topic target's `topicSource`: many sections or deep quotes from a first byte of 0x80
  /// or more (issue 28).
  static func topicSource(_ first: UInt8, _ text: String) -> String {
    guard first >= 0x80 else { return text }
    guard first < 0xC0 else {
      return "# T\n\ns\n\n" + (0..<100).map { "## S\($0)\n\n\(text)\n\n" }.joined()
    }
    let quotes = String(repeating: ">", count: 100) + " "
    return "# T\n\ns\n\n## S\n\n" + quotes
      + text.split(separator: "\n", omittingEmptySubsequences: false).joined(
        separator: "\n" + quotes)
  }
}
