/// The inline parser's node: a piece of the result while a block's text is parsed.
extension InlineParser {
  /// A node of the list the parser builds, linked to its neighbours and children by index.
  ///
  /// Positions and indices are stored in 32 bits, as in `BlockNode`, so that a node takes
  /// half the room and the list moves through the cache faster; they read and write as `Int`.
  struct Node {
    private var storage:
      (
        start: Int32, end: Int32, previous: Int32, next: Int32, firstChild: Int32,
        lastChild: Int32, target: Int32
      )
    var kind: NodeKind
    /// Whether the text is in `decoded` rather than the input.
    var isDecoded = false
    /// Whether plain text that follows in the input may extend this node.
    var isMergeable = false

    init(kind: NodeKind, start: Int, end: Int, previous: Int = -1, next: Int = -1) {
      self.kind = kind
      storage = (
        Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: end),
        Int32(truncatingIfNeeded: previous), Int32(truncatingIfNeeded: next), -1, -1, -1
      )
    }

    var start: Int {
      get { Int(storage.start) }
      set { storage.start = Int32(truncatingIfNeeded: newValue) }
    }
    var end: Int {
      get { Int(storage.end) }
      set { storage.end = Int32(truncatingIfNeeded: newValue) }
    }
    var previous: Int {
      get { Int(storage.previous) }
      set { storage.previous = Int32(truncatingIfNeeded: newValue) }
    }
    var next: Int {
      get { Int(storage.next) }
      set { storage.next = Int32(truncatingIfNeeded: newValue) }
    }
    var firstChild: Int {
      get { Int(storage.firstChild) }
      set { storage.firstChild = Int32(truncatingIfNeeded: newValue) }
    }
    var lastChild: Int {
      get { Int(storage.lastChild) }
      set { storage.lastChild = Int32(truncatingIfNeeded: newValue) }
    }
    /// For links and images: the index in `targets`.
    var target: Int {
      get { Int(storage.target) }
      set { storage.target = Int32(truncatingIfNeeded: newValue) }
    }
  }
}
