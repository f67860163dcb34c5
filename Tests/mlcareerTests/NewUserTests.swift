import Foundation
import Testing

/// What a new user meets first, tried as they try it: `new`, help, `man`, the pager, locales,
/// `--color always` in a pipe, names, exit codes and packs at their edges.
@Suite struct NewUserTests {
  /// `text` without escape sequences (CSI and OSC) and man's overstrikes (`N\bN`).
  static func visible(_ text: String) -> String {
    text.replacing(
      /\u{1B}\[[0-9;?]*[A-Za-z]|\u{1B}\][^\u{1B}\u{7}]*(\u{1B}\\|\u{7})|.\u{8}/, with: "")
  }

  @Test func newAloneListsItsSubcommandsAndItsHelpPointsAtAWorkingCommand() throws {
    let alone = try ToolRunner.run(["new"])
    #expect(alone.status == 0)
    #expect(alone.stderr.isEmpty)
    #expect(alone.stdout.contains("SUBCOMMANDS:\n  pack "))
    #expect(alone.stdout.contains("See 'mlcareer help new <subcommand>' for detailed help."))
    let pointed = try ToolRunner.run(["help", "new", "pack"])
    #expect(pointed.status == 0)
    #expect(pointed.stdout.hasPrefix("OVERVIEW: Write a skeleton pack"))
  }

  @Test func newTopicUsesThePackHereOrSaysDataIsMissing() throws {
    let pack = try TestPack()
    let here = try ToolRunner.runInShell("cd '\(pack.path)' && \"$0\" new topic interviews")
    #expect(here.status == 64)
    #expect(!here.stderr.contains("''"))
    #expect(here.stderr.hasPrefix("error: missing option '--data <dir>'\n"))
    #expect(here.stderr.contains("Usage: mlcareer new topic <id> [--data <dir> ...]"))
    try pack.write("guide.json", "{}")
    let written = try ToolRunner.runInShell("cd '\(pack.path)' && \"$0\" new topic interviews")
    #expect(written.status == 0, "\(written.stderr)")
    #expect(pack.read("topics/interviews.md") != nil)
    #expect(written.stderr.isEmpty)
  }

  @Test func newTopicSaysWhenItReplacesABuiltInTopic() throws {
    let pack = try TestPack()
    let result = try ToolRunner.run(["new", "topic", "faq", "--data", pack.path])
    #expect(result.status == 0)
    #expect(result.stderr == "mlcareer: note: the topic 'faq' replaces the built-in one\n")
  }

  @Test func versionHasAShortNameAndTakesNoCommand() throws {
    let short = try ToolRunner.run(["-V"])
    #expect(short.status == 0)
    #expect(short.stdout.hasPrefix("mlcareer "))
    let withCommand = try ToolRunner.run(["--version", "list"])
    #expect(withCommand.status == 64)
    #expect(withCommand.stdout.isEmpty)
    #expect(withCommand.stderr.hasPrefix("error: unexpected argument 'list'\nUsage: mlcareer "))
  }

  @Test func helpStopsAtTheReadingWidthOnAWideScreen() throws {
    let result = try ToolRunner.run(
      ["show", "--help"], environment: ToolRunner.environment(["COLUMNS": "200"]))
    #expect(result.status == 0)
    let widest = result.stdout.split(separator: "\n").map(\.count).max() ?? 0
    #expect(widest <= 100)
    #expect(widest > 80)
  }

  @Test func aDumbTerminalGetsNoPager() throws {
    try #require(ToolRunner.canRunOnTerminal)
    let result = try ToolRunner.runOnTerminal(
      ["show", "responsibilities"], rows: 10,
      environment: ["TERM": "dumb", "MLCAREER_PAGER": PagerTests.fakePager])
    #expect(!result.stdout.contains("PAGED"))
    #expect(result.stdout.contains("Deployment and monitoring"))
  }

  @Test(.enabled(if: ExternalTool.path("man") != nil, "man is not installed; .ci/run installs it"))
  func manOnATerminalIsFormattedAndPipedIsRoff() throws {
    try #require(ToolRunner.canRunOnTerminal)
    let shown = try ToolRunner.runOnTerminal(["man"], environment: ["MANPAGER": "cat"])
    let text = Self.visible(shown.stdout)
    #expect(!text.contains(".TH"))
    #expect(!text.contains(".SH"))
    #expect(text.contains("SYNOPSIS"))
    #expect(text.contains("EXIT STATUS"))
    let piped = try ToolRunner.run(["man"])
    #expect(piped.stdout.contains("\n.SH SYNOPSIS\n"))
    #expect(
      piped.stdout.contains("\n.SS \"mlcareer new pack\"\n\\fBmlcareer new pack\\fR \\fIdir\\fR\n"))
  }

  @Test func manOnATerminalWithoutManIsPlainText() throws {
    try #require(ToolRunner.canRunOnTerminal)
    let shown = try ToolRunner.runOnTerminal(["man"], rows: 1000, environment: ["PATH": "/nowhere"])
    #expect(!shown.stdout.contains(".TH"))
    #expect(shown.stdout.contains("OVERVIEW: A command-line guide"))
    #expect(shown.stdout.contains("USAGE: mlcareer salaries"))
  }

  @Test func theManPageStartsNoParagraphRightAfterAHeading() throws {
    let page = try ToolRunner.run(["man"]).stdout
    #expect(!page.contains(".SH DESCRIPTION\n.PP"))
    if let mandoc = ExternalTool.path("mandoc") {
      let file = FileManager.default.temporaryDirectory.appendingPathComponent(
        "mlcareer-\(UUID().uuidString).1")
      try page.write(to: file, atomically: true, encoding: .utf8)
      defer { try? FileManager.default.removeItem(at: file) }
      let lint = try ExternalTool.run(mandoc, ["-T", "lint", "-W", "warning", file.path])
      #expect(!lint.output.contains("WARNING"), "\(lint.output)")
    }
  }

  @Test(arguments: [
    ["salaries"], ["show", "roles"], ["list"], ["skills"], ["checklist"], ["show", "caf\u{E9}"],
  ])
  func aTerminalOfANonUTF8LocaleGetsASCIIOnly(arguments: [String]) throws {
    try #require(ToolRunner.canRunOnTerminal)
    let state = try StateFolder()
    let result = try ToolRunner.runOnTerminal(
      arguments, rows: 2000,
      environment: ["LC_ALL": "C", "XDG_STATE_HOME": state.environment["XDG_STATE_HOME"] ?? ""])
    #expect(!result.stdout.isEmpty)
    #expect(result.stdout.unicodeScalars.allSatisfy { $0.isASCII }, "\(arguments)")
  }

  @Test(arguments: [["salaries"], ["skills"], ["search", "python"], ["list"]])
  func colorAlwaysInAPipeWritesWhatATerminalShows(arguments: [String]) throws {
    let environment = ToolRunner.environment(["LANG": "C.UTF-8"])
    let piped = try ToolRunner.run(arguments, environment: environment)
    #expect(piped.stdout.contains("\t"))
    let coloured = try ToolRunner.run(arguments + ["--color", "always"], environment: environment)
    #expect(coloured.status == 0)
    #expect(coloured.stdout.contains("\u{1B}["))
    #expect(!coloured.stdout.contains("\t"), "\(arguments)")
  }

  @Test func aTopicNamedTwiceIsShownOnceAndAWholeWordNamesASection() throws {
    let twice = try ToolRunner.run(["show", "best", "practices"])
    #expect(twice.status == 0)
    #expect(twice.stdout.components(separatedBy: "Best Practices\n").count == 2)
    let word = try ToolRunner.run(["show", "salaries/experience"])
    #expect(word.status == 0, "\(word.stderr)")
    #expect(word.stdout.hasPrefix("Salaries › By experience\n"))
  }

  @Test func skillsTakesSeveralGroupsInTheOrderGiven() throws {
    let result = try ToolRunner.run(["skills", "cloud", "math", "--format", "csv"])
    #expect(result.status == 0, "\(result.stderr)")
    let groups = result.stdout.split(whereSeparator: \.isNewline).dropFirst().map {
      $0.split(separator: ",")[0]
    }
    #expect(groups.first == "cloud-mlops")
    #expect(groups.last == "mathematics")
    let checklist = try ToolRunner.run(["checklist", "math", "cloud", "--format", "csv"])
    #expect(
      checklist.stdout.split(whereSeparator: \.isNewline).dropFirst().first?.hasPrefix(
        "mathematics,") == true)
  }

  @Test func aBadDimensionIsAUsageError() throws {
    let result = try ToolRunner.run(["salaries", "--by", "pay"])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("error: invalid value 'pay' for '--by'; expected one of: "))
    #expect(result.stderr.contains("\nUsage: mlcareer salaries "))
  }

  @Test func decliningAResetIsNotAnError() throws {
    try #require(ToolRunner.canRunOnTerminal)
    let state = try StateFolder()
    let result = try ToolRunner.runOnTerminal(
      ["progress", "--reset"], environment: state.environment, input: "n\n")
    #expect(result.status == 1)
    #expect(result.stdout.contains("Nothing was changed."))
    #expect(!result.stdout.contains("error"))
  }

  @Test func aMissingPathFolderIsSkippedQuietlyAndNamedWhereAsked() throws {
    let missing = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlcareer-missing-\(UUID().uuidString)"
    ).path
    let environment = ToolRunner.environment(["MLCAREER_PATH": missing])
    let list = try ToolRunner.run(["list"], environment: environment)
    #expect(list.status == 0)
    #expect(list.stderr.isEmpty)
    let paths = try ToolRunner.run(["paths"], environment: environment)
    #expect(paths.stdout.contains("MLCAREER_PATH: \(missing) (no such folder, skipped)"))
    let validate = try ToolRunner.run(["validate"], environment: environment)
    #expect(validate.stdout.contains("\(missing): warning: no such folder\n"))
    let data = try ToolRunner.run(["list", "--data", missing])
    #expect(data.status == 1)
    #expect(data.stderr == "\(missing): error: no such folder\n")
  }

  @Test func aBrokenFileIsReportedBeforeWhatTheCommandMadeOfIt() throws {
    let pack = try TestPack()
    try pack.write("salaries.json", "{")
    let result = try pack.run(["salaries", "--city", "london"])
    #expect(result.status == 1)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.first?.hasPrefix(pack.path + "/salaries.json:") == true, "\(result.stderr)")
    #expect(result.stderr.contains("no salary figure matches"))
  }

  @Test func aDataOnlyPackGetsNoWarningAboutProse() throws {
    let pack = try TestPack()
    try pack.write(
      "guide.json", #"{"sources": [{"id": "my-notes", "title": "N", "description": "D"}]}"#)
    try pack.write(
      "salaries.json",
      TestPack.salaries(TestPack.cityRecord(id: "city-lyon", label: "Lyon", amount: 65000)))
    let result = try ToolRunner.run(["validate", pack.path])
    #expect(result.status == 0)
    #expect(!result.stdout.contains("not mentioned"), "\(result.stdout)")
  }

  @Test func pipedListGivesThePackItsOwnField() throws {
    let pack = try TestPack()
    try pack.write("topics/pay.md", TestPack.topic("Pay", summary: "What pays."))
    let result = try pack.run(["list"])
    let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("pay\t") })
    #expect(
      line.split(separator: "\t", omittingEmptySubsequences: false) == [
        "pay", "Pay", "What pays.", "team",
      ])
  }

  @Test func onlyWebAddressesBecomeTerminalLinks() throws {
    try #require(ToolRunner.canRunOnTerminal)
    let pack = try TestPack()
    try pack.write(
      "topics/links.md",
      TestPack.topic(
        "Links", body: "See [the site](https://example.com) and [this](javascript:alert(1))."))
    let result = try ToolRunner.runOnTerminal(
      ["--data", pack.path, "show", "links"], rows: 200, environment: ["LANG": "C.UTF-8"])
    #expect(result.stdout.contains("\u{1B}]8;;https://example.com\u{1B}\\"))
    #expect(!result.stdout.contains("\u{1B}]8;;javascript"))
    #expect(result.stdout.contains("javascript:alert(1)"))
  }

  @Test func thePageHasNoEmptyElementsAndItsTablesShowTheyScroll() throws {
    let page = try ToolRunner.run(["export", "--format", "html"]).stdout
    #expect(page.contains("<span class=\"box todo\""))
    #expect(page.firstMatch(of: /<span[^>]*><\/span>/) == nil)
    // HTML Tidy (CI installs it) finds nothing to warn about or trim.
    if let tidy = ExternalTool.path("tidy") {
      let file = FileManager.default.temporaryDirectory.appendingPathComponent(
        "mlcareer-\(UUID().uuidString).html")
      try page.write(to: file, atomically: true, encoding: .utf8)
      defer { try? FileManager.default.removeItem(at: file) }
      let check = try ExternalTool.run(tidy, ["-q", "-e", file.path])
      #expect(check.status == 0 && check.output.isEmpty, "\(check.output)")
    }
    let style = try #require(page.firstMatch(of: /\.table-box \{[^}]*\}/)).output
    #expect(style.contains("radial-gradient") && style.contains("local"))
  }

  @Test func progressInAFolderOthersMayWriteInIsRefusedForReadingToo() throws {
    let state = try StateFolder()
    try state.writeProgress(Array(#"{"version": 1, "skills": {"python": "done"}}"#.utf8))
    let folder = state.url.appendingPathComponent("mlcareer").path
    try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder)
    let result = try state.run(["checklist"])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("others may write in it"), "\(result.stderr)")
  }

  @Test func searchLabelsEachHitByWhatItIsWithTheCommandThatShowsIt() throws {
    let csv = try ToolRunner.run(["search", "python", "--all", "--format", "csv"]).stdout
    let rows = csv.split(whereSeparator: \.isNewline).map(String.init)
    #expect(rows.first == "topic,section,field,path,text,kind,command")
    let skill = try #require(rows.first { $0.contains("skill › Programming and software") })
    #expect(skill.hasSuffix(",skill,mlcareer skills programming"))
    #expect(!csv.contains("skills › Programming and software practice"))
    let section = try #require(rows.first { $0.hasPrefix("skills,Languages,") })
    #expect(section.hasSuffix(",section,mlcareer show skills/languages"))
    let salary = try ToolRunner.run(["search", "san", "francisco", "--format", "csv"]).stdout
    #expect(salary.contains(",salary,mlcareer salaries --by city"), "\(salary)")
    let shown = try ToolRunner.runOnTerminal(["search", "python", "-n", "2"], columns: 200)
    #expect(shown.stdout.contains("skill › Programming and software practice"))
    #expect(shown.stdout.contains("mlcareer skills programming"))
  }
}
