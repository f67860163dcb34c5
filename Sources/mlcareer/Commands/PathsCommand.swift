import CommandLineKit
import MLCareerCore

/// `mlcareer paths`: where content packs are looked for, which were found, and where progress
/// is kept.
enum PathsCommand: Command {
  static let name = "paths"

  static let spec = CommandSpec(
    name,
    abstract: "Show where packs are found and where progress is kept.",
    discussion: """
      Packs are read in this order, later ones winning: the built-in guide, every folder in \
      $XDG_DATA_HOME/mlcareer/packs (~/.local/share/mlcareer/packs when XDG_DATA_HOME is not \
      set), each folder of MLCAREER_PATH (colon-separated), then each --data folder.
      """,
    examples: [
      .init("mlcareer paths", "See which packs are read and where progress is saved."),
      .init("mlcareer paths --data ~/mypack", "Check that a pack folder is picked up."),
    ]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    let locations = context.packLocations
    let library = context.library()
    let searchPath = locations.searchPath.map {
      $0.terminalSafe() + (FileSystem.exists($0) ? "" : " (no such folder, skipped)")
    }.joined(separator: ":")
    let options = locations.options.map { $0.terminalSafe() }.joined(separator: ", ")
    var lines = [
      "Where packs are looked for, later ones winning:",
      "  1. the built-in guide (compiled into the binary)",
      "  2. packs folder: " + (locations.packsFolder?.terminalSafe() ?? "(no home folder)"),
      "  3. MLCAREER_PATH: " + (locations.searchPath.isEmpty ? "(not set)" : searchPath),
      "  4. --data: " + (locations.options.isEmpty ? "(none)" : options), "", "Packs found:",
    ]
    let counts = Dictionary(grouping: library.guide.topics, by: { $0.pack.folder })
    lines.append("  guide  Data (built-in), \(counts["Data"]?.count ?? 0) topics")
    for pack in library.packs {
      let topics = counts[pack.info.folder]?.count ?? 0
      lines.append(
        "  \(pack.info.id)  \(pack.info.folder.terminalSafe()) (\(pack.origin.rawValue)), "
          + "\(topics) topic\(topics == 1 ? "" : "s")")
    }
    lines.append("")
    lines.append("Progress file: " + (try context.progressStore().path).terminalSafe())
    context.print(lines.joined(separator: "\n") + "\n")
  }
}
