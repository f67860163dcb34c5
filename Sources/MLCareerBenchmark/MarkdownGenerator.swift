/// A deterministic generator of varied CommonMark + GFM text, so every run and every machine
/// parses the same bytes: headings, paragraphs with emphasis, code spans, links, autolinks and
/// entities, bullet, ordered and task lists (some nested), block quotes, fenced and indented
/// code, tables, reference definitions and thematic breaks.
struct MarkdownGenerator {
  private var state: UInt64 = 0x9E37_79B9_7F4A_7C15
  private let words = [
    "model", "data", "training", "pipeline", "feature", "deploy", "monitor", "drift",
    "latency", "batch", "tensor", "gradient", "python", "review", "metric", "label",
    "engineer", "research", "service", "cluster", "schema", "version", "cache", "query",
    "the", "a", "of", "and", "to", "in", "with", "for", "on", "is", "that", "by",
  ]

  /// About `size` bytes of Markdown, ending with a newline.
  mutating func document(toAbout size: Int) -> String {
    var text = ""
    text.reserveCapacity(size + 4096)
    var section = 0
    while text.utf8.count < size {
      section += 1
      text += "# Section \(section): \(phrase(3))\n\n"
      for _ in 0..<(3 + next(4)) { text += block(section: section) + "\n" }
    }
    return text
  }

  private mutating func block(section: Int) -> String {
    switch next(12) {
    case 0: return "## \(phrase(2 + next(4)))\n"
    case 1: return list(ordered: false, depth: 0)
    case 2: return list(ordered: true, depth: 0)
    case 3: return (0..<(1 + next(3))).map { _ in "> \(sentence())\n" }.joined()
    case 4:
      let lines = (0..<(2 + next(5))).map { _ in "let \(word()) = \(word())(\(next(100)))\n" }
      return "```swift\n" + lines.joined() + "```\n"
    case 5: return (0..<(2 + next(3))).map { _ in "    \(word()) = \(next(1000))\n" }.joined()
    case 6: return table()
    case 7: return "- [\(next(2) == 0 ? " " : "x")] \(sentence())\n- [ ] \(sentence())\n"
    case 8: return "[ref\(section)-\(next(50))]: https://example.org/\(word()) \"\(word())\"\n"
    case 9: return "***\n"
    default: return paragraph()
    }
  }

  private mutating func paragraph() -> String {
    (0..<(2 + next(5))).map { _ in sentence() }.joined(separator: "\n") + "\n"
  }

  private mutating func list(ordered: Bool, depth: Int) -> String {
    var text = ""
    let indent = String(repeating: "  ", count: depth * (ordered ? 2 : 1))
    for item in 1...(2 + next(4)) {
      text += indent + (ordered ? "\(item). " : "- ") + sentence() + "\n"
      if depth < 2 && next(5) == 0 { text += list(ordered: !ordered, depth: depth + 1) }
    }
    return text
  }

  private mutating func table() -> String {
    let columns = 2 + next(3)
    var text = "| " + (0..<columns).map { _ in word() }.joined(separator: " | ") + " |\n"
    text += "|" + String(repeating: " --- |", count: columns) + "\n"
    for _ in 0..<(2 + next(6)) {
      text += "| " + (0..<columns).map { _ in inline() }.joined(separator: " | ") + " |\n"
    }
    return text
  }

  private mutating func sentence() -> String {
    var parts: [String] = []
    for _ in 0..<(6 + next(10)) { parts.append(next(6) == 0 ? inline() : word()) }
    return parts.joined(separator: " ") + "."
  }

  private mutating func inline() -> String {
    switch next(9) {
    case 0: return "*\(phrase(2))*"
    case 1: return "**\(phrase(2))**"
    case 2: return "`\(word())()`"
    case 3: return "[\(phrase(2))](https://example.org/\(word())/\(next(999)))"
    case 4: return "<https://example.com/\(word())>"
    case 5: return "&amp; \(word()) &copy;"
    case 6: return "_\(word())_"
    case 7: return "~~\(word())~~"
    default: return "\(word())\\*"
    }
  }

  private mutating func phrase(_ count: Int) -> String {
    (0..<count).map { _ in word() }.joined(separator: " ")
  }

  private mutating func word() -> String { words[next(words.count)] }

  /// A pseudo-random number below `bound` (xorshift64*).
  private mutating func next(_ bound: Int) -> Int {
    state ^= state >> 12
    state ^= state << 25
    state ^= state >> 27
    return Int((state &* 0x2545_F491_4F6C_DD1D) >> 33) % bound
  }
}
