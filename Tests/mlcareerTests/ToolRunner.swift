import Foundation
import TestSupport
import Testing

/// Runs the built `mlcareer` binary as a user would, and captures what it prints.
struct ToolRunner {
  /// What one run printed and how it ended.
  struct Result {
    var stdout: String
    var stderr: String
    var status: Int32

    /// Standard output parsed as JSON (`--format json`).
    func json() throws -> Any {
      try JSONSerialization.jsonObject(with: Data(stdout.utf8))
    }
  }

  /// The package's folder, holding `Data/` and `Tests/`.
  static let packageFolder = SharedMaterial.packageFolder

  /// The path of `file` under the package's `Data/`, such as `topics/faq.md`.
  static func dataPath(_ file: String) -> String {
    packageFolder.appendingPathComponent("Data").appendingPathComponent(file).path
  }

  /// The binary built beside the test bundle (`.build/<configuration>/mlcareer`).
  static let binary: URL = {
    #if os(Linux)
      let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
      let products = testBinary.deletingLastPathComponent()
    #else
      // On Darwin the tests run from a bundle in the products folder.
      let bundle = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") } ?? .main
      let products = bundle.bundleURL.deletingLastPathComponent()
    #endif
    return products.appendingPathComponent("mlcareer")
  }()

  /// A clean environment: no colour or pager settings from the developer's shell, and a state
  /// folder of the test's own so no run touches the real progress file. `PAGER` is `cat`, so
  /// a run on a pseudo-terminal never waits in a real pager; tests of the pager set their own.
  static func environment(stateHome: URL? = nil, _ extra: [String: String] = [:]) -> [String:
    String]
  {
    var environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
    environment["HOME"] = NSTemporaryDirectory()
    environment["XDG_STATE_HOME"] =
      (stateHome
      ?? FileManager.default.temporaryDirectory.appendingPathComponent(
        "mlcareer-tests-\(UUID().uuidString)")).path
    environment["TERM"] = "xterm-256color"
    environment["PAGER"] = "cat"
    return environment.merging(extra) { $1 }
  }

  /// Runs `mlcareer` with `arguments`; stdout and stderr are pipes, so output is "piped".
  static func run(
    _ arguments: [String], environment: [String: String] = environment(), input: String? = nil,
    executable: String? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable.map { URL(fileURLWithPath: $0) } ?? binary
    process.arguments = arguments
    process.environment = environment
    // Output goes to files, not pipes, so a large output can never block the child.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlcareer-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let outURL = folder.appendingPathComponent("stdout")
    let errURL = folder.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    process.standardInput = try inputFile(input, in: folder)
    try process.run()
    process.waitUntilExit()
    return Result(
      stdout: try String(contentsOf: outURL, encoding: .utf8),
      stderr: try String(contentsOf: errURL, encoding: .utf8),
      status: process.terminationStatus)
  }

  /// A file holding `input` (empty when nil), opened for the child's standard input. A file
  /// rather than a pipe: writing into a pipe whose reader has already exited would kill the test
  /// process with SIGPIPE.
  private static func inputFile(_ input: String?, in folder: URL) throws -> FileHandle {
    let url = folder.appendingPathComponent("stdin")
    try Data((input ?? "").utf8).write(to: url)
    return try FileHandle(forReadingFrom: url)
  }

  /// Runs `mlcareer` on a pseudo-terminal of `columns` × `rows` through `script(1)`, so it sees
  /// a terminal, typing `input` if given; returns what the terminal showed (stdout and stderr
  /// together).
  static func runOnTerminal(
    _ arguments: [String], columns: Int = 80, rows: Int = 24,
    environment extra: [String: String] = [:], input: String? = nil
  ) throws -> Result {
    let quoted = ([binary.path] + arguments).map {
      "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
    let command = "stty cols \(columns) rows \(rows); " + quoted.joined(separator: " ")
    var environment = self.environment(extra)
    if extra["COLUMNS"] == nil { environment.removeValue(forKey: "COLUMNS") }
    // A terminal shows UTF-8 unless a test says otherwise, as most terminals today do.
    if extra["LC_ALL"] == nil, extra["LANG"] == nil { environment["LANG"] = "C.UTF-8" }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = ["-qefc", command, "/dev/null"]
    process.environment = environment
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlcareer-tty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    process.standardInput = input == nil ? FileHandle.nullDevice : try inputFile(input, in: folder)
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    return Result(stdout: text, stderr: "", status: process.terminationStatus)
  }

  /// Runs `script` with `/bin/bash -c`, the binary's path as `$0`, so a test can redirect or
  /// close the binary's streams in ways `Process` cannot (`>&-`, `> /dev/full`, a pipe whose
  /// reader quits); returns the shell's stdout, stderr and status.
  static func runInShell(_ script: String, environment: [String: String] = environment()) throws
    -> Result
  {
    try run(["-c", script, binary.path], environment: environment, executable: "/bin/bash")
  }

  /// Whether `script(1)` is there to give the binary a terminal.
  static var canRunOnTerminal: Bool {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/script")
  }

  /// Runs a test only where the binary can be given a terminal, saying why otherwise.
  static var onTerminal: ConditionTrait {
    .enabled(if: canRunOnTerminal, "needs util-linux's script (/usr/bin/script) for a terminal")
  }
}
