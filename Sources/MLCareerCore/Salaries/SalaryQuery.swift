import CommandLineKit
import GuideModel

/// Which salary records to show and in what order: the `salaries` command's filters and sort.
package struct SalaryQuery: Equatable, Sendable {
  /// The orders records can be sorted in within their dimension.
  package enum SortKey: String, ArgumentValue {
    /// By the figure's amount, lowest first (a range by its low, then its high end); records
    /// without an amount come last.
    case amount
    /// By label, alphabetically, ignoring case.
    case label
  }

  /// Keep only this dimension's records (a dimension id).
  package var dimension: String?
  /// Keep only city records whose label contains this text, from the start of a word.
  package var city: String?
  /// Keep only records whose role contains this text, from the start of a word.
  package var role: String?
  /// Keep only figures reaching at least this amount (a range when its high end does).
  package var minimum: Int?
  /// Keep only figures reaching at most this amount (a range when its low end does).
  package var maximum: Int?
  /// The order within each dimension; `nil` keeps the guide's order.
  package var sort: SortKey?
  /// Reverse the order within each dimension.
  package var reverse: Bool
  /// Sort every record as one list rather than dimension by dimension, so the first record of
  /// `--sort amount --reverse` is the highest figure of all; for one-list output (a pipe, tsv,
  /// csv, json), while tables keep their grouping.
  package var acrossDimensions = false

  /// The id of the dimension `--city` searches.
  package static let cityDimension = "city"

  /// Creates a query; with no arguments it keeps every record in the guide's order.
  package init(
    dimension: String? = nil, city: String? = nil, role: String? = nil, minimum: Int? = nil,
    maximum: Int? = nil, sort: SortKey? = nil, reverse: Bool = false
  ) {
    self.dimension = dimension
    self.city = city
    self.role = role
    self.minimum = minimum
    self.maximum = maximum
    self.sort = sort
    self.reverse = reverse
  }

  /// The records of `data` that match, grouped by dimension in the guide's order of dimensions
  /// and ordered within each as asked; with `acrossDimensions` and a sort, ordered as one list.
  package func apply(to data: SalaryData) -> [SalaryRecord] {
    // The words are put in the form records are compared in once, not once per record.
    let (city, role) = (city.map(Words.init), role.map(Words.init))
    let matching = data.records.filter { matches($0, city: city, role: role) }
    if acrossDimensions, sort != nil {
      let order = Dictionary(
        data.dimensions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
      // Ties keep the grouped order: dimension by dimension, then the guide's order.
      return ordered(
        stableSorted(matching) { (order[$0.dimension] ?? .max) < (order[$1.dimension] ?? .max) })
    }
    var result: [SalaryRecord] = []
    for dimension in data.dimensions {
      result += ordered(matching.filter { $0.dimension == dimension.id })
    }
    return result
  }

  /// Whether `record` passes every filter.
  private func matches(_ record: SalaryRecord, city: Words?, role: Words?) -> Bool {
    if let dimension, record.dimension != dimension { return false }
    if let city {
      guard record.dimension == Self.cityDimension, city.found(in: record.label)
      else { return false }
    }
    if let role, !role.found(in: record.role) { return false }
    if minimum != nil || maximum != nil {
      guard let bounds = record.figure.bounds else { return false }
      if let minimum, bounds.upperBound < minimum { return false }
      if let maximum, bounds.lowerBound > maximum { return false }
    }
    return true
  }

  private func ordered(_ records: [SalaryRecord]) -> [SalaryRecord] {
    var records = records
    switch sort {
    case nil:
      break
    case .label:
      records = stableSorted(records) { Self.searchable($0.label) < Self.searchable($1.label) }
    case .amount:
      let withAmount = records.filter { $0.figure.bounds != nil }
      let without = records.filter { $0.figure.bounds == nil }
      let sorted = stableSorted(withAmount) { lhs, rhs in
        let (left, right) = (lhs.figure.bounds!, rhs.figure.bounds!)
        return (left.lowerBound, left.upperBound) < (right.lowerBound, right.upperBound)
      }
      return (reverse ? sorted.reversed() : sorted) + without
    }
    return reverse ? records.reversed() : records
  }

  /// `records` sorted by `areInOrder`, equal records keeping their order.
  private func stableSorted(
    _ records: [SalaryRecord], by areInOrder: (SalaryRecord, SalaryRecord) -> Bool
  ) -> [SalaryRecord] {
    records.enumerated().sorted { lhs, rhs in
      if areInOrder(lhs.element, rhs.element) { return true }
      if areInOrder(rhs.element, lhs.element) { return false }
      return lhs.offset < rhs.offset
    }.map(\.element)
  }

  /// Whether `text` contains `words` each at the start of a word, in any case and whatever the
  /// punctuation (`san fran` is in `San Francisco, CA`, `ca` not in `Chicago, IL`), `ml` and
  /// `machine learning` standing for each other.
  static func contains(_ text: String, words: String) -> Bool {
    Words(words).found(in: text)
  }

  /// `--city` or `--role` words in the two forms `contains` looks for, each with its length.
  private struct Words {
    let forms: [(text: String, count: Int)]

    init(_ words: String) {
      let words = SalaryQuery.searchable(words)
      forms = [" " + words, " " + SalaryQuery.abbreviated(words)].map { ($0, $0.count) }
    }

    /// Whether `text` holds the words. A shorter text cannot, and is not searched: `contains`
    /// first makes a table of the whole words, so a long argument would cost its length for
    /// every record.
    func found(in text: String) -> Bool {
      let text = SalaryQuery.searchable(text)
      return zip([" " + text, " " + SalaryQuery.abbreviated(text)], forms).contains { text, words in
        text.count >= words.count && text.contains(words.text)
      }
    }
  }

  /// The form texts are compared in: lower case, and every run of other characters than letters
  /// and digits one space, so `--city "san francisco ca"` finds `San Francisco, CA`.
  static func searchable(_ text: String) -> String {
    var result = ""
    for character in text.lowercased() {
      if character.isLetter || character.isNumber {
        result.append(character)
      } else if !result.isEmpty, result.last != " " {
        result.append(" ")
      }
    }
    if result.last == " " { result.removeLast() }
    return result
  }

  /// A searchable text with `machine learning` written `ml`.
  private static func abbreviated(_ searchable: String) -> String {
    String(
      (" " + searchable + " ").replacing(" machine learning ", with: " ml ").dropFirst().dropLast())
  }
}
