import CommandLineKit
import GuideModel
import MLCareerCore

/// The guide with the user's packs, the typed records and the progress file, each loaded by
/// the commands that use it, with its errors mapped once for all of them.
extension CommandContext {
  /// The built-in guide with every pack found merged over it, loaded once per run.
  func library() -> ContentLibrary {
    if let library = libraryCache.library { return library }
    let library = ContentLibrary(locations: packLocations)
    libraryCache.library = library
    return library
  }

  /// Where packs are looked for: the environment's places and the `--data` folders.
  var packLocations: PackLocations {
    PackLocations(environment: terminal.environment, dataFolders: parsed[MLCareerCommands.data])
  }

  /// The progress file for this process: under `XDG_STATE_HOME`, else `~/.local/state`. A
  /// change that waits a second for another process's lock says so on standard error.
  func progressStore() throws(CommandError) -> ProgressStore {
    var store = try catching(CommandError.progress) { () throws(ProgressStoreError) in
      try ProgressStore(environment: terminal.environment)
    }
    let lock = store.path.terminalSafe(limit: 1000) + ".lock"
    store.onLockWait = { Console.error("Waiting for another mlcareer to release \(lock)...\n") }
    return store
  }

  func savedProgress() throws(CommandError) -> ProgressState {
    let store = try progressStore()
    return try catching(CommandError.progress) { () throws(ProgressStoreError) in try store.read() }
  }
}

/// What `make` makes, an error it throws made the command's by `wrap`.
func catching<Made, Failure: Error>(
  _ wrap: (Failure) -> CommandError, _ make: () throws(Failure) -> Made
) throws(CommandError) -> Made {
  do throws(Failure) {
    return try make()
  } catch {
    throw wrap(error)
  }
}

/// The library of one run, shared by the copies of its context.
final class LibraryCache {
  var library: ContentLibrary?
}
