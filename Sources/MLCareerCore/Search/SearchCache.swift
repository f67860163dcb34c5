import GuideModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where search keeps the entries of topics between runs, one file a pack, so a search parses
/// only the topics whose text changed since the last search, and beside it the pack's word
/// index (`SearchTokenIndex`), so a search of a pack none of whose files changed reads only
/// the index and the few entries it shows: `$XDG_CACHE_HOME/mlcareer/search/`, else
/// `~/.cache/mlcareer/search/`.
///
/// A cache is a help, never a need: a folder that cannot be made or is not safe (not the
/// user's own, or writable by others), a file that cannot be read or written, or one written
/// by another build of the binary, and search parses the topics as if there were none, without
/// a word. Set `MLCAREER_NO_CACHE` to any value to leave it unused.
struct SearchCache: Sendable {
  /// The folder holding the files.
  let folder: String
  /// The binary that reads and writes the files (see `identity`).
  let identity: String

  /// How long before a word index was made a topic file must have last changed for the index
  /// to be trusted with it (see `FileSignature.isSettled`); tests set it to 0.
  var settleTime = FileSignature.settleTime

  /// The largest cache file read: 64 MiB.
  static let fileLimit = 64 << 20

  /// The cache for `environment`, or `nil` when there is none to use.
  init?(environment: [String: String]) {
    guard environment["MLCAREER_NO_CACHE"] == nil, let identity = Self.binaryIdentity() else {
      return nil
    }
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
      folder = cache + "/mlcareer/search"
    } else if let home = environment["HOME"], home.hasPrefix("/") {
      folder = home + "/.cache/mlcareer/search"
    } else {
      return nil
    }
    self.identity = identity
  }

  /// The file for the pack shown as `pack`.
  func path(for pack: PackInfo) -> String {
    guard !pack.isBuiltIn else { return folder + "/built-in.cache" }
    return folder + "/" + Self.hex(SearchCacheKey.hash(Array(pack.folder.utf8)[...])) + ".cache"
  }

  /// The cache file of `pack`, or `nil` when there is none this binary can use.
  func load(_ pack: PackInfo) -> SearchCacheFile? {
    guard isSafe(folder) else { return nil }
    guard let bytes = try? FileSystem.readBytes(at: path(for: pack), limit: Self.fileLimit)
    else { return nil }
    return SearchCacheFile(bytes: bytes, identity: identity)
  }

  /// Replaces the cache file of `pack` with `blocks`, and answers where each block's payload
  /// now starts in it, by key; `nil` when it could not be written (failures are otherwise
  /// ignored).
  @discardableResult
  func save(_ pack: PackInfo, blocks: [ArraySlice<UInt8>]) -> [UInt64: Int]? {
    if FileSystem.kind(of: folder) == nil {
      _ = FileSystem.createFolders(folder, mode: 0o700)
    }
    guard isSafe(folder) else { return nil }
    let header = SearchCacheFile.header(identity: identity)[...]
    // A file too large to be read again would only cost its writing at every search.
    guard header.count + blocks.reduce(0, { $0 + $1.count }) <= Self.fileLimit else {
      unlink(path(for: pack))
      unlink(indexPath(for: pack))
      return nil
    }
    guard FileSystem.replace(path(for: pack), with: [header] + blocks, mode: 0o600) == nil else {
      return nil
    }
    var offsets: [UInt64: Int] = [:]
    var offset = header.count
    for block in blocks {
      if let key = SearchCacheFile.key(ofBlock: block) { offsets[key] = offset + 20 }
      offset += block.count
    }
    return offsets
  }

  /// How long the file of a pack not searched now may go unwritten before it is taken for a
  /// pack no longer used.
  static let staleAge = 30 * 24 * 3600
  /// How long a writer's temporary file may stand before it is taken for a dead writer's.
  static let staleTemporaryAge = 3600

  /// The word index file for the pack shown as `pack` (see `SearchTokenIndex`).
  func indexPath(for pack: PackInfo) -> String {
    String(path(for: pack).dropLast(".cache".count)) + ".index"
  }

  /// The word index of `pack`, or `nil` when there is none this binary can use.
  func loadIndex(_ pack: PackInfo) -> SearchTokenIndex? {
    guard isSafe(folder),
      let bytes = try? FileSystem.readBytes(
        at: indexPath(for: pack), limit: SearchTokenIndex.fileLimit)
    else { return nil }
    return SearchTokenIndex(bytes: bytes, identity: identity)
  }

  /// Replaces the word index of `pack` with `bytes`; failures are ignored.
  func saveIndex(_ pack: PackInfo, bytes: [UInt8]) {
    guard isSafe(folder) else { return }
    guard bytes.count <= SearchTokenIndex.fileLimit else {
      unlink(indexPath(for: pack))
      return
    }
    _ = FileSystem.replace(indexPath(for: pack), with: [bytes[...]], mode: 0o600)
  }

  /// The payload of the indexed `topic` in the cache file of `pack`, or `nil` when it cannot be
  /// read whole or is not the payload indexed (its checksum differs).
  func payload(of pack: PackInfo, for topic: SearchTokenIndex.Topic) -> [UInt8]? {
    guard isSafe(folder), topic.isIndexed, topic.payloadLength <= Self.fileLimit,
      let payload = FileSystem.readBytes(
        at: path(for: pack), offset: topic.payloadOffset, count: topic.payloadLength),
      SearchCacheKey.hash(payload[...]) == topic.checksum
    else { return nil }
    return payload
  }

  /// Removes the files of packs other than `packs` that no search has written for `staleAge`
  /// (a pack removed, or moved) and the temporary files of writers that died, so the folder
  /// does not grow without end. Only this folder's regular files are looked at; names are
  /// removed, never followed.
  func removeStale(keeping packs: [PackInfo]) {
    let kept = Set(packs.flatMap { [path(for: $0), indexPath(for: $0)] })
    let now = time(nil)
    for name in FileSystem.names(in: folder) ?? [] where !kept.contains(folder + "/" + name) {
      let isTemporary =
        name.hasPrefix(".") && (name.contains(".cache.tmp-") || name.contains(".index.tmp-"))
      guard isTemporary || name.hasSuffix(".cache") || name.hasSuffix(".index") else { continue }
      var status = stat()
      let path = folder + "/" + name
      guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
      #if os(Linux)
        let modified = Int(status.st_mtim.tv_sec)
      #else
        let modified = Int(status.st_mtimespec.tv_sec)
      #endif
      let age = Int(now) - modified
      if age > (isTemporary ? Self.staleTemporaryAge : Self.staleAge) { unlink(path) }
    }
  }

  /// Whether `folder` is a folder of the user's own that no one else may write in.
  private func isSafe(_ folder: String) -> Bool {
    var status = stat()
    guard lstat(folder, &status) == 0 else { return false }
    return status.st_mode & S_IFMT == S_IFDIR && status.st_uid == geteuid()
      && status.st_mode & 0o022 == 0
  }

  /// The running binary told apart from every other build: its device, inode, size and
  /// modification time, so a rebuilt or replaced binary never reads entries an older one made.
  /// `nil` where it cannot be told (only Linux has `/proc/self/exe`).
  static func binaryIdentity() -> String? {
    #if os(Linux)
      var status = stat()
      guard stat("/proc/self/exe", &status) == 0 else { return nil }
      return
        "\(status.st_dev):\(status.st_ino):\(status.st_size):"
        + "\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    #else
      return nil
    #endif
  }

  private static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
