import GuideModel

/// Skills as search entries, under the `skills` topic, one a skill.
extension SearchIndex {
  /// Adds every skill of `catalog`.
  package mutating func add(_ catalog: SkillCatalog) {
    add(Self.entries(of: catalog))
  }

  /// One entry a skill, `PyTorch: open-source deep learning framework…`, in the section named by
  /// its group, its name ranking as the text's label and its id and aliases as keywords.
  static func entries(of catalog: SkillCatalog) -> [SearchEntry] {
    // What a group's skills share is made once a group, and each text by appending.
    var shared: (group: String, name: String, command: String, id: String)?
    return catalog.skills.map { skill in
      if shared?.group != skill.group {
        let group = catalog.group(skill.group)
        let name = group?.name ?? skill.group
        shared = (skill.group, name, "mlcareer skills " + skill.group, group?.id ?? "")
      }
      var text = skill.name
      text += ": "
      text += skill.note
      var keywords = skill.id
      for alias in skill.aliases { keywords += " " + alias }
      return SearchEntry(
        topic: "skills", section: shared?.name, text: text, field: .text,
        labelLength: skill.name.count, keywords: keywords,
        context: "skills skill " + skill.level.name + " " + (shared?.id ?? ""),
        command: shared?.command)
    }
  }
}
