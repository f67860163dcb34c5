import Testing

@testable import GuideModel
@testable import MLCareerCore

/// Topics point to each other by the command that shows them, and every such command works.
@Suite struct CrossReferenceTests {
  static let guide = Guide.embedded()

  /// Every `mlcareer show NAME` (or `NAME/SECTION`) written in the guide's topics.
  static func references() throws -> [(topic: String, name: String)] {
    var found: [(String, String)] = []
    for topic in try guide.allTopics() {
      var rest = Substring(topic.source)
      while let range = rest.range(of: "`mlcareer show ") {
        let name = rest[range.upperBound...].prefix { $0 != "`" && $0 != " " }
        found.append((topic.id, String(name)))
        rest = rest[range.upperBound...]
      }
    }
    return found
  }

  @Test func topicsReferToEachOtherByTheirCommand() throws {
    #expect(try Self.references().count >= 10)
  }

  @Test func everyReferencedTopicAndSectionExists() throws {
    for (source, name) in try Self.references() {
      let parts = name.split(separator: "/", maxSplits: 1).map(String.init)
      let entry = Self.guide.resolveTopic(parts[0]).model
      #expect(entry != nil, "\(source) refers to 'mlcareer show \(name)'")
      if parts.count == 2, let entry {
        let topic = try Self.guide.topic(entry)
        #expect(topic.resolveSection(parts[1]).model != nil, "\(source): \(name)")
      }
    }
  }
}
