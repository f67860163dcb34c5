import JSON
import TextSupport

/// One skill, tool, language, platform or competency the job asks for.
public struct Skill: Sendable, Equatable, Identifiable {
  /// The stable kebab-case id kept in the progress file, such as `python` or `explainable-ai`.
  public let id: String
  /// The name shown to people, such as `Python` or `Explainable AI (XAI)`.
  public let name: String
  /// The id of the group the skill belongs to.
  public let group: String
  /// How much the job asks for it.
  public let level: SkillLevel
  /// What the skill is and why it matters, in one line.
  public let note: String
  /// Other names people may type for it, such as `sklearn` for scikit-learn.
  let aliases: [String]
  /// The ids of the source documents that name it (see `Data/guide.json`).
  let sources: [String]
  /// Where the skill is defined in `Data/skills.json`.
  let location: SourceLocation
  /// The pack it comes from; `nil` for the built-in guide.
  public internal(set) var pack: PackInfo? = nil
}
