import Foundation

/// Whole process against whole process: the release `mlcareer` beside this benchmark against
/// tealdeer's `tldr tar`, run alternately (A B A B…), output to `/dev/null`, with medians, the
/// ratio, each side's peak memory and, from callgrind, its instruction count.
struct StartupBenchmark {
  let workDirectory: URL
  let runs: Int
  private let peakProgram: String?

  init(workDirectory: URL, runs: Int) {
    self.workDirectory = workDirectory
    self.runs = runs
    peakProgram = Self.peakMemoryProgram(in: workDirectory)
  }

  /// A command to time, and the ratio to tealdeer it should stay within.
  private struct Case {
    let arguments: [String]
    let target: Double
    var name: String { (["mlcareer"] + arguments).joined(separator: " ") }
  }

  private let cases = [
    Case(arguments: ["show", "responsibilities"], target: 1.0),
    Case(arguments: ["list"], target: 1.0),
    Case(arguments: ["salaries"], target: 1.0),
    Case(arguments: ["skills"], target: 1.0),
    Case(arguments: ["checklist"], target: 1.0),
    Case(arguments: ["search", "data", "drift"], target: 1.3),
    Case(arguments: ["export", "--format", "json"], target: 2.5),
  ]

  /// The `mlcareer` built beside this benchmark.
  static func siblingBinary() -> String {
    #if os(Linux)
      let benchmark = URL(fileURLWithPath: "/proc/self/exe")
    #else
      let benchmark = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    #endif
    return benchmark.resolvingSymlinksInPath()
      .deletingLastPathComponent().appendingPathComponent("mlcareer").path
  }

  /// `show`'s instruction budget.
  private static let showInstructions = 1_500_000

  func run(into table: inout ResultTable) {
    print("\nStart-up: whole process, output to /dev/null, alternating with the peer")
    let binary = Self.siblingBinary()
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      print("- mlcareer: not built beside the benchmark; build it in release mode first")
      return
    }
    var environment = ProcessInfo.processInfo.environment
    for (name, folder) in [
      ("HOME", "home"), ("XDG_STATE_HOME", "state"), ("XDG_CONFIG_HOME", "config"),
      ("XDG_DATA_HOME", "data"),
    ] {
      let path = workDirectory.appendingPathComponent(folder)
      try? FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
      environment[name] = path.path
    }
    // Both programs run as copies in the work folder, read back from the disk: how exec finds
    // an installed program's file after a restart. The page cache otherwise holds each file
    // as whatever last wrote or read it, and that alone moved start-up by a fifth: the binary
    // as the linker leaves it in .build starts some 20% slower than a copy of itself just
    // written, which in turn faults in twice the memory.
    guard let binary = Self.installedCopy(of: binary, in: workDirectory) else {
      print("- mlcareer: could not be copied into \(workDirectory.path)")
      return
    }
    print(
      "- both programs run as copies in \(workDirectory.path)/bin, each written, synced and "
        + "dropped from the page cache (posix_fadvise), so that exec reads it from the disk")
    let tldr = ProcessRunner.executable(named: "tldr").flatMap {
      Self.installedCopy(of: $0, in: workDirectory)
    }
    if let tldr, let variables = TealdeerSetup.environment(in: workDirectory) {
      environment.merge(variables) { $1 }
      print(
        "- peer: \(tldr) tar, reading a \(TealdeerSetup.lineCount)-line page from "
          + "TEALDEER_CACHE_DIR=\(variables["TEALDEER_CACHE_DIR"] ?? "")")
    }
    let peer = tldr.flatMap { tldr in
      ProcessRunner.run(tldr, ["tar"], environment: environment).succeeded ? tldr : nil
    }
    if peer == nil { print("- tldr (tealdeer): not installed or failing; ours only") }
    let callgrind = Callgrind(workDirectory: workDirectory, environment: environment)
    if !callgrind.isAvailable { print("- valgrind: not installed; no instruction counts") }
    let peerInstructions = peer.flatMap { callgrind.instructions($0, ["tar"]) }
    print(
      "- \(runs) runs each; ms are medians; instructions from callgrind (one run); peak memory "
        + (peakProgram == nil ? "not measured (no cc)" : "the largest of 5 runs"))

    if let floor = Self.floorProgram(in: workDirectory) {
      measure(
        name: "floor: static C, prints one line", executable: floor, arguments: [],
        peer: peer, peerInstructions: peerInstructions, target: nil,
        environment: environment, callgrind: callgrind, into: &table)
    } else {
      print("- floor: no C compiler, not measured")
    }
    for item in cases {
      measure(
        name: item.name, executable: binary, arguments: item.arguments, peer: peer,
        peerInstructions: peerInstructions, target: item.target, environment: environment,
        callgrind: callgrind, into: &table)
    }
  }

  // swift-format-ignore: FunctionParameterCount
  private func measure(
    name: String, executable: String, arguments: [String], peer: String?,
    peerInstructions: Int?, target: Double?, environment: [String: String],
    callgrind: Callgrind, into table: inout ResultTable
  ) {
    var ours: [Double] = []
    var theirs: [Double] = []
    for _ in 0..<runs {
      let outcome = ProcessRunner.run(executable, arguments, environment: environment)
      guard outcome.succeeded else {
        print("- \(name): could not run")
        return
      }
      ours.append(outcome.seconds)
      if let peer {
        theirs.append(ProcessRunner.run(peer, ["tar"], environment: environment).seconds)
      }
    }
    let ourPeak = peakKilobytes(executable, arguments, environment: environment)
    let theirPeak = peer.map { peakKilobytes($0, ["tar"], environment: environment) } ?? 0
    let instructions = callgrind.instructions(executable, arguments)
    let ourMedian = median(ours)
    let theirMedian = theirs.isEmpty ? nil : median(theirs)
    let ratio = theirMedian.map { ourMedian / $0 }
    var line = "- \(name): \(format(ourMedian * 1e3, 3)) ms"
    if let instructions { line += ", \(Self.millions(instructions)) instructions" }
    if ourPeak > 0 { line += ", peak \(ourPeak) KB" }
    if let theirMedian, let ratio {
      line += "; tldr tar \(format(theirMedian * 1e3, 3)) ms, peak \(theirPeak) KB: "
      line +=
        "\(format(ratio))× its time, \(format(Double(ourPeak) / Double(theirPeak)))× its memory"
    }
    print(line)

    var targetText = target.map { "≤ \(format($0))× tealdeer" } ?? "-"
    var met = target.flatMap { target in ratio.map { $0 <= target } }
    if arguments.first == "show" {
      targetText += ", < \(Self.millions(Self.showInstructions)) instructions"
      if let instructions { met = (met ?? true) && instructions < Self.showInstructions }
    }
    let instructionText = instructions.map { ", \(Self.millions($0)) instr" } ?? ""
    let peerInstructionText = peerInstructions.map { ", \(Self.millions($0)) instr" } ?? ""
    table.add(
      name, ours: "\(format(ourMedian * 1e3, 3)) ms\(instructionText)",
      peer: theirMedian.map { "tldr tar \(format($0 * 1e3, 3)) ms\(peerInstructionText)" }
        ?? "not measured",
      ratio: ratio.map { "\(format($0))×" } ?? "-", target: targetText, met: met)
    if target != nil && ourPeak > 0 {
      let memoryRatio = theirPeak > 0 ? Double(ourPeak) / Double(theirPeak) : nil
      table.add(
        "peak memory, \(name)", ours: "\(ourPeak) KB",
        peer: theirPeak > 0 ? "tldr tar \(theirPeak) KB" : "not measured",
        ratio: memoryRatio.map { "\(format($0))×" } ?? "-", target: "≤ 2.00× tealdeer",
        met: memoryRatio.map { $0 <= 2 })
    }
  }

  /// A copy of the executable at `path` in `directory`/bin, synced to the disk and dropped
  /// from the page cache, so that its first run reads it from the disk; `nil` when it cannot
  /// be copied.
  static func installedCopy(of path: String, in directory: URL) -> String? {
    let folder = directory.appendingPathComponent("bin")
    let copy = folder.appendingPathComponent(URL(fileURLWithPath: path).lastPathComponent)
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(contentsOf: URL(fileURLWithPath: path)).write(to: copy)
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.path)
    } catch {
      return nil
    }
    let descriptor = open(copy.path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    // Only clean pages can be dropped: written back first.
    guard fsync(descriptor) == 0,
      posix_fadvise(descriptor, 0, 0, Int32(POSIX_FADV_DONTNEED)) == 0
    else { return nil }
    return copy.path
  }

  /// The largest peak resident set size of a few runs, in kilobytes; 0 when not measured.
  private func peakKilobytes(
    _ executable: String, _ arguments: [String], environment: [String: String]
  ) -> Int {
    guard let peak = peakProgram else { return 0 }
    let file = workDirectory.appendingPathComponent("peak.txt").path
    var largest = 0
    for _ in 0..<5 {
      let outcome = ProcessRunner.run(
        peak, [executable] + arguments, environment: environment, errors: file)
      guard outcome.succeeded,
        let text = try? String(contentsOfFile: file, encoding: .utf8),
        let kilobytes = Int(text.split(separator: "\n").last ?? "")
      else { return 0 }
      largest = max(largest, kilobytes)
    }
    return largest
  }

  /// `count` in millions, such as `1.43 M`.
  private static func millions(_ count: Int) -> String {
    "\(format(Double(count) / 1e6)) M"
  }

  /// A static C program that prints one line, the floor of any start-up; `nil` without `cc`.
  private static func floorProgram(in directory: URL) -> String? {
    compile(
      "#include <unistd.h>\nint main(void) { return write(1, \"floor\\n\", 6) != 6; }\n",
      named: "floor", in: directory)
  }

  /// A small C program that runs its arguments as a command and prints the command's peak
  /// resident set size in kilobytes; `nil` without `cc`.
  ///
  /// It exits with the child's status, so a command expected to fail can be measured too.
  ///
  /// The benchmark itself cannot ask: `wait4` reports the largest of the child's memory and
  /// the memory it shared with its parent before `exec`, so every child spawned from this
  /// 70 MB process would look 70 MB big. Spawned from this small program, each looks its size.
  static func peakMemoryProgram(in directory: URL) -> String? {
    compile(
      """
      #include <stdio.h>
      #include <sys/resource.h>
      #include <sys/wait.h>
      #include <unistd.h>
      int main(int argc, char **argv) {
        if (argc < 2) return 64;
        pid_t pid = fork();
        if (pid == 0) { execv(argv[1], argv + 1); _exit(127); }
        int status = 0;
        struct rusage usage;
        if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status)) return 125;
        fprintf(stderr, "%ld\\n", usage.ru_maxrss);
        return WEXITSTATUS(status);
      }

      """, named: "peak", in: directory)
  }

  private static func compile(_ program: String, named name: String, in directory: URL)
    -> String?
  {
    guard let cc = ProcessRunner.executable(named: "cc") else { return nil }
    let source = directory.appendingPathComponent("\(name).c")
    let binary = directory.appendingPathComponent(name).path
    guard (try? program.write(to: source, atomically: true, encoding: .utf8)) != nil else {
      return nil
    }
    for flags in [["-O2", "-static"], ["-O2"]]
    where ProcessRunner.run(cc, flags + ["-o", binary, source.path]).succeeded {
      return binary
    }
    return nil
  }
}
