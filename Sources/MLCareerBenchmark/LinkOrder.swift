import Foundation

/// Writes the order in which the release link lays out functions (`Sources/mlcareer/
/// LinkOrder.txt`, read by lld's `--symbol-ordering-file`): the functions that the common
/// commands run, those that more commands run first, so they share pages. A command then
/// faults in fewer pages of the binary, and its peak memory, which is mostly those pages,
/// is smaller.
///
/// The functions come from callgrind runs of the release binary (names left mangled), one
/// symbol a line. A name that no longer exists is ignored by the linker, so the file only
/// needs writing again when much of the code has changed.
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
    // Per function: which commands run it (a bit each) and when it was first met.
    var uses: [String: (commands: UInt32, first: Int)] = [:]
    for (index, (arguments, status)) in commands.enumerated() {
      let output = workDirectory.appendingPathComponent("order-\(index).out")
      let outcome = ProcessRunner.run(
        valgrind,
        ["--tool=callgrind", "--demangle=no", "--callgrind-out-file=\(output.path)", binary]
          + arguments)
      guard outcome.status == status, let text = try? String(contentsOf: output, encoding: .utf8)
      else { return false }
      for name in functionNames(inCallgrindOutput: text) {
        let first = uses[name]?.first ?? uses.count
        uses[name] = ((uses[name]?.commands ?? 0) | 1 << UInt32(index), first)
      }
    }
    // The functions every command runs first, then those fewer run; the functions of one set
    // of commands together, in the order they were first met, so that each command's own
    // code is a few stretches of the binary rather than spread across its whole order.
    let ordered = uses.sorted { left, right in
      let (a, b) = (left.value, right.value)
      if a.commands.nonzeroBitCount != b.commands.nonzeroBitCount {
        return a.commands.nonzeroBitCount > b.commands.nonzeroBitCount
      }
      return (a.commands, a.first) < (b.commands, b.first)
    }.map(\.key)
    do {
      try (ordered.joined(separator: "\n") + "\n").write(
        to: file, atomically: true, encoding: .utf8)
    } catch {
      return false
    }
    print("wrote \(ordered.count) functions to \(file.path)")
    return true
  }

  /// The names of the functions a callgrind output file mentions, in the order first met.
  ///
  /// `fn=(12) name` or `cfn=(12) name` names a function the first time the file mentions it,
  /// whether as the function that runs or as one it calls; later lines give only the number.
  /// Reading `fn=` lines alone missed more than half of them (`show`'s parser among them),
  /// which then lay wherever the link put them. A recursive call is named `name'2`.
  static func functionNames(inCallgrindOutput text: String) -> [String] {
    var names: [String] = []
    var seen: Set<String> = []
    for line in text.split(separator: "\n") where line.hasPrefix("fn=(") || line.hasPrefix("cfn=(")
    {
      guard let close = line.firstIndex(of: ")") else { continue }
      var name = line[line.index(after: close)...].trimmingCharacters(in: .whitespaces)
      if let quote = name.lastIndex(of: "'"),
        name[name.index(after: quote)...].allSatisfy(\.isNumber)
      {
        name = String(name[..<quote])
      }
      if !name.isEmpty, seen.insert(name).inserted { names.append(name) }
    }
    return names
  }

}
