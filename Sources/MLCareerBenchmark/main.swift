import Foundation

// Usage: MLCareerBenchmark [PACKAGE_ROOT] [--runs N] [--parse-runs N] [--scale-runs N]
//                          [--only parse|startup|scale|pathological]
//                          [EXTRA.md ...]
//
// Build everything in release mode first (the benchmark times the `mlcareer` beside it):
//   flags="-c release --static-swift-stdlib -Xswiftc -static-executable"
//   swift build $flags && "$(swift build $flags --show-bin-path)/MLCareerBenchmark" .
//
// Every figure is like for like and from this run: our parse in a fresh process against cmark's
// and md4c's in-process runs on the same files (ParserBenchmark), our whole process against
// tealdeer's (StartupBenchmark); packs of 100 and 1,000 topics against issue 9's targets and
// grep (ScaleBenchmark). It ends with one table of ratios against the issues' targets.

var arguments = Array(CommandLine.arguments.dropFirst())
/// The value after `name`, removed from `arguments` with it.
func option(_ name: String, in arguments: inout [String]) -> String? {
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
  defer { arguments.removeSubrange(index...(index + 1)) }
  return arguments[index + 1]
}
let runs = option("--runs", in: &arguments).flatMap(Int.init) ?? 200
let parseRuns = option("--parse-runs", in: &arguments).flatMap(Int.init) ?? 20
let only = option("--only", in: &arguments)
let scaleRuns = option("--scale-runs", in: &arguments).flatMap(Int.init) ?? 11
// A fresh parsing process started by ParserBenchmark: it does nothing else before it parses.
if let file = option(ParserBenchmark.parseFileOption, in: &arguments) {
  exit(ParserBenchmark.parseInFreshProcess(file: file, runs: parseRuns) ? 0 : 1)
}
if only == "pathological" {
  exit(PathologicalBenchmark().run() ? 0 : 1)
}
let root = URL(
  fileURLWithPath: arguments.first ?? FileManager.default.currentDirectoryPath, isDirectory: true
).standardizedFileURL
let extraFiles = arguments.dropFirst().map { URL(fileURLWithPath: $0) }

let work = FileManager.default.temporaryDirectory.appendingPathComponent(
  "mlcareer-benchmark-\(ProcessInfo.processInfo.processIdentifier)")
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: work) }

let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?"
print(
  "mlcareer benchmark, \(Date()), \(ProcessInfo.processInfo.hostName), "
    + "\(ProcessInfo.processInfo.activeProcessorCount) cores, load average "
    + load.split(separator: " ").prefix(3).joined(separator: " ") + "\n")
var table = ResultTable()
if only == nil || only == "parse" {
  CPUPinning.onCurrentCPU { cpu in
    ParserBenchmark(
      root: root, workDirectory: work, runs: parseRuns, extraFiles: extraFiles, cpu: cpu
    )
    .run(into: &table)
  }
}
if only != "parse" && only != "scale" {
  StartupBenchmark(workDirectory: work, runs: runs).run(into: &table)
}
if only == nil || only == "scale" {
  ScaleBenchmark(workDirectory: work, runs: scaleRuns).run(into: &table)
}
print("\nSummary (ratios: time as a multiple of the peer's; parse: speed as a multiple)\n")
print(table.markdown)
