extension SalaryChartRenderer {
  /// The shared dollar axis: from $0 to a round maximum at or above the largest figure, in
  /// `columns` cells, with ticks at round steps far enough apart for their labels.
  struct Axis {
    /// The cells of the bar area.
    let columns: Int
    /// The dollars at the axis end.
    let maximum: Int
    /// The dollars between two ticks.
    let step: Int

    init(maximum largest: Int, columns: Int) {
      self.columns = max(1, columns)
      var chosen: (maximum: Int, step: Int)?
      var magnitude = 1
      search: while magnitude <= 1_000_000_000 {
        for factor in [1, 2, 5] {
          let step = factor * magnitude
          let maximum = max(step, (max(largest, 1) + step - 1) / step * step)
          let spacing = Double(self.columns) * Double(step) / Double(maximum)
          if spacing >= Double(Self.label(maximum).count + 2) {
            chosen = (maximum, step)
            break search
          }
        }
        magnitude *= 10
      }
      let fallback = max(largest, 1)
      maximum = chosen?.maximum ?? fallback
      step = chosen?.step ?? fallback
    }

    /// Where `dollars` falls on the axis, in eighths of a cell from its start.
    func eighths(_ dollars: Int) -> Int {
      let ratio = Double(max(0, min(dollars, maximum))) / Double(maximum)
      return Int((ratio * Double(columns) * 8).rounded())
    }

    /// The cell of the tick for `dollars`.
    func cell(_ dollars: Int) -> Int {
      min(columns - 1, Int((Double(dollars) / Double(maximum) * Double(columns)).rounded()))
    }

    /// The axis line with its ticks, and under it the tick labels ($0, $100k, …), each starting
    /// at its tick; the last one may run `overhang` columns past the axis end, else it ends there.
    func lines(glyphs: Glyphs, overhang: Int = 0) -> [String] {
      var line = Array(repeating: glyphs.line, count: columns)
      var placed: [(first: Int, text: [Character])] = []
      var value = 0
      while value <= maximum {
        let cell = cell(value)
        line[cell] = value == 0 ? glyphs.start : value == maximum ? glyphs.end : glyphs.tick
        let text = Array(Self.label(value))
        let fits = cell + text.count <= columns + overhang
        let first = value == maximum && !fits ? max(0, columns - text.count) : cell
        // A label that would touch the one before it is left out (the last one, which ends at
        // the axis end, drops the one before it instead).
        if let previous = placed.last, previous.first + previous.text.count >= first {
          guard value == maximum else {
            value += step
            continue
          }
          placed.removeLast()
        }
        placed.append((first, text))
        value += step
      }
      var labels = Array(repeating: Character(" "), count: columns + overhang)
      for (first, text) in placed {
        for (offset, character) in text.enumerated() where first + offset < labels.count {
          labels[first + offset] = character
        }
      }
      return [String(line), String(labels).trimmingTrailingSpaces()]
    }

    /// A tick's label: `$0`, `$50k`, `$250k`, `$1.5M`.
    static func label(_ dollars: Int) -> String {
      if dollars >= 1_000_000 {
        let tenths = (dollars + 50_000) / 100_000
        return tenths % 10 == 0 ? "$\(tenths / 10)M" : "$\(tenths / 10).\(tenths % 10)M"
      }
      if dollars >= 1_000 {
        let hundreds = dollars / 100
        return hundreds % 10 == 0 ? "$\(hundreds / 10)k" : "$\(hundreds / 10).\(hundreds % 10)k"
      }
      return "$\(dollars)"
    }
  }
}
