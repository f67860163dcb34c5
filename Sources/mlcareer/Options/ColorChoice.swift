import CommandLineKit

/// When to colour output: the values of `--color`.
enum ColorChoice: String, ArgumentValue {
  /// On a terminal, unless `NO_COLOR` is set or `TERM` is `dumb`.
  case auto
  /// Always, even in a pipe.
  case always
  /// Never.
  case never
}
