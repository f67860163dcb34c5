import Foundation
import TestSupport
import Testing

@testable import CommandLineKit
@testable import MLCareerCore
@testable import mlcareer

/// Programs the command-line tests run: shells, `man`.
enum ExternalTool {
  /// The path of an executable called `name` on `PATH`, if there is one.
  static func path(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// Runs `executable` with `arguments`, returning its exit status and its output and errors.
  static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:])
    throws -> (status: Int32, output: String)
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}

@Suite struct CompletionScriptRendererTests {
  static let root = MLCareerCommands.root

  @Test(arguments: Shell.allCases)
  func scriptMatchesItsSnapshot(shell: Shell) throws {
    let script = CompletionScriptRenderer.render(shell, root: Self.root)
    try Snapshot.expect(script, matches: "Description/completion.\(shell.rawValue)")
  }

  @Test func bashScriptPassesSyntaxCheck() throws {
    try expectValidSyntax(.bash, checker: "bash", arguments: ["-n"])
  }

  @Test(.enabled(if: ExternalTool.path("zsh") != nil, "zsh is not installed"))
  func zshScriptPassesSyntaxCheck() throws {
    try expectValidSyntax(.zsh, checker: "zsh", arguments: ["-n"])
  }

  @Test(.enabled(if: ExternalTool.path("fish") != nil, "fish is not installed"))
  func fishScriptPassesSyntaxCheck() throws {
    try expectValidSyntax(.fish, checker: "fish", arguments: ["--no-execute"])
  }

  private func expectValidSyntax(_ shell: Shell, checker: String, arguments: [String]) throws {
    let executable = try #require(ExternalTool.path(checker))
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("mlcareer-completion-\(UUID().uuidString).\(shell.rawValue)")
    try CompletionScriptRenderer.render(shell, root: Self.root)
      .write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let result = try ExternalTool.run(executable, arguments + [file.path])
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.isEmpty, "\(result.output)")
  }

  /// Each `.dynamic…` source a command names, which `__complete` must answer, or the
  /// completion of that argument silently offers nothing.
  @Test func everyDynamicSourceIsAnswered() {
    func sources(_ command: CommandSpec) -> [String] {
      let values = command.arguments.map(\.values) + command.options.map(\.values)
      let names = values.flatMap { source -> [String] in
        switch source {
        case .dynamic(let name), .dynamicChildren(let name): [name]
        case .dynamicPath(let parent, let children): [parent, children]
        default: []
        }
      }
      return names + command.subcommandEntries.flatMap { sources($0.spec) }
    }
    let named = Set(sources(Self.root))
    #expect(named == Set(CompleteCommand.Source.allCases.map(\.rawValue)))
  }

  /// What the program offers for `line` with the names below, kept as bash keeps them: those
  /// starting with the word typed (after an `=`).
  static func offered(_ line: String) -> [String] {
    let words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    let completion = CommandLineCompleter.complete(words, root: root) { source, parent in
      let names: [String] =
        switch (source, parent) {
        case ("topics", _): ["overview", "salaries", "skills", "soft-skills"]
        case ("sections", "salaries"?): ["key-ranges", "by-location"]
        case ("sections", _): ["intro"]
        case ("marked-skills", _): ["python"]
        case ("skills", _): ["python", "pytorch", "sql"]
        case ("skill-groups", _): ["languages", "frameworks"]
        case ("salary-dimensions", _): ["experience", "location"]
        default: []
        }
      return names.map { CompletionCandidate($0) }
    }
    let typed =
      words[words.count - 1].split(separator: "=", omittingEmptySubsequences: false)
      .last ?? ""
    return completion.candidates.map(\.name).filter { $0.hasPrefix(typed) }
  }

  struct Case: Sendable, CustomTestStringConvertible {
    let line: String
    let expected: [String]
    var testDescription: String { "'\(line)'" }
  }

  @Test(arguments: [
    Case(line: "sh", expected: ["show"]),
    Case(line: "s", expected: ["show", "salaries", "skills", "skill", "search"]),
    Case(line: "--color never s", expected: ["show", "salaries", "skills", "skill", "search"]),
    Case(line: "--col", expected: ["--color"]),
    Case(line: "--color ", expected: ["auto", "always", "never"]),
    Case(line: "show ", expected: ["overview", "salaries", "skills", "soft-skills"]),
    Case(line: "show so", expected: ["soft-skills"]),
    Case(line: "show salaries/", expected: ["salaries/key-ranges", "salaries/by-location"]),
    Case(line: "show salaries --section ", expected: ["key-ranges", "by-location"]),
    Case(line: "show salaries --section=by", expected: ["by-location"]),
    Case(line: "show salaries -f ", expected: ["text", "json", "markdown"]),
    Case(line: "show --format json sk", expected: ["skills"]),
    Case(line: "show --se", expected: ["--section"]),
    Case(line: "salaries --by ", expected: ["experience", "location"]),
    Case(line: "salaries --city ", expected: []),
    Case(line: "salaries --format=c", expected: ["csv"]),
    Case(line: "check py", expected: ["python", "pytorch"]),
    Case(line: "check python ", expected: ["python", "pytorch", "sql"]),
    Case(line: "uncheck ", expected: ["python"]),
    Case(line: "skills ", expected: ["languages", "frameworks"]),
    Case(line: "skills languages ", expected: ["languages", "frameworks"]),
    Case(line: "completions ", expected: ["bash", "zsh", "fish"]),
    Case(line: "help sa", expected: ["salaries"]),
    Case(line: "search --topic sa", expected: ["salaries"]),
    Case(line: "export --format ", expected: ["json", "markdown", "html"]),
    Case(
      line: "checklist --todo --",
      expected: ["--format", "--color", "--width", "--no-pager", "--data", "--help"]),
  ])
  func completesWordsInPlace(_ test: Case) throws {
    #expect(Self.offered(test.line) == test.expected)
  }

  /// Runs `driver` after the script for `shell` in that shell, with the built binary.
  private func run(_ shell: Shell, _ driver: String, arguments: [String] = []) throws -> String {
    let program = try #require(ExternalTool.path(shell.rawValue))
    let script = CompletionScriptRenderer.render(shell, root: Self.root)
    let result = try ExternalTool.run(program, arguments + ["-c", script + "\n" + driver])
    #expect(result.status == 0, "\(result.output)")
    return result.output
  }

  /// Bash joins `--name=value` again, keeps names without their descriptions, and leaves no
  /// space after a topic, so a section can follow.
  @Test func bashPassesTheWordsAndKeepsTheNames() throws {
    let binary = ToolRunner.binary.path
    let output = try run(
      .bash,
      """
      compopt() { echo "compopt $*"; }
      COMP_WORDS=("\(binary)" show salaries --section = by); COMP_CWORD=5; _mlcareer
      echo "section: ${COMPREPLY[*]}"
      COMP_WORDS=("\(binary)" show sal); COMP_CWORD=2; _mlcareer
      echo "topic: ${COMPREPLY[*]}"
      COMP_WORDS=("\(binary)" check py); COMP_CWORD=2; _mlcareer
      echo "skill: ${COMPREPLY[*]}"
      """)
    #expect(
      output
        == """
        section: by-experience by-percentile by-location
        compopt -o nospace
        topic: salaries
        skill: python pytorch

        """)
  }

  @Test(.enabled(if: ExternalTool.path("fish") != nil, "fish is not installed"))
  func fishShowsTitlesAndKeepsTheOptionBeforeAValue() throws {
    let binary = ToolRunner.binary.path
    let output = try run(
      .fish,
      """
      complete -C '\(binary) show '
      complete -C '\(binary) show salaries/by-l'
      complete -C '\(binary) salaries --format=c'
      """, arguments: ["--no-config"])
    let lines = output.split(separator: "\n").map(String.init)
    #expect(lines.contains("salaries\tSalaries"), "\(output)")
    #expect(lines.contains("skills\tTechnical Skills"), "\(output)")
    #expect(lines.contains("salaries/by-location\tBy location"), "\(output)")
    #expect(lines.contains { $0.hasPrefix("--format=csv\t") }, "\(output)")
  }

  @Test(.enabled(if: ExternalTool.path("zsh") != nil, "zsh is not installed"))
  func zshDescribesTheNamesWithTheirTitles() throws {
    // The completion system's functions stubbed: _describe prints the entries it was given.
    let output = try run(
      .zsh,
      """
      _call_program() { shift; eval "$*" }
      _describe() { print -rl -- "${(@P)4}" }
      compset() { PREFIX=${PREFIX#*=} }
      words=(\(ToolRunner.binary.path) show salaries --section=by); CURRENT=4; PREFIX=$words[4]
      _mlcareer
      words=(\(ToolRunner.binary.path) show ''); CURRENT=3; PREFIX=''
      _mlcareer
      """, arguments: ["-f"])
    let lines = output.split(separator: "\n").map(String.init)
    #expect(lines.contains("by-location:By location"), "\(output)")
    #expect(lines.contains("overview:The AI/ML Engineer at a Glance"), "\(output)")
    #expect(lines.contains("skills:Technical Skills"), "\(output)")
  }
}
