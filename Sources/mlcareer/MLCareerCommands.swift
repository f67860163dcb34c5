import CommandLineKit
import MLCareerCore
import TextSupport

/// The description of mlcareer's command line: the single source of its parser, help, usage
/// errors, completion scripts and man page.
enum MLCareerCommands {
  static let color = Option<ColorChoice>(
    "color", value: "when",
    help: "When to use colours: 'auto' uses them on a terminal unless NO_COLOR is set.",
    default: .auto)

  /// `--width`, for every command: a number of columns, 0 for no wrapping; `nil` when not given.
  static let width = Option.wholeNumber(
    "width", value: "columns",
    help:
      "Wrap text to this many columns instead of the terminal's width (prose at most 100); "
      + "0 means no wrapping.",
    in: 0...Terminal.widths.upperBound,
    expected:
      "a number of columns up to \(NumberFormatting.grouped(Terminal.widths.upperBound)), "
      + "or 0 for no limit")

  static let noPager = Flag("no-pager", help: "Print directly instead of through a pager.")

  /// `--data`, for every command: the pack folders to read too, in order.
  static let data = Option<[String]>(
    repeatable: "data", value: "dir",
    help: "Also read the content pack in this folder; later ones win (repeatable).",
    values: .directories)

  static let help = Flag("help", short: "h", help: "Show help information.")

  /// `--version`, of the root alone.
  static let version = Flag("version", short: "V", help: "Show the version.")

  /// The `mlcareer` command with every command of `MLCareerTool.commands` below it, each
  /// described only when a command line names it or help lists it.
  static let root = CommandSpec(
    "mlcareer",
    abstract:
      "A command-line guide to the AI/ML engineer career: what the job involves, what it pays, "
      + "what to learn.",
    discussion: """
      The guide is organised in topics (the role, responsibilities, skills, education, salaries, \
      career path, market demand and more), each made of sections. Topics, sections and skills \
      can be named by id, title or alias, in any case, and a unique prefix is enough: \
      'mlcareer show resp' shows the responsibilities.

      A learning checklist of the skills the job asks for keeps your progress between runs.
      """,
    options: [version.spec],
    globalOptions: [color.spec, width.spec, noPager.spec, data.spec, help.spec],
    examples: [
      .init("mlcareer list", "List the topics of the guide."),
      .init("mlcareer show responsibilities", "Read what an AI/ML engineer does day to day."),
      .init("mlcareer salaries --by experience", "Compare salaries by experience level."),
      .init("mlcareer checklist --todo", "See which skills are still to learn."),
    ],
    subcommands: MLCareerTool.commands.map { command in
      CommandSpec.Subcommand(command.name, hidden: command.isHidden) { command.spec }
    }
  )
}

extension MLCareerCommands {
  /// The man page's sections beyond the commands: exit statuses, environment and files.
  static let manPageDetails = ManPageRenderer.Details(
    version: MLCareerVersion.tool,
    date: MLCareerVersion.date,
    exitStatuses: [
      ("0", "Success."),
      ("1", "A topic, section, skill or other name was not found, or the command failed."),
      ("64", "The command line was wrong: an unknown command or option, or a bad value."),
    ],
    environment: [
      ("COLUMNS", "Overrides the terminal's width: text is wrapped to this many columns."),
      ("NO_COLOR", "When set to anything but the empty string, no colours are used."),
      ("TERM", "When 'dumb', no colours are used."),
      ("MLCAREER_PAGER", "The pager for long output, preferred to PAGER."),
      ("PAGER", "The pager for long output when MLCAREER_PAGER is not set (default: less)."),
      (
        "XDG_STATE_HOME",
        "Where the progress file is kept (default: ~/.local/state)."
      ),
      (
        "XDG_DATA_HOME",
        "Where the packs folder is (default: ~/.local/share): every folder in "
          + "mlcareer/packs there is read as a pack."
      ),
      ("MLCAREER_PATH", "More pack folders, separated by colons, read after those."),
    ],
    files: [
      (
        "$XDG_STATE_HOME/mlcareer/progress.json",
        "The marks of the learning checklist, written by 'mlcareer check' and 'mlcareer uncheck'."
      ),
      ("$XDG_DATA_HOME/mlcareer/packs/", "Content packs of the user's own, one a folder."),
    ]
  )
}
