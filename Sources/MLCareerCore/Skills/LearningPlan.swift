import GuideModel
import JSON
import TerminalText

/// What to learn next, in the only order the sources support: what is being learned first,
/// then the rest by level (core, desirable, emerging) and, within a level, the skills the
/// guide mentions in more places first; catalog order breaks ties. Skills done or skipped are
/// left out. No prerequisite is assumed, as the sources give none.
package struct LearningPlan: Sendable {
  /// One skill to learn, with why it stands where it does.
  package struct Step: Sendable, Equatable {
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
    let candidates = catalog.skills.compactMap { skill -> Step? in
      let skillState = state.state(of: skill.id)
      guard skillState == .todo || skillState == .learning,
        groupIDs?.contains(skill.group) ?? true
      else { return nil }
      return Step(skill: skill, state: skillState, mentions: mentions.count(of: skill.id))
    }
    // The sort is stable, so catalog order breaks ties.
    steps = candidates.sorted { a, b in
      if (a.state == .learning) != (b.state == .learning) { return a.state == .learning }
      if a.skill.level != b.skill.level { return a.skill.level < b.skill.level }
      return a.mentions > b.mentions
    }
  }
}

extension LearningPlan {
  /// Numbered steps, each with its box, name and id, and its reason dimmed beneath; a closing
  /// line says how many are left out and how to mark one.
  package func text(limit: Int?, options: RenderOptions) -> String {
    guard !steps.isEmpty else {
      return "Nothing left to learn here: every skill is done or skipped.\n"
    }
    var lines: [String] = []
    let shown = steps.prefix(limit ?? .max)
    let width = String(shown.count).count
    for (index, step) in shown.enumerated() {
      let number = String(index + 1).padded(toWidth: width, alignment: .right)
      let indent = String(repeating: " ", count: width + 6)
      lines += options.wrap(
        "\(step.state.checkbox) \(step.skill.name)  \(step.skill.id)", first: "\(number). ",
        rest: indent)
      lines += options.wrap(step.reason, style: .note, first: indent)
    }
    var closing =
      shown.count < steps.count
      ? "\(shown.count) of \(steps.count) steps; --all shows them all. " : ""
    closing +=
      "Mark one with 'mlcareer check <id>'; 'mlcareer skill <id>' shows where the "
      + "guide mentions it."
    lines.append("")
    lines += options.wrap(closing, style: .note)
    return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") + "\n"
  }

  /// `step, id, name, group, level, state, mentions, reason`, a header row first.
  package func rows(limit: Int?) -> [[String]] {
    [["step", "id", "name", "group", "level", "state", "mentions", "reason"]]
      + steps.prefix(limit ?? .max).enumerated().map { index, step in
        [
          String(index + 1), step.skill.id, step.skill.name, step.skill.group,
          step.skill.level.name, step.state.rawValue, String(step.mentions), step.reason,
        ]
      }
  }

  /// `{"total": N, "steps": [{id, name, group, level, state, mentions, reason}]}`.
  package func json(limit: Int?) -> JSONOutput {
    [
      "total": .int(steps.count),
      "steps": .array(
        steps.prefix(limit ?? .max).map { step in
          [
            "id": .string(step.skill.id), "name": .string(step.skill.name),
            "group": .string(step.skill.group), "level": .string(step.skill.level.name),
            "state": .string(step.state.rawValue), "mentions": .int(step.mentions),
            "reason": .string(step.reason),
          ]
        }),
    ]
  }
}
