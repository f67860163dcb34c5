/// A command line mlcareer cannot run (exit status 64); every case carries the `Context` of the
/// command parsed, so the message ends with its usage line and a pointer to its help.
public enum UsageError: Error, Equatable, CustomStringConvertible {
  /// The command whose usage the message ends with.
  public struct Context: Equatable, Sendable {
    /// The command line that runs the command, such as `mlcareer show`.
    var commandLine: String
    /// The usage line without `Usage: `, such as `mlcareer show <topic> ... [--section <name>]`.
    var usage: String
  }

  /// A word that is not a command (`mlcareer shwo`), with the closest command.
  case unknownCommand(String, suggestion: String?, Context)
  /// An option the command does not have (`--secton`), with the closest one.
  case unknownOption(String, suggestion: String?, Context)
  /// An option that needs a value came last or before another option.
  case missingValue(option: String, Context)
  /// A flag was given a value with `=` (`--reverse=yes`).
  case unexpectedValue(option: String, value: String, Context)
  /// A value outside a fixed list (`--format xml`), with the allowed values and the closest.
  case invalidValue(String, for: String, allowed: [String], suggestion: String?, Context)
  /// A required argument (shown as `<topic>`) is missing.
  case missingArgument(String, Context)
  /// A required option (shown as `--format <format>`) is missing.
  case missingOption(String, Context)
  /// More arguments than the command takes; the first extra one.
  case unexpectedArgument(String, Context)
  /// Options that exclude each other given together (`--learning` and `--skip`), as typed.
  case conflictingOptions([String], Context)
  /// An option given without the one it only works with (`--yes` without `--reset`), as typed.
  case missingCompanion(option: String, requires: String, Context)
  /// Values that are each fine but do not go together, such as a minimum above the maximum;
  /// the message says why.
  case inconsistentValues(String, Context)

  /// The exit status for usage errors (`EX_USAGE`).
  public var exitCode: Int32 { 64 }

  /// The first line without `error: `, such as `unknown option '--secton'`; what the user typed
  /// is shown `terminalSafe()`, so it cannot drive the terminal or fake another line.
  public var message: String {
    switch self {
    case .unknownCommand(let name, _, _):
      "unknown command '\(name.terminalSafe())'"
    case .unknownOption(let option, _, _):
      "unknown option '\(option.terminalSafe())'"
    case .missingValue(let option, _):
      "missing value for option '\(option.terminalSafe())'"
    case .unexpectedValue(let option, let value, _):
      "option '\(option.terminalSafe())' takes no value, but was given '\(value.terminalSafe())'"
    case .invalidValue(let value, let name, let allowed, _, _):
      "invalid value '\(value.terminalSafe())' for '\(name.terminalSafe())'; expected "
        + (allowed.count == 1 ? allowed[0] : "one of: " + allowed.joined(separator: ", "))
    case .missingArgument(let placeholder, _):
      "missing argument '\(placeholder)'"
    case .missingOption(let option, _):
      "missing option '\(option)'"
    case .unexpectedArgument(let value, _):
      "unexpected argument '\(value.terminalSafe())'"
    case .conflictingOptions(let options, _):
      options.map { $0.terminalSafe() }.joined(separator: " and ")
        + " cannot be used together; choose one"
    case .missingCompanion(let option, let other, _):
      "\(option.terminalSafe()) only works together with \(other.terminalSafe())"
    case .inconsistentValues(let message, _):
      message.terminalSafe()
    }
  }

  /// The name the user probably meant, if one is close to what was typed.
  public var suggestion: String? {
    switch self {
    case .unknownCommand(_, let suggestion, _), .unknownOption(_, let suggestion, _),
      .invalidValue(_, _, _, let suggestion, _):
      suggestion
    case .missingValue, .unexpectedValue, .missingArgument, .missingOption, .unexpectedArgument,
      .conflictingOptions, .missingCompanion, .inconsistentValues:
      nil
    }
  }

  /// The command being parsed.
  public var context: Context {
    switch self {
    case .unknownCommand(_, _, let context), .unknownOption(_, _, let context),
      .missingValue(_, let context), .unexpectedValue(_, _, let context),
      .invalidValue(_, _, _, _, let context), .missingArgument(_, let context),
      .missingOption(_, let context), .unexpectedArgument(_, let context),
      .conflictingOptions(_, let context), .missingCompanion(_, _, let context),
      .inconsistentValues(_, let context):
      context
    }
  }

  /// The whole message for standard error, lines separated by `\n`, without a final newline:
  ///
  ///     error: unknown option '--secton'
  ///     Did you mean '--section'?
  ///     Usage: mlcareer show <topic> ... [--section <name>] [--format <format>]
  ///       See 'mlcareer show --help'.
  public var description: String { lines.joined(separator: "\n") }

  /// The message wrapped to `width` columns, words kept whole: the usage line continues under
  /// the command, the pointer to help under its own indent. No final newline.
  public func description(width: Int) -> String {
    // No break inside an element such as `[--by <dimension>]`: its spaces do not break until
    // the line is wrapped.
    var usage = ""
    var depth = 0
    for character in context.usage {
      switch character {
      case "[", "<": depth += 1
      case "]", ">": depth = max(0, depth - 1)
      default: break
      }
      usage.append(character == " " && depth > 0 ? "\u{A0}" : character)
    }
    let wrapped = lines.map { line in
      guard line.hasPrefix("Usage: ") else {
        return HelpRenderer.wrap(line, width: width, indent: line.prefix { $0 == " " }.count)
      }
      return HelpRenderer.wrap("Usage: " + usage, width: width, indent: "Usage: ".count)
        .replacing("\u{A0}", with: " ")
    }
    return String(wrapped.joined().dropLast())
  }

  private var lines: [String] {
    ["error: " + message] + (suggestion.map { ["Did you mean '\($0)'?"] } ?? [])
      + ["Usage: " + context.usage, "  See '\(context.commandLine) --help'."]
  }
}
