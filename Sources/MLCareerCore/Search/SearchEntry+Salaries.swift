import GuideModel

/// Salary records as search entries, under the `salaries` topic, one a record.
extension SearchEntry {
  /// One entry a record, `San Francisco, CA, AI/ML engineers: $136,287 (2024)`, in the section
  /// named by its dimension's title, its label ranking as the text's label; with `rule`, only
  /// the records it may match, told from their pieces before the entry is made.
  static func entries(of data: SalaryData, for rule: SearchRule? = nil) -> [SearchEntry] {
    data.records.compactMap { record in
      let dimension = data.dimension(record.dimension)
      let heading = dimension?.labelHeading ?? ""
      guard
        rule?.mayMatch(
          text: { holds in
            func holdsPiece(_ piece: String?) -> Bool { piece.map(holds) ?? false }
            return holds(record.label) || holds(record.role) || holds(record.dimension)
              || holdsPiece(record.region) || holdsPiece(record.note)
              || record.aliases.contains(where: holds)
              || (dimension?.aliases ?? []).contains(where: holds)
              || holdsPiece(record.year.map(String.init)) || holds(SalaryFormatter.figure(record))
          }, context: { $0("salaries salary pay") || $0(heading) }) ?? true
      else { return nil }
      let details = [record.year.map(String.init), record.region, record.note].compactMap { $0 }
      let keywords = [record.dimension] + (dimension?.aliases ?? []) + record.aliases
      var text = record.label + ", " + record.role + ": " + SalaryFormatter.figure(record)
      if !details.isEmpty { text += " (" + details.joined(separator: ", ") + ")" }
      return SearchEntry(
        topic: "salaries", section: dimension?.title ?? record.dimension, text: text,
        field: .text, labelLength: record.label.count, keywords: keywords.joined(separator: " "),
        context: "salaries salary pay " + heading,
        command: "mlcareer salaries --by " + record.dimension)
    }
  }
}
