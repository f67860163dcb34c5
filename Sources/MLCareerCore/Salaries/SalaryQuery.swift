import CommandLineKit
import GuideModel

/// Which salary records to show and in what order: the `salaries` command's filters and sort.
package struct SalaryQuery: Equatable, Sendable {
  /// The orders records can be sorted in within their dimension.
  package enum SortKey: String, ArgumentValue {
    /// By the figure's amount within each currency, lowest first (a range by its low, then its
    /// high end), one currency after another; records without an amount come last.
    case amount
    /// By label, alphabetically, ignoring case.
    case label
  }

  /// Keep only this dimension's records (a dimension id).
  package var dimension: String?
  /// Keep only city records whose label or an alias contains this text, from the start of a
  /// word.
  package var city: String?
  /// Keep only records whose role contains this text, from the start of a word.
  package var role: String?
  /// Keep only figures reaching at least this amount (a range when its high end does), in the
  /// amounts' currency.
  package var minimum: Money?
  /// Keep only figures reaching at most this amount (a range when its low end does).
  package var maximum: Money?
  /// Keep only figures in this currency (an ISO 4217 code).
  package var currency: String?
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
    dimension: String? = nil, city: String? = nil, role: String? = nil, minimum: Money? = nil,
    maximum: Money? = nil, currency: String? = nil, sort: SortKey? = nil, reverse: Bool = false
  ) {
    self.dimension = dimension
    self.city = city
    self.role = role
    self.minimum = minimum
    self.maximum = maximum
    self.currency = currency
    self.sort = sort
    self.reverse = reverse
  }

  /// The records of `data` that match, grouped by dimension in the guide's order of dimensions
  /// and ordered within each as asked; with `acrossDimensions` and a sort, ordered as one list.
  /// Records of one label come together, where the first of them is, newest year first.
  package func apply(to data: SalaryData) -> [SalaryRecord] {
    // Arrays and sorts, never a hashed collection: its type would be made at run time, a cost
    // every `salaries` would pay at start-up.
    let records = data.records
    let first = Self.firstOfEqual(records.map { $0.dimension + "\u{0}" + $0.label })
    // The words are put in the form records are compared in once, not once per record.
    let words = Self.words(city: city, role: role)
    let matching = records.indices.filter { matches(records[$0], words) }
      .sorted {
        (first[$0], -(records[$0].year ?? 0), $0) < (first[$1], -(records[$1].year ?? 0), $1)
      }
      .map { records[$0] }
    // Currencies in the order the records first use them, the guide's dollars first.
    var currencies: [String] = []
    for record in records where !currencies.contains(record.currency) {
      currencies.append(record.currency)
    }
    if acrossDimensions, sort != nil {
      let order = data.dimensions.map(\.id)
      // Ties keep the grouped order, as the sort is stable: dimension by dimension, then the
      // guide's order.
      return ordered(
        matching.sorted {
          (order.firstIndex(of: $0.dimension) ?? .max)
            < (order.firstIndex(of: $1.dimension) ?? .max)
        }, currencies: currencies)
    }
    return data.dimensions.flatMap { dimension in
      ordered(matching.filter { $0.dimension == dimension.id }, currencies: currencies)
    }
  }

  /// The currency `--min` and `--max` are in: theirs, else `--currency`'s, else US dollars.
  package var amountCurrency: String {
    minimum?.currency ?? maximum?.currency ?? currency ?? "USD"
  }

  private func matches(_ record: SalaryRecord, _ words: (city: Words?, role: Words?)) -> Bool {
    passesAllButCurrency(record, words)
      && (minimum == nil && maximum == nil || record.currency == amountCurrency)
  }

  /// Whether `record` passes every filter but the currency of `--min` and `--max`.
  private func passesAllButCurrency(
    _ record: SalaryRecord, _ words: (city: Words?, role: Words?)
  ) -> Bool {
    if let dimension, record.dimension != dimension { return false }
    if let city = words.city {
      guard record.dimension == Self.cityDimension,
        ([record.label] + record.aliases).contains(where: city.found(in:))
      else { return false }
    }
    if let role = words.role, !role.found(in: record.role) { return false }
    if let currency, record.currency != currency { return false }
    if minimum != nil || maximum != nil {
      guard let bounds = record.figure.bounds else { return false }
      if let minimum, bounds.upperBound < minimum.amount { return false }
      if let maximum, bounds.lowerBound > maximum.amount { return false }
    }
    return true
  }

  /// The currencies of the figures `--min` and `--max` leave out only for being in another
  /// currency, with how many each; empty without them.
  package func otherCurrencies(in data: SalaryData) -> [(currency: String, count: Int)] {
    guard minimum != nil || maximum != nil else { return [] }
    let words = Self.words(city: city, role: role)
    var counts: [(currency: String, count: Int)] = []
    for record in data.records where record.currency != amountCurrency {
      var query = self
      query.minimum?.currency = record.currency
      query.maximum?.currency = record.currency
      guard query.passesAllButCurrency(record, words) else { continue }
      if let index = counts.firstIndex(where: { $0.currency == record.currency }) {
        counts[index].count += 1
      } else {
        counts.append((record.currency, 1))
      }
    }
    return counts
  }

  private func ordered(_ records: [SalaryRecord], currencies: [String]) -> [SalaryRecord] {
    var records = records
    switch sort {
    case nil:
      break
    case .label:
      records = records.sorted { Self.searchable($0.label) < Self.searchable($1.label) }
    case .amount:
      let place = { (record: SalaryRecord) in currencies.firstIndex(of: record.currency) ?? 0 }
      let withAmount = records.filter { $0.figure.bounds != nil }
      let without = records.filter { $0.figure.bounds == nil }
      let sorted = withAmount.sorted { lhs, rhs in
        let (left, right) = (lhs.figure.bounds!, rhs.figure.bounds!)
        return (place(lhs), left.lowerBound, left.upperBound)
          < (place(rhs), right.lowerBound, right.upperBound)
      }
      guard reverse else { return sorted + without }
      // Reversed within each currency: the currencies keep their order, never interleaved, as
      // the sort by currency alone is stable and keeps each currency's records reversed.
      return sorted.reversed().sorted { place($0) < place($1) } + without
    }
    return reverse ? records.reversed() : records
  }

  /// For each of `keys`, the place of the first key equal to it, found by sorting (n log n).
  private static func firstOfEqual(_ keys: [String]) -> [Int] {
    var first = Array(keys.indices)
    var runStart = 0
    for place in keys.indices.sorted(by: { (keys[$0], $0) < (keys[$1], $1) }) {
      if keys[place] != keys[runStart] { runStart = place }
      first[place] = runStart
    }
    return first
  }

  private static func words(city: String?, role: String?) -> (city: Words?, role: Words?) {
    (city.map(Words.init), role.map(Words.init))
  }

  /// `--city` or `--role` words in the two forms looked for, each with its length: a text holds
  /// them when each stands at the start of a word, in any case and whatever the punctuation
  /// (`san fran` is in `San Francisco, CA`, `ca` not in `Chicago, IL`), `ml` and
  /// `machine learning` standing for each other.
  struct Words {
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
    TopicLoader.slug(text, separator: " ")
  }

  /// A searchable text with `machine learning` written `ml`.
  private static func abbreviated(_ searchable: String) -> String {
    String(
      (" " + searchable + " ").replacing(" machine learning ", with: " ml ").dropFirst().dropLast())
  }
}
