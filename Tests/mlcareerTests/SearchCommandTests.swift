import Foundation
import Testing

@Suite struct SearchCommandTests {
  /// The piped hits of `search words...`, each split into topic, section and text.
  static func hits(_ arguments: [String]) throws -> [[String]] {
    let result = try ToolRunner.run(["search"] + arguments)
    #expect(result.status == 0, "\(result.stderr)")
    return result.stdout.split(separator: "\n").map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
  }

  @Test func dataDriftPointsToTheDeploymentSection() throws {
    let hits = try Self.hits(["data", "drift"])
    let first = try #require(hits.first)
    #expect(first[0] == "best-practices")
    #expect(first[1] == "Deployment")
    #expect(first[2].lowercased().contains("data drift"))
  }

  @Test func hyperparameterFindsTuningInResponsibilitiesAndBestPractices() throws {
    let hits = try Self.hits(["hyperparameter"])
    let topics = Set(hits.map { $0[0] })
    #expect(topics.isSuperset(of: ["responsibilities", "best-practices"]))
    // The whole word comes before "hyperparameters".
    #expect(hits[0][2].lowercased().contains("hyperparameter "))
    #expect(hits.allSatisfy { $0[2].lowercased().contains("hyperparameter") })
  }

  @Test func sagemakerFindsTheCloudSkills() throws {
    let hits = try Self.hits(["SageMaker"])
    #expect(hits.contains { $0[0] == "skills" && $0[2].contains("Amazon SageMaker") })
  }

  @Test func sanFranciscoFindsTheSalaryFigure() throws {
    let hits = try Self.hits(["san francisco"])
    let first = try #require(hits.first)
    #expect(first[0] == "salaries")
    #expect(first[2].contains("$136,287"))
  }

  @Test func salaryRecordsAndSkillsAreSearchedToo() throws {
    let francisco = try Self.hits(["san francisco", "-n", "20"])
    #expect(francisco.contains { $0[0] == "salaries" && $0[1] == "By city" })
    let sklearn = try Self.hits(["sklearn"])
    #expect(sklearn.first?[0] == "skills")
    #expect(sklearn.first?[2].hasPrefix("scikit-learn:") == true)
    let onlySalaries = try Self.hits(["engineers", "--topic", "salary", "-n", "100"])
    #expect(onlySalaries.allSatisfy { $0[0] == "salaries" })
    #expect(onlySalaries.contains { $0[1] == "By city" })
  }

  @Test func pipedOutputIsOneHitALineWithThreeColumns() throws {
    let result = try ToolRunner.run(["search", "python", "--limit", "5"])
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 6 && lines.last == "")
    for line in lines.dropLast() {
      #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 3)
    }
    #expect(!result.stdout.contains("\u{1B}"))
    let plain = try ToolRunner.run(["search", "python", "-n", "5", "--format", "plain"])
    #expect(plain.stdout == result.stdout)
  }

  @Test func jsonParsesWithTotalAndHits() throws {
    let result = try ToolRunner.run(["search", "python", "-n", "2", "--format", "json"])
    let object = try #require(
      try result.json() as? [String: Any])
    #expect(object["query"] as? String == "python")
    let hits = try #require(object["hits"] as? [[String: Any]])
    #expect(hits.count == 2)
    #expect((object["total"] as? Int ?? 0) > 2)
    #expect(hits.allSatisfy { ($0["text"] as? String)?.contains("Python") == true })
  }

  @Test func topicLimitsTheSearch() throws {
    let hits = try Self.hits(["python", "--topic", "skills", "-n", "100"])
    #expect(!hits.isEmpty)
    #expect(hits.allSatisfy { $0[0] == "skills" })
  }

  @Test func noHitIsANoteOnStandardErrorAndExitOne() throws {
    let result = try ToolRunner.run(["search", "quantum", "gravity"])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("error: no results for 'quantum gravity'\n"))
  }

  @Test func aMisspeltWordGetsACorrection() throws {
    let result = try ToolRunner.run(["search", "hyperparamter"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("Did you mean 'hyperparameter'?"))
  }

  @Test func aMistypedTopicGetsASuggestion() throws {
    let result = try ToolRunner.run(["search", "drift", "--topic", "best-practises"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("error: no topic 'best-practises'"))
    #expect(result.stderr.contains("Did you mean 'best-practices'?"))
  }

  @Test(arguments: ["0", "-2", "ten", "2.5", "", "1000001", "4611686018427387872"])
  func limitMustBeAPositiveWholeNumberUpToItsBound(limit: String) throws {
    let result = try ToolRunner.run(["search", "python", "--limit=\(limit)"])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("expected a positive whole number up to 1,000,000"))
    #expect(result.stderr.contains("See 'mlcareer search --help'."))
  }

  @Test func onATerminalTheMatchIsHighlighted() throws {
    try #require(ToolRunner.canRunOnTerminal)
    let result = try ToolRunner.runOnTerminal(["search", "data", "drift", "--no-pager"])
    #expect(result.stdout.contains("best-practices › Deployment"))
    // Bold magenta, the match style, around the words.
    #expect(result.stdout.contains("\u{1B}[1;35mdata drift\u{1B}[0m"))
    #expect(result.stdout.contains("matches for 'data drift'."))
  }

  @Test(arguments: [("ml-engineer", "ml engineer"), ("ai-ml", "ai/ml")])
  func aHyphenatedWordFindsItsPartsSideBySide(query: String, expected: String) throws {
    let hits = try Self.hits([query])
    #expect(!hits.isEmpty)
    #expect(hits.allSatisfy { $0.joined(separator: " ").lowercased().contains(expected) })
  }

  @Test func aQuotedQueryMatchesThePhraseOnly() throws {
    let apart = try Self.hits(["data", "drift", "--all"])
    let phrase = try Self.hits(["\"data drift\"", "--all"])
    #expect(!phrase.isEmpty)
    #expect(phrase.allSatisfy { $0.joined(separator: " ").lowercased().contains("data drift") })
    let learning = try Self.hits(["\"learning models\"", "--all"])
    let words = try Self.hits(["learning", "models", "--all"])
    #expect(learning.count < words.count)
    #expect(learning.allSatisfy { $0[2].lowercased().contains("learning models") })
    #expect(apart.count >= phrase.count)
  }

  @Test func aCutPipeSaysHowManyWereLeftOutAndAllShowsThem() throws {
    let limited = try ToolRunner.run(["search", "python"])
    #expect(limited.status == 0)
    #expect(limited.stdout.split(separator: "\n").count == 10)
    let all = try ToolRunner.run(["search", "python", "--all"])
    let total = all.stdout.split(separator: "\n").count
    #expect(total > 10)
    #expect(all.stderr.isEmpty)
    #expect(
      limited.stderr
        == "mlcareer: note: 10 of \(total) matches shown; \(total - 10) left out by --limit 10; "
        + "--all shows them all.\n")
    let three = try ToolRunner.run(["search", "python", "-n", "3", "--format", "plain"])
    #expect(three.stderr.contains("3 of \(total) matches shown"))
    let json = try ToolRunner.run(["search", "python", "--format", "json"])
    #expect(json.stderr.isEmpty)
  }
}
