import GuideModel
import TerminalText
import TextSupport

/// Renders the catalogue of topics that `mlcareer list` prints.
package enum TopicListRenderer {
  /// On a terminal, aligned columns with the summary wrapped under itself; piped, one topic a
  /// line as `id<TAB>title<TAB>summary`, and `<TAB>pack` for a topic of a pack.
  package static func text(_ headers: [TopicHeader], options: RenderOptions) -> String {
    guard options.isTerminal else {
      var output = OutputBuffer()
      for header in headers {
        output.append(header.id + "\t" + header.title + "\t" + header.summary)
        output.append(header.pack.map { "\t" + $0.id + "\n" } ?? "\n")
      }
      return output.string
    }
    let idWidth = headers.map(\.id.displayWidth).max() ?? 0
    let hanging = String(repeating: " ", count: idWidth + 2)
    var lines: [String] = []
    for header in headers {
      let id = header.id.padded(toWidth: idWidth, alignment: .left)
      var text = StyledText(header.title, style: .bold)
      text.append(" — ", style: .note)
      text.append(header.summary)
      if !header.origin.isEmpty { text.append(" " + header.origin, style: .note) }
      lines += TextWrapper.wrap(
        text, width: options.measure,
        firstPrefix: StyledText(id, style: .heading) + StyledText("  "),
        restPrefix: StyledText(hanging), color: options.color)
    }
    lines.append("")
    lines.append(
      TextStyle.note.apply("Run 'mlcareer show <topic>' to read one.", color: options.color))
    return lines.joined(separator: "\n") + "\n"
  }

  /// The catalogue as a Markdown list of topics with their summaries.
  package static func markdown(_ headers: [TopicHeader]) -> String {
    var result = "# \(GuideExporter.title)\n\n"
    for header in headers {
      let origin = header.origin.isEmpty ? "" : " " + header.origin.markdownEscaped
      result += "- **\(header.title)** (`\(header.id)`): \(header.summary)\(origin)\n"
    }
    return result
  }
}
