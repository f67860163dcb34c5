@testable import CommandLineKit

/// A small made-up tool, `pantry`, described only for these tests, so the command-line kit is
/// tested without mlcareer's description.
enum FixtureTool {
  /// How the shelf is printed.
  enum Layout: String, ArgumentValue {
    case grid, list
    case compact = "compact-list"
    case lineArt = "line-art"

    var aliases: [String] { self == .list ? ["lines"] : [] }
  }

  /// The sizes of `pantry stock --size`.
  enum Size: String, ArgumentValue {
    case small, medium, large
  }

  static let stock = CommandSpec(
    "stock", abstract: "Show what is on the shelves.",
    arguments: [ArgumentSpec("shelf", help: "Shelves to show.", optional: true, variadic: true)],
    options: [
      OptionSpec(
        "layout", short: "l", value: "layout", help: "How to print it.",
        values: .cases(of: Layout.self), default: Layout.grid.name),
      OptionSpec("size", value: "size", help: "Only this size.", values: .cases(of: Size.self)),
      OptionSpec("limit", short: "n", value: "n", help: "At most this many.", default: "5"),
      .flag("empty", help: "Only the empty shelves."),
      .flag("full", help: "Only the full shelves."),
      .flag("restock", help: "Order what is missing."),
      .flag("now", help: "Order at once, without asking."),
    ],
    rules: [.exclusive(["empty", "full"]), .requires("now", "restock")])

  static let shell = CommandSpec(
    "shell", abstract: "Print a completion script.",
    arguments: [ArgumentSpec("shell", help: "The shell.", values: .shells)])

  static let root = CommandSpec(
    "pantry", abstract: "Keep track of a pantry.",
    options: [.flag("version", help: "Show the version.")],
    globalOptions: [.flag("help", short: "h", help: "Show help information.")],
    subcommands: [stock, shell])

  /// `line` split at spaces, parsed against `root`.
  static func parse(_ line: String) throws(UsageError) -> ParsedCommand {
    try CommandLineParser.parse(line.split(separator: " ").map(String.init), root: root)
  }

  /// The message `line` is refused with, or `nil` when it parses.
  static func refusal(_ line: String) -> String? {
    do {
      _ = try parse(line)
      return nil
    } catch {
      return error.description
    }
  }
}
