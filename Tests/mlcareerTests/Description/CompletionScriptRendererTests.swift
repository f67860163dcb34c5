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

  @Test(arguments: Shell.allCases)
  func scriptOffersEveryVisibleCommandAndOption(shell: Shell) {
    let script = CompletionScriptRenderer.render(shell, root: Self.root)
    for command in Self.root.visibleSubcommands {
      #expect(script.contains(command.name), "\(command.name)")
      for option in command.options {
        #expect(script.contains(shell == .fish ? "-l \(option.long)" : option.longName))
      }
    }
    #expect(!script.contains("__complete\n"))
    #expect(!script.contains("-a __complete"))
  }

  @Test(arguments: Shell.allCases)
  func scriptAsksTheProgramForEveryDynamicKind(shell: Shell) {
    let script = CompletionScriptRenderer.render(shell, root: Self.root)
    #expect(script.contains("__complete"))
    for kind in CompleteCommand.Source.allCases.map(\.rawValue) {
      #expect(script.contains(kind), "\(kind)")
    }
  }

  /// A temporary folder holding the script for `shell` and a stub `mlcareer` answering
  /// `__complete` with fixed names.
  private func stubFolder(for shell: Shell) throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("mlcareer-\(shell.rawValue)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let stub = folder.appendingPathComponent("mlcareer")
    try """
    #!/bin/sh
    case "$2 $3" in
      "topics "*) printf '%s\\t%s\\n' overview 'The Role: at a Glance' salaries Salaries \\
        skills 'Technical Skills' soft-skills 'Soft Skills' ;;
      "sections salaries") printf '%s\\t%s\\n' key-ranges 'Key ranges' by-location 'By location' ;;
      "marked-skills "*) printf '%s\\t%s\\n' python 'Python (done)' ;;
      "sections "*) printf '%s\\n' intro ;;
      "skills "*) printf '%s\\n' python pytorch sql ;;
      "skill-groups "*) printf '%s\\n' languages frameworks ;;
      "salary-dimensions "*) printf '%s\\n' experience location ;;
    esac
    """.write(to: stub, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: stub.path)
    try CompletionScriptRenderer.render(shell, root: Self.root)
      .write(
        to: folder.appendingPathComponent("completion.\(shell.rawValue)"), atomically: true,
        encoding: .utf8)
    return folder
  }

  /// Runs the bash script's function on a command line and returns what it offers.
  private func bashCompletions(_ line: String) throws -> [String] {
    let folder = try stubFolder(for: .bash)
    defer { try? FileManager.default.removeItem(at: folder) }
    // Readline splits words at COMP_WORDBREAKS, which holds '=': so does this.
    let words = line.replacing("=", with: " = ").split(separator: " ").map(String.init)
    let current = line.hasSuffix(" ") ? words.count : words.count - 1
    let allWords = current == words.count ? words + [""] : words
    let quoted = allWords.map { "'\($0)'" }.joined(separator: " ")
    let test = """
      source '\(folder.path)/completion.bash'
      COMP_WORDS=(\(quoted)); COMP_CWORD=\(current)
      _mlcareer
      printf '%s\\n' "${COMPREPLY[@]}"
      """
    let bash = try #require(ExternalTool.path("bash"))
    let result = try ExternalTool.run(
      bash, ["-c", test], environment: ["PATH": folder.path + ":/usr/bin:/bin"])
    #expect(result.status == 0, "\(result.output)")
    return result.output.split(separator: "\n").map(String.init)
  }

  /// Asks fish what it completes a command line with, the script loaded; candidates only.
  private func fishCompletions(_ line: String) throws -> [String] {
    let folder = try stubFolder(for: .fish)
    defer { try? FileManager.default.removeItem(at: folder) }
    let fish = try #require(ExternalTool.path("fish"))
    let result = try ExternalTool.run(
      fish,
      [
        "--no-config", "-c",
        "source '\(folder.path)/completion.fish'; complete -C '\(line)'",
      ], environment: ["PATH": folder.path + ":/usr/bin:/bin"])
    #expect(result.status == 0, "\(result.output)")
    return result.output.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
  }

  struct Case: Sendable, CustomTestStringConvertible {
    let line: String
    let expected: [String]
    var testDescription: String { "'\(line)'" }
  }

  @Test(arguments: [
    Case(line: "mlcareer sh", expected: ["show"]),
    Case(line: "mlcareer s", expected: ["show", "salaries", "skills", "skill", "search"]),
    Case(
      line: "mlcareer --color never s", expected: ["show", "salaries", "skills", "skill", "search"]),
    Case(line: "mlcareer --col", expected: ["--color"]),
    Case(line: "mlcareer --color ", expected: ["auto", "always", "never"]),
    Case(line: "mlcareer show ", expected: ["overview", "salaries", "skills", "soft-skills"]),
    Case(line: "mlcareer show so", expected: ["soft-skills"]),
    Case(
      line: "mlcareer show salaries/", expected: ["salaries/key-ranges", "salaries/by-location"]),
    Case(line: "mlcareer show salaries --section ", expected: ["key-ranges", "by-location"]),
    Case(line: "mlcareer show salaries --section=by", expected: ["by-location"]),
    Case(line: "mlcareer show salaries -f ", expected: ["text", "json", "markdown"]),
    Case(line: "mlcareer show --format json sk", expected: ["skills"]),
    Case(line: "mlcareer show --se", expected: ["--section"]),
    Case(line: "mlcareer salaries --by ", expected: ["experience", "location"]),
    Case(line: "mlcareer salaries --city ", expected: []),
    Case(line: "mlcareer salaries --format=c", expected: ["csv"]),
    Case(line: "mlcareer check py", expected: ["python", "pytorch"]),
    Case(line: "mlcareer check python ", expected: ["python", "pytorch", "sql"]),
    Case(line: "mlcareer uncheck ", expected: ["python"]),
    Case(line: "mlcareer skills ", expected: ["languages", "frameworks"]),
    Case(line: "mlcareer skills languages ", expected: ["languages", "frameworks"]),
    Case(line: "mlcareer completions ", expected: ["bash", "zsh", "fish"]),
    Case(line: "mlcareer help sa", expected: ["salaries"]),
    Case(line: "mlcareer search --topic sa", expected: ["salaries"]),
    Case(line: "mlcareer export --format ", expected: ["json", "markdown", "html"]),
  ])
  func bashScriptCompletesWordsInPlace(_ test: Case) throws {
    #expect(try bashCompletions(test.line) == test.expected)
  }

  @Test(
    .enabled(if: ExternalTool.path("fish") != nil, "fish is not installed"),
    arguments: [
      Case(line: "mlcareer s", expected: ["salaries", "search", "show", "skill", "skills"]),
      Case(line: "mlcareer --color never sh", expected: ["show"]),
      Case(line: "mlcareer --color ", expected: ["always", "auto", "never"]),
      Case(line: "mlcareer show so", expected: ["soft-skills"]),
      Case(
        line: "mlcareer show salaries/", expected: ["salaries/by-location", "salaries/key-ranges"]),
      Case(line: "mlcareer show salaries --section ", expected: ["by-location", "key-ranges"]),
      Case(line: "mlcareer show --f", expected: ["--format"]),
      Case(line: "mlcareer salaries --by ", expected: ["experience", "location"]),
      Case(line: "mlcareer check py", expected: ["python", "pytorch"]),
      Case(line: "mlcareer skills languages ", expected: ["frameworks", "languages"]),
      Case(line: "mlcareer completions ", expected: ["bash", "fish", "zsh"]),
      Case(
        line: "mlcareer list --format=",
        expected: [
          "--format=csv", "--format=json", "--format=markdown", "--format=text", "--format=tsv",
        ]),
    ])
  func fishScriptCompletesWordsInPlace(_ test: Case) throws {
    #expect(try fishCompletions(test.line) == test.expected)
  }

  @Test(.enabled(if: ExternalTool.path("fish") != nil, "fish is not installed"))
  func fishShowsTheProgramsTitlesAsDescriptions() throws {
    let folder = try stubFolder(for: .fish)
    defer { try? FileManager.default.removeItem(at: folder) }
    let fish = try #require(ExternalTool.path("fish"))
    let result = try ExternalTool.run(
      fish,
      [
        "--no-config", "-c",
        "source '\(folder.path)/completion.fish'; complete -C 'mlcareer show '; "
          + "complete -C 'mlcareer show salaries/'",
      ], environment: ["PATH": folder.path + ":/usr/bin:/bin"])
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.contains("salaries\tSalaries"))
    #expect(lines.contains("skills\tTechnical Skills"))
    #expect(lines.contains("salaries/by-location\tBy location"))
    #expect(!result.output.contains("\ttopic"))
  }

  @Test(.enabled(if: ExternalTool.path("zsh") != nil, "zsh is not installed"))
  func zshDescribesTheProgramsNamesWithTheirTitles() throws {
    let folder = try stubFolder(for: .zsh)
    defer { try? FileManager.default.removeItem(at: folder) }
    let zsh = try #require(ExternalTool.path("zsh"))
    // The completion system's functions stubbed: _describe prints the entries it was given.
    let test = """
      compdef() { : }
      _call_program() { shift; eval "$*" }
      _describe() { print -rl -- "${(@P)4}" }
      source '\(folder.path)/completion.zsh'
      _mlcareer_program=mlcareer
      _mlcareer_names topics topic
      _mlcareer_names sections section salaries
      """
    let result = try ExternalTool.run(
      zsh, ["-f", "-c", test], environment: ["PATH": folder.path + ":/usr/bin:/bin"])
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.contains("overview:The Role: at a Glance"), "\(result.output)")
    #expect(lines.contains("skills:Technical Skills"), "\(result.output)")
    #expect(lines.contains("by-location:By location"), "\(result.output)")
  }

  @Test func bashLeavesNoSpaceAfterATopicSoASectionCanFollow() throws {
    let folder = try stubFolder(for: .bash)
    defer { try? FileManager.default.removeItem(at: folder) }
    // compopt works only inside real completion; a function of that name records the call.
    let test = """
      source '\(folder.path)/completion.bash'
      compopt() { echo "compopt $*"; }
      COMP_WORDS=(mlcareer show sal); COMP_CWORD=2
      _mlcareer
      printf '%s\\n' "${COMPREPLY[@]}"
      COMP_WORDS=(mlcareer check py); COMP_CWORD=2
      _mlcareer
      """
    let bash = try #require(ExternalTool.path("bash"))
    let result = try ExternalTool.run(
      bash, ["-c", test], environment: ["PATH": folder.path + ":/usr/bin:/bin"])
    #expect(result.output == "compopt -o nospace\nsalaries\n")
  }
}
