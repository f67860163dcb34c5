import JSON
import TextSupport

/// One skill, tool, language, platform or competency the job asks for.
package struct Skill: Sendable, Equatable, Identifiable {
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
  package var pack: PackInfo? = nil

  /// A skill as its loader reads it; `pack` is set when a pack's catalog is merged.
  package init(
    id: String, name: String, group: String, level: SkillLevel, note: String,
    levelBasis: String = "", aliases: [String], sources: [String], location: SourceLocation
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
  }
}
