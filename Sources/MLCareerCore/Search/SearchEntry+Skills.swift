import GuideModel

/// Skills as search entries, under the `skills` topic, one a skill.
extension SearchEntry {
  /// One entry a skill, `PyTorch: open-source deep learning framework…`, in the section named by
  /// its group, its name ranking as the text's label and its id and aliases as keywords; with
  /// `rule`, only the skills it may match, told from their pieces before the entry is made.
  static func entries(of catalog: SkillCatalog, for rule: SearchRule? = nil) -> [SearchEntry] {
    // What a group's skills share is made once a group (no group's id is empty).
    var shared = (group: "", name: "", command: "", id: "")
    return catalog.skills.compactMap { skill in
      if shared.group != skill.group {
        let group = catalog.group(skill.group)
        shared = (
          skill.group, group?.name ?? skill.group, "mlcareer skills " + skill.group, group?.id ?? ""
        )
      }
      let id = shared.id
      guard
        rule?.mayMatch(
          text: {
            $0(skill.name) || $0(skill.note) || $0(skill.id) || skill.aliases.contains(where: $0)
          },
          context: { $0("skills skill") || $0(skill.level.name) || $0(id) }) ?? true
      else { return nil }
      return SearchEntry(
        topic: "skills", section: shared.name, text: skill.name + ": " + skill.note, field: .text,
        labelLength: skill.name.count,
        keywords: ([skill.id] + skill.aliases).joined(separator: " "),
        context: "skills skill " + skill.level.name + " " + id, command: shared.command)
    }
  }
}
