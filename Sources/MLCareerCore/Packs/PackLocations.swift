/// Where mlcareer looks for content packs, in precedence order (later wins): the packs folder
/// under `$XDG_DATA_HOME`, each folder of `MLCAREER_PATH`, and each `--data` folder.
package struct PackLocations: Sendable {
  /// Where a pack folder was found.
  package enum Origin: String, Sendable {
    case dataHome = "data home"
    case searchPath = "MLCAREER_PATH"
    case option = "--data"
  }

  /// The folder whose subfolders are packs: `$XDG_DATA_HOME/mlcareer/packs`, else
  /// `~/.local/share/mlcareer/packs`; `nil` when there is no home folder.
  package let packsFolder: String?
  /// The folders of `MLCAREER_PATH`, in order.
  package let searchPath: [String]
  /// The `--data` folders, in order.
  package let options: [String]

  package init(environment: [String: String], dataFolders: [String]) {
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      packsFolder = data + "/mlcareer/packs"
    } else if let home = environment["HOME"], !home.isEmpty {
      packsFolder = home + "/.local/share/mlcareer/packs"
    } else {
      packsFolder = nil
    }
    searchPath = (environment["MLCAREER_PATH"] ?? "").split(separator: ":").map(String.init)
    options = dataFolders
  }

  /// Hands `body` every pack folder, in precedence order, with where it was found. The packs
  /// folder's subfolders come in name order; hidden ones are skipped. One by one rather than as
  /// an array of pairs, whose types every command would make at run time.
  package func forEachFolder(_ body: (Origin, String) -> Void) {
    if let packsFolder, let names = FileSystem.names(in: packsFolder) {
      for name in names.sorted() where !name.hasPrefix(".") {
        let path = packsFolder + "/" + name
        if FileSystem.kind(of: path) == .folder { body(.dataHome, path) }
      }
    }
    for path in searchPath { body(.searchPath, path) }
    for path in options { body(.option, path) }
  }
}
