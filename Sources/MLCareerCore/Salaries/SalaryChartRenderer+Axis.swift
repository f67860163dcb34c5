import GuideModel

extension SalaryChartRenderer {
  /// The shared axis: from 0 to a round maximum at or above the largest figure, in
  /// `columns` cells, with ticks at the smallest round step that leaves every tick its label.
  struct Axis {
    /// The cells of the bar area.
    let columns: Int
    let maximum: Int
    /// The amount between two ticks.
    let step: Int
    /// The columns past the axis end the last label may use.
    let overhang: Int
    /// What its tick labels start with: `$`, `£`, `€` or a code such as `CHF `.
    let sign: String

    init(maximum largest: Int, columns: Int, overhang: Int = 0, currency: String = "USD") {
      let sign = SalaryQuery.signs.first { $0.value == currency }.map { String($0.key) }
      let axis = { (maximum: Int, step: Int) in
        Axis(
          columns: columns, maximum: maximum, step: step, overhang: overhang,
          sign: sign ?? currency + " ")
      }
      // The loader keeps amounts far below overflow; clamping keeps the sums below safe anyway.
      let largest = min(max(largest, 1), SalaryLoader.largestAmount)
      let columns = max(1, columns)
      var fallback: Axis?
      var magnitude = 1
      while magnitude <= largest * 10 {
        for factor in [1, 2, 5] {
          let step = factor * magnitude
          let maximum = max(step, (largest + step - 1) / step * step)
          // Ticks too close for their labels are not laid out at all.
          let spacing = Double(columns) * Double(step) / Double(maximum)
          let axis = axis(maximum, step)
          guard spacing >= Double(axis.label(maximum).count + 1) else { continue }
          if axis.labels().complete {
            self = axis
            return
          }
          fallback = fallback ?? axis
        }
        magnitude *= 10
      }
      self = fallback ?? axis(largest, largest)
    }

    private init(columns: Int, maximum: Int, step: Int, overhang: Int, sign: String) {
      (self.columns, self.maximum, self.step, self.overhang) = (columns, maximum, step, overhang)
      self.sign = sign
    }

    /// Where `amount` falls on the axis, in eighths of a cell from its start.
    func eighths(_ amount: Int) -> Int {
      let ratio = Double(max(0, min(amount, maximum))) / Double(maximum)
      return Int((ratio * Double(columns) * 8).rounded())
    }

    /// The cell of the tick for `amount`.
    func cell(_ amount: Int) -> Int {
      min(columns - 1, Int((Double(amount) / Double(maximum) * Double(columns)).rounded()))
    }

    /// Each tick's label with the column it starts at, each at its tick, the last one ending at
    /// the axis end when it would run past the overhang; `complete` is false when a label had to
    /// be left out for touching the one before it.
    private func labels() -> (placed: [(first: Int, text: [Character])], complete: Bool) {
      var placed: [(first: Int, text: [Character])] = []
      var complete = true
      for value in stride(from: 0, through: maximum, by: step) {
        let cell = cell(value)
        let text = Array(label(value))
        let fits = cell + text.count <= columns + overhang
        let first = value == maximum && !fits ? max(0, columns - text.count) : cell
        if let previous = placed.last, previous.first + previous.text.count >= first {
          complete = false
          // The last label, which ends at the axis end, drops the one before it instead.
          guard value == maximum else { continue }
          placed.removeLast()
        }
        placed.append((first, text))
      }
      return (placed, complete)
    }

    /// The axis line with its ticks, and under it the tick labels ($0, $100k, …).
    func lines(glyphs: Glyphs) -> [String] {
      var line = Array(repeating: glyphs.line, count: columns)
      for value in stride(from: 0, through: maximum, by: step) {
        line[cell(value)] =
          value == 0 ? glyphs.start : value == maximum ? glyphs.end : glyphs.tick
      }
      var labels = Array(repeating: Character(" "), count: columns + overhang)
      for (first, text) in self.labels().placed {
        for (offset, character) in text.enumerated() where first + offset < labels.count {
          labels[first + offset] = character
        }
      }
      return [String(line), String(labels).trimmingTrailingSpaces()]
    }

    /// A tick's label: `$0`, `$50k`, `£250k`, `$1.5M`, `$2B`.
    func label(_ amount: Int) -> String {
      for (unit, suffix) in [(1_000_000_000, "B"), (1_000_000, "M"), (1_000, "k")]
      where amount >= unit {
        let tenths = (amount + unit / 20) / (unit / 10)
        return sign + "\(tenths / 10)" + (tenths % 10 == 0 ? "" : ".\(tenths % 10)") + suffix
      }
      return sign + "\(amount)"
    }
  }
}
