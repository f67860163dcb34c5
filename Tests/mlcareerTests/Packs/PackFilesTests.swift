import Foundation
import Testing

/// Issue 28: what a pack holds is loaded or named, whatever its files are, and `new` writes
/// only inside the pack.
@Suite struct PackFilesTests {
  /// Makes the pack's `file` a symbolic link to `target`.
  static func link(_ pack: TestPack, _ file: String, to target: String) throws {
    try FileManager.default.createSymbolicLink(
      atPath: pack.url.appendingPathComponent(file).path, withDestinationPath: target)
  }

  @Test func everyFileOfTopicsThatIsNotLoadedIsReportedWithItsReason() throws {
    let pack = try TestPack()
    for name in ["ok.md", "Interviews.md", "my topic.md", "notes.MD"] {
      try pack.write("topics/" + name, TestPack.topic("Some topic"))
    }
    try pack.write("topics/.hidden.md", "ignored")
    try pack.write("../outside.md", TestPack.topic("Outside"))
    try Self.link(pack, "topics/out.md", to: pack.root.appendingPathComponent("outside.md").path)
    try Self.link(pack, "topics/loop.md", to: "loop.md")
    try FileManager.default.createDirectory(
      at: pack.url.appendingPathComponent("topics/folder.md"), withIntermediateDirectories: true)
    let topics = pack.path + "/topics/"
    let expected = [
      "Interviews.md:1:1: error: not loaded as a topic: 'Interviews' is not an id: lowercase "
        + "letters and digits joined by '-'",
      "folder.md:1:1: error: not loaded as a topic: it is a directory",
      "loop.md:1:1: error: cannot read the file: symbolic link loop",
      "my topic.md:1:1: error: not loaded as a topic: 'my topic' is not an id: lowercase "
        + "letters and digits joined by '-'",
      "notes.MD:1:1: error: not loaded as a topic: only files ending in '.md' are topics",
      "out.md:1:1: error: not loaded as a topic: 'topics/out.md' is a symbolic link to "
        + pack.root.appendingPathComponent("outside.md").path + ", outside the pack's folder",
    ].map { topics + $0 }
    let validate = try ToolRunner.run(["validate", pack.path])
    #expect(validate.status == 1)
    #expect(
      validate.stdout
        == (expected + ["6 errors, 0 warnings in 1 pack", ""]).joined(separator: "\n"))
    let list = try pack.run(["list"])
    #expect(list.status == 1)
    #expect(list.stdout.contains("ok\tSome topic\t"))
    #expect(Set(list.stderr.split(separator: "\n").map(String.init)) == Set(expected))
  }

  @Test func validateWarnsOfATopicFileTheManifestDoesNotList() throws {
    let pack = try TestPack()
    try pack.write("topics/listed.md", TestPack.topic("Listed"))
    try pack.write("topics/forgotten.md", TestPack.topic("Forgotten"))
    try pack.write("guide.json", #"{"topics": [{"id": "listed", "file": "topics/listed.md"}]}"#)
    let validate = try ToolRunner.run(["validate", pack.path])
    #expect(validate.status == 0)
    #expect(
      validate.stdout
        == "\(pack.path)/topics/forgotten.md:1:1: warning: not loaded as a topic: guide.json does "
        + "not list it\n0 errors, 1 warning in 1 pack\n")
  }

  @Test func aFolderOrALoopWhereAFileOrFolderShouldBeIsNamed() throws {
    let pack = try TestPack()
    try pack.write("guide.json", #"{"topics": [{"id": "dir", "file": "topics/dir.md"}]}"#)
    try FileManager.default.createDirectory(
      at: pack.url.appendingPathComponent("topics/dir.md"), withIntermediateDirectories: true)
    let show = try pack.run(["show", "dir"])
    #expect(show.status == 1)
    #expect(
      show.stderr == pack.path
        + "/topics/dir.md:1:1: error: cannot read the file: it is a directory\n")
    let file = pack.root.appendingPathComponent("file").path
    let loop = pack.root.appendingPathComponent("loop").path
    _ = FileManager.default.createFile(atPath: file, contents: Data())
    try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
    let flat = try TestPack()
    try FileManager.default.removeItem(at: flat.url.appendingPathComponent("topics"))
    try flat.write("topics", "not a folder")
    let validate = try ToolRunner.run(["validate", flat.path])
    #expect(validate.status == 1)
    #expect(
      validate.stdout.hasPrefix(
        "\(flat.path)/topics:1:1: error: not loaded as a topic: it is not a folder\n"))
    for (folder, message) in [(file, "not a folder"), (loop, "symbolic link loop")] {
      let list = try ToolRunner.run(["--data", folder, "list"])
      #expect(list.status == 1)
      #expect(list.stderr == "\(folder): error: \(message)\n")
    }
  }

  @Test func newRefusesToWriteThroughALinkOutOfThePack() throws {
    let pack = try TestPack()
    let outside = pack.root.appendingPathComponent("elsewhere")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    try FileManager.default.removeItem(at: pack.url.appendingPathComponent("topics"))
    try Self.link(pack, "topics", to: outside.path)
    let new = try ToolRunner.run(["new", "topic", "evil", "--data", pack.path])
    #expect(new.status == 1)
    #expect(
      new.stderr
        == "error: cannot write \(pack.path)/topics/evil.md: 'topics/evil.md' is a symbolic link "
        + "to \(outside.path)/evil.md, outside the pack's folder\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    let newPack = try ToolRunner.run(["new", "pack", pack.path])
    #expect(newPack.status == 1)
    #expect(newPack.stderr.contains("'topics/example.md' is a symbolic link to \(outside.path)/"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
  }

  @Test func newTopicReportsABrokenManifestOnceAndWhole() throws {
    let pack = try TestPack()
    try pack.write("guide.json", "{\"x\n")
    let new = try ToolRunner.run(["new", "topic", "abc", "--data", pack.path])
    #expect(new.status == 1)
    #expect(new.stderr.hasPrefix("\(pack.path)/guide.json:1:4: error: "))
    #expect(new.stderr.components(separatedBy: "error:").count == 2, "\(new.stderr)")
    #expect(pack.read("topics/abc.md") == nil)
  }

  /// CommonMark ends a line at a lone CR, so a topic of old Mac line ends loads, and a lone CR
  /// in a file of line feeds starts a new list item rather than swallowing it.
  @Test(arguments: ["\r", "\n"])
  func aLoneCarriageReturnEndsALine(_ end: String) throws {
    let pack = try TestPack()
    let lines = ["# Old Mac", "", "Summary.", "", "## Points", "", "- one", "- two"]
    try pack.write(
      "topics/mac.md",
      end == "\r"
        ? lines.joined(separator: "\r")
        : lines.joined(separator: "\n")
          .replacingOccurrences(of: "\n- two", with: "\r- two"))
    let show = try pack.run(["show", "mac"])
    #expect(show.status == 0, "\(show.stderr)")
    #expect(show.stdout == "Old Mac\nSummary.\n\nPoints\n  - one\n  - two\n")
  }

  /// A byte order mark opening a topic is accepted, as one opening a JSON file is.
  @Test func aByteOrderMarkOpeningATopicIsAccepted() throws {
    let pack = try TestPack()
    try pack.write("topics/bom.md", "\u{FEFF}" + TestPack.topic("Marked"))
    try pack.write(
      "guide.json", "\u{FEFF}" + #"{"topics": [{"id": "bom", "file": "topics/bom.md"}]}"#)
    let show = try pack.run(["show", "bom"])
    #expect(show.status == 0, "\(show.stderr)")
    #expect(show.stdout.hasPrefix("Marked\nA summary.\n"))
    #expect(try ToolRunner.run(["validate", pack.path]).status == 0)
  }

  /// `<T>`, `<vector>` and `List<String>` are shown as written in every output.
  @Test func textInAngleBracketsIsShownInEveryOutput() throws {
    let pack = try TestPack()
    try pack.write(
      "topics/generics.md",
      TestPack.topic(
        "Generics", summary: "Use List<String> and <T>.",
        body: "- A <vector> of floats.\n\n<vector>"))
    let show = try pack.run(["show", "generics"])
    #expect(show.stdout.contains("Use List<String> and <T>.\n"))
    #expect(show.stdout.contains("  - A <vector> of floats.\n\n  <vector>\n"))
    let json = try pack.run(["show", "generics", "--format", "json"]).stdout
    #expect(json.contains(#""summary": "Use List<String> and <T>.""#))
    #expect(json.contains(#""text": "A <vector> of floats.""#))
    #expect(try pack.run(["list"]).stdout.contains("\tUse List<String> and <T>.\tteam"))
    #expect(try pack.run(["search", "vector"]).stdout.contains("<vector>"))
  }
}
