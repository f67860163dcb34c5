import Testing

@testable import MLCareerCore

@Suite struct EmbeddedDataTests {
  @Test func everyDataFileIsEmbeddedUnchanged() throws {
    let guide = try #require(EmbeddedData.contents(of: "guide.json"))
    #expect(!guide.isEmpty)
    #expect(EmbeddedData.contents(of: "no-such-file.md") == nil)
  }
}
