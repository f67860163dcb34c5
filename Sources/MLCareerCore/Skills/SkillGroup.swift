import JSON
import TextSupport

/// A named group of skills, such as "Programming and software practice".
public struct SkillGroup: Sendable, Equatable, Identifiable {
  /// The stable kebab-case id typed on the command line, such as `programming`.
  public let id: String
  /// The group's title.
  public let name: String
  /// Other names people may type for the group, such as `languages`.
  let aliases: [String]
  /// What the group holds, in one line.
  public let summary: String
  /// Where the group is defined in `Data/skills.json`.
  let location: SourceLocation
  /// The pack it comes from; `nil` for the built-in guide.
  public internal(set) var pack: PackInfo? = nil
}
