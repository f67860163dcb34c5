import Foundation

/// Instruction counts from valgrind's callgrind: the stable number on a noisy machine.
struct Callgrind {
  let workDirectory: URL
  let environment: [String: String]
  private let valgrind = ProcessRunner.executable(named: "valgrind")

  init(workDirectory: URL, environment: [String: String]) {
    self.workDirectory = workDirectory
    self.environment = environment
  }

  /// Whether valgrind is installed.
  var isAvailable: Bool { valgrind != nil }

  /// The instructions one run of `executable` with `arguments` executes (callgrind's
  /// "Collected"), or `nil` without valgrind or when the run fails.
  func instructions(_ executable: String, _ arguments: [String]) -> Int? {
    guard let valgrind else { return nil }
    let log = workDirectory.appendingPathComponent("callgrind.log").path
    let output = workDirectory.appendingPathComponent("callgrind.out").path
    let outcome = ProcessRunner.run(
      valgrind,
      ["--tool=callgrind", "--callgrind-out-file=\(output)", "--log-file=\(log)", executable]
        + arguments,
      environment: environment)
    guard outcome.succeeded, let text = try? String(contentsOfFile: log, encoding: .utf8) else {
      return nil
    }
    // `==1234== Collected : 3512345`
    for line in text.split(separator: "\n") where line.contains("Collected :") {
      if let last = line.split(separator: " ").last, let count = Int(last) { return count }
    }
    return nil
  }
}
