/// The commands of the skills checklist and the progress it keeps.
extension MLCareerCommands {
  static let skills = CommandSpec(
    "skills",
    abstract: "Show the skills the job asks for, by group.",
    discussion: """
      Skills are grouped, for example into programming languages, frameworks, cloud platforms \
      and soft skills. Each has an id to use with 'mlcareer check'.
      """,
    arguments: [
      ArgumentSpec("group", help: "Show only this group.", optional: true, values: .skillGroups)
    ],
    options: [format(["text", "markdown", "json"])],
    examples: [
      .init("mlcareer skills", "Show every skill group."),
      .init("mlcareer skills languages", "Show only the programming languages."),
      .init("mlcareer skills --format json", "Print the skills as JSON."),
    ]
  )

  static let checklist = CommandSpec(
    "checklist",
    abstract: "Show the learning checklist with your progress.",
    discussion: """
      Every skill of the guide is an item, marked done, learning, skipped or still to do. Mark \
      items with 'mlcareer check' and 'mlcareer uncheck'; 'mlcareer progress' sums them up.
      """,
    arguments: [
      ArgumentSpec(
        "group", help: "Show only these groups.", optional: true, variadic: true,
        values: .skillGroups)
    ],
    options: [
      .flag("todo", help: "Show only the items not done yet."),
      .flag("done", help: "Show only the items done."),
      format(["text", "markdown", "json"]),
    ],
    examples: [
      .init("mlcareer checklist", "Show the whole checklist."),
      .init("mlcareer checklist --todo", "Show what is left to learn."),
      .init("mlcareer checklist languages frameworks --done", "Show what you know of two groups."),
    ]
  )

  static let check = CommandSpec(
    "check",
    abstract: "Mark checklist items as done, being learned or skipped.",
    discussion: """
      Items are named by skill id, title or unique prefix. The marks are saved in the progress \
      file (see 'mlcareer progress --path').
      """,
    arguments: [
      ArgumentSpec("id", help: "The skills to mark.", variadic: true, values: .skills)
    ],
    options: [
      .flag("learning", help: "Mark as being learned instead of done."),
      .flag("skip", help: "Mark as skipped: not something you plan to learn."),
    ],
    examples: [
      .init("mlcareer check python", "Mark Python as done."),
      .init("mlcareer check pytorch tensorflow --learning", "Mark two frameworks as in progress."),
      .init("mlcareer check r --skip", "Leave R out of your plan."),
    ]
  )

  static let uncheck = CommandSpec(
    "uncheck",
    abstract: "Clear the marks of checklist items, back to to-do.",
    arguments: [
      ArgumentSpec("id", help: "The skills to clear.", variadic: true, values: .skills)
    ],
    examples: [
      .init("mlcareer uncheck python", "Put Python back on the to-do list."),
      .init("mlcareer uncheck pytorch keras", "Clear the marks of two skills."),
    ]
  )

  static let progress = CommandSpec(
    "progress",
    abstract: "Sum up your checklist progress, overall and by group.",
    discussion: """
      Progress is saved in $XDG_STATE_HOME/mlcareer/progress.json (~/.local/state when \
      XDG_STATE_HOME is not set). --reset clears every mark after asking for confirmation.
      """,
    options: [
      .flag("path", help: "Print the path of the progress file instead."),
      .flag("reset", help: "Clear every mark of the checklist."),
      .flag("yes", help: "Do not ask for confirmation before --reset."),
      format(["text", "json"]),
    ],
    examples: [
      .init("mlcareer progress", "See how much of the checklist is done."),
      .init("mlcareer progress --path", "Print where the progress is saved."),
      .init("mlcareer progress --reset --yes", "Start over without being asked."),
    ]
  )
}
