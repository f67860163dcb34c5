import Foundation
import TestSupport
import Testing

@Suite struct ExportCommandTests {
  /// Lower case, thousands separators dropped: `$136,287` → `$136287`.
  static func normalized(_ text: String) -> String {
    text.lowercased().replacingOccurrences(
      of: #"(?<=\d),(?=\d{3}\b)"#, with: "", options: .regularExpression)
  }

  /// Every string value of a parsed JSON document, and every number as written.
  static func strings(in value: Any) -> [String] {
    switch value {
    case let string as String: return [string]
    case let number as NSNumber: return [number.stringValue]
    case let array as [Any]: return array.flatMap(strings)
    case let object as [String: Any]: return object.values.flatMap(strings)
    default: return []
    }
  }

  @Test func jsonParsesWithASchemaVersionAndEveryTopic() throws {
    let result = try ToolRunner.run(["export", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      try result.json() as? [String: Any])
    #expect(object["schemaVersion"] as? Int == 1)
    #expect(object["edition"] is String)
    let topics = try #require(object["topics"] as? [[String: Any]])
    let list = try ToolRunner.run(["list"]).stdout.split(separator: "\n")
    #expect(topics.map { $0["id"] as? String } == list.map { String($0.prefix { $0 != "\t" }) })
    #expect((object["marketFigures"] as? [Any])?.isEmpty == false)
    #expect((object["sources"] as? [Any])?.count == 2)
    // A topic has the shape `show --format json` gives it.
    let show = try ToolRunner.run(["show", "faq", "--format", "json"])
    let shown = try show.json() as? NSDictionary
    #expect(shown == (topics.first { $0["id"] as? String == "faq" } as NSDictionary?))
  }

  @Test func salariesAndSkillsHaveTheShapesOfTheirCommands() throws {
    let export = try ToolRunner.run(["export", "--format", "json"])
    let object = try #require(
      try export.json() as? [String: Any])
    let salaries = try #require(object["salaries"] as? [String: Any])
    let records = try #require(salaries["records"] as? NSArray)
    let command = try ToolRunner.run(["salaries", "--format", "json"])
    #expect(command.status == 0, "\(command.stderr)")
    #expect(
      records == (try command.json() as? NSArray))
    #expect((salaries["dimensions"] as? [Any])?.isEmpty == false)
    #expect(salaries["footnote"] is String)
    let skills = try #require(object["skills"] as? NSDictionary)
    let skillsCommand = try ToolRunner.run(["skills", "--format", "json"])
    #expect(
      skills
        == (try skillsCommand.json() as? NSDictionary)
    )
  }

  @Test(
    .enabled(
      if: SharedMaterial.has(SharedMaterial.facts), SharedMaterial.skipReason(SharedMaterial.facts))
  )
  func jsonCarriesEveryFactOfTheSources() throws {
    let facts = try SharedMaterial.loadFacts()
    let result = try ToolRunner.run(["export", "--format", "json"])
    let document = try result.json()
    let text = Self.normalized(Self.strings(in: document).joined(separator: "\n"))
    #expect(facts.count > 50)
    for fact in facts {
      let found = fact.alternatives.contains { text.contains(Self.normalized($0)) }
      #expect(found, "fact \(fact.id) (\(fact.what)) is missing from the export")
    }
  }

  @Test func markdownIsOneDocumentWithContentsAndEveryTopic() throws {
    let result = try ToolRunner.run(["export", "--format", "markdown"])
    #expect(result.status == 0)
    let markdown = result.stdout
    #expect(markdown.hasPrefix("# AI/ML Engineer Career Guide\n"))
    #expect(markdown.contains("\n## Contents\n"))
    let list = try ToolRunner.run(["list"]).stdout.split(separator: "\n")
    for line in list {
      let title = line.split(separator: "\t")[1]
      #expect(markdown.contains("\n## \(title)\n"), "\(title)")
      #expect(markdown.contains("[\(title)](#"), "no contents entry for \(title)")
    }
    #expect(markdown.contains("\n## Market figures\n"))
    #expect(markdown.contains("\n## Salary figures\n"))
    #expect(markdown.contains("| San Francisco, CA | $136,287 |"))
    #expect(markdown.contains("\n## Skills by group\n"))
    #expect(markdown.split(separator: "\n").filter { $0.hasPrefix("# ") }.count == 1)
  }

  @Test func formatIsRequired() throws {
    let result = try ToolRunner.run(["export"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("missing option '--format <format>'"))
    let wrong = try ToolRunner.run(["export", "--format", "jsn"])
    #expect(wrong.status == 64)
    #expect(wrong.stderr.contains("Did you mean 'json'?"))
  }
}
