import GuideModel
import JSON
import TextSupport

/// The built-in guide with every content pack found merged over it, loaded lazily: building it
/// reads only the manifests; topics and record files are read when a command asks for them.
///
/// A broken pack file is left out and kept as a problem to report once; a file the command
/// asked for that turns out broken, or a broken manifest when it asks for every topic, also
/// marks the answer as incomplete (`failed`).
package final class ContentLibrary {
  /// A pack folder found, with where it was found.
  package struct Pack {
    package let info: PackInfo
    package let origin: PackLocations.Origin
    let folder: PackFolder
    /// Its topics, `nil` when its manifest is broken.
    let guide: Guide?
    /// Whether some of its topics are left out (a broken manifest, a file not loaded).
    let missesTopics: Bool
  }

  /// The merged topics and sources, built the first time a command asks for them: the record
  /// commands (`salaries`, `skills`, `checklist`) never do.
  package private(set) lazy var guide = packs.reduce(Guide.embedded()) { guide, pack in
    pack.guide.map(guide.merging) ?? guide
  }
  /// The user's packs in precedence order (the built-in guide comes before all of them).
  package let packs: [Pack]
  /// Every problem met so far, in the order met, each once.
  package private(set) var problems: [Diagnostic] = []
  /// Whether a file the command read was broken, so its answer is incomplete.
  package private(set) var failed = false

  /// Records of a pack that replaced an earlier record with the same id.
  private(set) var replacedRecords: [(kind: String, id: String, at: SourceLocation)] = []

  /// Whether every problem of a file is kept and the rest of it loaded (see `ProblemSink`), as
  /// `validate` wants, rather than the file left out at its first problem.
  let collectsEveryProblem: Bool

  /// The built-in guide and the packs `locations` finds, their manifests read now and merged
  /// when `guide` is first asked for.
  package init(locations: PackLocations?, collectsEveryProblem: Bool = false) {
    self.collectsEveryProblem = collectsEveryProblem
    var packs: [Pack] = []
    var problems: [Diagnostic] = []
    var failed = false
    locations?.forEachFolder { origin, path in
      let folder = PackFolder(path: path)
      if let problem = folder.problem {
        // A folder the user named with --data must be there; a missing MLCAREER_PATH folder is
        // skipped, reported only by `validate` (and listed by `paths`). A folder has no line.
        if origin == .option || collectsEveryProblem {
          let place = SourceLocation(file: path, line: 0, column: 0)
          problems.append(Diagnostic(origin == .option ? .error : .warning, at: place, problem))
        }
        failed = failed || origin == .option
        return
      }
      let sink = collectsEveryProblem ? ProblemSink() : nil
      let (info, packGuide, errors) = Self.loadManifest(folder, problems: sink)
      for error in (sink?.errors ?? []) + errors { problems.append(Diagnostic(error)) }
      packs.append(
        Pack(
          info: info, origin: origin, folder: folder, guide: packGuide,
          missesTopics: packGuide == nil || !errors.isEmpty))
    }
    self.packs = packs
    self.problems = problems
    self.failed = failed
  }

  /// A pack's id and name, its topics, and the error that left its manifest out or the files of
  /// its `topics/` not loaded, if any.
  static func loadManifest(
    _ folder: PackFolder, problems: ProblemSink? = nil
  ) -> (PackInfo, Guide?, [ContentError]) {
    let name = folder.path.split(separator: "/").last.map(String.init) ?? folder.path
    let fallbackID = ContentRules.isID(name) ? name : "pack"
    let info = PackInfo(id: fallbackID, name: name, folder: folder.path, isBuiltIn: false)
    let read: PackReader = { path throws(ContentError) in try folder.read(path) }
    do throws(ContentError) {
      guard let text = try folder.read("guide.json") else {
        let (lines, skipped) = folder.topicFiles()
        let topics = lines.map { TopicEntry($0, pack: info, read: read) }
        return (info, Guide(edition: "", sources: [], topics: topics), skipped)
      }
      let manifest = try PackManifest(text: text, pack: info, problems: problems)
      var topics: [TopicEntry] = []
      for line in manifest.topics {
        // Only what the manifest says: files are looked at when they are read, so a
        // thousand-topic pack costs no thousand file lookups to show one topic.
        if let reason = folder.lexicalEscape(line.file) {
          let error = ContentError.json(.invalidValue(reason, at: line.location))
          guard let problems else { throw error }
          problems.add(error)
        } else {
          topics.append(TopicEntry(line, pack: manifest.pack, read: read))
        }
      }
      return (manifest.pack, Guide(edition: "", sources: manifest.sources, topics: topics), [])
    } catch {
      return (info, nil, [error])
    }
  }

  // MARK: Problems

  /// Keeps `error` to report, once, and marks the answer as incomplete.
  package func record(_ error: ContentError) {
    let diagnostic = Diagnostic(error)
    if !problems.contains(diagnostic) { problems.append(diagnostic) }
    failed = true
  }

  /// Marks the answer incomplete when a pack's manifest is broken or a topic file not loaded,
  /// for an answer that needs every topic.
  private func noteMissingTopics() {
    if packs.contains(where: \.missesTopics) { failed = true }
  }

  /// The headers of every topic, in the guide's order; with many topics the files are read on
  /// every core.
  package func headers() -> [(entry: TopicEntry, header: TopicHeader)] {
    noteMissingTopics()
    let guide = guide
    /// The headers of the topics in `range`, and the errors met, each in the guide's order.
    @Sendable func headers(
      _ range: Range<Int>
    ) -> (headers: [(entry: TopicEntry, header: TopicHeader)], errors: [ContentError]) {
      var result = (headers: [(entry: TopicEntry, header: TopicHeader)](), errors: [ContentError]())
      for entry in guide.topics[range] {
        do throws(ContentError) {
          var header = try guide.header(entry)
          header.pack = entry.pack.isBuiltIn ? nil : entry.pack
          header.replaces = entry.replaces
          result.headers.append((entry, header))
        } catch {
          result.errors.append(error)
        }
      }
      return result
    }
    // A small guide is read on this thread without the parallel path's array of runs, whose
    // type the runtime would build at start-up.
    guard guide.topics.count >= ParallelWork.itemsForThreads else {
      let (headers, errors) = headers(guide.topics.indices)
      for error in errors { record(error) }
      return headers
    }
    let runs = ParallelWork.map(runsOf: guide.topics.count) { _, range in headers(range) }
    for error in runs.flatMap(\.errors) { record(error) }
    return runs.flatMap(\.headers)
  }

  /// Parses each topic in turn and hands it to `body`, holding one at a time.
  package func eachTopic(_ body: (Topic) -> Void) {
    noteMissingTopics()
    for entry in guide.topics {
      do throws(ContentError) {
        body(try guide.topic(entry))
      } catch {
        record(error)
      }
    }
  }

  /// Each topic that `wants` (asked with its file's text before the file is parsed), parsed
  /// and handed to `body` with the run it falls in: with many topics, the topics are cut into
  /// runs, one made by `makeRun` for each, and worked through on every core. The runs come
  /// back in the guide's order.
  func topicRuns<Run: Sendable>(
    makeRun: @Sendable (_ run: Int) -> Run,
    wants: @Sendable (TopicEntry, _ source: String) -> Bool = { _, _ in true },
    _ body: @Sendable (inout Run, Topic) -> Void
  ) -> [Run] {
    noteMissingTopics()
    let guide = guide
    let results = ParallelWork.map(runsOf: guide.topics.count) { run, range in
      var result = (run: makeRun(run), errors: [ContentError]())
      for entry in guide.topics[range] {
        do throws(ContentError) {
          let source = try entry.source()
          guard wants(entry, source) else { continue }
          body(&result.run, try guide.topic(entry, source: source))
        } catch {
          result.errors.append(error)
        }
      }
      return result
    }
    for result in results {
      for error in result.errors { record(error) }
    }
    return results.map(\.run)
  }

  // MARK: Records

  /// The salary records of the guide and every pack; a pack's record with an id already used
  /// replaces the earlier record in its place. A broken record is reported and left out, and
  /// the rest of its file loads.
  package func salaryData() -> SalaryData { salaries }
  private lazy var salaries: SalaryData = mergingPacks(
    over: EmbeddedData.salaries, file: SalaryLoader.file, keepingGoing: true
  ) { data, pack, text, file, problems throws(JSONError) in
    let loaded = try SalaryLoader.load(
      text, file: file, pack: pack.info, known: data.dimensions,
      knownRecords: data.records.map(\.id), problems: problems)
    let dimensions =
      data.dimensions
      + loaded.dimensions.filter { new in !data.dimensions.contains { $0.id == new.id } }
    return SalaryData(
      dimensions: dimensions,
      records: merge(data.records, loaded.records, "salary record") { ($0.id, $0.location) },
      footnote: data.footnote, disagreements: data.disagreements + loaded.disagreements)
  }

  /// The skills of the guide and every pack, merged like salary records.
  package func skillCatalog() -> SkillCatalog { skills }
  private lazy var skills: SkillCatalog = mergingPacks(
    over: EmbeddedData.skillCatalog, file: SkillLoader.file
  ) { catalog, pack, text, file, problems throws(JSONError) in
    let loaded = try SkillLoader.load(
      text, file: file, pack: pack.info, knownGroups: catalog.groups, problems: problems)
    return SkillCatalog(
      groups: merge(catalog.groups, loaded.groups, "skill group") { ($0.id, $0.location) },
      skills: merge(catalog.skills, loaded.skills, "skill") { ($0.id, $0.location) })
  }

  /// The market figures of the guide and every pack, merged like salary records.
  func marketFigures() -> [MarketFigure] { market }
  private lazy var market: [MarketFigure] = mergingPacks(
    over: EmbeddedData.marketFigures, file: MarketFigureLoader.file
  ) { figures, pack, text, file, problems throws(JSONError) in
    var loaded = try MarketFigureLoader.load(text, file: file, problems: problems)
    for index in loaded.indices { loaded[index].pack = pack.info }
    return merge(figures, loaded, "market figure") { ($0.id, $0.location) }
  }

  /// `base` with the file `name` of each pack that has one merged over it by `merge`, which
  /// parses the file's `text` (shown as `file`) onto what is merged so far. A broken file is
  /// left out and recorded; when every problem is collected, each broken record is recorded
  /// and the rest merged; so too, with `keepingGoing`, for every command.
  private func mergingPacks<Merged>(
    over base: Merged, file name: String, keepingGoing: Bool = false,
    _ merge: (Merged, Pack, _ text: String, _ file: String, ProblemSink?) throws(JSONError)
      -> Merged
  ) -> Merged {
    var merged = base
    for pack in packs {
      do throws(ContentError) {
        guard let text = try pack.folder.read(name) else { continue }
        let sink = collectsEveryProblem || keepingGoing ? ProblemSink() : nil
        defer { for error in sink?.errors ?? [] { record(error) } }
        do {
          merged = try merge(merged, pack, text, pack.info.path(of: name), sink)
        } catch {
          throw .json(error)
        }
      } catch {
        record(error)
      }
    }
    return merged
  }

  /// `base` with `added` merged in, each record that replaced another kept to warn about as a
  /// `kind`, named and placed by `key`.
  private func merge<T>(
    _ base: [T], _ added: [T], _ kind: String, key: (T) -> (id: String, at: SourceLocation)
  ) -> [T] {
    let (merged, replaced) = Self.merge(base, added) { key($0).id }
    replacedRecords += replaced.map { (kind, key($0).id, key($0).at) }
    return merged
  }

  /// `base` with `added` merged in: an element whose id is already there replaces it in its
  /// place; the others follow in order. Also returns the elements that replaced another.
  static func merge<T>(_ base: [T], _ added: [T], id: (T) -> String) -> ([T], [T]) {
    var result = base
    var index: [String: Int] = [:]
    for (position, element) in base.enumerated() { index[id(element)] = position }
    var replaced: [T] = []
    for element in added {
      if let position = index[id(element)] {
        result[position] = element
        replaced.append(element)
      } else {
        index[id(element)] = result.count
        result.append(element)
      }
    }
    return (result, replaced)
  }
}
