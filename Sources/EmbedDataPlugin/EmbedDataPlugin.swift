import Foundation
import PackagePlugin

/// Turns every file under the package's `Data/` folder into generated Swift source, so the guide
/// ships inside the binary, and its JSON files into Swift values (see `EmbedData`).
@main
struct EmbedDataPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let dataDirectory = context.package.directoryURL.appending(path: "Data")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDataFiles.swift")
    let tables = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDataTables.swift")
    let files = Self.entries(under: dataDirectory, directories: false)
    // The folders are inputs too: a file added or removed changes its folder, which reruns the
    // tool (it lists Data/ itself) even though SwiftPM only reruns this plugin on re-planning.
    let inputs = [dataDirectory] + Self.entries(under: dataDirectory, directories: true) + files
    return [
      .buildCommand(
        displayName: "Embedding \(files.count) files from Data/",
        executable: try context.tool(named: "EmbedData").url,
        arguments: [dataDirectory.path, output.path, tables.path],
        inputFiles: inputs,
        outputFiles: [output, tables]
      )
    ]
  }

  /// Every non-hidden regular file (or folder, with `directories`) below `directory`, sorted.
  private static func entries(under directory: URL, directories: Bool) -> [URL] {
    guard
      let enumerator = FileManager.default.enumerator(
        at: directory,
        includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey],
        options: [.skipsHiddenFiles]
      )
    else { return [] }
    var result: [URL] = []
    for case let url as URL in enumerator {
      let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey])
      let wanted = directories ? values?.isDirectory : values?.isRegularFile
      if wanted ?? false { result.append(url) }
    }
    return result.sorted { $0.path < $1.path }
  }
}
