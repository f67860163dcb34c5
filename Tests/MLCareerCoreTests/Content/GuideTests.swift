import Testing

@testable import MLCareerCore

@Suite struct GuideTests {
  static let files: [String: String] = [
    "topics/a.md": "# Alpha Topic\n\nFirst.\n\n## One\n- x\n",
    "topics/b.md": "# Beta\n\nSecond.\n\n## Two\n- y\n",
  ]

  static func guide(_ manifest: String) throws -> Guide {
    try Guide(manifest: manifest, file: "guide.json", read: { files[$0] })
  }

  static let manifest = """
    {"edition": "1", "sources": [], "topics": [
      {"id": "alpha", "file": "topics/a.md", "aliases": ["first"]},
      {"id": "beta", "file": "topics/b.md"}
    ]}
    """

  @Test func resolvesIdsAliasesPrefixesAndTitles() throws {
    let guide = try Self.guide(Self.manifest)
    #expect(guide.resolveTopic("alpha") == .found("alpha"))
    #expect(guide.resolveTopic("FIRST") == .found("alpha"))
    #expect(guide.resolveTopic("be") == .found("beta"))
    #expect(guide.resolveTopic("alpha topic") == .found("alpha"))
    #expect(guide.resolveTopic("alpah") == .notFound(suggestions: ["alpha"]))
  }

  @Test func showingATopicReadsNoOtherTopic() throws {
    final class Reads: @unchecked Sendable { var paths: [String] = [] }
    let reads = Reads()
    let guide = try Guide(manifest: Self.manifest, file: "guide.json") { path in
      reads.paths.append(path)
      return Self.files[path]
    }
    reads.paths.removeAll()  // the manifest check looks each file up once
    #expect(guide.resolveTopic("beta") == .found("beta"))
    _ = try guide.topic("beta")
    #expect(reads.paths == ["topics/b.md"])
  }

  @Test(arguments: [
    (
      #"{"edition": "1", "sources": [], "topics": [{"id": "a", "file": "topics/missing.md"}]}"#,
      "Data/guide.json:1:44: error: the manifest lists 'topics/missing.md', which is not in Data/"
    ),
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
