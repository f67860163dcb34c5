import Foundation

/// Writes the order in which the release link lays out functions (`Sources/mlcareer/
/// LinkOrder.txt`, read by gold's `--section-ordering-file`): the functions that the common
/// commands run, those that more commands run first, so they share pages. A command then
/// faults in fewer pages of the binary, and its peak memory, which is mostly those pages,
/// is smaller.
///
/// The functions come from callgrind runs of the release binary (names left mangled), one
/// section name a line: `.text.` and the symbol, as `-function-sections` names it. A name
/// that no longer exists is ignored by the linker, so the file only needs writing again
/// when much of the code has changed.
enum LinkOrder {
  /// The commands whose functions are laid out together, each with the exit status expected
  /// (a misspelt search finds nothing, by design).
  static let commands: [(arguments: [String], status: Int32)] = [
    (["list"], 0), (["show", "responsibilities"], 0), (["salaries"], 0), (["skills"], 0),
    (["checklist"], 0), (["search", "data", "drift"], 0), (["export", "--format", "json"], 0),
    (["--version"], 0), (["show", "overview", "--format", "json"], 0), (["search", "drfit"], 1),
  ]

  /// Writes the order for `binary` to `file`; `false` without valgrind or when a run fails.
  static func write(binary: String, to file: URL, workDirectory: URL) -> Bool {
    guard let valgrind = ProcessRunner.executable(named: "valgrind") else { return false }
    var uses: [String: Int] = [:]
    for (index, (arguments, status)) in commands.enumerated() {
      let output = workDirectory.appendingPathComponent("order-\(index).out")
      let outcome = ProcessRunner.run(
        valgrind,
        ["--tool=callgrind", "--demangle=no", "--callgrind-out-file=\(output.path)", binary]
          + arguments)
      guard outcome.status == status, let text = try? String(contentsOf: output, encoding: .utf8)
      else { return false }
      // `fn=(12) name` or `cfn=(12) name` names a function the first time the file mentions
      // it, whether as the function that runs or as one it calls; later lines give only the
      // number. Reading `fn=` lines alone missed more than half of them (`show`'s parser among
      // them), which then lay wherever the link put them.
      var seen: Set<String> = []
      for line in text.split(separator: "\n") where line.hasPrefix("fn=(") || line.hasPrefix("cfn=(") {
        guard let close = line.firstIndex(of: ")") else { continue }
        let name = line[line.index(after: close)...].trimmingCharacters(in: .whitespaces)
        if !name.isEmpty, seen.insert(name).inserted { uses[name, default: 0] += 1 }
      }
    }
    let ordered = uses.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ".text.\($0.key)" }
    do {
      try (ordered.joined(separator: "\n") + "\n").write(
        to: file, atomically: true, encoding: .utf8)
    } catch {
      return false
    }
    print("wrote \(ordered.count) functions to \(file.path)")
    return true
  }
}
