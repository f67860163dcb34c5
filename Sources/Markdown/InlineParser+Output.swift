/// Turning the parsed node list into `MarkdownInline` values.
extension InlineParser {
  /// The inline values of the node list starting at `first`; adjacent text is merged. Below
  /// `maximumDepth` levels of nesting, emphasis, links and images are flattened into their
  /// content, so pathological input cannot exhaust the stack.
  mutating func inlines(from first: Int, depth: Int) -> [MarkdownInline] {
    var result: [MarkdownInline] = []
    var siblings = 0
    var sibling = first
    while sibling >= 0 {
      siblings += 1
      sibling = nodes[sibling].next
    }
    result.reserveCapacity(siblings)
    var pieces = 0
    var firstPiece = Node(start: 0, end: 0, kind: .text)
    var resume: [Int] = []
    var index = first
    while true {
      if index < 0 {
        guard let next = resume.popLast() else { break }
        index = next
        continue
      }
      let node = nodes[index]
      if node.kind == .text {
        if node.start < node.end {
          pieces += 1
          if pieces == 1 {
            firstPiece = node
          } else {
            if pieces == 2 {
              scratch.removeAll(keepingCapacity: true)
              appendBytes(of: firstPiece, to: &scratch)
            }
            appendBytes(of: node, to: &scratch)
          }
        }
        index = node.next
        continue
      }
      if pieces > 0 {
        result.append(.text(textString(firstPiece, pieces: pieces)))
        pieces = 0
      }
      switch node.kind {
      case .softBreak: result.append(.softBreak)
      case .lineBreak: result.append(.lineBreak)
      case .code: result.append(.code(string(node.start..<node.end, lineEnding: 0x20)))
      case .html: result.append(.html(string(node.start..<node.end, lineEnding: 0x0A)))
      default:
        if depth >= Self.maximumDepth {
          resume.append(node.next)
          index = node.firstChild
          continue
        }
        let children = inlines(from: node.firstChild, depth: depth + 1)
        switch node.kind {
        case .emphasis: result.append(.emphasis(children))
        case .strong: result.append(.strong(children))
        case .link:
          let target = targets[node.target]
          result.append(
            .link(destination: target.destination, title: target.title, content: children))
        default:
          let target = targets[node.target]
          result.append(.image(source: target.destination, title: target.title, alt: children))
        }
      }
      index = node.next
    }
    if pieces > 0 { result.append(.text(textString(firstPiece, pieces: pieces))) }
    return result
  }

  @inline(__always)
  private func appendBytes(of node: Node, to output: inout [UInt8]) {
    if node.isDecoded {
      output.append(contentsOf: decoded[node.start..<node.end])
    } else {
      output.append(contentsOf: UnsafeBufferPointer(rebasing: text[node.start..<node.end]))
    }
  }

  @inline(__always)
  private func textString(_ first: Node, pieces: Int) -> String {
    if pieces > 1 { return String(decoding: scratch, as: UTF8.self) }
    if first.isDecoded { return String(decoding: decoded[first.start..<first.end], as: UTF8.self) }
    return String(
      decoding: UnsafeBufferPointer(rebasing: text[first.start..<first.end]), as: UTF8.self)
  }

  /// The text of `range` with each line ending (and the indentation after it) replaced by
  /// `lineEnding`.
  private mutating func string(_ range: Range<Int>, lineEnding: UInt8) -> String {
    let slice = UnsafeBufferPointer(rebasing: text[range])
    guard slice.contains(0x0A) else { return String(decoding: slice, as: UTF8.self) }
    scratch.removeAll(keepingCapacity: true)
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = text[index]
      index += 1
      if byte == 0x0A {
        scratch.append(lineEnding)
        index = text.skippingSpacesAndTabs(from: index, to: range.upperBound)
      } else {
        scratch.append(byte)
      }
    }
    return String(decoding: scratch, as: UTF8.self)
  }
}
