/// The commands that read the guide: its topics, salary figures and search.
extension MLCareerCommands {
  static let list = CommandSpec(
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

  static let show = CommandSpec(
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

  static let salaries = CommandSpec(
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
        "mlcareer salaries --by city --sort amount --reverse",
        "City averages, highest first, then top-paying cities the sources give no average for."),
      .init("mlcareer salaries | grep -i francisco", "Find one figure in the plain output."),
      .init("mlcareer salaries --format csv > salaries.csv", "Save the figures for a spreadsheet."),
    ]
  )

  static let search = CommandSpec(
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

  static let export = CommandSpec(
    "export",
    abstract: "Print the whole guide as one JSON or Markdown document.",
    options: [format(["json", "markdown"], required: true)],
    examples: [
      .init("mlcareer export --format markdown > guide.md", "Save the guide as Markdown."),
      .init("mlcareer export --format json", "Print every topic and fact as JSON."),
    ]
  )
}
