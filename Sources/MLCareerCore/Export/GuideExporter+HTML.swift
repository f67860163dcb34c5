import GuideModel

/// The guide as one web page that stands alone (inline style, nothing loaded, no script), every
/// text from content escaped (`HTMLText`), so markup in a topic or pack shows as text.
extension GuideExporter {
  /// The whole guide as an HTML document, with `progress`, when given, ticked on the skills.
  package static func html(_ document: GuideDocument, progress: ProgressState? = nil) -> String {
    var ids = PageIDs()
    // `mlcareer show TOPIC` and `mlcareer show TOPIC/SECTION` in the text link to that part.
    var links: [String: String] = [:]
    for topic in document.topics {
      links["mlcareer show \(topic.id)"] = topic.id
      for section in topic.sections {
        links["mlcareer show \(topic.id)/\(section.id)"] = "\(topic.id)/\(section.id)"
      }
    }
    var contents: [(title: String, id: String, children: [(title: String, id: String)])] = []
    var body = ""
    for topic in document.topics {
      let id = ids.unique(topic.id)
      if id != topic.id { links["mlcareer show \(topic.id)"] = nil }
      var children: [(String, String)] = []
      var text =
        topic.summary.isEmpty
        ? "" : "<p class=\"summary\">\(HTMLText.inlines(topic.summary, links: links))</p>\n"
      text += HTMLText.blocks(topic.introduction, links: links)
      for section in topic.sections {
        let sectionID = ids.unique("\(topic.id)/\(section.id)")
        if sectionID != "\(topic.id)/\(section.id)" {
          links["mlcareer show \(topic.id)/\(section.id)"] = nil
        }
        children.append((section.title, sectionID))
        text += part(sectionID, section.title, HTMLText.blocks(section.blocks, links: links))
      }
      body += part(id, topic.title, level: 2, class: "topic", text)
      contents.append((topic.title, id, children))
    }
    var appendices: [(title: String, id: String, children: [(String, String)], html: String)] = []
    if !document.salaries.records.isEmpty {
      let (html, children) = salaryTables(document.salaries, ids: &ids)
      appendices.append(("Salary figures", ids.unique("salary-figures"), children, html))
    }
    if !document.skills.skills.isEmpty {
      let (html, children) = skillList(document.skills, progress: progress, ids: &ids)
      appendices.append(("Skills by group", ids.unique("skills-by-group"), children, html))
    }
    if !document.marketFigures.isEmpty {
      let table = htmlMarketTable(document.marketFigures)
      appendices.append(("Market figures", ids.unique("market-figures"), [], table))
    }
    appendices.append(("Sources", ids.unique("sources"), [], htmlSourceList(document.sources)))
    for appendix in appendices {
      body += part(appendix.id, appendix.title, level: 2, class: "topic appendix", appendix.html)
      contents.append((appendix.title, appendix.id, appendix.children))
    }

    func link(_ title: String, _ id: String) -> String {
      "<a href=\"#\(HTMLText.escaped(id))\">\(HTMLText.escaped(title))</a>"
    }
    var toc = "<nav class=\"toc\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n"
    for entry in contents {
      toc += "<li>" + link(entry.title, entry.id)
      if !entry.children.isEmpty {
        toc += "\n<ol>\n" + entry.children.map { "<li>\(link($0, $1))</li>\n" }.joined() + "</ol>\n"
      }
      toc += "</li>\n"
    }
    toc += "</ol>\n</nav>\n"

    let edition =
      "Edition \(HTMLText.escaped(document.edition)), exported by mlcareer "
      + "\(HTMLText.escaped(MLCareerVersion.tool)). Every figure is given as its source states "
      + "it; see <a href=\"#\(HTMLText.escaped(appendices[appendices.count - 1].id))\">Sources</a>."
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="color-scheme" content="light dark">
      <title>\(HTMLText.escaped(title))</title>
      <style>
      \(pageStyle)
      </style>
      </head>
      <body>
      <header class="masthead">
      <h1>\(HTMLText.escaped(title))</h1>
      <p>\(edition)</p>
      </header>
      <div class="page">
      \(toc)<main>
      \(body)</main>
      </div>
      </body>
      </html>

      """
  }

  /// A table per salary dimension, headed by its title and what its figures share, then the
  /// disagreements and the footnote; and the dimensions for the table of contents.
  private static func salaryTables(_ data: SalaryData, ids: inout PageIDs)
    -> (String, [(String, String)])
  {
    var html = ""
    var children: [(String, String)] = []
    for group in SalaryTableGroup.groups(data.records, of: data) {
      let id = ids.unique("salaries-" + group.dimension.id)
      children.append((group.dimension.title, id))
      let subtitle = "<p class=\"subtitle\">\(HTMLText.escaped(group.subtitle))</p>\n"
      let rows = table(
        headers: group.columns.map(\.heading), numeric: group.columns.map(\.isRightAligned),
        rows: group.rows)
      html += part(id, group.dimension.title, subtitle + rows)
    }
    let note = (SalaryFormatter.note(data.records, of: data).map { $0 + " " } ?? "") + data.footnote
    html += "<p class=\"note\">\(HTMLText.escaped(note))</p>\n"
    return (html, children)
  }

  /// The skills of each group as a checklist, each box showing the reader's mark and the
  /// tally above when `given`, every box empty otherwise; and the groups for the table of
  /// contents.
  private static func skillList(
    _ catalog: SkillCatalog, progress given: ProgressState?, ids: inout PageIDs
  ) -> (String, [(String, String)]) {
    let progress = given ?? ProgressState()
    var html = ""
    if given != nil {
      let tally = ProgressSummary(catalog: catalog, state: progress).overall
      html = "<p class=\"progress\">Your progress: \(tally.done) of \(tally.counted) done"
      if tally.learning > 0 { html += ", \(tally.learning) being learned" }
      if tally.skipped > 0 { html += ", \(tally.skipped) skipped" }
      html += ". Mark skills with <code>mlcareer check ID</code> and export again.</p>\n"
    }
    var children: [(String, String)] = []
    for group in catalog.groups {
      let skills = catalog.skills(in: group.id)
      guard !skills.isEmpty else { continue }
      let id = ids.unique("skills-" + group.id)
      children.append((group.name, id))
      var list = "<p>\(HTMLText.escaped(group.summary))</p>\n<ul class=\"checklist\">\n"
      for skill in skills {
        let state = progress.state(of: skill.id)
        list +=
          "<li class=\"\(state.rawValue)\">\(HTMLText.checkBox(state))"
          + "<span><strong>\(HTMLText.escaped(skill.name))</strong> "
          + "<code>\(HTMLText.escaped(skill.id))</code> "
          + "<span class=\"level\">\(HTMLText.escaped(skill.level.name))</span><br>"
          + "\(HTMLText.escaped(skill.note))</span></li>\n"
      }
      html += part(id, group.name, list + "</ul>\n")
    }
    return (html, children)
  }

  /// A part of the page with its id and its title as a heading: `h2` for a topic or an appendix,
  /// `h3` for a part of one, `body` already HTML.
  private static func part(
    _ id: String, _ title: String, level: Int = 3, class name: String? = nil, _ body: String
  ) -> String {
    "<section\(name.map { " class=\"\($0)\"" } ?? "") id=\"\(HTMLText.escaped(id))\">\n"
      + "<h\(level)>\(HTMLText.escaped(title))</h\(level)>\n\(body)</section>\n"
  }

  /// The market figures as a table: what, how much, when, a note, the topic and the source.
  private static func htmlMarketTable(_ figures: [MarketFigure]) -> String {
    let rows = figures.map { figure in
      [
        figure.label, figure.formattedValue, figure.when ?? "", figure.note ?? "", figure.topic,
        figure.source,
      ]
    }
    return table(
      headers: ["Figure", "Value", "When", "Note", "Topic", "Source"],
      numeric: [false, true, false, false, false, false], rows: rows)
  }

  /// The sources as a list: title, id and year, then what each is.
  private static func htmlSourceList(_ sources: [GuideSource]) -> String {
    var html = "<ul class=\"sources\">\n"
    for source in sources {
      let year = source.year.map { ", \($0)" } ?? ""
      html +=
        "<li><strong>\(HTMLText.escaped(source.title))</strong> "
        + "(<code>\(HTMLText.escaped(source.id))</code>\(year)): "
        + "\(HTMLText.escaped(source.description))</li>\n"
    }
    return html + "</ul>\n"
  }

  /// A table of plain texts, the `numeric` columns aligned right.
  private static func table(headers: [String], numeric: [Bool], rows: [[String]]) -> String {
    HTMLText.table(
      header: headers.map(HTMLText.escaped), rows: rows.map { $0.map(HTMLText.escaped) },
      classes: numeric.map { $0 ? " class=\"num\"" : "" })
  }
}

/// The ids of a page's parts, each used once: a repeat gets `-2`, `-3`, ….
struct PageIDs {
  private var used: Set<String> = ["contents"]

  /// `base`, or `base-N` for the first N that is free.
  mutating func unique(_ base: String) -> String {
    var id = base
    var number = 2
    while used.contains(id) {
      id = "\(base)-\(number)"
      number += 1
    }
    used.insert(id)
    return id
  }
}
