import Testing

/// Every kind of name a person types gets "Did you mean …?" when it matches nothing.
@Suite struct SuggestionTests {
  @Test(arguments: [
    // A mistyped command, option, option value or shell is a usage error.
    (["shwo", "responsibilities"], Int32(64), "Did you mean 'show'?"),
    (["help", "serch"], 64, "Did you mean 'search'?"),
    (["show", "faq", "--secton", "cloud"], 64, "Did you mean '--section'?"),
    (["search", "python", "--limt", "3"], 64, "Did you mean '--limit'?"),
    (["list", "--format", "markdwn"], 64, "Did you mean 'markdown'?"),
    (["search", "python", "--color", "alwyas"], 64, "Did you mean 'always'?"),
    (["completions", "fihs"], 64, "Did you mean 'fish'?"),
    // A name looked up in the guide that is not there is "not found".
    (["show", "best-practises"], 1, "Did you mean 'best-practices'?"),
    (["show", "best-practices", "--section", "deploymnt"], 1, "Did you mean 'deployment'?"),
    (["show", "best-practices/deploymnt"], 1, "Did you mean 'deployment'?"),
    (["search", "drift", "--topic", "chalenges"], 1, "Did you mean 'challenges'?"),
    (["search", "data", "drfit"], 1, "Did you mean 'data drift'?"),
    (["salaries", "--by", "experiance"], 64, "Did you mean 'experience'?"),
    (["check", "pythn"], 1, "Did you mean 'python'?"),
    (["skills", "clod"], 1, "Did you mean 'cloud-mlops'?"),
  ])
  func aMistypedNameGetsASuggestion(arguments: [String], status: Int32, suggestion: String)
    throws
  {
    let result = try ToolRunner.run(arguments)
    #expect(result.status == status, "\(arguments): \(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains(suggestion), "\(arguments): \(result.stderr)")
  }

  @Test func aUsageErrorEndsWithTheUsageLineAndAPointerToHelp() throws {
    let result = try ToolRunner.run(["search", "python", "--limt", "3"])
    #expect(
      result.stderr == """
        error: unknown option '--limt'
        Did you mean '--limit'?
        Usage: mlcareer search <words> ... [--topic <topic>] [--limit <n>] [--all] [--format <format>]
          See 'mlcareer search --help'.

        """)
  }
}
