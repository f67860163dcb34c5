import Foundation
import Testing

@Suite struct CheckCommandTests {
  @Test func checkedSkillShowsTickedInTheChecklist() throws {
    let state = try StateFolder()
    let check = try state.run(["check", "python"])
    #expect(check.status == 0)
    #expect(check.stderr.isEmpty)
    #expect(check.stdout.hasPrefix("[x] Python\n"))
    #expect(check.stdout.contains("Progress: 1% (1 of "))
    let checklist = try state.run(["checklist"])
    #expect(checklist.status == 0)
    #expect(checklist.stdout.split(separator: "\n").contains("  [x] Python"))
    #expect(checklist.stdout.split(separator: "\n").contains("  [ ] Java"))
  }

  @Test func flagsSetEachStateAndUncheckClearsIt() throws {
    let state = try StateFolder()
    #expect(try state.run(["check", "python", "keras"]).status == 0)
    #expect(try state.run(["check", "--learning", "pytorch"]).stdout.hasPrefix("[~] PyTorch\n"))
    #expect(try state.run(["check", "r", "--skip"]).stdout.hasPrefix("[-] R\n"))
    #expect(try state.run(["uncheck", "keras"]).stdout.hasPrefix("[ ] Keras\n"))
    #expect(try state.marks() == ["python": "done", "pytorch": "learning", "r": "skipped"])
    let lines = try state.run(["checklist"]).stdout.split(separator: "\n")
    #expect(lines.contains("  [~] PyTorch"))
    #expect(lines.contains("  [-] R"))
    #expect(lines.contains("  [ ] Keras"))
  }

  @Test func namesMatchLikeTopics() throws {
    let state = try StateFolder()
    let result = try state.run([
      "check", "PYTHON", "scikit learn", "Explainable AI", "sklearn", "pyto",
    ])
    #expect(result.status == 0)
    #expect(
      try state.marks() == [
        "python": "done", "scikit-learn": "done", "explainable-ai": "done", "pytorch": "done",
      ])
  }

  @Test func aTypoSavesNothingAndSuggests() throws {
    let state = try StateFolder()
    #expect(try state.run(["check", "java"]).status == 0)
    let before = try #require(state.progressBytes())
    let result = try state.run(["check", "python", "pyhton", "tensorflw"])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr == """
        error: no skill 'pyhton'
        Did you mean 'python'?
        error: no skill 'tensorflw'
        Did you mean 'tensorflow'?
        Run 'mlcareer skills' to see every skill id.

        """)
    #expect(state.progressBytes() == before)
  }

  @Test func aTypoOnAFreshStateCreatesNoFile() throws {
    let state = try StateFolder()
    let result = try state.run(["uncheck", "pyhton"])
    #expect(result.status == 1)
    #expect(state.progressBytes() == nil)
  }

  @Test func anAmbiguousPrefixIsAnError() throws {
    let state = try StateFolder()
    let result = try state.run(["check", "py"])
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix("error: 'py' could be more than one skill: 'python', 'pytorch'"))
    #expect(state.progressBytes() == nil)
  }

  @Test func learningAndSkipTogetherAreAUsageError() throws {
    let state = try StateFolder()
    let result = try state.run(["check", "--learning", "--skip", "python"])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr == """
        error: --learning and --skip cannot be used together; choose one
        Usage: mlcareer check <id> ... [--learning] [--skip] [--note <text>]
          See 'mlcareer check --help'.

        """)
    #expect(state.progressBytes() == nil)
  }

  @Test func withoutAnIdItIsAUsageError() throws {
    let result = try ToolRunner.run(["check"])
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("error: missing argument"))
  }

  @Test func twentyProcessesAtOnceAllLand() throws {
    let state = try StateFolder()
    let ids = try Array(
      ToolRunner.run(["skills"]).stdout.split(separator: "\n")
        .map { String($0.split(separator: "\t")[0]) }.prefix(20))
    #expect(ids.count == 20)
    let processes = try ids.map { id in
      let process = Process()
      process.executableURL = ToolRunner.binary
      process.arguments = ["check", id]
      process.environment = state.environment
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      return process
    }
    for process in processes { process.waitUntilExit() }
    #expect(processes.allSatisfy { $0.terminationStatus == 0 })
    #expect(try state.marks().keys.sorted() == ids.sorted())
    #expect(Set(try state.marks().values) == ["done"])
  }

  @Test(arguments: [
    ("garbage", "progress.json:1:1: error: "),
    (
      #"{"version": 1, "skills": {"python": "mastered"}}"#,
      "progress.json:1:37: error: unknown state 'mastered'"
    ),
    (
      #"{"version": 3, "skills": {}}"#, "progress.json:1:13: error: the progress file has version 3"
    ),
  ])
  func aBrokenStateFileIsReportedAndLeftAsItIs(contents: String, error: String) throws {
    let state = try StateFolder()
    try state.writeProgress(Array(contents.utf8))
    for arguments in [["check", "java"], ["uncheck", "java"], ["checklist"], ["progress"]] {
      let result = try state.run(arguments)
      #expect(result.status == 1, "\(arguments)")
      #expect(result.stdout.isEmpty)
      #expect(
        result.stderr.hasPrefix(state.progressPath + error.dropFirst("progress.json".count)),
        "\(arguments)")
      #expect(result.stderr.contains("The file was left as it is"))
      #expect(state.progressBytes() == Array(contents.utf8))
    }
  }

  @Test func aFolderInPlaceOfTheStateFileIsReportedAndLeftAlone() throws {
    let state = try StateFolder()
    try FileManager.default.createDirectory(
      atPath: state.progressPath + "/keep", withIntermediateDirectories: true)
    let result = try state.run(["check", "python"])
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix(
        "\(state.progressPath): error: the progress file is not a regular file\n"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: state.progressPath) == ["keep"])
  }
}
