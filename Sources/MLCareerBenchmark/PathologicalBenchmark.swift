import Foundation
import JSON
import Markdown

/// Issue 12's table of pathological inputs: each shape at 10 KB, 100 KB and 1 MB, parsed in
/// process by our Markdown or JSON parser, the median of several runs. The last column is the
/// 1 MB time divided by the 100 KB time, for ten times the input: about 10 is linear, 100
/// would be quadratic. (10 KB inputs fit in the cache, so their time per byte is lower.)
/// Then issue 28's topics that are slow past the parser, run by the `mlcareer` beside it.
///
/// Run alone with `MLCareerBenchmark --only pathological` (release mode).
struct PathologicalBenchmark {
  /// One input shape: a name, the parser, and a generator for about `size` bytes.
  struct Shape: Sendable {
    let name: String
    let parser: String
    let make: @Sendable (Int) -> String
  }

  static let sizes = [10_000, 100_000, 1_000_000]

  /// `unit` repeated until the text is about `size` bytes.
  static func repeated(_ unit: String, _ size: Int) -> String {
    String(repeating: unit, count: max(1, size / unit.utf8.count))
  }

  static let shapes: [Shape] = [
    Shape(name: "nested quotes, 50 deep per line", parser: "markdown") {
      repeated(String(repeating: "> ", count: 50) + "x\n", $0)
    },
    Shape(name: "nested quotes, one line as deep as it is long", parser: "markdown") {
      repeated("> ", $0)
    },
    Shape(name: "nested lists, 50 deep per line", parser: "markdown") {
      repeated(String(repeating: "- ", count: 50) + "x\n", $0)
    },
    Shape(name: "run of *", parser: "markdown") { repeated("*", $0) },
    Shape(name: "*a repeated", parser: "markdown") { repeated("*a ", $0) },
    Shape(name: "run of _", parser: "markdown") { repeated("_", $0) },
    Shape(name: "_a_ _b repeated", parser: "markdown") { repeated("_a_ _b ", $0) },
    Shape(name: "run of [", parser: "markdown") { repeated("[", $0) },
    Shape(name: "[a]( repeated", parser: "markdown") { repeated("[a](", $0) },
    Shape(name: "backtick runs of growing length", parser: "markdown") { size in
      var text = ""
      var length = 1
      while text.utf8.count < size {
        text += String(repeating: "`", count: length) + "a"
        length = length % 200 + 1
      }
      return text
    },
    Shape(name: "long reference chain", parser: "markdown") { size in
      let count = size / 30
      var text = ""
      for index in 0..<count { text += "[r\(index)]: /u\(index)\n" }
      text += "\n"
      for index in 0..<count { text += "[x][r\(index)] " }
      return text
    },
    Shape(name: "wide table", parser: "markdown") { size in
      let columns = max(1, size / 12)
      return String(repeating: "| a ", count: columns) + "|\n"
        + String(repeating: "|---", count: columns) + "|\n"
        + String(repeating: "| b ", count: columns) + "|\n"
    },
    Shape(name: "one-line JSON array [[1],[1],…]", parser: "json") { size in
      "[" + Array(repeating: "[1]", count: max(1, size / 4)).joined(separator: ",") + "]"
    },
    Shape(name: "one-line JSON object {\"k\":{\"a\":[]},…}", parser: "json") { size in
      "{" + (0..<max(1, size / 18)).map { #""k\#($0)":{"a":[]}"# }.joined(separator: ",") + "}"
    },
    Shape(name: "JSON nesting 500 deep, repeated", parser: "json") { size in
      let deep = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
      return "[" + Array(repeating: deep, count: max(1, size / 1001)).joined(separator: ",") + "]"
    },
  ]

  /// Long arguments (issue 28): the release `mlcareer` beside the benchmark run as `PARSER`
  /// with the text as arguments of at most 100 KB (Linux takes at most 128 KB in one), so the
  /// time is a whole process's.
  static let argumentShapes: [Shape] = [
    Shape(name: "long arguments: unknown skill ids", parser: "check") { repeated("x", $0) },
    Shape(name: "long arguments: search words", parser: "search") { repeated("x", $0) },
    Shape(name: "long arguments: accented skill ids", parser: "check") { repeated("é", $0) },
  ]

  /// `text` cut into arguments of at most 100 KB.
  static func arguments(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    let step = 100_000 / max(1, text.utf8.count / max(1, scalars.count))
    return stride(from: 0, to: scalars.count, by: step).map { start in
      var piece = String.UnicodeScalarView()
      piece.append(contentsOf: scalars[start..<min(start + step, scalars.count)])
      return String(piece)
    }
  }

  /// Issue 28's shapes, slow past the parser (in the topic loader, a renderer or search): one
  /// pack topic of about `size` bytes, and the command run on it.
  static let topicShapes: [(name: String, arguments: [String], make: @Sendable (Int) -> String)] =
    [
      (
        "many sections (`## Sn`, a line each)", ["show", "t"],
        { "# T\n\ns\n\n" + (0..<$0 / 16).map { "## S\($0)\n\nx\n\n" }.joined() }
      ),
      (
        "many sections, validated", ["validate"],
        { "# T\n\ns\n\n" + (0..<$0 / 16).map { "## S\($0)\n\nx\n\n" }.joined() }
      ),
      (
        "a paragraph inside 100 nested quotes", ["show", "t"],
        {
          "# T\n\ns\n\n## S\n\n" + String(repeating: ">", count: 100) + " " + repeated("word ", $0)
        }
      ),
      (
        "a paragraph of one word, searched for a phrase", ["search", "\"word word\"", "word-t"],
        { "# T\n\ns\n\n## S\n\n" + repeated("word ", $0) + "t" }
      ),
    ]

  /// Times `topicShapes` as whole runs of the release `mlcareer` beside the benchmark, piped,
  /// on a pack of the one topic: the median of five runs at 100 KB and 1 MB.
  static func runTopicShapes() {
    let binary = StartupBenchmark.siblingBinary()
    let pack = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlcareer-pathological-\(ProcessInfo.processInfo.processIdentifier)")
    defer { try? FileManager.default.removeItem(at: pack) }
    try? FileManager.default.createDirectory(
      at: pack.appendingPathComponent("topics"), withIntermediateDirectories: true)
    print("\nPathological topics (issue 28): median time of the whole `mlcareer` process\n")
    print("| topic | command | 100 KB | 1 MB | 1 MB ÷ 100 KB |")
    print("|---|---|---:|---:|---:|")
    for shape in topicShapes {
      var times: [Double] = []
      for size in [100_000, 1_000_000] {
        try? shape.make(size).write(
          to: pack.appendingPathComponent("topics/t.md"), atomically: false, encoding: .utf8)
        let arguments =
          shape.arguments == ["validate"]
          ? ["validate", pack.path] : ["--data", pack.path] + shape.arguments
        // The user's own packs and progress stay out of it.
        let environment = ["HOME": pack.path, "XDG_STATE_HOME": pack.path]
        times.append(
          Self.median(runs: 5) {
            _ = ProcessRunner.run(binary, arguments, environment: environment)
          })
      }
      print(
        "| \(shape.name) | `\(shape.arguments.joined(separator: " "))` | "
          + times.map(Self.format).joined(separator: " | ")
          + " | \(String(format: "%.1f", times[1] / times[0]))× |")
    }
  }

  /// Prints the table in Markdown.
  func run() {
    print("Pathological inputs (issues 12 and 28): median parse time, in-process, release build;")
    print("long arguments: median time of the whole `mlcareer` process\n")
    print("| input | parser | 10 KB | 100 KB | 1 MB | 1 MB ÷ 100 KB |")
    print("|---|---|---:|---:|---:|---:|")
    let binary = StartupBenchmark.siblingBinary()
    for shape in Self.shapes + Self.argumentShapes {
      var times: [Double] = []
      var cells: [String] = []
      for size in Self.sizes {
        let text = shape.make(size)
        let bytes = text.utf8.count
        let arguments = ["json", "markdown"].contains(shape.parser) ? [] : Self.arguments(text)
        let seconds = Self.median(runs: size >= 1_000_000 ? 5 : 11) {
          switch shape.parser {
          case "json": _ = try? JSONParser.parse(text, file: "bench.json")
          case "markdown": _ = MarkdownParser.parse(text)
          default: _ = ProcessRunner.run(binary, [shape.parser] + arguments)
          }
        }
        // Per byte, scaled to the nominal size, so a generator's rounding does not count.
        times.append(seconds / Double(bytes) * Double(size))
        cells.append(Self.format(seconds))
      }
      let growth = Int((times[2] / times[1] * 10).rounded())
      let shown = "\(growth / 10).\(growth % 10)×"
      print(
        "| \(shape.name) | \(shape.parser) | " + cells.joined(separator: " | ") + " | \(shown) |")
    }
    Self.runTopicShapes()
  }

  /// The median wall-clock time of `runs` calls of `body`, in seconds.
  static func median(runs: Int, _ body: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
      let start = Clock.now()
      body()
      times.append(Clock.seconds(since: start))
    }
    return times.sorted()[times.count / 2]
  }

  /// `0.42 ms`, `12.3 ms`, `1.20 s`.
  static func format(_ seconds: Double) -> String {
    let milliseconds = seconds * 1000
    if milliseconds >= 1000 { return String(Double(Int(seconds * 100)) / 100) + " s" }
    if milliseconds >= 10 { return String(Double(Int(milliseconds * 10)) / 10) + " ms" }
    return String(Double(Int(milliseconds * 100)) / 100) + " ms"
  }
}
