import JSON
import TerminalText
import TextSupport

/// Renders search hits: for a terminal, for a pipe (one hit a line) and as JSON.
package enum SearchRenderer {
  /// On a terminal, each hit's path, then its text wrapped under it with the matched words
  /// highlighted, and a closing line counting the hits; piped, the `plain` form.
  package static func text(_ result: SearchResult, options: RenderOptions) -> String {
    guard options.isTerminal else { return plain(result) }
    var lines: [String] = []
    for hit in result.hits {
      if !lines.isEmpty { lines.append("") }
      var path = StyledText(hit.entry.path, style: .heading)
      // The command that shows the hit, where it fits beside the path.
      if let command = hit.entry.command, (hit.entry.path + command).displayWidth < options.width {
        path.append(" " + command, style: .note)
      }
      lines += wrap(path, "", options) + wrap(styled(hit), "  ", options)
    }
    lines.append("")
    for line in summary(result) {
      lines += wrap(StyledText(line, style: .note), "", options)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `text` wrapped to the width, its first line indented by `indent`, the rest by two spaces.
  private static func wrap(_ text: StyledText, _ indent: String, _ options: RenderOptions)
    -> [String]
  {
    TextWrapper.wrap(
      text, width: options.width, firstPrefix: StyledText(indent), restPrefix: StyledText("  "),
      color: options.color)
  }

  /// One hit a line, `topic<TAB>section<TAB>text`, the section empty for a topic's title and
  /// summary; tabs and line breaks inside the text become spaces.
  package static func plain(_ result: SearchResult) -> String {
    result.hits.map { hit in
      [hit.entry.topic, hit.entry.section ?? "", hit.entry.text]
        .map(SeparatedValues.tsvField).joined(separator: "\t") + "\n"
    }.joined()
  }

  /// `{query, total, hits: [{topic, section, sectionId, field, path, text, command}]}`, where
  /// `total` counts every match and `hits` holds those kept by the limit, best first.
  package static func json(_ result: SearchResult) -> JSONOutput {
    [
      "query": .string(result.query.text),
      "total": .int(result.total),
      "hits": .array(
        result.hits.map { hit in
          [
            "topic": .string(hit.entry.topic),
            "section": JSONOutput(hit.entry.section),
            "sectionId": JSONOutput(hit.entry.sectionID),
            "field": .string(hit.entry.field.name),
            "kind": .string(hit.entry.kind),
            "path": .string(hit.entry.path),
            "text": .string(hit.entry.text),
            "command": JSONOutput(hit.entry.command),
          ]
        }),
    ]
  }

  /// The closing lines: how many hits, how many more the limit left out, and the command that
  /// shows the first in full.
  static func summary(_ result: SearchResult) -> [String] {
    let shown = result.hits.count
    var lines = [
      shown == result.total
        ? "\(shown) \(shown == 1 ? "match" : "matches") for '\(result.query.text.terminalSafe())'."
        : "\(shown) of \(result.total) matches for '\(result.query.text.terminalSafe())'; "
          + "--all shows them all."
    ]
    if let command = result.hits.first?.entry.command {
      lines.append("Read the first with: \(command)")
    }
    return lines
  }

  /// `10 of 16 matches shown; 6 left out by --limit 10; --all shows them all.` when the limit
  /// left hits out, else `nil`.
  package static func leftOutNote(_ result: SearchResult) -> String? {
    let shown = result.hits.count
    guard shown < result.total else { return nil }
    return "\(shown) of \(result.total) matches shown; \(result.total - shown) left out by "
      + "--limit \(shown); --all shows them all."
  }

  /// The hit's text with its matched spans in the match style.
  private static func styled(_ hit: SearchHit) -> StyledText {
    let characters = Array(hit.entry.text)
    var text = StyledText()
    var position = 0
    for index in hit.highlights.indices where index % 2 == 0 {
      text.append(String(characters[position..<hit.highlights[index]]))
      position = hit.highlights[index + 1]
      text.append(String(characters[hit.highlights[index]..<position]), style: .match)
    }
    text.append(String(characters[position...]))
    return text
  }
}
