import GuideModel
import TextSupport

/// Checks packs completely, as `mlcareer validate` does: every manifest, topic and record file
/// is read and every problem kept, with warnings for what loads but is probably a mistake.
package enum PackValidator {
  /// What a check found.
  package struct Report: Sendable {
    /// Every problem, errors and warnings, in the order found.
    package var diagnostics: [Diagnostic] = []
    /// How many packs were checked, the built-in guide included when it was.
    package var packCount = 0

    package var errorCount: Int { diagnostics.count { $0.severity == .error } }
    package var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// `2 errors, 1 warning in 3 packs`.
    package var summary: String {
      func counted(_ count: Int, _ word: String) -> String {
        "\(count) \(word)\(count == 1 ? "" : "s")"
      }
      return counted(errorCount, "error") + ", " + counted(warningCount, "warning") + " in "
        + counted(packCount, "pack")
    }
  }

  /// Checks the pack folders `folders`, or with `nil` the built-in guide and every pack
  /// `locations` finds.
  package static func validate(folders: [String]?, locations: PackLocations) -> Report {
    let checked =
      folders.map { PackLocations(environment: [:], dataFolders: $0) } ?? locations
    let library = ContentLibrary(locations: checked, collectsEveryProblem: true)
    let includesBuiltIn = folders == nil
    var warnings: [Diagnostic] = []
    func warn(at location: SourceLocation, _ message: String) {
      warnings.append(Diagnostic(.warning, at: location, message))
    }

    // The records whose figures the prose should mention; their topics' text is kept only
    // when there are any, so a pack of prose alone is parsed and let go topic by topic.
    let salaries = library.salaryData()
    let figures = library.marketFigures()
    let checksProse =
      salaries.records.contains { $0.pack != nil }
      || figures.contains { $0.pack != nil }

    // Every topic of the checked packs, parsed whole; many are parsed on every core.
    let runs = library.topicRuns(
      makeRun: { _ in [(id: String, prose: String)]() },
      wants: { entry, _ in includesBuiltIn || !entry.pack.isBuiltIn },
      { run, topic in
        // What search finds in the topic, one piece a line: its prose without markup.
        guard checksProse else { return }
        run.append((topic.id, SearchEntry.entries(of: topic).map(\.text).joined(separator: "\n")))
      })
    var prose: [String: String] = [:]
    for (id, text) in runs.joined() { prose[id] = text }
    for entry in library.guide.topics where includesBuiltIn || !entry.pack.isBuiltIn {
      guard let replaced = entry.replaces else { continue }
      let owner = replaced.isBuiltIn ? "the built-in guide" : "the pack '\(replaced.id)'"
      warn(at: entry.location, "the topic '\(entry.id)' replaces the one of \(owner)")
    }
    // A file of topics/ that a manifest does not list is not loaded (without a manifest, the
    // loader names each one it leaves out).
    for pack in library.packs where FileSystem.exists(pack.folder.display("guide.json")) {
      let listed = Set(pack.guide?.topics.map(\.file) ?? [])
      let names = FileSystem.names(in: pack.folder.display("topics")) ?? []
      for name in names.sorted() where !name.hasPrefix(".") && !listed.contains("topics/" + name) {
        let file = pack.folder.display("topics/" + name)
        warn(
          at: SourceLocation(file: file, line: 1, column: 1),
          "not loaded as a topic: guide.json does not list it")
      }
    }
    // Topics a pack shadows are not in the merged guide, so their replacements' prose counts.
    let sourceIDs = Set(library.guide.sources.map(\.id))
    func undeclared(_ source: String, of pack: PackInfo?, at location: SourceLocation) {
      guard let pack, !pack.isBuiltIn, !sourceIDs.contains(source) else { return }
      warn(
        at: location, "the source '\(source)' is not declared in the 'sources' of any guide.json")
    }

    let salaryProse = prose.values.joined(separator: "\n")
    // A pack of data alone has no prose to mention its figures.
    let withTopics = Set(library.guide.topics.map(\.pack.folder))
    for record in salaries.records where record.pack != nil {
      undeclared(record.source, of: record.pack, at: record.location)
      guard let pack = record.pack, withTopics.contains(pack.folder) else { continue }
      let numbers = [
        record.figure.amount, record.figure.rangeBounds?.low,
        record.figure.rangeBounds?.high,
      ].compactMap { $0 }
      for number in numbers where !mentions(salaryProse, number: Double(number)) {
        warn(
          at: record.location,
          "the figure \(NumberFormatting.grouped(number)) of '\(record.id)' is not "
            + "mentioned in the prose of any topic")
      }
    }
    for skill in library.skillCatalog().skills where skill.pack != nil {
      for source in skill.sources { undeclared(source, of: skill.pack, at: skill.location) }
    }
    for figure in figures where figure.pack != nil {
      undeclared(figure.source, of: figure.pack, at: figure.location)
      let text = prose[figure.topic] ?? ""
      for number in figure.numbers where !mentions(text, number: number) {
        warn(
          at: figure.location,
          "the figure \(NumberFormatting.plain(number)) of '\(figure.id)' is not mentioned "
            + "in the prose of its topic '\(figure.topic)'")
      }
    }
    for replaced in library.replacedRecords {
      warn(
        at: replaced.at,
        "a \(replaced.kind) with the id '\(replaced.id)' already exists; this one replaces it")
    }
    // File by file, top to bottom, as compilers list them; found order breaks ties.
    let diagnostics = (library.problems + warnings).enumerated().sorted {
      let (left, right) = ($0.element.location, $1.element.location)
      return (left.file, left.line, left.column, $0.offset)
        < (right.file, right.line, right.column, $1.offset)
    }.map(\.element)
    return Report(
      diagnostics: diagnostics, packCount: library.packs.count + (includesBuiltIn ? 1 : 0))
  }

  /// Whether `text` states `number`, written plainly (`150000`, `2.5`) or grouped (`150,000`).
  static func mentions(_ text: String, number: Double) -> Bool {
    var forms = [NumberFormatting.plain(number)]
    if number == number.rounded(), abs(number) < 1e15 {
      forms.append(NumberFormatting.grouped(Int(number)))
    }
    return forms.contains { text.contains($0) }
  }
}

extension MarketFigure {
  /// The numbers the figure states.
  var numbers: [Double] {
    switch value {
    case .amount(let value, _), .percent(let value): [value]
    case .range(let low, let high, _): [low, high]
    case .count(let count): [Double(count)]
    }
  }
}
