import Foundation
import PackagePlugin

/// Turns every file under the package's `Data/` folder into generated Swift source, so the guide
/// ships inside the binary and needs no resource bundle at run time.
@main
struct EmbedDataPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let dataDirectory = context.package.directoryURL.appending(path: "Data")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDataFiles.swift")
    let inputs = Self.files(under: dataDirectory)
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) files from Data/",
        executable: try context.tool(named: "EmbedData").url,
        arguments: [dataDirectory.path, output.path],
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }

  /// Every regular, non-hidden file below `directory`, sorted by path.
  private static func files(under directory: URL) -> [URL] {
    guard
      let enumerator = FileManager.default.enumerator(
        at: directory,
        includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles]
      )
    else { return [] }
    var result: [URL] = []
    for case let url as URL in enumerator {
      let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
      if isFile { result.append(url) }
    }
    return result.sorted { $0.path < $1.path }
  }
}
