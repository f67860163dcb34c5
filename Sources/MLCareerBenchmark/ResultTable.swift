/// The summary the benchmark ends with: one row per figure of issue 13's target table, each a
/// ratio measured in this run.
struct ResultTable {
  /// One line of the table.
  struct Row {
    let what: String
    let ours: String
    let peer: String
    let ratio: String
    let target: String
    /// Whether the target is met; `nil` when there is no target or nothing to compare with.
    let met: Bool?
  }

  private(set) var rows: [Row] = []

  /// Adds a row.
  mutating func add(
    _ what: String, ours: String, peer: String, ratio: String, target: String, met: Bool?
  ) {
    rows.append(Row(what: what, ours: ours, peer: peer, ratio: ratio, target: target, met: met))
  }

  /// The table as Markdown.
  var markdown: String {
    var lines = [
      "| what | mlcareer | peer | ratio | target | met |",
      "| --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows {
      let verdict = row.met.map { $0 ? "yes" : "NO" } ?? "-"
      lines.append(
        "| \(row.what) | \(row.ours) | \(row.peer) | \(row.ratio) | \(row.target) | \(verdict) |")
    }
    return lines.joined(separator: "\n")
  }
}
