import GuideModel

/// Salary records as search entries, under the `salaries` topic, one a record.
extension SearchIndex {
  /// One entry a record, `San Francisco, CA, AI/ML engineers: $136,287 (2024)`, in the section
  /// named by its dimension's title, its label ranking as the text's label; with `rule`, only
  /// the records it may match, told from their pieces before the entry is made.
  static func entries(of data: SalaryData, for rule: SearchRule? = nil) -> [SearchEntry] {
    data.records.compactMap { record in
      let dimension = data.dimension(record.dimension)
      let figure = SalaryFormatter.figure(record)
      let details = [record.year.map(String.init), record.region, record.note].compactMap { $0 }
      let heading = dimension?.labelHeading ?? ""
      let keywords = [record.dimension] + (dimension?.aliases ?? []) + record.aliases
      guard
        rule?.mayMatch(
          text: { holds in
            holds(record.label) || holds(record.role) || holds(figure)
              || details.contains(where: holds) || keywords.contains(where: holds)
          }, context: { $0("salaries salary pay") || $0(heading) }) ?? true
      else { return nil }
      var text = record.label + ", " + record.role + ": " + figure
      if !details.isEmpty { text += " (" + details.joined(separator: ", ") + ")" }
      return SearchEntry(
        topic: "salaries", section: dimension?.title ?? record.dimension, text: text,
        field: .text, labelLength: record.label.count, keywords: keywords.joined(separator: " "),
        context: "salaries salary pay " + heading,
        command: "mlcareer salaries --by " + record.dimension)
    }
  }
}
