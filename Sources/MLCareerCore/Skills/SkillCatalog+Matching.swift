import GuideModel
import TextSupport

/// Finding what a person meant by a skill or group name: the id, the name or an alias, in any
/// case and with spaces or dashes alike, or a prefix that designates only one.
extension SkillCatalog {
  /// The skills `inputs` designate, in order and without repeats, and an error for every
  /// input that designates none or several. Callers act only when `errors` is empty, so one
  /// typo among several names changes nothing.
  package func resolveSkills(_ inputs: [String]) -> (skills: [Skill], errors: [SkillLookupError]) {
    let matcher = NameMatcher(skills.map { ($0.id, [$0.name] + $0.aliases) })
    let (ids, errors) = Self.resolve(inputs, with: matcher, isGroup: false)
    return (ids.compactMap(skill), errors)
  }

  /// The groups `inputs` designate, like `resolveSkills(_:)`.
  package func resolveGroups(
    _ inputs: [String]
  ) -> (groups: [SkillGroup], errors: [SkillLookupError]) {
    let matcher = NameMatcher(groups.map { ($0.id, [$0.name] + $0.aliases) })
    let (ids, errors) = Self.resolve(inputs, with: matcher, isGroup: true)
    return (ids.compactMap(group), errors)
  }

  /// The groups of `ids` in that order, as the user named them; every group when `nil`.
  package func groups(_ ids: [String]?) -> [SkillGroup] {
    ids.map { $0.compactMap(group) } ?? groups
  }

  private static func resolve(
    _ inputs: [String], with matcher: NameMatcher, isGroup: Bool
  ) -> (ids: [String], errors: [SkillLookupError]) {
    var ids: [String] = []
    var errors: [SkillLookupError] = []
    for input in inputs {
      switch matcher.match(input) {
      case .found(let id):
        if !ids.contains(id) { ids.append(id) }
      case .ambiguous(let candidates):
        errors.append(.ambiguous(input, isGroup: isGroup, candidates: candidates))
      case .notFound(let suggestions):
        errors.append(.unknown(input, isGroup: isGroup, suggestions: suggestions))
      }
    }
    return (ids, errors)
  }
}
