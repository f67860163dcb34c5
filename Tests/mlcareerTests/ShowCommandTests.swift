import Foundation
import Testing

@Suite struct ShowCommandTests {
  @Test func showsResponsibilitiesAsPlainTextInAPipe() throws {
    let result = try ToolRunner.run(["show", "responsibilities"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.hasPrefix("Responsibilities\n"))
    #expect(result.stdout.contains("Deployment and monitoring"))
    #expect(!result.stdout.contains("\u{1B}["), "piped output has no escape codes")
  }

  @Test func pipedListItemsStayWholeOnOneLine() throws {
    let environment = ToolRunner.environment(["COLUMNS": "40"])
    let result = try ToolRunner.run(["show", "responsibilities"], environment: environment)
    let topic = try #require(
      String(
        data: FileManager.default.contents(
          atPath: ToolRunner.dataPath("topics/responsibilities.md"))!,
        encoding: .utf8))
    // Every top-level bullet of the source appears on one output line, whatever the width.
    let bullets = topic.split(separator: "\n").filter { $0.hasPrefix("- ") }
    #expect(!bullets.isEmpty)
    let lines = Set(
      result.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
    for bullet in bullets {
      let words = bullet.dropFirst(2).replacingOccurrences(of: "**", with: "")
        .replacingOccurrences(of: "`", with: "").replacingOccurrences(of: "*", with: "")
      #expect(lines.contains("- " + words), "\(words)")
    }
  }

  @Test(arguments: [
    ("resp", "Responsibilities"), ("soft skills", "Soft Skills"),
    ("Best Practices", "Best Practices"),
    ("salary", "Salaries"), ("SOFT-SKILLS", "Soft Skills"),
    ("technical skills", "Technical Skills"),
  ])
  func namesMatchLoosely(name: String, title: String) throws {
    let result = try ToolRunner.run(["show", name])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix(title + "\n"))
  }

  @Test func aTypoGetsASuggestionAndExitOne() throws {
    let result = try ToolRunner.run(["show", "responsibilites"])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr == """
        error: no topic 'responsibilites'
        Did you mean 'responsibilities'?
        Run 'mlcareer list' to see every topic.

        """)
  }

  @Test(arguments: [["best-practices", "--section", "deployment"], ["best-practices/deployment"]])
  func showsOneSection(arguments: [String]) throws {
    let result = try ToolRunner.run(["show"] + arguments)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Best Practices › Deployment\n"))
    #expect(!result.stdout.contains("\nTraining\n"), "no other section")
  }

  @Test func anUnknownSectionListsTheSections() throws {
    let result = try ToolRunner.run(["show", "best-practices", "--section", "deploymnet"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("error: no section 'deploymnet'"))
    #expect(result.stderr.contains("Did you mean 'deployment'?"))
  }

  @Test func markdownReproducesTheSource() throws {
    let result = try ToolRunner.run(["show", "faq", "--format", "markdown"])
    let source = try String(contentsOfFile: ToolRunner.dataPath("topics/faq.md"), encoding: .utf8)
    #expect(result.stdout == source)
  }

  @Test func jsonIsTheTypedModel() throws {
    let result = try ToolRunner.run(["show", "challenges", "--format", "json"])
    #expect(result.status == 0)
    let object = try #require(
      try result.json() as? [String: Any])
    #expect(object["id"] as? String == "challenges")
    #expect(object["title"] as? String == "Common Challenges")
    let sections = try #require(object["sections"] as? [[String: Any]])
    #expect(sections.contains { $0["id"] as? String == "overfitting" })
    #expect(Array(object.keys).sorted() == ["file", "id", "sections", "summary", "title"])
  }

  @Test func severalTopicsRenderInOrder() throws {
    let result = try ToolRunner.run(["show", "faq", "roles"])
    let faq = try #require(result.stdout.range(of: "Frequently Asked Questions\n"))
    let roles = try #require(result.stdout.range(of: "\nRoles Compared\n"))
    #expect(faq.lowerBound < roles.lowerBound)
  }

  @Test func colourOnlyWhenAskedOrOnATerminal() throws {
    let forced = try ToolRunner.run(["show", "faq", "--color", "always"])
    #expect(forced.stdout.contains("\u{1B}["))
    let noColor = try ToolRunner.run(
      ["show", "faq"], environment: ToolRunner.environment(["NO_COLOR": "1"]))
    #expect(!noColor.stdout.contains("\u{1B}["))
  }

  @Test(ToolRunner.onTerminal, arguments: [60, 120])
  func wrapsToTheTerminalWidthWithColour(columns: Int) throws {
    let result = try ToolRunner.runOnTerminal(["show", "responsibilities"], columns: columns)
    #expect(result.status == 0)
    #expect(result.stdout.contains("\u{1B}["), "styled on a terminal")
    let plain = result.stdout.replacingOccurrences(
      of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    let widest = plain.split(separator: "\n").map(\.count).max() ?? 0
    let measure = min(columns, 100)
    #expect(widest <= measure, "prose wraps at the terminal's width or 100, whichever is less")
    #expect(widest > measure - 15, "text uses the width")
  }

  @Test(ToolRunner.onTerminal)
  func noColourOnADumbTerminalOrWithNoColor() throws {
    for environment in [["TERM": "dumb"], ["NO_COLOR": "1"]] {
      let result = try ToolRunner.runOnTerminal(["show", "faq"], environment: environment)
      #expect(!result.stdout.contains("\u{1B}["), "\(environment)")
    }
  }

  @Test func aTitleWithASlashWorksAsAName() throws {
    let whole = try ToolRunner.run(["show", "AI/ML Across Industries"])
    #expect(whole.status == 0, "\(whole.stderr)")
    #expect(whole.stdout.hasPrefix("AI/ML Across Industries\n"))
    let section = try ToolRunner.run(["show", "AI/ML Across Industries/healthcare"])
    #expect(section.status == 0, "\(section.stderr)")
    #expect(section.stdout.hasPrefix("AI/ML Across Industries › Healthcare\n"))
    let plain = try ToolRunner.run(["show", "salaries/by-location"])
    #expect(plain.stdout.hasPrefix("Salaries › By location\n"))
    let unknown = try ToolRunner.run(["show", "nothing/x"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("no topic 'nothing'"))
  }

  @Test func showWithNoTopicListsTheTopicsAndHints() throws {
    let result = try ToolRunner.run(["show"])
    let list = try ToolRunner.run(["list"])
    #expect(result.status == 0)
    #expect(result.stdout == list.stdout)
    #expect(result.stderr.contains("mlcareer show overview"))
  }
}
