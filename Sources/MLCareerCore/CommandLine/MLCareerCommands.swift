/// The description of mlcareer's command line: the single source of its parser, help, usage
/// errors, completion scripts and man page.
public enum MLCareerCommands {
  /// The `mlcareer` command with every subcommand below it.
  public static let root = CommandSpec(
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
    options: [.flag("version", help: "Show the version.")],
    globalOptions: [
      OptionSpec(
        "color", value: "when",
        help: "When to use colours: 'auto' uses them on a terminal unless NO_COLOR is set.",
        values: .choices(["auto", "always", "never"]), default: "auto"),
      .flag("no-pager", help: "Print directly instead of through a pager."),
      .flag("help", short: "h", help: "Show help information."),
    ],
    examples: [
      .init("mlcareer list", "List the topics of the guide."),
      .init("mlcareer show responsibilities", "Read what an AI/ML engineer does day to day."),
      .init("mlcareer salaries --by experience", "Compare salaries by experience level."),
      .init("mlcareer checklist --todo", "See which skills are still to learn."),
    ],
    subcommands: [
      list, show, salaries, skills, checklist, check, uncheck, progress, search, export,
      completions, man, help, complete,
    ]
  )

  /// `--format` with the given values, the first being the default.
  private static func format(_ values: [String], required: Bool = false) -> OptionSpec {
    OptionSpec(
      "format", short: "f", value: "format", help: "The output format.",
      values: .choices(values), default: required ? nil : values[0], required: required)
  }

  private static let list = CommandSpec(
    "list",
    abstract: "List every topic with its id, title and summary.",
    discussion: """
      Topics are the chapters of the guide. Pass a topic's id, title, alias or a unique prefix \
      of one of them to 'mlcareer show' to read it.
      """,
    options: [format(["text", "markdown", "json"])],
    examples: [
      .init("mlcareer list", "Show the table of contents."),
      .init("mlcareer list --format json", "List the topics as JSON for other programs."),
      .init("mlcareer list --format markdown > topics.md", "Save the list as Markdown."),
    ]
  )

  private static let show = CommandSpec(
    "show",
    abstract: "Show one or more topics of the guide, whole or one section.",
    discussion: """
      Topics are shown one after another in the order given. Names are matched leniently: case, \
      accents, spaces, dashes and underscores do not matter and a unique prefix is enough. A \
      name that matches nothing gets suggestions of the closest topics.

      Write TOPIC/SECTION, or use --section, to show a single section.
      """,
    arguments: [
      ArgumentSpec(
        "topic", help: "A topic's id, title, alias or unique prefix; TOPIC/SECTION for a section.",
        variadic: true, values: .topics)
    ],
    options: [
      OptionSpec(
        "section", short: "s", value: "name",
        help: "Show only the section with this name (or unique prefix) of each topic.",
        values: .sections),
      format(["text", "markdown", "json"]),
    ],
    examples: [
      .init("mlcareer show responsibilities", "Read the whole responsibilities topic."),
      .init("mlcareer show salaries/by-location", "Show one section of the salaries topic."),
      .init("mlcareer show skills --section languages", "Show the languages section of skills."),
      .init("mlcareer show overview education --format markdown", "Print two topics as Markdown."),
    ]
  )

  private static let salaries = CommandSpec(
    "salaries",
    abstract: "Show salary figures, broken down, filtered and sorted as you ask.",
    discussion: """
      The figures are yearly pay in US dollars, as reported by the guide's sources. Without \
      --by, every figure is shown; --by groups them along one dimension, such as experience or \
      location. --city, --role, --min and --max keep only the matching rows; a range matches \
      when it overlaps --min and --max.

      On a terminal each dimension is a table, or one block per figure on a narrow screen. \
      Piped, the output is plain: one figure a line, every column, tab-separated, for grep. The \
      tsv, csv and json formats are meant for spreadsheets and other programs.
      """,
    options: [
      OptionSpec(
        "by", value: "dimension", help: "Show the figures along this dimension only.",
        values: .salaryDimensions),
      OptionSpec("city", value: "text", help: "Keep only rows whose location contains this text."),
      OptionSpec("role", value: "text", help: "Keep only rows whose role contains this text."),
      OptionSpec(
        "min", value: "amount",
        help: "Keep only rows paying at least this amount (120000, 120k or $120,000)."),
      OptionSpec("max", value: "amount", help: "Keep only rows paying at most this amount."),
      OptionSpec(
        "sort", value: "key",
        help: "Order the rows by amount or by label instead of the guide's order.",
        values: .choices(["amount", "label"])),
      .flag("reverse", help: "Reverse the order of the rows."),
      format(["table", "plain", "tsv", "csv", "json", "markdown"]),
    ],
    examples: [
      .init("mlcareer salaries --by experience", "Compare pay from entry level to senior."),
      .init(
        "mlcareer salaries --by city --min 120k --sort label",
        "Cities paying at least 120,000 dollars a year, in alphabetical order."),
      .init("mlcareer salaries | grep -i francisco", "Find one figure in the plain output."),
      .init("mlcareer salaries --format csv > salaries.csv", "Save the figures for a spreadsheet."),
    ]
  )

  private static let skills = CommandSpec(
    "skills",
    abstract: "Show the skills the job asks for, by group.",
    discussion: """
      Skills are grouped, for example into programming languages, frameworks, cloud platforms \
      and soft skills. Each has an id to use with 'mlcareer check'.
      """,
    arguments: [
      ArgumentSpec("group", help: "Show only this group.", optional: true, values: .skillGroups)
    ],
    options: [format(["text", "markdown", "json"])],
    examples: [
      .init("mlcareer skills", "Show every skill group."),
      .init("mlcareer skills languages", "Show only the programming languages."),
      .init("mlcareer skills --format json", "Print the skills as JSON."),
    ]
  )

  private static let checklist = CommandSpec(
    "checklist",
    abstract: "Show the learning checklist with your progress.",
    discussion: """
      Every skill of the guide is an item, marked done, learning, skipped or still to do. Mark \
      items with 'mlcareer check' and 'mlcareer uncheck'; 'mlcareer progress' sums them up.
      """,
    arguments: [
      ArgumentSpec(
        "group", help: "Show only these groups.", optional: true, variadic: true,
        values: .skillGroups)
    ],
    options: [
      .flag("todo", help: "Show only the items not done yet."),
      .flag("done", help: "Show only the items done."),
      format(["text", "markdown", "json"]),
    ],
    examples: [
      .init("mlcareer checklist", "Show the whole checklist."),
      .init("mlcareer checklist --todo", "Show what is left to learn."),
      .init("mlcareer checklist languages frameworks --done", "Show what you know of two groups."),
    ]
  )

  private static let check = CommandSpec(
    "check",
    abstract: "Mark checklist items as done, being learned or skipped.",
    discussion: """
      Items are named by skill id, title or unique prefix. The marks are saved in the progress \
      file (see 'mlcareer progress --path').
      """,
    arguments: [
      ArgumentSpec("id", help: "The skills to mark.", variadic: true, values: .skills)
    ],
    options: [
      .flag("learning", help: "Mark as being learned instead of done."),
      .flag("skip", help: "Mark as skipped: not something you plan to learn."),
    ],
    examples: [
      .init("mlcareer check python", "Mark Python as done."),
      .init("mlcareer check pytorch tensorflow --learning", "Mark two frameworks as in progress."),
      .init("mlcareer check r --skip", "Leave R out of your plan."),
    ]
  )

  private static let uncheck = CommandSpec(
    "uncheck",
    abstract: "Clear the marks of checklist items, back to to-do.",
    arguments: [
      ArgumentSpec("id", help: "The skills to clear.", variadic: true, values: .skills)
    ],
    examples: [
      .init("mlcareer uncheck python", "Put Python back on the to-do list."),
      .init("mlcareer uncheck pytorch keras", "Clear the marks of two skills."),
    ]
  )

  private static let progress = CommandSpec(
    "progress",
    abstract: "Sum up your checklist progress, overall and by group.",
    discussion: """
      Progress is saved in $XDG_STATE_HOME/mlcareer/progress.json (~/.local/state when \
      XDG_STATE_HOME is not set). --reset clears every mark after asking for confirmation.
      """,
    options: [
      .flag("path", help: "Print the path of the progress file instead."),
      .flag("reset", help: "Clear every mark of the checklist."),
      .flag("yes", help: "Do not ask for confirmation before --reset."),
      format(["text", "json"]),
    ],
    examples: [
      .init("mlcareer progress", "See how much of the checklist is done."),
      .init("mlcareer progress --path", "Print where the progress is saved."),
      .init("mlcareer progress --reset --yes", "Start over without being asked."),
    ]
  )

  private static let search = CommandSpec(
    "search",
    abstract: "Search the guide's text for words.",
    discussion: """
      Finds the topic titles, section headings, paragraphs, list items, skills and salary \
      figures that hold every word given, ignoring case and accents. Titles come before \
      headings and headings before text; whole words before parts of words. Each result shows \
      where it stands and the text that matched.

      Piped, or with --format plain, each result is one line: topic, section and text, \
      separated by tabs.
      """,
    arguments: [
      ArgumentSpec("words", help: "The words to look for.", variadic: true)
    ],
    options: [
      OptionSpec("topic", value: "topic", help: "Search only this topic.", values: .topics),
      OptionSpec(
        "limit", short: "n", value: "n", help: "Show at most this many results.", default: "10"),
      format(["text", "plain", "json"]),
    ],
    examples: [
      .init("mlcareer search tensorflow", "Find every mention of TensorFlow."),
      .init("mlcareer search model deployment --topic responsibilities", "Search one topic."),
      .init("mlcareer search python -n 3 --format json", "The three best results as JSON."),
    ]
  )

  private static let export = CommandSpec(
    "export",
    abstract: "Print the whole guide as one JSON or Markdown document.",
    options: [format(["json", "markdown"], required: true)],
    examples: [
      .init("mlcareer export --format markdown > guide.md", "Save the guide as Markdown."),
      .init("mlcareer export --format json", "Print every topic and fact as JSON."),
    ]
  )

  private static let completions = CommandSpec(
    "completions",
    abstract: "Print a shell completion script for bash, zsh or fish.",
    discussion: """
      The scripts complete commands, options and their values, including topic, section, skill \
      and group names.

      bash: add 'source <(mlcareer completions bash)' to ~/.bashrc.
      zsh: save the script as _mlcareer in a directory of your $fpath.
      fish: save it as ~/.config/fish/completions/mlcareer.fish.
      """,
    arguments: [ArgumentSpec("shell", help: "The shell to write the script for.", values: .shells)],
    examples: [
      .init("source <(mlcareer completions bash)", "Turn on completions in the current bash."),
      .init(
        "mlcareer completions zsh > ~/.zfunc/_mlcareer",
        "Install them for zsh, with ~/.zfunc in $fpath before compinit runs."),
      .init(
        "mlcareer completions fish > ~/.config/fish/completions/mlcareer.fish",
        "Install them for fish."),
    ]
  )

  private static let man = CommandSpec(
    "man",
    abstract: "Print mlcareer's manual page (roff).",
    examples: [
      .init("mlcareer man | man -l -", "Read the manual."),
      .init("mlcareer man > ~/.local/share/man/man1/mlcareer.1", "Install it for 'man mlcareer'."),
    ]
  )

  private static let help = CommandSpec(
    "help",
    abstract: "Show help for mlcareer or one of its commands.",
    arguments: [
      ArgumentSpec("command", help: "The command to explain.", optional: true, values: .commands)
    ],
    examples: [
      .init("mlcareer help", "Show the overview of every command."),
      .init("mlcareer help salaries", "Explain the salaries command."),
    ]
  )

  private static let complete = CommandSpec(
    "__complete",
    abstract: "Print names for the completion scripts, one per line.",
    arguments: [
      ArgumentSpec(
        "kind", help: "What to list.", values: .choices(ValueSource.completionKinds)),
      ArgumentSpec("topic", help: "The topic whose sections to list.", optional: true),
    ],
    hidden: true
  )
}

extension MLCareerCommands {
  /// The man page's sections beyond the commands: exit statuses, environment and files.
  public static let manPageDetails = ManPageRenderer.Details(
    version: MLCareerVersion.tool,
    exitStatuses: [
      .init("0", "Success."),
      .init("1", "A topic, section, skill or other name was not found, or the command failed."),
      .init("64", "The command line was wrong: an unknown command or option, or a bad value."),
    ],
    environment: [
      .init("COLUMNS", "The width to wrap text to when it cannot be read from the terminal."),
      .init("NO_COLOR", "When set to anything but the empty string, no colours are used."),
      .init("TERM", "When 'dumb', no colours are used."),
      .init("MLCAREER_PAGER", "The pager for long output, preferred to PAGER."),
      .init("PAGER", "The pager for long output when MLCAREER_PAGER is not set (default: less)."),
      .init(
        "XDG_STATE_HOME",
        "Where the progress file is kept (default: ~/.local/state)."),
    ],
    files: [
      .init(
        "$XDG_STATE_HOME/mlcareer/progress.json",
        "The marks of the learning checklist, written by 'mlcareer check' and 'mlcareer uncheck'.")
    ]
  )
}
