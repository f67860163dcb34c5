import GuideModel

/// What to learn next, in the only order the sources support: what is being learned first,
/// then the rest by level (core, desirable, emerging) and, within a level, the skills the
/// guide mentions in more places first; catalog order breaks ties. Skills done or skipped are
/// left out. No prerequisite is assumed, as the sources give none.
package struct LearningPlan: Sendable {
  /// One skill to learn, with why it stands where it does.
  package struct Step: Sendable, Equatable {
    /// The skill.
    package let skill: Skill
    /// `.learning` or `.todo`.
    package let state: SkillState
    /// How many places in the topics mention it.
    package let mentions: Int

    /// `being learned; core; mentioned in 9 places`.
    package var reason: String {
      let places =
        mentions == 0
        ? "mentioned in no topic" : "mentioned in \(mentions) place\(mentions == 1 ? "" : "s")"
      return (state == .learning ? "being learned; " : "") + skill.level.name + "; " + places
    }
  }

  /// The steps, first to learn first.
  package let steps: [Step]

  /// The plan for `state` over the skills of `catalog` in the groups `groupIDs` (all when
  /// `nil`), counting places with `mentions`.
  package init(
    catalog: SkillCatalog, state: ProgressState, mentions: SkillMentions,
    groupIDs: [String]? = nil
  ) {
    let candidates = catalog.skills.enumerated().compactMap {
      offset, skill -> (offset: Int, step: Step)? in
      let skillState = state.state(of: skill.id)
      guard skillState == .todo || skillState == .learning,
        groupIDs?.contains(skill.group) ?? true
      else { return nil }
      return (
        offset: offset,
        step: Step(skill: skill, state: skillState, mentions: mentions.count(of: skill.id))
      )
    }
    steps = candidates.sorted { (left, right) -> Bool in
      let (a, b) = (left.step, right.step)
      if (a.state == .learning) != (b.state == .learning) { return a.state == .learning }
      if a.skill.level != b.skill.level { return a.skill.level < b.skill.level }
      if a.mentions != b.mentions { return a.mentions > b.mentions }
      return left.offset < right.offset
    }.map { $0.step }
  }
}
