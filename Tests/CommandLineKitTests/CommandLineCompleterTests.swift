import Testing

@testable import CommandLineKit

/// Completion against the fixture tool: what fits the last word, read as the parser reads the
/// words before it.
@Suite struct CommandLineCompleterTests {
  /// Shelves `top` and `low`, and jars on each shelf.
  static func names(_ source: String, _ parent: String?) -> [CompletionCandidate] {
    switch (source, parent) {
    case ("shelves", nil): [CompletionCandidate("top", description: "Top shelf"), .init("low")]
    case ("jars", "top"?): [CompletionCandidate("jam", description: "Strawberry"), .init("tea")]
    default: []
    }
  }

  /// What `line` completes to: split at spaces, the last word (maybe empty) being typed.
  static func complete(_ line: String) -> Completion {
    let words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    return CommandLineCompleter.complete(words, root: FixtureTool.root, names: names)
  }

  struct Case: Sendable, CustomTestStringConvertible {
    let line: String
    let offered: [String]
    var testDescription: String { "'\(line)'" }
  }

  @Test(arguments: [
    Case(line: "", offered: ["stock", "shell"]),
    Case(line: "st", offered: ["stock", "shell"]),
    Case(line: "-", offered: ["--version", "--help"]),
    Case(
      line: "stock --",
      offered: [
        "--layout", "--size", "--limit", "--empty", "--full", "--restock", "--now", "--help",
      ]
    ),
    Case(
      line: "stock --empty -l grid -",
      offered: ["--size", "--limit", "--restock", "--now", "--help"]),
    Case(line: "stock --layout ", offered: ["grid", "list", "compact-list", "line-art"]),
    Case(line: "stock -l ", offered: ["grid", "list", "compact-list", "line-art"]),
    Case(line: "stock --layout=li", offered: ["grid", "list", "compact-list", "line-art"]),
    Case(line: "stock --size ", offered: ["small", "medium", "large"]),
    Case(line: "stock -n ", offered: []),
    Case(line: "stock a/", offered: []),
    Case(line: "stock top/j", offered: ["top/jam", "top/tea"]),
    Case(line: "stock top low ", offered: ["top", "low"]),
    Case(line: "stock -- -", offered: ["top", "low"]),
    Case(line: "shell ", offered: ["bash", "zsh", "fish"]),
    Case(line: "shell bash ", offered: ["--help"]),
  ])
  func offersWhatFitsTheLastWord(_ test: Case) {
    #expect(Self.complete(test.line).candidates.map(\.name) == test.offered)
  }

  /// A line the parser would refuse before the last word gets nothing.
  @Test(arguments: ["stock --bogus ", "stack ", "stock --layout tiles ", "stock --empty=yes "])
  func offersNothingAfterAWordTheParserRefuses(line: String) {
    #expect(Self.complete(line) == Completion())
  }

  @Test func describesCommandsOptionsAndValues() {
    let commands = Self.complete("").candidates
    #expect(
      commands.first == CompletionCandidate("stock", description: "Show what is on the shelves."))
    #expect(
      Self.complete("stock --e").candidates.first { $0.name == "--empty" }?.description
        == "Only the empty shelves.")
    #expect(
      Self.complete("stock -l ").candidates.allSatisfy { $0.description == "How to print it." })
    #expect(Self.complete("stock ").candidates.first?.description == "Top shelf")
    #expect(Self.complete("stock top/").candidates.first?.description == "Strawberry")
  }

  /// A shelf may go on to `/jar`, so no space follows it; a jar ends the word.
  @Test func keepsTheWordOpenAfterAParentOnly() {
    #expect(Self.complete("stock t").keepsWordOpen)
    #expect(!Self.complete("stock top/").keepsWordOpen)
    #expect(!Self.complete("stock --layout ").keepsWordOpen)
  }
}
