import Foundation

/// Runs other programs for the benchmark: spawned directly (no shell), output to a file or
/// `/dev/null`, timed from spawn to reaped.
enum ProcessRunner {
  /// What one run of a program came to.
  struct Outcome {
    /// Its exit status, or `nil` when it could not be run or was killed by a signal.
    let status: Int32?
    /// Whether it exited with status 0.
    var succeeded: Bool { status == 0 }
    /// Wall-clock time from spawn to reaped, in seconds.
    let seconds: Double
  }

  /// Runs `executable` with `arguments` and `environment`; standard output goes to `output`
  /// (`/dev/null` unless given) and standard error to `errors` (`/dev/null` unless given).
  static func run(
    _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
    output: String = "/dev/null", errors: String = "/dev/null"
  ) -> Outcome {
    // Darwin's spawn type is an opaque pointer the init function allocates; glibc's a struct.
    #if canImport(Darwin)
      var actions: posix_spawn_file_actions_t?
    #else
      var actions = posix_spawn_file_actions_t()
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let variables =
      (environment ?? ProcessInfo.processInfo.environment)
      .map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for argument in argv { free(argument) }
      for variable in variables { free(variable) }
    }
    var pid = pid_t()
    let start = Clock.now()
    guard posix_spawn(&pid, executable, &actions, nil, argv, variables) == 0 else {
      return Outcome(status: nil, seconds: 0)
    }
    var status: Int32 = 0
    let reaped = waitpid(pid, &status, 0)
    let seconds = Clock.seconds(since: start)
    // Exited normally: the low seven bits are 0 and the status is the next byte.
    let exited = reaped == pid && status & 0x7F == 0
    return Outcome(status: exited ? (status >> 8) & 0xFF : nil, seconds: seconds)
  }

  /// Runs `executable` and returns its standard output, or `nil` when it fails.
  static func capture(
    _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
    in directory: URL
  ) -> String? {
    let file = directory.appendingPathComponent("captured-\(UUID().uuidString).txt").path
    defer { try? FileManager.default.removeItem(atPath: file) }
    let outcome = run(executable, arguments, environment: environment, output: file)
    guard outcome.succeeded else { return nil }
    return try? String(contentsOfFile: file, encoding: .utf8)
  }

  /// The path of an executable named `name` on `PATH`.
  static func executable(named name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
}

/// Monotonic time for the benchmark.
enum Clock {
  /// Now, in nanoseconds of uptime.
  static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

  /// Seconds elapsed since `start` (a value of `now()`).
  static func seconds(since start: UInt64) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  /// The best wall-clock time of `runs` calls of `body`, in seconds. What `body` returns is
  /// destroyed after the clock stops, as md-peers frees cmark's tree outside its timing.
  static func best<Result>(runs: Int, _ body: () -> Result) -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
      let start = now()
      let result = body()
      best = min(best, seconds(since: start))
      withExtendedLifetime(result) {}
    }
    return best
  }
}

/// The middle value of `values` (the mean of the two middle ones for an even count).
func median(_ values: [Double]) -> Double {
  guard !values.isEmpty else { return .nan }
  let sorted = values.sorted()
  let middle = sorted.count / 2
  return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// `value` with `digits` decimals.
func format(_ value: Double, _ digits: Int = 2) -> String {
  String(format: "%.\(digits)f", value)
}
