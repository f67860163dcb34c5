import Foundation
import Testing

/// Option values are matched like names, mean the same in every command, and combinations the
/// description rules out are usage errors (issue 8 §4).
@Suite struct OptionValuesTests {
  /// Each spelling next to the canonical one it must print exactly like.
  @Test(arguments: [
    (["list", "--format", "JSON"], ["list", "--format", "json"]),
    (["list", "--format", "md"], ["list", "--format", "markdown"]),
    (["show", "overview", "--format", "MD"], ["show", "overview", "--format", "markdown"]),
    (["salaries", "--sort", "AMOUNT"], ["salaries", "--sort", "amount"]),
    (["salaries", "--sort", "lab"], ["salaries", "--sort", "label"]),
    (["salaries", "--format", "Csv"], ["salaries", "--format", "csv"]),
    (["--color", "ALWAYS", "show", "overview"], ["--color", "always", "show", "overview"]),
    (["completions", "ZSH"], ["completions", "zsh"]),
    (["search", "python", "-a", "-f", "plain"], ["search", "python", "--all", "-f", "text"]),
    (["salaries", "--format", "table"], ["salaries", "--format", "text"]),
    (["salaries", "--format", "plain"], ["salaries"]),
  ])
  func acceptsValuesInAnyCaseByPrefixOrAlias(typed: [String], canonical: [String]) throws {
    let result = try ToolRunner.run(typed)
    #expect(result.status == 0, "\(typed): \(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(result.stdout == (try ToolRunner.run(canonical)).stdout)
  }

  @Test func colorAlwaysColoursEvenInAPipe() throws {
    let result = try ToolRunner.run(["--color", "ALWAYS", "show", "overview"])
    #expect(result.stdout.contains("\u{1B}["))
  }

  @Test(arguments: [
    ["list", "--format", "xml"], ["salaries", "--sort", "size"], ["show", "overview", "-f", "csv"],
    ["export", "--format", "text"],
  ])
  func refusesAValueOutsideTheCommandsVocabulary(arguments: [String]) throws {
    let result = try ToolRunner.run(arguments)
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("error: invalid value '\(arguments.last!)'"))
    #expect(result.stderr.contains("\nUsage: mlcareer "))
  }

  /// Every command whose output is records offers the same five formats; help lists them.
  @Test(arguments: ["list", "salaries", "skills", "checklist", "search", "progress"])
  func recordCommandsOfferTheWholeVocabulary(command: String) throws {
    let help = try ToolRunner.run([command, "--help", "--width", "0"])
    #expect(help.stdout.contains("(values: text, json, markdown, csv, tsv; default: text)"))
  }

  @Test(arguments: [
    (["checklist", "--todo", "--done"], "error: --todo and --done cannot be used together"),
    (["progress", "--path", "--reset"], "error: --path and --reset cannot be used together"),
    (["progress", "--path", "--reset", "--yes"], "error: --path and --reset cannot be used"),
    (["progress", "--yes"], "error: --yes only works together with --reset\n"),
    (["progress", "--path", "--yes"], "error: --yes only works together with --reset\n"),
    (["check", "python", "--learning", "--skip"], "error: --learning and --skip cannot be"),
  ])
  func refusesOptionsThatCannotGoTogether(arguments: [String], message: String) throws {
    let state = try StateFolder()
    let result = try state.run(arguments)
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty, "nothing is printed or done")
    #expect(result.stderr.hasPrefix(message))
    #expect(result.stderr.contains("\nUsage: mlcareer \(arguments[0]) "))
    #expect(state.progressBytes() == nil)
  }

  @Test(arguments: [
    ["salaries", "--min", "150k", "--max", "120k"],
    ["salaries", "--by", "city", "--min", "200000", "--max", "$100,000"],
  ])
  func refusesAMinimumAboveTheMaximumWhateverMatches(arguments: [String]) throws {
    let result = try ToolRunner.run(arguments)
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("error: the minimum $"))
    #expect(result.stderr.contains("\nUsage: mlcareer salaries "))
  }

  @Test func salariesHelpStatesTheRealDefault() throws {
    let help = try ToolRunner.run(["salaries", "--help", "--width", "0"])
    #expect(!help.stdout.contains("default: table"))
    #expect(help.stdout.contains("text is a table on a terminal and one tab-separated figure"))
    #expect(help.stdout.contains("default: text)"))
  }
}

/// `--format csv` and `--format tsv` of the commands whose output is records: a header row,
/// then one record a line, RFC 4180 for csv.
@Suite struct RecordFormatTests {
  @Test(arguments: [
    (["list"], "id,title,summary"),
    (["skills", "languages"], "group,id,name,level,note"),
    (["checklist"], "group,id,name,level,state,date,note"),
    (["search", "python", "-n", "3"], "topic,section,field,path,text,kind,command"),
    (["progress"], "group,done,learning,skipped,todo,percent"),
  ])
  func csvHasAHeaderRowAndCRLFLines(arguments: [String], header: String) throws {
    let state = try StateFolder()
    let result = try state.run(arguments + ["--format", "csv"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix(header + "\r\n"))
    #expect(result.stdout.hasSuffix("\r\n"))
    let rows = try CSVReader.rows(result.stdout)
    let columns = header.split(separator: ",").count
    #expect(rows.count > 1)
    #expect(rows.allSatisfy { $0.count == columns }, "every row has every column")
  }

  @Test(arguments: [["list"], ["skills"], ["checklist"], ["search", "python"], ["progress"]])
  func tsvHasTheSameRecordsAsCSV(arguments: [String]) throws {
    let state = try StateFolder()
    let csv = try CSVReader.rows(try state.run(arguments + ["--format", "csv"]).stdout)
    let tsv = try state.run(arguments + ["--format", "tsv"]).stdout
    #expect(!tsv.contains("\r"))
    let rows = tsv.split(separator: "\n").map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
    #expect(rows == csv.map { $0.map { $0.replacingOccurrences(of: "\n", with: " ") } })
  }

  @Test func checklistRowsCarryTheMarks() throws {
    let state = try StateFolder()
    _ = try state.run(["check", "python"])
    _ = try state.run(["check", "java", "--skip"])
    let rows = try CSVReader.rows(try state.run(["checklist", "--format", "csv"]).stdout)
    #expect(
      rows.contains { Array($0.prefix(5)) == ["programming", "python", "Python", "core", "done"] })
    #expect(
      rows.contains { Array($0.prefix(5)) == ["programming", "java", "Java", "core", "skipped"] })
    #expect(rows.dropFirst().allSatisfy { $0[4] == "todo" ? $0[5].isEmpty : $0[5].count == 10 })
    let todo = try CSVReader.rows(try state.run(["checklist", "--todo", "-f", "csv"]).stdout)
    #expect(!todo.contains { $0[1] == "python" })
    let progress = try CSVReader.rows(try state.run(["progress", "--format", "csv"]).stdout)
    let programming = try #require(progress.first { $0.first == "programming" })
    #expect(programming[1] == "1" && programming[3] == "1")
    #expect(progress.last?.first == "all")
  }
}

/// Reads RFC 4180 text back into rows, so tests check fields, not quoting by eye.
enum CSVReader {
  struct Malformed: Error {}

  static func rows(_ text: String) throws -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text.unicodeScalars)[...]
    while let scalar = characters.popFirst() {
      if quoted {
        if scalar == "\"" {
          if characters.first == "\"" {
            field.unicodeScalars.append("\"")
            characters = characters.dropFirst()
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where field.isEmpty: quoted = true
      case ",":
        row.append(field)
        field = ""
      case "\r":
        guard characters.popFirst() == "\n" else { throw Malformed() }
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      case "\n", "\"": throw Malformed()
      default: field.unicodeScalars.append(scalar)
      }
    }
    guard !quoted, row.isEmpty, field.isEmpty else { throw Malformed() }
    return rows
  }
}
