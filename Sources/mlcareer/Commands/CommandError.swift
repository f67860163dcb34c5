import CommandLineKit
import GuideModel
import MLCareerCore
import TerminalText
import TextSupport

/// Why a command could not do what was asked; the runner prints it on standard error.
enum CommandError: Error, CustomStringConvertible {
  /// A name that matches nothing (`no topic 'x'`), with suggestions and a hint for finding one.
  case notFound(kind: String, name: String, suggestions: [String], hint: String)
  /// A name that could mean several things.
  case ambiguous(kind: String, name: String, candidates: [String])
  /// Broken content compiled into the binary.
  case content(ContentError)
  /// A usage error found after parsing (a value that parses but cannot be used).
  case usage(UsageError)
  /// Skill or group names that match nothing or several, every one reported at once.
  case skillLookup([SkillLookupError])
  /// The progress file could not be found, read or saved.
  case progress(ProgressStoreError)
  /// Anything else that failed, with the message to show.
  case failure(String)
  /// A failure whose explanation is already printed (such as `validate`'s report).
  case silentFailure

  /// The process exit code: 64 for usage errors, 1 for everything else.
  var exitCode: Int32 {
    if case .usage(let error) = self { return error.exitCode }
    return 1
  }

  /// The text for standard error wrapped to `width` columns (`nil`: not wrapped), but for
  /// `path:line:column: error:` messages, which stay on one line for editors and `grep`.
  func description(width: Int?) -> String {
    guard let width else { return description }
    return switch self {
    case .usage(let error): error.description(width: width) + "\n"
    case .content, .progress: description
    default: TextWrapper.wrapLines(description, width: width)
    }
  }

  /// The text for standard error, ending in a newline.
  var description: String {
    switch self {
    case .notFound(let kind, let name, let suggestions, let hint):
      let lines = NameLookupText.notFound(name, kind: kind, suggestions: suggestions) + [hint]
      return lines.joined(separator: "\n") + "\n"
    case .ambiguous(let kind, let name, let candidates):
      return NameLookupText.ambiguous(name, kind: kind, candidates: candidates)
        .joined(separator: "\n") + "\n"
    case .content(let error):
      return "\(error)\n"
    case .usage(let error):
      return error.description + "\n"
    case .skillLookup(let errors):
      let hints = errors.map(\.hint).reduce(into: [String]()) {
        if !$0.contains($1) { $0.append($1) }
      }
      return (errors.map(\.description) + hints).joined(separator: "\n") + "\n"
    case .progress(let error):
      switch error {
      case .unreadable, .malformed:
        return "\(error)\nThe file was left as it is: fix it, move it away, or start over with "
          + "'mlcareer progress --reset'.\n"
      default:
        return "\(error)\n"
      }
    case .failure(let message):
      return "error: \(message)\n"
    case .silentFailure:
      return ""
    }
  }
}

extension Guide {
  /// The topic a person means by `name`, parsed, or the `CommandError` that says why not.
  func topic(named name: String) throws(CommandError) -> Topic {
    let entry = try resolveTopic(name).resolved(
      kind: "topic", name: name, hint: "Run 'mlcareer list' to see every topic.")
    return try catching(CommandError.content) { () throws(ContentError) in try topic(entry) }
  }
}

extension Lookup {
  /// The model matched, or the `CommandError` that says what went wrong.
  func resolved(kind: String, name: String, hint: String) throws(CommandError) -> Model {
    switch self {
    case .found(let model): return model
    case .ambiguous(let ids): throw .ambiguous(kind: kind, name: name, candidates: ids)
    case .notFound(let suggestions):
      throw .notFound(kind: kind, name: name, suggestions: suggestions, hint: hint)
    }
  }
}
