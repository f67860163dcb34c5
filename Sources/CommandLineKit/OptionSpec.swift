/// One option of a command: a flag such as `--reverse` or an option taking a value such as
/// `--format json`.
@usableFromInline package struct OptionSpec: Hashable, Sendable {
  /// The long name without its dashes, such as `format`; also the key for `ParsedCommand`.
  package var long: String
  /// The one-letter short name without its dash, such as `h` for `-h`.
  package var short: Character?
  /// The placeholder of the value in help (`format` shows as `<format>`); `nil` for a flag.
  package var valueName: String?
  /// One or two sentences for help, the man page and completion descriptions.
  package var help: String
  /// What the value may be; `.none` for flags and free text.
  package var values: ValueSource
  /// The value used when the option is absent, shown in help as `default: …`.
  package var defaultValue: String?
  /// Whether the option may be given several times, each value kept.
  package var isRepeatable: Bool
  /// Whether the command cannot run without this option.
  package var isRequired: Bool

  /// Creates an option taking a value.
  @usableFromInline package init(
    _ long: String, short: Character? = nil, value valueName: String, help: String,
    values: ValueSource = .none, default defaultValue: String? = nil,
    repeatable: Bool = false, required: Bool = false
  ) {
    self.long = long
    self.short = short
    self.valueName = valueName
    self.help = help
    self.values = values
    self.defaultValue = defaultValue
    self.isRepeatable = repeatable
    self.isRequired = required
  }

  /// Creates a flag: an option without a value, on when given.
  package static func flag(_ long: String, short: Character? = nil, help: String) -> OptionSpec {
    var option = OptionSpec(long, short: short, value: "", help: help)
    option.valueName = nil
    return option
  }

  /// Whether the option is a flag, taking no value.
  package var isFlag: Bool { valueName == nil }

  /// `--long`, the name as typed.
  package var longName: String { "--" + long }

  /// `-s`, the short name as typed, if there is one.
  package var shortName: String? { short.map { "-\($0)" } }

  /// The option in a usage line: `--section <name>` or `--reverse`.
  package var synopsis: String {
    guard let valueName else { return longName }
    return "\(longName) <\(valueName)>"
  }

  /// The option's names in the left column of help: `-s, --section <name>`.
  package var label: String {
    let names = [shortName, longName].compactMap { $0 }.joined(separator: ", ")
    guard let valueName else { return names }
    return "\(names) <\(valueName)>"
  }
}
