/// One option of a command: a flag such as `--reverse` or an option taking a value such as
/// `--format json`.
public struct OptionSpec: Sendable {
  /// The long name without its dashes, such as `format`; also the key for `ParsedCommand`.
  public var long: String
  /// The one-letter short name without its dash, such as `h` for `-h`.
  public var short: Character?
  /// The placeholder of the value in help (`format` shows as `<format>`); `nil` for a flag.
  public var valueName: String?
  /// One or two sentences for help, the man page and completion descriptions.
  public var help: String
  /// What the value may be; `.none` for flags and free text.
  public var values: ValueSource
  /// The value used when the option is absent, shown in help as `default: …`.
  public var defaultValue: String?
  /// Whether the option may be given several times, each value kept.
  public var isRepeatable: Bool
  /// Whether the command cannot run without this option.
  public var isRequired: Bool

  /// Creates an option taking a value, or a flag when `valueName` is `nil`.
  public init(
    _ long: String, short: Character? = nil, value valueName: String?, help: String,
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

  /// Whether the option is a flag, taking no value.
  public var isFlag: Bool { valueName == nil }

  /// `--long`, the name as typed.
  public var longName: String { "--" + long }

  /// `-s` and `--long`, the names as typed, short first: what help and the man page list the
  /// option by.
  var names: [String] { [short.map { "-\($0)" }, longName].compactMap { $0 } }

  /// The option in a usage line: `--section <name>` or `--reverse`.
  public var synopsis: String { longName + placeholder }

  /// The option's names in the left column of help: `-s, --section <name>`.
  public var label: String { names.joined(separator: ", ") + placeholder }

  /// ` <name>` after the names of an option taking a value; nothing for a flag.
  private var placeholder: String { valueName.map { " <\($0)>" } ?? "" }
}
