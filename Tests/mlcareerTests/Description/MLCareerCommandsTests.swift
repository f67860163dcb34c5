import Testing

@testable import CommandLineKit
@testable import MLCareerCore
@testable import mlcareer

@Suite struct MLCareerCommandsTests {
  static let root = MLCareerCommands.root
  static let commands = MLCareerTool.commands.map { $0.spec }

  @Test func offersTheCommandsOfTheGuide() {
    #expect(
      Self.root.visibleSubcommands.map(\.name) == [
        "list", "show", "salaries", "skills", "skill", "checklist", "check", "uncheck",
        "progress", "plan", "search", "export", "paths", "validate", "new", "mcp", "completions",
        "man", "help",
      ])
    #expect(Self.root.subcommandEntries.first { $0.name == "__complete" }?.isHidden == true)
    #expect(
      Self.root.globalOptions.map(\.long) == ["color", "width", "no-pager", "data", "help"])
  }

  @Test func everyCommandsNameIsItsSpecsName() {
    // The root lists commands by these, without describing them.
    for command in MLCareerTool.commands {
      #expect(command.name == command.spec.name)
    }
  }

  @Test(arguments: commands)
  func describesEveryCommandFully(command: CommandSpec) {
    #expect(!command.abstract.isEmpty && !command.abstract.contains("\n"))
    #expect(command.abstract.count <= 72, "keeps the abstract on one line of help")
    if Self.root.visibleSubcommandNames.contains(command.name) {
      #expect((2...4).contains(command.examples.count))
    }
  }

  @Test(arguments: [root] + commands)
  func keepsNamesUniqueAndOnlyTheLastArgumentVariadic(command: CommandSpec) {
    let chain = command.name == Self.root.name ? [Self.root] : [Self.root, command]
    let options = chain.availableOptions
    let longs = options.map(\.long)
    #expect(Set(longs).count == longs.count, "\(longs)")
    let shorts = options.compactMap(\.short)
    #expect(Set(shorts).count == shorts.count, "\(shorts)")
    #expect(command.arguments.dropLast().allSatisfy { !$0.isVariadic })
    // An optional argument cannot come before a required one.
    let firstOptional = command.arguments.firstIndex { $0.isOptional } ?? command.arguments.count
    #expect(command.arguments[firstOptional...].allSatisfy { $0.isOptional })
    for option in options {
      if case .choices(let values) = option.values, let defaultValue = option.defaultValue {
        #expect(values.map(\.name).contains(defaultValue))
      }
    }
  }

  /// The `mlcareer …` part of an example, without shell redirections and substitutions.
  static func invocation(_ example: CommandSpec.Example) -> [String] {
    var words: [String] = []
    var started = false
    for word in example.command.split(separator: " ") {
      let word = word.hasPrefix("<(") ? word.dropFirst(2) : word
      if word == "mlcareer" {
        started = true
        continue
      }
      guard started else { continue }
      if word == ">" || word == "|" { break }
      words.append(String(word.hasSuffix(")") ? word.dropLast() : word))
    }
    return words
  }

  static let examples = ([root] + commands).flatMap(\.examples)

  @Test(arguments: examples)
  func everyExampleParses(example: CommandSpec.Example) throws {
    #expect(!example.explanation.isEmpty)
    let parsed = try CommandLineParser.parse(Self.invocation(example), root: Self.root)
    if parsed.path.first != "help" {
      #expect(parsed.helpRequest == nil)
    }
  }
}

extension CommandSpec: CustomTestStringConvertible {
  public var testDescription: String { name }
}

extension CommandSpec.Example: CustomTestStringConvertible {
  public var testDescription: String { command }
}
