/// An `Int` stored in 32 bits. The parser's nodes and lines keep their positions, indices and
/// numbers so: a document has one per block, inline or line, and smaller ones move through the
/// cache faster. Positions fit, as the parser reads at most `MarkdownParser.maxInputBytes`.
@propertyWrapper
struct Int32Backed: Sendable, Equatable {
  private var storage: Int32

  init(wrappedValue: Int) {
    storage = Int32(truncatingIfNeeded: wrappedValue)
  }

  var wrappedValue: Int {
    get { Int(storage) }
    set { storage = Int32(truncatingIfNeeded: newValue) }
  }
}
