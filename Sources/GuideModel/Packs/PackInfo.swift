/// Which pack something comes from: the built-in guide or a folder of the user's.
public struct PackInfo: Sendable, Equatable {
  /// The pack's id, from its `guide.json` or its folder's name; `guide` for the built-in one.
  public let id: String
  /// The pack's name for people.
  public let name: String
  /// The folder, as files in it are shown: `Data` for the built-in guide.
  public let folder: String
  /// Whether this is the guide compiled into the binary.
  public let isBuiltIn: Bool

  /// A pack of `id` and `name` in `folder`.
  package init(id: String, name: String, folder: String, isBuiltIn: Bool) {
    self.id = id
    self.name = name
    self.folder = folder
    self.isBuiltIn = isBuiltIn
  }

  /// The built-in guide.
  package static let builtIn = PackInfo(
    id: "guide", name: "Built-in guide", folder: "Data", isBuiltIn: true)

  /// How a file of the pack is shown: `Data/topics/faq.md`.
  package func path(of file: String) -> String {
    (folder.hasSuffix("/") ? folder : folder + "/") + file
  }
}
