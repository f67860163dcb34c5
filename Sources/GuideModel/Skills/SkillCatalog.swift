/// Every skill of the guide in its groups, in the order `Data/skills.json` lists them.
package struct SkillCatalog: Sendable {
  /// The groups in display order.
  package let groups: [SkillGroup]
  /// Every skill, grouped by `groups`' order and in file order within a group.
  package let skills: [Skill]
  /// Where each group's skills start in `skills`, by the group's place in `groups`, then where
  /// the last group's end: a group's skills are next to each other, as `skills` is in group
  /// order.
  private let groupStarts: [Int]

  /// A catalog of `groups` and `skills`; skills are reordered to follow their groups, those of
  /// a group not listed last.
  package init(groups: [SkillGroup], skills: [Skill]) {
    self.groups = groups
    // Each skill's group's place; skills of one group come together, so the last group
    // found answers most of them.
    var order: [Int] = []
    order.reserveCapacity(skills.count)
    var lastGroup: String?
    var lastIndex = 0
    for skill in skills {
      if lastGroup != skill.group {
        lastGroup = skill.group
        lastIndex = groups.firstIndex { $0.id == skill.group } ?? groups.count
      }
      order.append(lastIndex)
    }
    // Skills already in group order, as the built-in guide's are, stay as they are.
    let ordered =
      zip(order, order.dropFirst()).allSatisfy { $0 <= $1 }
      ? skills
      : zip(skills, order).enumerated().sorted { left, right in
        (left.element.1, left.offset) < (right.element.1, right.offset)
      }.map(\.element.0)
    self.skills = ordered
    var starts = [Int](repeating: 0, count: groups.count + 1)
    for index in order where index < groups.count { starts[index + 1] += 1 }
    for index in groups.indices { starts[index + 1] += starts[index] }
    groupStarts = starts
  }

  /// The skill with id `id`, exactly as written in the data.
  package func skill(_ id: String) -> Skill? {
    skills.first { $0.id == id }
  }

  /// The group with id `id`, exactly as written in the data.
  package func group(_ id: String) -> SkillGroup? {
    groups.first { $0.id == id }
  }

  /// The skills of the group `groupID`, in order: a view of the catalog's own, not a copy of
  /// each skill.
  package func skills(in groupID: String) -> ArraySlice<Skill> {
    guard let index = groups.firstIndex(where: { $0.id == groupID }) else {
      return ArraySlice(skills.filter { $0.group == groupID })
    }
    return skills[groupStarts[index]..<groupStarts[index + 1]]
  }
}
