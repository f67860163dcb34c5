/// A command line mlcareer cannot run (exit status 64): what is wrong, the name probably meant,
/// and the `Context` of the command parsed, so the message ends with its usage line and a
/// pointer to its help.
public struct UsageError: Error, Equatable, CustomStringConvertible {
  /// The command whose usage the message ends with.
  public struct Context: Equatable, Sendable {
    /// The command line that runs the command, such as `mlcareer show`.
    var commandLine: String
    /// The usage line without `Usage: `, such as `mlcareer show <topic> ... [--section <name>]`.
    var usage: String
  }

  /// The first line without `error: `, such as `unknown option '--secton'`; what the user typed
  /// is shown `terminalSafe()`, so it cannot drive the terminal or fake another line.
  public let message: String
  /// The name the user probably meant, if one is close to what was typed.
  public let suggestion: String?
  /// The command being parsed.
  public let context: Context
  /// Whether a word names no command: asking for help does not excuse that one.
  let isUnknownCommand: Bool

  init(
    _ message: String, suggestion: String? = nil, _ context: Context,
    isUnknownCommand: Bool = false
  ) {
    self.message = message
    self.suggestion = suggestion
    self.context = context
    self.isUnknownCommand = isUnknownCommand
  }

  /// A word that is not a command (`mlcareer shwo`), with the closest command.
  static func unknownCommand(_ name: String, suggestion: String?, _ context: Context) -> Self {
    Self(
      "unknown command '\(name.terminalSafe())'", suggestion: suggestion, context,
      isUnknownCommand: true)
  }

  /// A value outside what `name` takes (`--format xml`), with the allowed values and the
  /// closest.
  static func invalidValue(
    _ value: String, for name: String, allowed: [String], suggestion: String?, _ context: Context
  ) -> Self {
    Self(
      "invalid value '\(value.terminalSafe())' for '\(name.terminalSafe())'; expected "
        + (allowed.count == 1 ? allowed[0] : "one of: " + allowed.joined(separator: ", ")),
      suggestion: suggestion, context)
  }

  /// The exit status for usage errors (`EX_USAGE`).
  public var exitCode: Int32 { 64 }

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
