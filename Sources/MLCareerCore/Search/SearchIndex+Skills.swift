import GuideModel

/// Skills as search entries, under the `skills` topic, one a skill.
extension SearchIndex {
  /// Adds every skill of `catalog`.
  public mutating func add(_ catalog: SkillCatalog) {
    add(Self.entries(of: catalog))
  }

  /// One entry a skill, `PyTorch: open-source deep learning framework…`, in the section named by
  /// its group, its name ranking as the text's label and its id and aliases as keywords.
  ///
  /// With `keeping`, a skill's entry is made only when it accepts the pieces its text,
  /// keywords and context are joined from (as for salary records).
  static func entries(of catalog: SkillCatalog, keeping: ((SearchPrefilter.Pieces) -> Bool)? = nil)
    -> [SearchEntry]
  {
    // The strings a group's skills share are made once a group, and each text by appending.
    var shared: (group: String, name: String, command: String, contexts: [SkillLevel: String])?
    return catalog.skills.compactMap { skill in
      if shared?.group != skill.group {
        let group = catalog.group(skill.group)
        shared = (skill.group, group?.name ?? skill.group, "mlcareer skills " + skill.group, [:])
      }
      let context =
        shared?.contexts[skill.level]
        ?? {
          let made =
            "skills skill " + skill.level.name + " " + (catalog.group(skill.group)?.id ?? "")
          shared?.contexts[skill.level] = made
          return made
        }()
      if let keeping,
        !keeping(
          SearchPrefilter.Pieces(
            text: [skill.name, skill.note], keywords: [skill.id] + skill.aliases, context: [context]
          ))
      {
        return nil
      }
      var text = skill.name
      text += ": "
      text += skill.note
      var keywords = skill.id
      for alias in skill.aliases {
        keywords += " "
        keywords += alias
      }
      return SearchEntry(
        topic: "skills", section: shared?.name, text: text, field: .text,
        labelLength: skill.name.count, keywords: keywords, context: context,
        command: shared?.command)
    }
  }
}
