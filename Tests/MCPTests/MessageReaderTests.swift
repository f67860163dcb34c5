import Foundation
import TestSupport
import Testing

@testable import JSON
@testable import MCP

/// Lines read from a stream in pieces of any size, never more than the limit held.
@Suite struct MessageReaderTests {
  /// A reader of `text` handing out at most `chunk` bytes a read.
  static func reader(_ text: String, limit: Int = 1 << 20, chunk: Int = 1 << 16) -> MessageReader {
    reader(Array(text.utf8), limit: limit, chunk: chunk)
  }

  /// A reader of `bytes` handing out at most `chunk` bytes a read.
  static func reader(_ bytes: [UInt8], limit: Int, chunk: Int) -> MessageReader {
    var offset = 0
    return MessageReader(limit: limit) { buffer in
      let count = min(chunk, buffer.count, bytes.count - offset)
      buffer.copyBytes(from: bytes[offset..<(offset + count)])
      offset += count
      return count
    }
  }

  /// Every line of `reader` as text, with `tooLong` as `<N bytes>`.
  static func lines(_ reader: inout MessageReader) -> [String] {
    var lines: [String] = []
    while let line = reader.next() {
      switch line {
      case .message(let bytes): lines.append(String(decoding: bytes, as: UTF8.self))
      case .tooLong(let count): lines.append("<\(count) bytes>")
      }
    }
    return lines
  }

  @Test(arguments: [1, 2, 5, 1 << 16])
  func linesAreSplitAtLineBreaksWhateverTheReadSize(chunk: Int) {
    var reader = Self.reader("one\r\ntwo\n\n\nthree\n", chunk: chunk)
    #expect(Self.lines(&reader) == ["one", "two", "three"])
    #expect(!reader.endedMidMessage)
  }

  @Test(arguments: [1, 3, 1 << 16])
  func aLineOverTheLimitIsSkippedAndTheNextIsRead(chunk: Int) {
    var reader = Self.reader(
      "12345\n123456\n" + String(repeating: "9", count: 500) + "\nok\n",
      limit: 5, chunk: chunk)
    #expect(Self.lines(&reader) == ["12345", "<6 bytes>", "<500 bytes>", "ok"])
  }

  @Test func aStreamEndingMidLineDropsItAndSaysSo() {
    var reader = Self.reader("whole\nhalf a messa")
    #expect(Self.lines(&reader) == ["whole"])
    #expect(reader.endedMidMessage)
  }

  @Test func aFailedReadEndsTheStream() {
    var reader = MessageReader(limit: 10) { _ in -1 }
    #expect(reader.next() == nil)
    #expect(!reader.endedMidMessage)
  }

  /// The fuzzer's seeds and findings (`Tests/Fuzz/Seeds/mcp`, `Tests/Fuzz/Regressions/mcp`),
  /// through the fuzz target's check: every answer is one JSON-RPC 2.0 line.
  @Test func keptFuzzInputsGetWellFormedAnswers() throws {
    let fuzz = SharedMaterial.packageFolder.appendingPathComponent("Tests/Fuzz")
    var inputs: [[UInt8]] = []
    for kind in ["Seeds", "Regressions"] {
      let folder = fuzz.appendingPathComponent(kind).appendingPathComponent("mcp")
      for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
        inputs.append([UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
      }
    }
    #expect(!inputs.isEmpty)
    for bytes in inputs {
      var reader = Self.reader(bytes, limit: 256, chunk: 13)
      MCPServerTests.server.serve(
        &reader,
        write: { line in
          let text = String(decoding: line, as: UTF8.self)
          #expect(text.last == "\n" && text.dropLast().allSatisfy { $0 != "\n" })
          let members = try? JSONParser.parse(text, file: "answer").object().members
          #expect(members?.first?.key == "jsonrpc")
          return true
        }, log: { _ in })
    }
  }
}
