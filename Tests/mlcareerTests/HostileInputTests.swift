import Foundation
import Testing

/// What a hostile user can feed the tool through arguments, environment, files and its
/// standard streams (issue 12): it never crashes, never lets text drive the terminal, and never
/// fails silently.
@Suite struct HostileInputTests {
  static let osc = "\u{1B}]0;pwned\u{07}"

  /// Whether `text` holds ESC, BEL or a C1 control: what a terminal would act on.
  static func hasControls(_ text: String) -> Bool {
    text.unicodeScalars.contains {
      ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
        || $0 == "\u{202E}"
    }
  }

  /// Every error path that echoes an argument (issue 12, defect 3).
  @Test(arguments: [
    ["show", osc], ["show", "responsibilities", "--section", osc], ["show", osc, "--format", osc],
    ["check", osc], ["uncheck", osc], ["skills", osc], ["checklist", osc], ["help", osc],
    ["salaries", "--by", osc], ["salaries", "--city", osc], ["salaries", "--role", osc],
    ["search", osc], [osc], ["list", "--" + osc], ["list", "--format=" + osc],
    ["show", "skills", "extra\u{202E}"], ["list", "--no-pager=" + osc],
  ])
  func argumentsAreEchoedNeutralised(_ arguments: [String]) throws {
    let state = try StateFolder()
    let result = try state.run(arguments)
    #expect(!Self.hasControls(result.stderr), "\(result.stderr.debugDescription)")
    #expect(!Self.hasControls(result.stdout), "\(result.stdout.prefix(200).debugDescription)")
  }

  @Test(arguments: [["show"], ["check"], ["salaries", "--city"], [], ["search"]])
  func aLineBreakInAnArgumentCannotFakeAnErrorLine(_ command: [String]) throws {
    let state = try StateFolder()
    let result = try state.run(command + ["x\nerror: everything is fine\n"])
    let errorLines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
    #expect(errorLines.count <= 1, "\(result.stderr)")
    #expect(!result.stderr.contains("\nerror: everything is fine"))
  }

  /// `py<U+200B>thon` is not `python`, and the message says why it was not found.
  @Test(arguments: [["check"], ["show"], ["skills"]])
  func zeroWidthCharactersInANameAreShownVisibly(_ command: [String]) throws {
    let state = try StateFolder()
    let result = try state.run(command + ["py\u{200B}th\u{200D}on\u{FEFF}"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("'py<U+200B>th<U+200D>on<U+FEFF>'"), "\(result.stderr)")
  }

  @Test func aLongArgumentIsCutInTheMessage() throws {
    let result = try ToolRunner.run(["show", String(repeating: "q", count: 100_000)])
    #expect(result.status == 1)
    #expect(result.stderr.utf8.count < 2000)
    #expect(result.stderr.contains("q…'"))
  }

  @Test func anUnknownSkillIdPlantedInTheProgressFileIsShownHarmlessly() throws {
    let state = try StateFolder()
    try state.writeProgress(
      Array(#"{"version": 1, "skills": {"\u001b]0;pwned\u0007": "learning"}}"#.utf8))
    let result = try state.run(["progress"])
    #expect(result.status == 0)
    #expect(!Self.hasControls(result.stdout), "\(result.stdout.debugDescription)")
    #expect(result.stdout.contains("^[]0;pwned^G"))
  }

  @Test(arguments: [
    #"{"version": 1, "skills": {"python": "\u001b[31mred"}}"#,
    #"{"version": 1, "skills": {"\u001b[31m": "nope"}}"#,
    "{\"version\": 1, \"skills\": {}, \"x\": \u{1B}[31m}",
  ])
  func aBadStateValueIsEchoedHarmlessly(_ file: String) throws {
    let state = try StateFolder()
    try state.writeProgress(Array(file.utf8))
    let result = try state.run(["progress"])
    #expect(result.status == 1)
    #expect(!Self.hasControls(result.stderr), "\(result.stderr.debugDescription)")
  }

  @Test func aHugeBareWordInTheProgressFileGivesAShortError() throws {
    let state = try StateFolder()
    try state.writeProgress(
      Array(("{\"version\": 1, \"skills\": " + String(repeating: "w", count: 2_000_000) + "}").utf8)
    )
    let result = try state.run(["progress"])
    #expect(result.status == 1)
    #expect(result.stderr.utf8.count < 2000, "\(result.stderr.utf8.count) bytes")
  }

  @Test func anEscapeInTheStateFolderPathIsShownHarmlessly() throws {
    // A regular file where a folder should be, so the path cannot be created even by root.
    let state = try StateFolder()
    let file = state.url.appendingPathComponent("file")
    try Data().write(to: file)
    let environment = ToolRunner.environment([
      "XDG_STATE_HOME": file.path + "/\u{1B}[31m" + Self.osc
    ])
    let result = try ToolRunner.run(["check", "python"], environment: environment)
    #expect(result.status == 1)
    #expect(!Self.hasControls(result.stderr), "\(result.stderr.debugDescription)")
  }

  /// Issue 12, defect 2: a terminal reporting 0 columns and a huge `COLUMNS` trapped.
  @Test(arguments: [["--version"], ["show", "responsibilities"], ["salaries"]])
  func aHugeWidthDoesNotCrash(_ arguments: [String]) throws {
    try #require(ToolRunner.canRunOnTerminal)
    for columns in ["9223372036854775769", "9223372036854775807", "-5", "0", "abc"] {
      let result = try ToolRunner.runOnTerminal(
        arguments + ["--no-pager"], columns: 0, rows: 0, environment: ["COLUMNS": columns])
      #expect(result.status == 0, "COLUMNS=\(columns): \(result.stdout.prefix(300))")
    }
    let environment = ToolRunner.environment([
      "COLUMNS": "9223372036854775769", "LINES": "9223372036854775807",
    ])
    #expect(try ToolRunner.run(arguments, environment: environment).status == 0)
  }

  @Test func aTerminalWithZeroRowsDoesNotPageShortOutput() throws {
    try #require(ToolRunner.canRunOnTerminal)
    let result = try ToolRunner.runOnTerminal(
      ["--version"], rows: 0, environment: ["MLCAREER_PAGER": PagerTests.fakePager])
    #expect(result.status == 0)
    #expect(!result.stdout.contains("PAGED"), "\(result.stdout)")
    #expect(result.stdout.hasPrefix("mlcareer "))
  }

  /// Issue 12, defect 4: write errors on standard output were ignored.
  @Test func aFullDiskIsAnError() throws {
    let result = try ToolRunner.runInShell(#"exec "$0" export --format json > /dev/full"#)
    #expect(result.status == 1)
    #expect(result.stderr == "error: cannot write to standard output: No space left on device\n")
  }

  @Test func aClosedStandardOutputIsAnError() throws {
    let result = try ToolRunner.runInShell(#"exec "$0" export --format json >&-"#)
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("error: cannot write to standard output"))
  }

  @Test func aClosedStandardOutputDoesNotLetTheProgressFileTakeItsPlace() throws {
    let state = try StateFolder()
    let result = try ToolRunner.runInShell(
      #"exec "$0" check python >&-"#, environment: state.environment)
    #expect(try state.marks() == ["python": "done"])
    #expect(result.status == 1)
  }

  @Test func aReaderThatQuitsEndsTheProcessQuietlyEvenWithSIGPIPEIgnored() throws {
    let result = try ToolRunner.runInShell(
      #"trap '' PIPE; "$0" export --format json | head -c 1 > /dev/null; echo "${PIPESTATUS[0]}""#)
    #expect(result.stderr == "")
    #expect(result.stdout == "141\n")
  }
}

/// The command-line fuzzer's seeds and regressions (`Tests/Fuzz`), each an argument vector
/// split at NUL bytes, run through the real binary: no crash, no control character on stderr.
@Suite struct CommandLineFuzzCorpusTests {
  @Test func everyKeptArgumentVectorRunsCleanly() throws {
    let fuzz = ToolRunner.packageFolder.appendingPathComponent("Tests/Fuzz")
    var vectors: [[String]] = []
    for kind in ["Seeds", "Regressions"] {
      let folder = fuzz.appendingPathComponent(kind).appendingPathComponent("commandline")
      for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
        vectors.append(
          bytes.split(separator: 0, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
          })
      }
    }
    #expect(!vectors.isEmpty)
    for arguments in vectors {
      let state = try StateFolder()
      let result = try state.run(arguments)
      #expect([0, 1, 64].contains(result.status), "\(arguments): status \(result.status)")
      #expect(!HostileInputTests.hasControls(result.stderr), "\(arguments)")
    }
  }
}
