import GuideModel

/// Salary records as search entries, under the `salaries` topic, one a record.
extension SearchIndex {
  /// Adds every salary record of `data`.
  package mutating func add(_ data: SalaryData) {
    add(Self.entries(of: data))
  }

  /// One entry a record, `San Francisco, CA, AI/ML engineers: $136,287 (2024)`, in the section
  /// named by its dimension's title, its label ranking as the text's label.
  static func entries(of data: SalaryData) -> [SearchEntry] {
    data.records.map { record in
      let dimension = data.dimension(record.dimension)
      let figure = SalaryFormatter.figure(record)
      let details = [record.year.map(String.init), record.region, record.note].compactMap { $0 }
      let context = "salaries salary pay \(dimension?.labelHeading ?? "")"
      let keywords = [record.dimension] + (dimension?.aliases ?? []) + record.aliases
      let label = "\(record.label), \(record.role)"
      var text = "\(label): \(figure)"
      if !details.isEmpty { text += " (\(details.joined(separator: ", ")))" }
      return SearchEntry(
        topic: "salaries", section: dimension?.title ?? record.dimension, text: text,
        field: .text, labelLength: record.label.count, keywords: keywords.joined(separator: " "),
        context: context, command: "mlcareer salaries --by \(record.dimension)")
    }
  }
}
