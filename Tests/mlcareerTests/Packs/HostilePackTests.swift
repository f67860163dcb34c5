import Foundation
import Testing

/// Pack content is text from anywhere: it never drives the terminal, never reads outside its
/// folder, and a huge file is handled or refused with the limit named.
@Suite struct HostilePackTests {
  static let escapes =
    "\u{1B}]0;pwned\u{07} \u{1B}[31mred\u{1B}[0m \u{1B}]52;c;aGk=\u{07} \u{1B}]8;;http://x\u{1B}\\"
    + " back\u{08}space lone\rcr \u{9B}31m"

  @Test func controlsInATopicAreShownVisiblyInTextMarkdownAndJSON() throws {
    let pack = try TestPack()
    try pack.write(
      "topics/evil.md",
      TestPack.topic(
        "Evil \u{1B}]0;title\u{07}", summary: "Sum" + Self.escapes, body: "- x &#27;[2J"))
    for format in ["text", "markdown", "json"] {
      let result = try pack.run(["show", "evil", "--format", format])
      #expect(result.status == 0)
      #expect(
        !result.stdout.unicodeScalars.contains {
          $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x08 || $0.value == 0x0D
            || $0.value == 0x9B
        }, "\(format)")
      #expect(result.stdout.contains("^[]0;pwned^G"), "\(format)")
    }
    let text = try pack.run(["show", "evil"]).stdout
    #expect(text.contains("^[[2J"))
    // A lone CR ends a line of Markdown, as CommonMark says: a soft break in the paragraph.
    #expect(text.contains("lone cr <U+009B>31m"))
    let onTerminal = try ToolRunner.runOnTerminal(["--data", pack.path, "show", "evil"])
    #expect(onTerminal.stdout.contains("^[]52;c;aGk=^G"))
    #expect(!onTerminal.stdout.contains("\u{1B}]52"))
    #expect(!onTerminal.stdout.contains("\u{1B}]0;"))
  }

  @Test func controlsInRecordsAreNeutralisedToo() throws {
    let pack = try TestPack()
    try pack.write(
      "salaries.json",
      TestPack.salaries(
        TestPack.cityRecord(id: "city-evil", label: #"Evil\u001b]0;x\u0007"#, amount: 1)))
    let result = try pack.run(["salaries", "--city", "evil"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Evil^[]0;x^G"))
    #expect(!result.stdout.contains("\u{1B}"))
    let json = try pack.run(["salaries", "--city", "evil", "--format", "json"])
    #expect(!json.stdout.contains("\u{1B}"))
  }

  @Test(arguments: [
    ("../outside.md", "'../outside.md' leaves the pack's folder; paths may not contain '..'"),
    (
      "/etc/hostname",
      "'/etc/hostname' is an absolute path; paths in a pack are relative to its folder"
    ),
    ("topics/link.md", "is a symbolic link to "),
  ])
  func pathsInTheManifestCannotLeaveThePack(file: String, message: String) throws {
    let pack = try TestPack()
    try pack.write("../outside.md", TestPack.topic("Outside"))
    try FileManager.default.createSymbolicLink(
      atPath: pack.url.appendingPathComponent("topics/link.md").path,
      withDestinationPath: pack.root.appendingPathComponent("outside.md").path)
    try pack.write("guide.json", #"{"topics": [{"id": "sneaky", "file": "\#(file)"}]}"#)
    let show = try pack.run(["show", "sneaky"])
    #expect(show.status == 1)
    #expect(!show.stdout.contains("Outside"))
    // A link is found when the file is read; what the manifest says, when it is loaded.
    let place =
      file.hasPrefix("topics/") ? "topics/link.md:1:1: error: " : "guide.json:1:13: error: "
    #expect(show.stderr.contains("\(pack.path)/" + place), "\(show.stderr)")
    #expect(show.stderr.contains(message))
    let validate = try ToolRunner.run(["validate", pack.path])
    #expect(validate.status == 1)
    #expect(validate.stdout.contains(message))
  }

  @Test func aSymbolicLinkWithoutAManifestIsLeftOut() throws {
    let pack = try TestPack()
    try pack.write("../outside.md", TestPack.topic("Outside"))
    try FileManager.default.createSymbolicLink(
      atPath: pack.url.appendingPathComponent("topics/link.md").path,
      withDestinationPath: pack.root.appendingPathComponent("outside.md").path)
    let list = try pack.run(["list"])
    #expect(!list.stdout.contains("Outside"))
  }

  @Test func aFileOverTheLimitIsRefusedNamingTheLimit() throws {
    let pack = try TestPack()
    let handle = try FileHandle(
      forWritingTo: {
        let url = pack.url.appendingPathComponent("topics/huge.md")
        _ = FileManager.default.createFile(
          atPath: url.path, contents: Data("# Huge\n\nBig.\n".utf8))
        return url
      }())
    try handle.truncate(atOffset: 33 * 1024 * 1024)
    try handle.close()
    let show = try pack.run(["show", "huge"])
    #expect(show.status == 1)
    #expect(
      show.stderr.contains(
        "huge.md:1:1: error: cannot read the file: it has 34603008 bytes, more than the 4 MiB limit for a pack file"
      ))
  }

  @Test func aLongLineAndDeepNestingAreHandled() throws {
    let pack = try TestPack()
    let line = String(repeating: "word ", count: 200_000)
    let nested = String(repeating: "> ", count: 100_000) + "deep"
    try pack.write("topics/long.md", TestPack.topic("Long", body: line + "\n\n" + nested))
    try pack.write("skills.json", String(repeating: "[", count: 100_000))
    let show = try pack.run(["show", "long"])
    #expect(show.status == 0)
    #expect(show.stdout.contains("word word"))
    let skills = try pack.run(["skills"])
    #expect(skills.status == 1)
    #expect(skills.stderr.contains("skills.json:1:"))
    #expect(skills.stderr.contains("nested more than"))
  }

  /// A line feed in a pack folder's name, in a manifest's `file`, in `--data` or in
  /// `MLCAREER_PATH` is shown as `^J` by every command, so a path cannot forge a line.
  @Test(arguments: [
    ["list"], ["show", "zz-topic"], ["search", "point"], ["export", "--format", "json"],
    ["validate"],
  ])
  func aLineFeedInAPackPathCannotForgeALine(_ command: [String]) throws {
    let pack = try TestPack(name: "pk\nforged line")
    try pack.write("topics/t.md", TestPack.topic("T"))
    try pack.write(
      "guide.json", #"{"topics": [{"id": "zz-topic", "file": "topics/t.md\nforged line"}]}"#)
    // A missing MLCAREER_PATH folder is skipped without a word, so the pack itself is on it.
    let environment = ToolRunner.environment(["MLCAREER_PATH": pack.path])
    for result in [
      try pack.run(command), try ToolRunner.run(["--data", "/no\nforged line"] + command),
      try ToolRunner.run(command, environment: environment),
    ] {
      let output = result.stderr + result.stdout
      #expect(!output.split(separator: "\n").contains { $0.hasPrefix("forged line") })
      #expect(output.contains("^Jforged line"), "\(output)")
    }
  }

  @Test(arguments: [["list"], ["show", "t"], ["validate"]])
  func aLongPackPathIsCutInMessages(_ command: [String]) throws {
    let folder = "/nonexistent/" + String(repeating: "d", count: 300)
    let result = try ToolRunner.run(["--data", folder] + command)
    #expect(result.status == 1)
    let output = result.stderr + result.stdout
    #expect(output.contains("/" + String(repeating: "d", count: 150)))
    #expect(!output.contains(String(repeating: "d", count: 200)))
    #expect(output.contains("…: error: no such folder"), "\(output)")
  }

  @Test func aZeroWidthCharacterInASkillNameIsShownVisibly() throws {
    let pack = try TestPack()
    try pack.write(
      "skills.json",
      #"{"schemaVersion": 1, "skills": [{"id": "snake", "name": "Py\u200bth\u200don\ufeff", "#
        + #""group": "programming", "level": "core", "note": "Not Python.", "sources": ["x"]}]}"#)
    let skills = try pack.run(["skills", "--format", "json"])
    #expect(skills.status == 0, "\(skills.stderr)")
    #expect(skills.stdout.contains("Py<U+200B>th<U+200D>on<U+FEFF>"))
  }
}
