import GuideModel

/// The arithmetic of progress: how many skills of each group and overall stand in each state,
/// the share done (skipped skills leave the total), and the first steps of the plan.
package struct ProgressSummary: Sendable, Equatable {
  package struct Tally: Sendable, Equatable {
    package var done = 0
    package var learning = 0
    /// Skills left out on purpose.
    package var skipped = 0
    /// Skills not marked.
    package var todo = 0

    /// Every skill, skipped ones included.
    var total: Int { done + learning + skipped + todo }

    /// The skills that count towards the percentage: all but the skipped ones.
    package var counted: Int { total - skipped }

    /// `done/counted`, as the checklist's headings and the progress table show it.
    var fraction: String { "\(done)/\(counted)" }

    /// The whole percentage of counted skills done, rounded down so that 100 means all of
    /// them; `nil` when no skill counts (all skipped, or none at all).
    package var percent: Int? {
      counted == 0 ? nil : done * 100 / counted
    }

    mutating func add(_ state: SkillState) {
      switch state {
      case .done: done += 1
      case .learning: learning += 1
      case .skipped: skipped += 1
      case .todo: todo += 1
      }
    }
  }

  package struct GroupTally: Sendable, Equatable {
    package let group: SkillGroup
    let tally: Tally
  }

  /// Every group in order, each with its counts.
  package let groups: [GroupTally]
  /// The counts over every skill of the catalog.
  package let overall: Tally
  /// The first five steps of the plan; none without a plan.
  let next: [LearningPlan.Step]
  /// Ids marked in the state that the catalog does not know, sorted.
  let unknownIDs: [String]

  /// Sums up `state` against `catalog`, with the first steps of `plan`.
  package init(
    catalog: SkillCatalog, state: ProgressState, plan: LearningPlan? = nil
  ) {
    var overall = Tally()
    groups = catalog.groups.map { group in
      var tally = Tally()
      for skill in catalog.skills(in: group.id) {
        let mark = state.state(of: skill.id)
        tally.add(mark)
        overall.add(mark)
      }
      return GroupTally(group: group, tally: tally)
    }
    self.overall = overall
    next = Array(plan?.steps.prefix(5) ?? [])
    unknownIDs = state.entries.keys.filter { catalog.skill($0) == nil }.sorted()
  }
}
