import TextSupport

/// One skill, tool, language, platform or competency the job asks for. A class, as nothing
/// changes it once read: as a struct, each of the checklist's and search's copies retained
/// every one of its strings and arrays.
package final class Skill: Sendable, Equatable, Identifiable {
  /// The stable kebab-case id kept in the progress file, such as `python` or `explainable-ai`.
  package let id: String
  /// The name shown to people, such as `Python` or `Explainable AI (XAI)`.
  package let name: String
  /// The id of the group the skill belongs to.
  package let group: String
  /// How much the job asks for it.
  package let level: SkillLevel
  /// What the skill is and why it matters, in one line.
  package let note: String
  /// What the sources say that puts the skill at its level, such as "listed under the core
  /// technical skills"; empty when the file gives none (the built-in guide gives every one).
  package let levelBasis: String
  /// Other names people may type for it, such as `sklearn` for scikit-learn.
  package let aliases: [String]
  /// The ids of the source documents that name it (see `Data/guide.json`).
  package let sources: [String]
  /// Where the skill is defined in `Data/skills.json`.
  package let location: SourceLocation
  /// The pack it comes from; `nil` for the built-in guide.
  package let pack: PackInfo?

  package init(
    id: String, name: String, group: String, level: SkillLevel, note: String,
    levelBasis: String = "", aliases: [String], sources: [String], location: SourceLocation,
    pack: PackInfo? = nil
  ) {
    self.id = id
    self.name = name
    self.group = group
    self.level = level
    self.note = note
    self.levelBasis = levelBasis
    self.aliases = aliases
    self.sources = sources
    self.location = location
    self.pack = pack
  }

  /// Whether two skills say the same in every field.
  package static func == (lhs: Skill, rhs: Skill) -> Bool {
    lhs === rhs
      || (lhs.id == rhs.id && lhs.name == rhs.name && lhs.group == rhs.group
        && lhs.level == rhs.level && lhs.note == rhs.note && lhs.levelBasis == rhs.levelBasis
        && lhs.aliases == rhs.aliases && lhs.sources == rhs.sources
        && lhs.location == rhs.location && lhs.pack == rhs.pack)
  }
}
