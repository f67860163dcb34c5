import GuideModel

/// The checklist as shown: the chosen groups, each with its counts and the skills that pass the
/// filter, every skill with its state.
package struct Checklist: Sendable, Equatable {
  package enum Filter: Sendable, Equatable {
    case all
    /// The skills not done yet: to do and being learned (skipped ones are not on the plan).
    case todo
    case done

    func includes(_ state: SkillState) -> Bool {
      switch self {
      case .all: true
      case .todo: state == .todo || state == .learning
      case .done: state == .done
      }
    }
  }

  /// One skill and where the person stands with it.
  package struct Item: Sendable, Equatable {
    package let skill: Skill
    package let state: SkillState
    /// The day it was marked and the note, when it is marked.
    package var mark: ProgressState.Mark? = nil

    init(_ skill: Skill, in progress: ProgressState) {
      self.skill = skill
      mark = progress.mark(of: skill.id)
      state = mark?.state ?? .todo
    }
  }

  package struct Section: Sendable, Equatable {
    package let group: SkillGroup
    /// The counts over the whole group, whatever the filter.
    let tally: ProgressSummary.Tally
    /// The skills that pass the filter, in order.
    package let items: [Item]
  }

  /// The groups that have at least one item after filtering, in catalog order.
  package let sections: [Section]

  /// The checklist of `catalog` for `state`, limited to the groups `groupIDs` (all when `nil`)
  /// and to the skills `filter` lets through.
  package init(
    catalog: SkillCatalog, state: ProgressState, groupIDs: [String]? = nil, filter: Filter = .all
  ) {
    let groups = catalog.groups(groupIDs)
    sections = groups.compactMap { group in
      var tally = ProgressSummary.Tally()
      var items: [Item] = []
      for skill in catalog.skills(in: group.id) {
        let item = Item(skill, in: state)
        tally.add(item.state)
        if filter.includes(item.state) { items.append(item) }
      }
      return items.isEmpty ? nil : Section(group: group, tally: tally, items: items)
    }
  }

  /// Whether no skill passed the filter.
  package var isEmpty: Bool { sections.isEmpty }
}
