import JSON

/// Every skill of the guide in its groups, in the order `Data/skills.json` lists them.
public struct SkillCatalog: Sendable {
  /// The groups in display order.
  public let groups: [SkillGroup]
  /// Every skill, grouped by `groups`' order and in file order within a group.
  public let skills: [Skill]
  private let skillIndex: [String: Int]
  private let groupIndex: [String: Int]
  /// Where each group's skills are in `skills`, by the group's place in `groups`: they are
  /// next to each other, as `skills` is in group order.
  private let groupRanges: [Range<Int>]

  /// A catalog of `groups` and `skills`; skills are reordered to follow their groups.
  package init(groups: [SkillGroup], skills: [Skill]) {
    self.groups = groups
    var groupIndex: [String: Int] = [:]
    for (index, group) in groups.enumerated() { groupIndex[group.id] = index }
    self.groupIndex = groupIndex
    // Each skill's group's place; skills of one group come together, so the last group
    // found answers most of them without hashing.
    var order: [Int] = []
    order.reserveCapacity(skills.count)
    var last: (group: String, index: Int)?
    for skill in skills {
      if let last, last.group == skill.group {
        order.append(last.index)
        continue
      }
      let index = groupIndex[skill.group] ?? Int.max
      last = (skill.group, index)
      order.append(index)
    }
    // Skills already in group order, as the built-in guide's are, stay as they are: sorting
    // them anyway cost 240 K instructions at every start.
    let ordered =
      zip(order, order.dropFirst()).allSatisfy { $0 <= $1 }
      ? skills
      : zip(skills, order).enumerated().sorted { left, right in
        (left.element.1, left.offset) < (right.element.1, right.offset)
      }.map(\.element.0)
    self.skills = ordered
    var groupRanges = [Range<Int>](repeating: 0..<0, count: groups.count)
    var current: (group: String, index: Int?)?
    for position in ordered.indices {
      let group = ordered[position].group
      if current?.group != group { current = (group, groupIndex[group]) }
      guard let index = current?.index else { continue }
      let start = groupRanges[index].isEmpty ? position : groupRanges[index].lowerBound
      groupRanges[index] = start..<position + 1
    }
    self.groupRanges = groupRanges
    var skillIndex = [String: Int](minimumCapacity: ordered.count)
    for index in ordered.indices { skillIndex[ordered[index].id] = index }
    self.skillIndex = skillIndex
  }

  /// The skill with id `id`, exactly as written in the data.
  public func skill(_ id: String) -> Skill? {
    skillIndex[id].map { skills[$0] }
  }

  /// The group with id `id`, exactly as written in the data.
  public func group(_ id: String) -> SkillGroup? {
    groupIndex[id].map { groups[$0] }
  }

  /// The skills of the group `groupID`, in order: a view of the catalog's own, not a copy of
  /// each skill (copying them cost `checklist` 28 K instructions at every start).
  public func skills(in groupID: String) -> ArraySlice<Skill> {
    guard let index = groupIndex[groupID] else {
      return ArraySlice(skills.filter { $0.group == groupID })
    }
    return skills[groupRanges[index]]
  }
}
