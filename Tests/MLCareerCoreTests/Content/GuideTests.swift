import CommandLineKit
import Testing
import TextSupport

@testable import GuideModel
@testable import MLCareerCore

@Suite struct GuideTests {
  static let files: [String: String] = [
    "topics/a.md": "# Alpha Topic\n\nFirst.\n\n## One\n- x\n",
    "topics/b.md": "# Beta\n\nSecond.\n\n## Two\n- y\n",
  ]

  static func guide(_ manifest: String) throws -> Guide {
    try Guide(manifest: manifest, folder: "Data", read: { files[$0] })
  }

  static let manifest = """
    {"edition": "1", "sources": [], "topics": [
      {"id": "alpha", "file": "topics/a.md", "aliases": ["first"]},
      {"id": "beta", "file": "topics/b.md"}
    ]}
    """

  @Test func resolvesIdsAliasesPrefixesAndTitles() throws {
    let guide = try Self.guide(Self.manifest)
    func match(_ name: String) -> NameMatch { guide.resolveTopic(name).nameMatch(id: \.id) }
    #expect(match("alpha") == .found("alpha"))
    #expect(match("FIRST") == .found("alpha"))
    #expect(match("be") == .found("beta"))
    #expect(match("alpha topic") == .found("alpha"))
    #expect(match("alpah") == .notFound(suggestions: ["alpha"]))
  }

  @Test func showingATopicReadsNoOtherTopic() throws {
    final class Reads: @unchecked Sendable { var paths: [String] = [] }
    let reads = Reads()
    let guide = try Guide(manifest: Self.manifest, folder: "Data") { path in
      reads.paths.append(path)
      return Self.files[path]
    }
    let entry = try #require(guide.resolveTopic("beta").model)
    _ = try guide.topic(entry)
    #expect(reads.paths == ["topics/b.md"])
  }

  @Test(arguments: [
    (
      #"{"edition": "1", "sources": [], "topics": [{"id": "a", "fil": "topics/a.md"}]}"#,
      "Data/guide.json:1:56: error: unknown field 'fil'; did you mean 'file'?"
    ),
    (
      #"{"edition": 1, "sources": [], "topics": []}"#,
      "Data/guide.json:1:13: error: expected a string for 'edition', found the number 1"
    ),
    (
      "{\"edition\": \"1\", \"sources\": [], \"topics\": [\n {\"id\": \"a\", \"file\": \"topics/a.md\"},\n {\"id\": \"b\", \"file\": \"topics/b.md\", \"aliases\": [\"a\"]}]}",
      "Data/guide.json:3:2: error: the name 'a' is already used (line 2)"
    ),
  ])
  func brokenManifestsNameTheirPosition(manifest: String, message: String) {
    #expect {
      try Self.guide(manifest)
    } throws: { error in
      let text = (error as? ContentError)?.description ?? ""
      return text == message
    }
  }
}
