import MLCareerCore

/// `mlcareer progress [--path] [--reset [--yes]]`: the summary of the checklist, where it is
/// saved, or a fresh start.
enum ProgressCommand {
  static func run(_ context: inout CommandContext) throws(CommandError) {
    if context.parsed.flag("path") {
      context.print(try context.progressStore().path + "\n")
      return
    }
    if context.parsed.flag("reset") {
      try reset(&context)
      return
    }
    let catalog = try CommandContext.skillCatalog()
    let summary = ProgressSummary(catalog: catalog, state: try context.savedProgress())
    switch context.format {
    case "json":
      context.print(ProgressRenderer.json(summary))
    default:
      context.print(ProgressRenderer.text(summary, options: context.renderOptions))
    }
  }

  /// Clears every mark: at once with `--yes`, after a yes to a question on a terminal, never
  /// when nobody can be asked.
  private static func reset(_ context: inout CommandContext) throws(CommandError) {
    let store = try context.progressStore()
    if !context.parsed.flag("yes") {
      guard context.terminal.inputIsTerminal else {
        throw .failure(
          "progress --reset asks for confirmation, but standard input is not a terminal; "
            + "add --yes to clear every mark without asking")
      }
      Console.error("Clear every mark in \(store.path)? [y/N] ")
      let answer = readLine(strippingNewline: true)?.lowercased() ?? ""
      guard answer == "y" || answer == "yes" else {
        throw .failure("reset cancelled; nothing was changed")
      }
    }
    do {
      try store.replace(with: ProgressState())
    } catch {
      throw .progress(error)
    }
    context.print("Progress cleared: every skill is to do again.\n")
  }
}
