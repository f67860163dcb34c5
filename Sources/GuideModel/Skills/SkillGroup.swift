import TextSupport

/// A named group of skills, such as "Programming and software practice".
package struct SkillGroup: Sendable, Equatable, Identifiable {
  /// The stable kebab-case id typed on the command line, such as `programming`.
  package let id: String
  package let name: String
  /// Other names people may type for the group, such as `languages`.
  package let aliases: [String]
  /// What the group holds, in one line.
  package let summary: String
  /// Where the group is defined in `Data/skills.json`.
  package let location: SourceLocation
  /// The pack it comes from; `nil` for the built-in guide.
  package let pack: PackInfo?

  package init(
    id: String, name: String, aliases: [String], summary: String, location: SourceLocation,
    pack: PackInfo? = nil
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.summary = summary
    self.location = location
    self.pack = pack
  }
}
