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

  /// The identity a cache or index file names after its magic line of `magic` bytes, or `nil`
  /// when the input is too short to name one.
  static func identity(in bytes: [UInt8], after magic: Int) -> String? {
    guard bytes.count >= magic + 4 else { return nil }
    let length = bytes[magic..<magic + 4].reversed().reduce(0) { $0 << 8 | Int($1) }
    guard bytes.count >= magic + 4 + length else { return nil }
    return String(decoding: bytes[(magic + 4)..<(magic + 4 + length)], as: UTF8.self)
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
      let source = String(decoding: bytes.dropFirst(), as: UTF8.self)
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

  /// The search cache target's check: reading never fails loudly, accepted entries hold no
  /// control characters and read back the same once written again.
  @Test func searchCacheInputsReadCleanly() throws {
    let inputs = Self.inputs("searchcache")
    #expect(!inputs.isEmpty)
    for bytes in inputs {
      guard let identity = Self.identity(in: bytes, after: SearchCacheFile.magic.count) else {
        continue
      }
      guard let file = SearchCacheFile(bytes: bytes, identity: identity) else { continue }
      for key in file.blocks.keys {
        guard let entries = file.entries(for: key) else { continue }
        #expect(entries.allSatisfy { $0.text.isFreeOfControls && $0.context.isFreeOfControls })
        let again =
          SearchCacheFile.header(identity: "x")
          + SearchCacheFile.block(
            key: key, entries: entries)
        #expect(SearchCacheFile(bytes: again, identity: "x")?.entries(for: key) == entries)
      }
    }
  }

  /// The search index target's check: reading and planning never fail loudly, and a plan reads
  /// only entries inside their topics. The seed itself reads as an index.
  @Test func searchIndexInputsPlanCleanly() throws {
    let inputs = Self.inputs("searchindex")
    var read = 0
    for bytes in inputs {
      guard let identity = Self.identity(in: bytes, after: SearchTokenIndex.magic.count) else {
        continue
      }
      guard let index = SearchTokenIndex(bytes: bytes, identity: identity) else { continue }
      read += 1
      let guideNumbers = index.topics.indices.map { Optional($0) }
      for part in ["a", "dr", "drift", "1", "é"].map({ Array($0.utf8) }) {
        var ranked = SearchIndexPlan(limit: 1)
        var found = SearchIndexPlan(limit: nil)
        let plans = [
          ranked.rank(part, in: index, pack: 0, guideNumbers: guideNumbers, topic: nil)
            ? ranked.takeNeeds() : [:],
          found.find([part, part], in: index, pack: 0, guideNumbers: guideNumbers, topic: nil)
            ? found.takeNeeds() : [:],
        ]
        for needs in plans.flatMap(\.values) {
          #expect(needs.entries.allSatisfy { $0.entry < index.topics[needs.topic].entryCount })
        }
      }
    }
    #expect(read > 0)
  }
}
