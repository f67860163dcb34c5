import Foundation
import Markdown

// Usage: MLCareerBenchmark [PACKAGE_ROOT] [EXTRA.md ...]
//
// Measures MarkdownParser.parse throughput (best of several runs) on the guide's topics
// (Data/topics/*.md), on a ~1 MB document made of the CommonMark spec's examples, on the topics
// repeated to ~1 MB, and on any extra Markdown files given. When a `cmark` binary is on PATH,
// it is timed on the same large files (whole process: start-up, reading, rendering HTML).

let arguments = CommandLine.arguments.dropFirst()
let root = URL(
  fileURLWithPath: arguments.first ?? FileManager.default.currentDirectoryPath, isDirectory: true)
let extraFiles = arguments.dropFirst().map { URL(fileURLWithPath: $0) }
let megabyte = 1_048_576.0
var sink = 0

/// The best wall-clock time of `runs` calls of `body`, in seconds.
func bestTime(runs: Int, _ body: () -> Void) -> Double {
  var best = Double.infinity
  for _ in 0..<runs {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    best = min(best, elapsed)
  }
  return best
}

/// `text` repeated (separated by blank lines) until it reaches about `size` bytes.
func repeated(_ text: String, toAbout size: Int) -> String {
  guard !text.isEmpty else { return "" }
  var result = ""
  result.reserveCapacity(size + text.utf8.count)
  while result.utf8.count < size {
    result += text
    result += "\n\n"
  }
  return result
}

/// The path of an executable named `name` on PATH.
func executable(named name: String) -> String? {
  let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
  for directory in path.split(separator: ":") {
    let candidate = "\(directory)/\(name)"
    if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
  }
  return nil
}

/// Runs `executable` with `arguments`, its output going to /dev/null; false when it fails.
func run(_ executable: String, _ arguments: [String]) -> Bool {
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  let argv = ([executable] + arguments).map { strdup($0) } + [nil]
  defer {
    for argument in argv { free(argument) }
  }
  var pid = pid_t()
  guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return false }
  var status: Int32 = 0
  return waitpid(pid, &status, 0) == pid && status == 0
}

/// The best time of `runs` runs of `cmark file > /dev/null` (spawned directly, no shell).
func cmarkTime(_ cmark: String, file: URL, runs: Int) -> Double? {
  var failed = false
  let time = bestTime(runs: runs) {
    if !run(cmark, [file.path]) { failed = true }
  }
  return failed ? nil : time
}

func format(_ value: Double, _ digits: Int = 1) -> String {
  String(format: "%.\(digits)f", value)
}

// (a) The topics, file by file.
let topicsDirectory = root.appendingPathComponent("Data/topics")
let topicFiles =
  ((try? FileManager.default.contentsOfDirectory(atPath: topicsDirectory.path)) ?? [])
  .filter { $0.hasSuffix(".md") }.sorted()
let topics = topicFiles.compactMap {
  try? String(contentsOf: topicsDirectory.appendingPathComponent($0), encoding: .utf8)
}
let topicBytes = topics.reduce(0) { $0 + $1.utf8.count }
print("MarkdownParser.parse throughput, best of N runs (release build expected)")
if topics.isEmpty {
  print("- Data/topics: no topics found under \(topicsDirectory.path)")
} else {
  let time = bestTime(runs: 50) {
    for topic in topics { sink &+= MarkdownParser.parse(topic).blocks.count }
  }
  print(
    "- Data/topics: \(topics.count) files, \(topicBytes) bytes: \(format(time * 1e3, 3)) ms, "
      + "\(format(Double(topicBytes) / megabyte / time)) MB/s")
}

// (b) Large documents, ours against cmark.
struct Example: Decodable {
  let markdown: String
}

var large: [(name: String, text: String)] = []
let specURL = root.deletingLastPathComponent().appendingPathComponent(
  "shared/commonmark/spec-0.31.2.json")
if let data = try? Data(contentsOf: specURL),
  let examples = try? JSONDecoder().decode([Example].self, from: data)
{
  // Keep the examples that do not swallow what follows them (an unclosed fence would turn
  // the rest of the document into one code block).
  let sentinel = "\n\nsentinel\n"
  let contained = examples.map(\.markdown).filter { markdown in
    let blocks = MarkdownParser.parse(markdown + sentinel).blocks
    return blocks.last?.kind == .paragraph([.text("sentinel")])
  }
  let joined = contained.joined(separator: "\n\n")
  large.append(("spec examples (\(contained.count)) repeated", repeated(joined, toAbout: 1 << 20)))
} else {
  print("- spec examples: not found at \(specURL.path)")
}
if !topics.isEmpty {
  large.append(("topics repeated", repeated(topics.joined(separator: "\n\n"), toAbout: 1 << 20)))
}
if !extraFiles.isEmpty {
  let texts = extraFiles.compactMap { try? String(contentsOf: $0, encoding: .utf8) }
  large.append(
    (
      "extra files (\(texts.count)) repeated",
      repeated(texts.joined(separator: "\n\n"), toAbout: 1 << 20)
    ))
}

let cmark = executable(named: "cmark")
if cmark == nil { print("- cmark: not on PATH, no comparison") }
for (name, text) in large {
  let bytes = text.utf8.count
  let time = bestTime(runs: 20) { sink &+= MarkdownParser.parse(text).blocks.count }
  let ours = Double(bytes) / megabyte / time
  print(
    "- \(name), \(bytes) bytes: \(format(time * 1e3, 2)) ms, \(format(ours)) MB/s")
  guard let cmark else { continue }
  let file = FileManager.default.temporaryDirectory.appendingPathComponent(
    "mlcareer-benchmark-\(ProcessInfo.processInfo.processIdentifier).md")
  guard (try? text.write(to: file, atomically: true, encoding: .utf8)) != nil,
    let theirs = cmarkTime(cmark, file: file, runs: 20)
  else {
    print("  cmark: could not run")
    continue
  }
  try? FileManager.default.removeItem(at: file)
  print(
    "  cmark (whole process): \(format(theirs * 1e3, 2)) ms, "
      + "\(format(Double(bytes) / megabyte / theirs)) MB/s; "
      + "ours is \(format(theirs / time, 2))x cmark's speed")
}
if sink == 42 { print("") }

// (c) Start-up: the release binary answering `show`, against a tldr client when one is on PATH.
/// The best and median wall-clock times of `runs` runs of a command, in seconds.
func processTimes(_ executable: String, _ arguments: [String], runs: Int) -> (Double, Double)? {
  var times: [Double] = []
  for _ in 0..<runs {
    let start = DispatchTime.now().uptimeNanoseconds
    guard run(executable, arguments) else { return nil }
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
  times.sort()
  return (times[0], times[times.count / 2])
}

print("\nStart-up: whole process, output to /dev/null, best and median of 200 runs")
let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
  .deletingLastPathComponent().appendingPathComponent("mlcareer").path
var commands: [(String, String, [String])] = []
if FileManager.default.isExecutableFile(atPath: binary) {
  commands.append(("mlcareer show responsibilities", binary, ["show", "responsibilities"]))
  commands.append(("mlcareer list", binary, ["list"]))
} else {
  print("- mlcareer: not built beside the benchmark; run 'swift build -c release' first")
}
if let tldr = executable(named: "tldr") {
  commands.append(("tldr tar", tldr, ["tar"]))
}
for (name, executable, arguments) in commands {
  guard let (best, median) = processTimes(executable, arguments, runs: 200) else {
    print("- \(name): could not run")
    continue
  }
  print("- \(name): best \(format(best * 1e3, 2)) ms, median \(format(median * 1e3, 2)) ms")
}
