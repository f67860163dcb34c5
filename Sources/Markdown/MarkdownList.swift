/// A bullet or ordered list.
public struct MarkdownList: Sendable, Equatable {
  /// Whether the items are numbered.
  public var isOrdered: Bool
  /// The first item's number (1 for bullet lists).
  public var start: Int = 1
  /// Whether the list is tight (no blank lines between its items).
  public var isTight: Bool
  /// The items in order.
  public var items: [MarkdownListItem]
}

/// One item of a list: its blocks and, for a GFM task-list item, its check box.
public struct MarkdownListItem: Sendable, Equatable {
  /// `true` for `[x]`, `false` for `[ ]`, `nil` when the item is not a task.
  public var checkbox: Bool?
  /// The blocks inside the item.
  public var blocks: [MarkdownBlock]
  /// The line where the item's marker stands, counted from 1.
  public var line: Int
}
