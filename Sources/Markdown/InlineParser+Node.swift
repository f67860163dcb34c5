/// The inline parser's node: a piece of the result while a block's text is parsed.
extension InlineParser {
  /// A node of the list the parser builds, linked to its neighbours and children by index.
  struct Node {
    @Int32Backed var start: Int
    @Int32Backed var end: Int
    @Int32Backed var previous = -1
    @Int32Backed var next = -1
    @Int32Backed var firstChild = -1
    @Int32Backed var lastChild = -1
    /// For links and images: the index in `targets`.
    @Int32Backed var target = -1
    var kind: NodeKind
    /// Whether the text is in `decoded` rather than the input.
    var isDecoded = false
    /// Whether plain text that follows in the input may extend this node.
    var isMergeable = false
  }
}
