import Foundation
import Testing

/// The rule every `--format json` follows: an absent value is an absent key, never `null`.
@Suite struct JSONOutputTests {
  @Test(arguments: [
    ["list"], ["show", "overview"], ["show", "roles", "faq"], ["salaries"], ["skills"],
    ["checklist"], ["progress"], ["search", "python", "--all"], ["export"],
  ])
  func absentValuesAreLeftOutNotNull(command: [String]) throws {
    let result = try ToolRunner.run(command + ["--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    _ = try result.json()
    #expect(!result.stdout.contains(": null"), "\(command) writes a null member")
  }
}
