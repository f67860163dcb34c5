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

  static let shelves = Argument<[String]>(
    "shelf", help: "Shelves to show.", optional: true,
    values: .dynamicPath(parent: "shelves", children: "jars"))
  static let layout = Option<Layout>(
    "layout", short: "l", value: "layout", help: "How to print it.", default: .grid)
  static let size = Option<Size?>("size", value: "size", help: "Only this size.", cases: Size.self)
  static let limit = Option.wholeNumber(
    "limit", short: "n", value: "n", help: "At most this many.", in: 1...99, default: 5)
  static let empty = Flag("empty", help: "Only the empty shelves.")
  static let full = Flag("full", help: "Only the full shelves.")
  static let restock = Flag("restock", help: "Order what is missing.")
  static let now = Flag("now", help: "Order at once, without asking.")

  static let stock = CommandSpec(
    "stock", abstract: "Show what is on the shelves.",
    arguments: [shelves.spec],
    options: [
      layout.spec, size.spec, limit.spec, empty.spec, full.spec, restock.spec, now.spec,
    ],
    rules: [
      .exclusive([empty.spec.long, full.spec.long]), .requires(now.spec.long, restock.spec.long),
    ])

  static let shellName = Argument<Shell>("shell", help: "The shell.")

  static let shell = CommandSpec(
    "shell", abstract: "Print a completion script.", arguments: [shellName.spec])

  static let root = CommandSpec(
    "pantry", abstract: "Keep track of a pantry.",
    options: [Flag("version", help: "Show the version.").spec],
    globalOptions: [Flag("help", short: "h", help: "Show help information.").spec],
    subcommands: [.init(stock), .init(shell)])

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
