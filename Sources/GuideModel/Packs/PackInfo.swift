/// Which pack something comes from: the built-in guide or a folder of the user's.
package struct PackInfo: Sendable, Equatable {
  /// The pack's id, from its `guide.json` or its folder's name; `guide` for the built-in one.
  package let id: String
  package let name: String
  /// The folder, as files in it are shown: `Data` for the built-in guide.
  package let folder: String
  /// Whether this is the guide compiled into the binary.
  package let isBuiltIn: Bool

  package init(id: String, name: String, folder: String, isBuiltIn: Bool) {
    self.id = id
    self.name = name
    self.folder = folder
    self.isBuiltIn = isBuiltIn
  }

  package static let builtIn = PackInfo(
    id: "guide", name: "Built-in guide", folder: "Data", isBuiltIn: true)

  /// How a file of the pack is shown: `Data/topics/faq.md`.
  package func path(of file: String) -> String {
    (folder.hasSuffix("/") ? folder : folder + "/") + file
  }
}
