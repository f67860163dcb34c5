import Foundation
import Testing

@Suite struct SkillsCommandTests {
  @Test func pipedSkillsAreOneALineWithTabs() throws {
    let result = try ToolRunner.run(["skills"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count >= 40)
    for line in lines {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      #expect(fields.count == 5, "\(line)")
      #expect(["core", "desirable", "emerging"].contains(fields[3]))
    }
    #expect(lines.contains { $0.hasPrefix("python\tPython\tprogramming\tcore\t") })
  }

  @Test func aGroupNameNarrowsTheList() throws {
    let result = try ToolRunner.run(["skills", "languages"])
    let groups = Set(result.stdout.split(separator: "\n").map { $0.split(separator: "\t")[2] })
    #expect(groups == ["programming"])
  }

  @Test func anUnknownGroupGetsASuggestion() throws {
    let result = try ToolRunner.run(["skills", "frameworx"])
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix("error: no skill group 'frameworx'\nDid you mean 'frameworks'?\n"))
  }

  @Test func jsonHasEveryField() throws {
    let result = try ToolRunner.run(["skills", "--format", "json"])
    let root = try #require(
      try result.json() as? [String: Any])
    let skills = try #require(root["skills"] as? [[String: Any]])
    #expect(skills.count >= 40)
    #expect(
      skills.allSatisfy {
        Set($0.keys) == [
          "id", "name", "group", "level", "levelBasis", "note", "aliases", "sources",
        ] && ($0["levelBasis"] as? String)?.isEmpty == false
      })
  }

  @Test func markdownListsSkillsUnderGroupHeadings() throws {
    let result = try ToolRunner.run(["skills", "soft", "--format", "markdown"])
    #expect(result.stdout.hasPrefix("## Soft skills\n\n"))
    #expect(result.stdout.contains("\n- **Communication** (`communication`, core): "))
  }

  @Test(ToolRunner.onTerminal)
  func terminalWrapsNotesUnderEachSkill() throws {
    let result = try ToolRunner.runOnTerminal(
      ["skills", "programming", "--color", "never"], columns: 60)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first?.hasPrefix("Programming and software practice  programming") == true)
    #expect(lines.contains("  Python  python  core"))
    #expect(lines.allSatisfy { $0.count <= 60 })
  }

  @Test func completionOffersSkillsAndGroups() throws {
    // Each name, then its title after a tab for the shells that show it.
    func names(_ words: String...) throws -> [Substring] {
      try ToolRunner.run(["__complete", "--"] + words).stdout.split(separator: "\n").map {
        $0.prefix { $0 != "\t" }
      }
    }
    let skills = try names("check", "")
    #expect(skills.contains("python") && skills.contains("explainable-ai"))
    #expect(try names("skills", "").contains("soft-skills"))
  }
}
