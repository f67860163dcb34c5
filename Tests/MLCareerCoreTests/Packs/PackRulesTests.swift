import Foundation
import Testing
import TextSupport

@testable import JSON
@testable import MLCareerCore

/// The rules packs are read by: what neutralising changes, which paths may be used, how
/// records merge and how a validation is summed up.
@Suite struct PackRulesTests {
  @Test(arguments: [
    ("plain text\twith tab\n", "plain text\twith tab\n"),
    ("\u{1B}[31mred", "^[[31mred"), ("bell\u{07}", "bell^G"), ("back\u{08}", "back^H"),
    ("a\r\nb\rc", "a\nb^Mc"), ("del\u{7F}", "del^?"), ("csi\u{9B}", "csi<U+009B>"),
    ("rtl\u{202E}", "rtl<U+202E>"), ("héllo 日本", "héllo 日本"),
  ])
  func controlsAreShownVisibly(text: String, shown: String) {
    #expect(text.neutralisingControls == shown)
  }

  /// The byte scan that lets clean text through untouched reads eight bytes at a time: each
  /// character it must catch is caught at every offset in and across those words, and the
  /// characters that share its lead bytes (é, ¡, —, ‧, ⁠, ؛) are let through.
  @Test(arguments: [
    "\u{1B}", "\u{07}", "\u{00}", "\r", "\u{7F}", "\u{80}", "\u{9F}", "\u{061C}", "\u{200E}",
    "\u{200F}", "\u{2028}", "\u{202E}", "\u{2066}", "\u{2069}",
  ])
  func controlsAreCaughtAtEveryOffset(control: String) {
    for offset in 0..<20 {
      let text = String(repeating: "a", count: offset) + control + "tail"
      #expect(text.neutralisingControls != text, "at offset \(offset)")
    }
    for safe in ["é", "\u{A1}", "—", "\u{2027}", "\u{2060}", "\u{061B}", "\u{2065}", "\t\n"] {
      let text = String(repeating: "a", count: 7) + safe + "tail"
      #expect(text.neutralisingControls == text)
    }
  }

  @Test(arguments: [
    ("&#27;[2J", "^[[2J"), ("&#x1b;x", "^[x"), ("&#X9B;", "<U+009B>"),
    ("&#65; &amp;", "&#65; &amp;"),
    ("&#27", "&#27"), ("&#;", "&#;"), ("0123456789 &amp; &#27;", "0123456789 &amp; ^["),
  ])
  func referencesToControlsAreShownVisibly(text: String, shown: String) {
    #expect(text.neutralisingControlReferences == shown)
  }

  @Test func pathsMayNotLeaveThePack() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlcareer-folder-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let pack = root.appendingPathComponent("pack")
    try FileManager.default.createDirectory(
      at: pack.appendingPathComponent("topics"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: pack.appendingPathComponent("topics/out.md").path, withDestinationPath: "/etc")
    try FileManager.default.createSymbolicLink(
      atPath: pack.appendingPathComponent("topics/in.md").path, withDestinationPath: "a.md")
    let folder = PackFolder(path: pack.path)
    #expect(folder.escape("topics/a.md") == nil)
    #expect(folder.escape("topics/in.md") == nil)
    #expect(folder.escape("topics/../../x.md")?.contains("leaves the pack's folder") == true)
    #expect(folder.escape("/etc/passwd")?.contains("absolute path") == true)
    #expect(folder.escape("topics/out.md")?.contains("symbolic link") == true)
  }

  @Test(arguments: [
    ("topics/a.md", true), ("a.md", true), ("topics/..a.md", true), ("topics/a..md", true),
    ("...", true), ("topics/.../a.md", true), ("./topics/a.md", true), ("topics//a.md", true),
    ("..", false), ("../a.md", false), ("topics/../a.md", false), ("topics/..", false),
    ("a/b/../../c", false), ("topics\\a.md", false), ("", false), ("/a.md", false),
    ("~/a.md", false),
  ])
  func aPathMayNotStepOutOfThePackAsWritten(path: String, isAllowed: Bool) {
    #expect((PackFolder(path: "pack").lexicalEscape(path) == nil) == isAllowed, "\(path)")
  }

  @Test func mergedRecordsReplaceInPlaceAndAppendTheRest() {
    let (merged, replaced) = ContentLibrary.merge(
      ["a", "b", "c"], ["b", "d"], id: { $0 })
    #expect(merged == ["a", "b", "c", "d"])
    #expect(replaced == ["b"])
  }

  @Test func theSummaryCountsErrorsWarningsAndPacks() {
    var report = PackValidator.Report()
    let at = TextSupport.SourceLocation(file: "p/a.md", line: 1, column: 1)
    report.diagnostics = [
      Diagnostic(.error, at: at, "x"), Diagnostic(.error, at: at, "y"),
      Diagnostic(.warning, at: at, "z"),
    ]
    report.packCount = 3
    #expect(report.summary == "2 errors, 1 warning in 3 packs")
    report.diagnostics = []
    report.packCount = 1
    #expect(report.summary == "0 errors, 0 warnings in 1 pack")
    #expect(Diagnostic(.warning, at: at, "w").description == "p/a.md:1:1: warning: w")
  }

  @Test(arguments: [(150000.0, "150,000"), (150000.0, "150000"), (2.5, "2.5")])
  func figuresAreFoundInProseWrittenEitherWay(number: Double, prose: String) {
    #expect(PackValidator.mentions("pays \(prose) a year", number: number))
    #expect(!PackValidator.mentions("pays well", number: number))
  }
}
