import TerminalText

/// Renders help screens from a `CommandSpec` tree in the layout of swift-argument-parser,
/// wrapped to the width given; every line ends with `\n`.
public enum HelpRenderer {
  /// Where the right column (help text) starts in two-column sections.
  static let labelColumnWidth = 26

  /// The help for `request`: the overview or a command's full help.
  public static func render(_ request: ParsedCommand.HelpRequest, root: CommandSpec, width: Int)
    -> String
  {
    switch request {
    case .overview: overview(root: root, width: width)
    case .command(let chain): help(for: chain, width: width)
    }
  }

  /// The full help of the last command of `chain` (root first), such as `[root, show]`.
  static func help(for chain: [CommandSpec], width: Int) -> String {
    let command = chain[chain.count - 1]
    var sections = [wrap("OVERVIEW: " + command.abstract, width: width)]
    if !command.discussion.isEmpty {
      // Paragraphs separated by blank lines, each line wrapped on its own.
      let lines = command.discussion.split(separator: "\n", omittingEmptySubsequences: false)
      sections.append(lines.map { $0.isEmpty ? "\n" : wrap(String($0), width: width) }.joined())
    }
    sections.append(usageBlock(of: chain, width: width))
    if !command.arguments.isEmpty {
      let rows = command.arguments.map {
        ($0.placeholder, $0.help + annotation($0.values, nil, root: chain[0]))
      }
      sections.append("ARGUMENTS:\n" + twoColumns(rows, width: width))
    }
    let options = chain.availableOptions
    if !options.isEmpty {
      let rows = options.map {
        ($0.label, $0.help + annotation($0.values, $0.defaultValue, root: chain[0]))
      }
      sections.append("OPTIONS:\n" + twoColumns(rows, width: width))
    }
    let subcommands = command.visibleSubcommands
    if !subcommands.isEmpty {
      let rows = subcommands.map { ($0.name, $0.abstract) }
      let hint =
        "See '" + ([chain[0].name, "help"] + chain.dropFirst().map(\.name)).joined(separator: " ")
        + " <subcommand>' for detailed help."
      sections.append(
        "SUBCOMMANDS:\n" + twoColumns(rows, width: width) + "\n"
          + wrap(hint, width: width, indent: 2))
    }
    if !command.examples.isEmpty {
      let examples = command.examples.map { example in
        self.command(example.command, width: width)
          + wrap(String(repeating: " ", count: 6) + example.explanation, width: width, indent: 6)
      }
      sections.append("EXAMPLES:\n" + examples.joined(separator: "\n"))
    }
    return sections.joined(separator: "\n")
  }

  /// The short screen for the root alone: overview, usage, the commands and where to read more.
  static func overview(root: CommandSpec, width: Int) -> String {
    let commands = root.visibleSubcommands
    let nameWidth = commands.map(\.name.count).max() ?? 0
    var text = wrap("OVERVIEW: " + root.abstract, width: width) + "\n"
    text += usageBlock(of: [root], width: width) + "\n"
    text += "COMMANDS:\n"
    for command in commands {
      let label =
        "  " + command.name + String(repeating: " ", count: nameWidth - command.name.count)
      text += wrap(command.abstract, width: width, indent: nameWidth + 4, lead: label + "  ")
    }
    text += "\n"
    text += wrap(
      "See '\(root.name) help <command>' for a command's details, '\(root.name) --help' for "
        + "everything.", width: width)
    return text
  }

  /// The usage line of the last command of `chain`, on one line, without `USAGE: `:
  /// `mlcareer show <topic> ... [--section <name>] [--format <format>]`.
  static func usage(of chain: [CommandSpec]) -> String {
    ([chain.commandLine] + usageElements(of: chain[chain.count - 1])).joined(separator: " ")
  }

  // MARK: Pieces

  /// The words after the command line in a usage line: `<topic> ...`, `[--section <name>]`.
  static func usageElements(of command: CommandSpec) -> [String] {
    guard !command.hasSubcommands else { return ["<subcommand>"] }
    return synopsis(of: command, ellipsis: " ...", argument: \.placeholder, option: \.synopsis)
  }

  /// The arguments, then the options, of `command` in a usage line, help's or the man page's:
  /// each as `argument` or `option` writes it, followed by `ellipsis` when it takes several
  /// values, and in brackets when the command runs without it.
  static func synopsis(
    of command: CommandSpec, ellipsis: String, argument: (ArgumentSpec) -> String,
    option: (OptionSpec) -> String
  ) -> [String] {
    func element(_ core: String, _ several: Bool, _ optional: Bool) -> String {
      let text = several ? core + ellipsis : core
      return optional ? "[" + text + "]" : text
    }
    return command.arguments.map { element(argument($0), $0.isVariadic, $0.isOptional) }
      + command.options.map { element(option($0), $0.isRepeatable, !$0.isRequired) }
  }

  /// `USAGE: …` wrapped with continuation lines under the first argument or option.
  private static func usageBlock(of chain: [CommandSpec], width: Int) -> String {
    let head = "USAGE: " + chain.commandLine
    let indent = head.count + 1 > width / 2 ? 9 : head.count + 1
    let elements = usageElements(of: chain[chain.count - 1])
    var lines = [head]
    for element in elements {
      let last = lines[lines.count - 1]
      if last.count + 1 + element.count <= width || last.count <= indent {
        lines[lines.count - 1] = last + " " + element
      } else {
        lines.append(String(repeating: " ", count: indent) + element)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// ` (values: a, b; default: a)`, or nothing: what help and the man page add to an option's
  /// or argument's text, the values those of `source` known without running the program.
  static func annotation(_ source: ValueSource, _ defaultValue: String?, root: CommandSpec)
    -> String
  {
    let values: [String]? =
      switch source {
      case .choices(let choices): choices.map(\.name)
      case .commands: root.visibleSubcommandNames
      case .none, .dynamic, .dynamicChildren, .dynamicPath, .directories, .checked: nil
      }
    let parts = [
      values.map { "values: " + $0.joined(separator: ", ") },
      defaultValue.map { "default: " + $0 },
    ].compactMap { $0 }
    return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
  }

  /// Rows of `label  help`, help starting at `labelColumnWidth` (on the next line when the
  /// label is too long); on a screen with less than 20 columns right of the labels, each help
  /// below its label, indented by 6.
  static func twoColumns(_ rows: [(String, String)], width: Int) -> String {
    var text = ""
    let narrow = width < labelColumnWidth + 20
    for (label, help) in rows {
      let indented = "  " + label
      if !narrow, indented.count + 2 <= labelColumnWidth {
        let padded = indented + String(repeating: " ", count: labelColumnWidth - indented.count)
        text += wrap(help, width: width, indent: labelColumnWidth, lead: padded)
      } else {
        let indent = narrow ? 6 : labelColumnWidth
        text += indented + "\n"
        text += wrap(
          help, width: width, indent: indent, lead: String(repeating: " ", count: indent))
      }
    }
    return text
  }

  /// An example's command indented by 2, broken between words where it is too long with a
  /// ` \\` at the end of the line, so the lines still paste into a shell as one command.
  static func command(_ command: String, width: Int) -> String {
    var lines: [String] = []
    for word in shellWords(command) {
      if let last = lines.last, last.count + 1 + word.count + 2 > width {
        lines[lines.count - 1] = last + " \\"
        lines.append("      " + word)
      } else {
        lines.append((lines.popLast().map { $0 + " " } ?? "  ") + word)
      }
    }
    return breakingPaths(lines, width: width, indent: 6).joined(separator: "\n") + "\n"
  }

  /// `command` split at the spaces outside quotes, so a quoted name stays on one line, and
  /// each option kept with the word after it.
  private static func shellWords(_ command: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quote: Character?
    for character in command {
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "'" || character == "\"" {
        quote = character
      } else if character == " " {
        if !current.isEmpty { words.append(current) }
        current = ""
        continue
      }
      current.append(character)
    }
    if !current.isEmpty { words.append(current) }
    // An option stays on the line of its value: `--format json`, `-n 3`.
    var joined: [String] = []
    for word in words {
      if let last = joined.last, last.hasPrefix("-"), !last.contains(" "), !word.hasPrefix("-"),
        !["|", ">", ">>", "<"].contains(word)
      {
        joined[joined.count - 1] += " " + word
      } else {
        joined.append(word)
      }
    }
    return joined
  }

  /// `text` (one line) wrapped to `width` columns (keeping at least 20 right of `indent`), the
  /// first line starting with `lead` (by default `text`'s own spaces), the others at `indent`.
  static func wrap(_ text: String, width: Int, indent: Int = 0, lead: String? = nil) -> String {
    let leading = lead ?? String(text.prefix { $0 == " " })
    let width = max(width, indent + 20)
    let lines = TextWrapper.wrap(
      StyledText(text), width: width, firstPrefix: StyledText(leading),
      restPrefix: StyledText(String(repeating: " ", count: indent)), color: false)
    return breakingPaths(lines, width: width, indent: indent).joined(separator: "\n") + "\n"
  }

  /// `lines` with any line still wider than `width` (a long path standing alone) broken after
  /// the last `/` that fits, the rest going on under `indent`.
  static func breakingPaths(_ lines: [String], width: Int, indent: Int) -> [String] {
    var result: [String] = []
    for line in lines {
      var rest = Substring(line)
      while rest.count > width,
        let slash = rest.prefix(width).lastIndex(of: "/"),
        rest[rest.index(after: slash)...].contains(where: { $0 != " " }),
        rest[..<slash].contains(where: { $0 != " " })
      {
        let cut = rest.index(after: slash)
        result.append(String(rest[..<cut]))
        rest = Substring(String(repeating: " ", count: indent)) + rest[cut...]
      }
      result.append(String(rest))
    }
    return result
  }
}
