/// A shell completion scripts are written for.
public enum Shell: String, ArgumentValue {
  /// GNU bash (`complete -F`).
  case bash
  /// Z shell (`#compdef`, `_arguments`).
  case zsh
  /// fish (`complete -c`).
  case fish
}

/// Writes shell completion scripts from a `CommandSpec` tree.
///
/// Names known only at run time come from `PROGRAM __complete NAME [PARENT]`, which prints one
/// candidate a line, optionally a tab and a description (shown by zsh and fish); NAME is a
/// `.dynamic…` source's name, PARENT the parent typed so far. Hidden commands are left out.
public enum CompletionScriptRenderer {
  /// The completion script for `shell`, ending with a newline.
  public static func render(_ shell: Shell, root: CommandSpec) -> String {
    switch shell {
    case .bash: bash(root)
    case .zsh: zsh(root)
    case .fish: fish(root)
    }
  }

  /// `_mlcareer`: the prefix of the script's functions, from the program's name.
  static func functionPrefix(_ root: CommandSpec) -> String { "_" + identifier(root.name) }

  /// `show` → `show`, `skill-groups` → `skill_groups`: a name usable in a function name.
  static func identifier(_ name: String) -> String {
    String(name.map { $0.isLetter || $0.isNumber ? $0 : "_" })
  }

  /// The chains of the visible commands below the root at any depth, in order, each command
  /// before its subcommands (root first in each chain).
  static func commandChains(_ root: CommandSpec) -> [[CommandSpec]] {
    func below(_ chain: [CommandSpec]) -> [[CommandSpec]] {
      chain[chain.count - 1].visibleSubcommands.flatMap { [chain + [$0]] + below(chain + [$0]) }
    }
    return below([root])
  }

  /// The words that run the last command of `chain` after the program, such as `new pack`.
  static func key(_ chain: [CommandSpec]) -> String {
    chain.dropFirst().map(\.name).joined(separator: " ")
  }

  /// The arguments completed after the last command of `chain`: its own, or for a command of
  /// commands (`new`) the name of one of them.
  static func completedArguments(_ chain: [CommandSpec]) -> [ArgumentSpec] {
    let command = chain[chain.count - 1]
    guard command.hasSubcommands else { return command.arguments }
    let names = command.visibleSubcommandNames.map { ValueChoice($0) }
    return [ArgumentSpec("subcommand", help: "", values: .choices(names))]
  }

  /// What a script offers for values from `source`: fixed words, the names of a `__complete`
  /// source, the children of the first argument, parents with their children (for arguments),
  /// or nothing (free text).
  enum Offer {
    case words([String])
    case names(String)
    case children(String)
    case path(parent: String, children: String)
    case directories
    case text
  }

  static func offer(for source: ValueSource, root: CommandSpec, positional: Bool) -> Offer {
    if let words = source.fixedValues(root: root) {
      return .words(words)
    }
    switch source {
    case .dynamic(let name): return .names(name)
    case .dynamicChildren(let name): return .children(name)
    case .dynamicPath(let parent, let children):
      return positional ? .path(parent: parent, children: children) : .names(parent)
    case .directories: return .directories
    case .none, .choices, .commands, .checked: return .text
    }
  }

  /// Every name of the options of the root and its visible commands that take a value.
  static func valueOptionNames(_ root: CommandSpec) -> [String] {
    var names: [String] = []
    for option in ([[root]] + commandChains(root)).flatMap(\.availableOptions) where !option.isFlag
    {
      for name in option.names.reversed() where !names.contains(name) {
        names.append(name)
      }
    }
    return names
  }

  /// `text` inside single quotes for a POSIX shell (bash and zsh).
  static func shellQuoted(_ text: String) -> String {
    "'" + text.replacing("'", with: "'\\''") + "'"
  }
}
