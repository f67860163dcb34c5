/// Where the values of an argument or option come from: what the parser accepts and what the
/// shell completion scripts offer.
public enum ValueSource: Sendable {
  /// Free text: nothing to check and nothing to offer.
  case none
  /// A fixed list; the parser matches what is typed to one of them like a name (any case, a
  /// unique prefix or an alias) and rejects anything else, and the completions offer their
  /// names. `ValueSource.cases(_:)` makes one from the cases of an `ArgumentValue` type.
  case choices([ValueChoice])
  /// Names known only at run time, which completion asks the program for by this name.
  case dynamic(String)
  /// Names that depend on the command's first argument (up to its first `/`), such as a
  /// topic's sections, asked for by this name and that parent.
  case dynamicChildren(String)
  /// A name from the dynamic source `parent`, or `PARENT/CHILD` with CHILD one of the names of
  /// the source `children` for that parent, such as `topic/section`.
  case dynamicPath(parent: String, children: String)
  /// The names of the root command's visible subcommands (for `help COMMAND`).
  case commands
  /// A folder on disk: any text is accepted (the command checks it), and the completion
  /// scripts offer the folders below the word typed so far.
  case directories
  /// Text of a given shape, such as a whole number, which the parser checks once the command
  /// is known: text `accepts` refuses is an invalid value, and `expected` says what a value
  /// must be (`expected a positive whole number`); nothing to offer.
  case checked(expected: String, accepts: @Sendable (String) -> Bool)
}
