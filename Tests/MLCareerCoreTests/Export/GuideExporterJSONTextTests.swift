import Foundation
import Testing

@testable import JSON
@testable import MLCareerCore

/// The JSON export, written topic by topic, leaves out and records a broken topic as the whole
/// document does, and holds every topic that reads.
@Suite struct GuideExporterJSONTextTests {
  /// A pack of three topics, the second broken.
  private static func makePack() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlcareer-export-\(UUID().uuidString)")
    let topics = folder.appendingPathComponent("topics")
    try FileManager.default.createDirectory(at: topics, withIntermediateDirectories: true)
    for index in 1...3 {
      let text = index == 2 ? "no title here\n" : "# Topic \(index)\n\nSummary \(index).\n"
      try text.write(
        to: topics.appendingPathComponent("t\(index).md"), atomically: true, encoding: .utf8)
    }
    return folder
  }

  @Test(arguments: [false, true])
  func brokenTopicsAreLeftOutAndRecordedAsTheDocumentDoes(withPack: Bool) throws {
    let folder = try Self.makePack()
    defer { try? FileManager.default.removeItem(at: folder) }
    let locations = PackLocations(environment: [:], dataFolders: withPack ? [folder.path] : [])

    let whole = ContentLibrary(locations: locations)
    let document = GuideDocument(library: whole)
    let streamed = ContentLibrary(locations: locations)
    var bytes: [UInt8] = []
    GuideExporter.writeJSON(library: streamed) { bytes += $0 }
    let text = String(decoding: bytes, as: UTF8.self)

    #expect(bytes.last == UInt8(ascii: "\n"))
    #expect(streamed.problems == whole.problems)
    #expect(streamed.problems.count == (withPack ? 1 : 0))
    guard case .object(let members) = try JSONParser.parse(text, file: "export.json").output,
      let topics = members.first(where: { $0.key == "topics" }),
      case .array(let written) =
        topics.value
    else {
      Issue.record("no topics array")
      return
    }
    #expect(written.count == document.topics.count)
    #expect(text.contains("\"t3\"") == withPack)
    #expect(!text.contains("\"t2\""))
  }
}
