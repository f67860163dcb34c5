import Foundation

/// The peer for whole-process start-up: tealdeer's `tldr tar`, offline.
///
/// tealdeer cannot download its pages here, so the benchmark gives it a private cache in the
/// work folder: `TEALDEER_CONFIG_DIR` points at a `config.toml` with automatic updates off, and
/// `TEALDEER_CACHE_DIR` at a cache holding one page, `tldr-pages/pages/common/tar.md`, written
/// below in the tldr-pages format: 41 lines, 9 examples, the size of the real `tar` page.
enum TealdeerSetup {
  /// The environment variables that make `tldr tar` read the page written under `directory`,
  /// or `nil` when it cannot be written.
  static func environment(in directory: URL) -> [String: String]? {
    let config = directory.appendingPathComponent("tealdeer-config")
    let cache = directory.appendingPathComponent("tealdeer-cache")
    let pages = cache.appendingPathComponent("tldr-pages/pages/common")
    do {
      try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
      try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
      try "[updates]\nauto_update = false\n\n[display]\nuse_pager = false\n".write(
        to: config.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
      try page.write(to: pages.appendingPathComponent("tar.md"), atomically: true, encoding: .utf8)
    } catch {
      return nil
    }
    return ["TEALDEER_CONFIG_DIR": config.path, "TEALDEER_CACHE_DIR": cache.path]
  }

  /// How many lines the page has.
  static var lineCount: Int { page.split(separator: "\n", omittingEmptySubsequences: false).count }

  private static let page = """
    # tar

    > Pack files into an archive, unpack them, and list what an archive holds.
    > Often combined with gzip, bzip2 or xz to compress the archive.
    > More information: <https://www.gnu.org/software/tar>.

    - Create an archive from files:

    `tar cf {{path/to/target.tar}} {{path/to/file1 path/to/file2 ...}}`

    - Create a gzip-compressed archive:

    `tar czf {{path/to/target.tar.gz}} {{path/to/file1 path/to/file2 ...}}`

    - Create a compressed archive from a folder, with paths relative to it:

    `tar czf {{path/to/target.tar.gz}} --directory={{path/to/directory}} .`

    - Show each file while unpacking an archive into the current folder:

    `tar xvf {{path/to/source.tar[.gz|.bz2|.xz]}}`

    - Unpack an archive into a given folder:

    `tar xf {{path/to/source.tar[.gz|.bz2|.xz]}} --directory={{path/to/directory}}`

    - Create a compressed archive, choosing the compression from the name:

    `tar caf {{path/to/target.tar.xz}} {{path/to/file1 path/to/file2 ...}}`

    - List what an archive holds, in detail:

    `tar tvf {{path/to/source.tar}}`

    - Unpack only the files whose names match a pattern:

    `tar xf {{path/to/source.tar}} --wildcards "{{*.html}}"`

    - Unpack one file from an archive to standard output:

    `tar xOf {{path/to/source.tar}} {{path/to/file}}`
    """
}
