import Foundation
import Testing

@Suite struct ListCommandTests {
  @Test func pipedListIsOneTopicALineWithTabs() throws {
    let result = try ToolRunner.run(["list"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n")
    let manifest = try String(
      contentsOfFile: ToolRunner.dataPath("guide.json"), encoding: .utf8)
    let topicCount = manifest.components(separatedBy: "\"file\":").count - 1
    #expect(lines.count == topicCount)
    for line in lines {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      #expect(fields.count == 3, "\(line)")
      #expect(fields.allSatisfy { !$0.isEmpty })
    }
    #expect(lines.first?.hasPrefix("overview\t") == true)
    #expect(lines.contains { $0.hasPrefix("responsibilities\tResponsibilities\t") })
  }

  @Test func jsonListsIdsTitlesAndSummaries() throws {
    let result = try ToolRunner.run(["list", "--format", "json"])
    let topics = try #require(
      try result.json() as? [[String: String]])
    #expect(topics.count >= 15)
    #expect(topics.allSatisfy { Set($0.keys) == ["id", "title", "summary"] })
  }

  @Test func versionNamesToolAndContentEdition() throws {
    let result = try ToolRunner.run(["--version"])
    #expect(result.status == 0)
    #expect(
      result.stdout.range(
        of: #"^mlcareer \d+\.\d+\.\d+ \(content edition .+\)\n$"#, options: .regularExpression)
        != nil)
  }

  @Test func bareCommandPrintsTheOverview() throws {
    let result = try ToolRunner.run([])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("OVERVIEW: "))
    #expect(result.stdout.contains("  show "))
  }

  @Test(arguments: [
    ["shwo"], ["list", "--frmat", "json"], ["check"], ["list", "--format", "xml"],
  ])
  func usageErrorsExitSixtyFourWithUsageAndHint(arguments: [String]) throws {
    let result = try ToolRunner.run(arguments)
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("error: "))
    #expect(result.stderr.contains("Usage: mlcareer"))
    #expect(result.stderr.contains("--help'."))
  }
}
