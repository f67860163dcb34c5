import Foundation
import JSON
import Markdown

/// Issue 12's table of pathological inputs: each shape at 10 KB, 100 KB and 1 MB, parsed in
/// process by our Markdown or JSON parser, the median of several runs. The growth column is the
/// 1 MB time divided by the 100 KB time, for ten times the input: about 10 is linear, 100
/// would be quadratic, and more than `limit` fails unless the 1 MB time is under `floor`. (10 KB
/// inputs fit in the cache, so their time per byte is lower.) Then the cases that grow past the
/// input's size (`PathologicalBenchmark+Growth.swift`).
///
/// Run alone with `MLCareerBenchmark --only pathological` (release mode): it exits with 1 when
/// a case grows past its limit, so CI runs it as the check that hostile input stays linear.
struct PathologicalBenchmark {
  /// One input shape: a name, the parser, and a generator for about `size` bytes.
  struct Shape: Sendable {
    let name: String
    let parser: String
    let make: @Sendable (Int) -> String
  }

  static let sizes = [10_000, 100_000, 1_000_000]
  /// The most the 1 MB time may be, as a multiple of the 100 KB time.
  static let limit = 40.0
  /// The large time under which any growth is met: a fraction of a millisecond at 100 KB moves
  /// by more than its size between runs, and superlinear work on a megabyte takes far longer.
  static let floor = 0.01

  /// Whether `large` seconds, against `small`, stays within `limit` (or under `floor`).
  static func isMet(small: Double, large: Double, limit: Double) -> Bool {
    large <= floor || large / small <= limit
  }

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
    Shape(name: "[a](<b repeated", parser: "markdown") { repeated("[a](<b ", $0) },
    Shape(name: "<!-- and <?a repeated", parser: "markdown") { repeated("<!-- <?a ", $0) },
    Shape(name: "a_ repeated", parser: "markdown") { repeated("a_", $0) },
    Shape(name: "> - repeated on one line", parser: "markdown") { repeated("> - ", $0) },
    Shape(name: "images nested in links", parser: "markdown") { size in
      repeated("![", size / 2) + "a" + repeated("](u)", size / 2)
    },
    Shape(name: "one-line progress file", parser: "json") { size in
      #"{"version":1,"skills":{},"x":["# + repeated("[1],", size) + "[1]]}"
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

  /// Prints the tables in Markdown; returns whether every case stayed within its limit.
  func run() -> Bool {
    print("Pathological inputs (issues 12 and 28): median parse time, in-process, release build;")
    print("long arguments: median time of the whole `mlcareer` process\n")
    print("| input | parser | 10 KB | 100 KB | 1 MB | 1 MB ÷ 100 KB | met |")
    print("|---|---|---:|---:|---:|---:|---|")
    let binary = StartupBenchmark.siblingBinary()
    var allMet = true
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
      let growth = times[2] / times[1]
      let met = Self.isMet(small: times[1], large: times[2], limit: Self.limit)
      allMet = allMet && met
      print(
        "| \(shape.name) | \(shape.parser) | " + cells.joined(separator: " | ")
          + " | \(String(format: "%.1f", growth))× | \(met ? "yes" : "NO") |")
    }
    return Self.runGrowthCases() && allMet
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
