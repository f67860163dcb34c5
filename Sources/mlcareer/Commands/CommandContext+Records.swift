import CommandLineKit
import MLCareerCore

/// The guide, the typed records and the progress file, each loaded by the commands that use it,
/// with its errors mapped once for all of them.
extension CommandContext {
  /// The guide's manifest; topics are parsed when asked for.
  static func guide() throws(CommandError) -> Guide {
    do {
      return try Guide.embedded()
    } catch {
      throw .content(error)
    }
  }

  /// Every salary record compiled into the binary.
  static func salaryData() throws(CommandError) -> SalaryData {
    do {
      return try SalaryLoader.embedded()
    } catch {
      throw .content(error)
    }
  }

  /// Every skill compiled into the binary.
  static func skillCatalog() throws(CommandError) -> SkillCatalog {
    do {
      return try SkillCatalog.embedded()
    } catch {
      throw .content(error)
    }
  }

  /// The progress file for this process: under `XDG_STATE_HOME`, else `~/.local/state`. A
  /// change that waits a second for another process's lock says so on standard error.
  func progressStore() throws(CommandError) -> ProgressStore {
    do {
      var store = try ProgressStore(environment: terminal.environment)
      let lock = store.path.terminalSafe(limit: 1000) + ".lock"
      store.onLockWait = {
        Console.error("Waiting for another mlcareer to release \(lock)...\n")
      }
      return store
    } catch {
      throw .progress(error)
    }
  }

  /// The saved progress.
  func savedProgress() throws(CommandError) -> ProgressState {
    let store = try progressStore()
    do {
      return try store.read()
    } catch {
      throw .progress(error)
    }
  }
}
