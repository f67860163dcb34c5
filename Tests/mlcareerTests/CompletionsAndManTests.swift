import Foundation
import Testing

@testable import CommandLineKit
@testable import mlcareer

@Suite struct CompletionsAndManTests {
  static func executable(_ name: String) -> String? {
    ["/usr/bin/\(name)", "/bin/\(name)", "/usr/local/bin/\(name)"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// Runs `program arguments` with `input` in a file; returns its status and what it printed.
  static func check(_ program: String, _ arguments: [String], script: String) throws -> (
    Int32, String
  ) {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlcareer-completion-\(UUID().uuidString)")
    try script.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments + [file.path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// The binary prints the script the renderer makes in-process, whose golden files
  /// `CompletionScriptRendererTests` checks.
  @Test(arguments: Shell.allCases)
  func completionScriptIsTheRenderedOne(shell: Shell) throws {
    let result = try ToolRunner.run(["completions", shell.rawValue])
    #expect(result.status == 0)
    #expect(result.stdout == CompletionScriptRenderer.render(shell, root: MLCareerCommands.root))
  }

  /// The shells whose syntax check can run here; `.ci/run` installs all three.
  static let installedShells = ["bash", "zsh", "fish"].filter { executable($0) != nil }

  @Test(arguments: installedShells)
  func completionScriptPassesItsShellsSyntaxCheck(shell: String) throws {
    let result = try ToolRunner.run(["completions", shell])
    let program = try #require(Self.executable(shell))
    let (status, output) = try Self.check(program, ["-n"], script: result.stdout)
    #expect(status == 0, "\(shell) -n: \(output)")
  }

  @Test func bashCompletesTopicsAndSearchTopics() throws {
    let bash = try #require(Self.executable("bash"))
    let script = try ToolRunner.run(["completions", "bash"]).stdout
    let binary = ToolRunner.binary.path
    let driver =
      script + """

        COMP_WORDS=("\(binary)" show resp); COMP_CWORD=2; _mlcareer
        echo "show: ${COMPREPLY[*]}"
        COMP_WORDS=("\(binary)" search --topic best); COMP_CWORD=3; _mlcareer
        echo "search: ${COMPREPLY[*]}"
        COMP_WORDS=("\(binary)" sea); COMP_CWORD=1; _mlcareer
        echo "command: ${COMPREPLY[*]}"
        """
    let (status, output) = try Self.check(bash, [], script: driver)
    #expect(status == 0, "\(output)")
    #expect(output.contains("show: responsibilities\n"))
    #expect(output.contains("search: best-practices\n"))
    #expect(output.contains("command: search\n"))
  }

  /// A folder with two pack-like folders and a file beside them, for completing `--data`.
  static func makeFolders() throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlcareer-folders-\(UUID().uuidString)")
    for name in ["packs-one", "packs-two"] {
      try FileManager.default.createDirectory(
        at: root.appendingPathComponent(name), withIntermediateDirectories: true)
    }
    try "x".write(
      to: root.appendingPathComponent("packs-file.md"), atomically: true, encoding: .utf8)
    return root
  }

  @Test func bashCompletesFoldersForDataAndValidate() throws {
    let bash = try #require(Self.executable("bash"))
    let root = try Self.makeFolders()
    defer { try? FileManager.default.removeItem(at: root) }
    let script = try ToolRunner.run(["completions", "bash"]).stdout
    let binary = ToolRunner.binary.path
    let driver =
      script + """

        cd '\(root.path)'
        COMP_WORDS=("\(binary)" list --data pac); COMP_CWORD=3; _mlcareer
        echo "data: ${COMPREPLY[*]}"
        COMP_WORDS=("\(binary)" validate packs-t); COMP_CWORD=2; _mlcareer
        echo "validate: ${COMPREPLY[*]}"
        """
    let (status, output) = try Self.check(bash, [], script: driver)
    #expect(status == 0, "\(output)")
    #expect(output.contains("data: packs-one packs-two\n"), "\(output)")
    #expect(output.contains("validate: packs-two\n"), "\(output)")
  }

  @Test(.enabled(if: executable("fish") != nil, "fish is not installed; .ci/run installs it"))
  func fishCompletesFoldersForData() throws {
    let fish = try #require(Self.executable("fish"))
    let root = try Self.makeFolders()
    defer { try? FileManager.default.removeItem(at: root) }
    let script = try ToolRunner.run(["completions", "fish"]).stdout
    let driver =
      script + "\ncd '\(root.path)'\ncomplete -C '\(ToolRunner.binary.path) list --data pac'\n"
    let (status, output) = try Self.check(fish, [], script: driver)
    #expect(status == 0, "\(output)")
    let offered = output.split(separator: "\n").map { $0.split(separator: "\t")[0] }
    #expect(offered == ["packs-one/", "packs-two/"], "\(output)")
  }

  @Test(.enabled(if: executable("fish") != nil, "fish is not installed; .ci/run installs it"))
  func fishCompletesTopics() throws {
    let fish = try #require(Self.executable("fish"))
    let script = try ToolRunner.run(["completions", "fish"]).stdout
    let driver = script + "\ncomplete -C '\(ToolRunner.binary.path) show resp'\n"
    let (status, output) = try Self.check(fish, [], script: driver)
    #expect(status == 0, "\(output)")
    #expect(output.hasPrefix("responsibilities"))
  }

  /// What `line` completes to in `shell`, run in `folder`: one candidate a line.
  static func completions(of line: String, in shell: String, folder: URL) throws -> String {
    let program = try #require(Self.executable(shell))
    let binary = ToolRunner.binary.path
    let script = try ToolRunner.run(["completions", shell]).stdout
    switch shell {
    case "bash":
      let words = line.split(separator: " ", omittingEmptySubsequences: false).map { "'\($0)'" }
      let driver =
        script + """

          cd '\(folder.path)'
          COMP_WORDS=("\(binary)" \(words.joined(separator: " "))); COMP_CWORD=\(words.count); _mlcareer
          printf '%s\\n' "${COMPREPLY[@]}"
          """
      return try Self.check(program, [], script: driver).1
    case "fish":
      let driver = script + "\ncd '\(folder.path)'\ncomplete -C '\(binary) \(line)'\n"
      return try Self.check(program, [], script: driver).1.split(separator: "\n")
        .map { $0.split(separator: "\t")[0].trimmingCharacters(in: ["/"]) + "\n" }.joined()
    default:
      // zsh completes only in its line editor: an interactive zsh on a pseudo-terminal has the
      // script in its fpath, and every candidate offered is printed as it is added.
      let functions = folder.appendingPathComponent(".zsh")
      try FileManager.default.createDirectory(at: functions, withIntermediateDirectories: true)
      try script.write(
        to: functions.appendingPathComponent("_mlcareer"), atomically: true, encoding: .utf8)
      let driver = """
        zmodload zsh/zpty
        zpty z 'cd \(folder.path) && PS1="<ready>" zsh -f -i'
        zpty -r z line '*<ready>*'
        zpty -w z 'fpath=(\(functions.path) $fpath); autoload -Uz compinit; compinit -u -D; compdef _mlcareer \(binary)'
        zpty -r z line '*<ready>*'
        zpty -w z 'compadd() { builtin compadd -O hits "$@"; print -lr -- "<hit>"${^hits}"</hit>"; builtin compadd "$@" }'
        zpty -r z line '*<ready>*'
        zpty -wn z '\(binary) \(line)'$'\\t'
        # Read until a candidate shows, for at most ten seconds, then what follows it.
        out=''
        for i in {1..100}; do
          while zpty -rt z line; do out+=$line; done
          [[ $out == *'</hit>'* ]] && break
          sleep 0.1
        done
        sleep 0.5
        while zpty -rt z line; do out+=$line; done
        print -r -- "$out" | grep -ao '<hit>[^<]*</hit>' | sed 's/<hit>//; s/<\\/hit>//' | sort -u
        zpty -d z
        """
      return try Self.check(program, ["-f"], script: driver).1
    }
  }

  @Test(arguments: installedShells)
  func newCompletesItsSubcommandsAndFoldersAfterPack(shell: String) throws {
    let root = try Self.makeFolders()
    defer { try? FileManager.default.removeItem(at: root) }
    let subcommands = try Self.completions(of: "new ", in: shell, folder: root)
    #expect(subcommands.split(separator: "\n") == ["pack", "topic"], "\(subcommands)")
    let folders = try Self.completions(of: "new pack pac", in: shell, folder: root)
    #expect(folders.split(separator: "\n") == ["packs-one", "packs-two"], "\(folders)")
  }

  @Test func anUnknownShellIsAUsageErrorWithASuggestion() throws {
    let result = try ToolRunner.run(["completions", "zhs"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("Did you mean 'zsh'?"))
  }

  /// The page the binary prints is the one the renderer makes in-process, whose golden file
  /// `ManPageRendererTests` checks and renders with `man --warnings -l`.
  @Test func manPrintsTheRenderedPage() throws {
    let result = try ToolRunner.run(["man"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(
      result.stdout
        == ManPageRenderer.render(MLCareerCommands.root, details: MLCareerCommands.manPageDetails))
  }

  @Test func completeGivesTitlesAndUncheckOffersOnlyMarkedSkills() throws {
    let topics = try ToolRunner.run(["__complete", "--", "show", ""])
    #expect(topics.stdout.hasPrefix("overview\tThe AI/ML Engineer at a Glance\n"))
    #expect(topics.stdout.hasSuffix("\n:nospace\n"))
    let sections = try ToolRunner.run(["__complete", "--", "show", "salaries", "--section", ""])
    #expect(sections.stdout.contains("by-location\tBy location\n"))
    let state = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlcareer-marked-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: state) }
    let environment = ToolRunner.environment(stateHome: state)
    let uncheck = ["__complete", "--", "uncheck", ""]
    #expect(try ToolRunner.run(uncheck, environment: environment).stdout == "")
    _ = try ToolRunner.run(["check", "python"], environment: environment)
    _ = try ToolRunner.run(["check", "pytorch", "--learning"], environment: environment)
    let marked = try ToolRunner.run(uncheck, environment: environment)
    #expect(marked.stdout == "python\tPython (done)\npytorch\tPyTorch (learning)\n")
  }

  /// A folder's place asks the shell for folders; a line the parser refuses gets nothing, and
  /// no error reaches the terminal.
  @Test func completeAsksForFoldersAndStaysQuietOnBadLines() throws {
    #expect(
      try ToolRunner.run(["__complete", "--", "list", "--data", "pa"]).stdout == ":folders\n")
    for words in [["show", "--bogus", ""], ["bogus", ""], ["--color", "nevr", "s"]] {
      let result = try ToolRunner.run(["__complete", "--"] + words)
      #expect(result.status == 0)
      #expect(result.stdout.isEmpty && result.stderr.isEmpty, "\(words)")
    }
  }

  @Test func manSaysColumnsOverridesTheWidthAndShowsEachExampleOnce() throws {
    let page = try ToolRunner.run(["man"]).stdout
    #expect(page.contains("\n.TH \"MLCAREER\" 1 \"2026-12-01\" \"mlcareer "))
    #expect(
      page.contains("Overrides the terminal\\(aqs width")
        || page.contains("Overrides the terminal's width"))
    let examples = page.components(separatedBy: ".SH EXAMPLES")[1].split(separator: "\n")
      .filter { $0.hasPrefix(".B ") }
    #expect(!examples.isEmpty)
    #expect(Set(examples).count == examples.count)
  }
}
