import Foundation
import Testing

/// `mlcareer export --format html` rendered in headless Chromium, as a reader's browser shows it.
@Suite struct HTMLExportBrowserTests {
  /// Debian's `chromium` package; `.ci/run` installs it.
  static let chromium = [
    "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
  ]
  .first { FileManager.default.isExecutableFile(atPath: $0) }

  static let skipReason: Comment =
    "Chromium is not installed (apt-get install -y chromium; .ci/run installs it)"

  /// Where the screenshots go: `.build/html-export/`.
  static let outputFolder = ToolRunner.packageFolder.appendingPathComponent(".build/html-export")

  /// The exported page, with one skill marked so the boxes show.
  static func exportedPage() throws -> String {
    let state = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlcareer-html-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: state) }
    let check = try ToolRunner.run(
      ["check", "python"], environment: ToolRunner.environment(stateHome: state))
    #expect(check.status == 0, "\(check.stderr)")
    let result = try ToolRunner.run(
      ["export", "--format", "html"], environment: ToolRunner.environment(stateHome: state))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    return result.stdout
  }

  /// A script appended to a copy of the page (the page itself has none) that measures the
  /// document and checks every in-page link, writing its findings into the DOM.
  static let probe = """
    <script>
    (() => {
      const root = document.documentElement;
      const missing = [...document.querySelectorAll('a[href^="#"]')]
        .map(a => decodeURIComponent(a.getAttribute('href').slice(1)))
        .filter(id => !document.getElementById(id));
      const counts = {};
      for (const element of document.querySelectorAll('*')) {
        const tag = element.tagName.toLowerCase();
        if (tag !== 'script') counts[tag] = (counts[tag] || 0) + 1;
      }
      const report = {
        viewport: window.innerWidth, documentWidth: root.scrollWidth,
        bodyWidth: document.body.scrollWidth, links: document.querySelectorAll('a[href^="#"]').length,
        missing, counts
      };
      const marker = '@@REP' + 'ORT@@';
      parent.postMessage(marker + JSON.stringify(report) + marker, '*');
    })();
    </script>
    """

  /// A page holding `page` in a frame exactly `width` px wide (headless Chromium makes no
  /// window narrower than 500 px), writing what the frame posts into its own DOM.
  static func frame(_ page: URL, width: Int, height: Int) -> String {
    """
    <!DOCTYPE html>
    <html><body style="margin:0">
    <iframe src="\(page.lastPathComponent)" style="border:0;display:block;width:\(width)px;height:\(height)px"></iframe>
    <script>
    window.addEventListener('message', event => {
      const out = document.createElement('pre');
      out.textContent = event.data;
      document.body.appendChild(out);
    });
    </script>
    </body></html>
    """
  }

  /// Runs Chromium headless on `file` at `width` px wide with `arguments`; returns its stdout.
  static func chromium(_ arguments: [String], file: URL, width: Int) throws -> String {
    // A profile of its own for every run, so no other Chromium holds its lock.
    let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlcareer-chromium-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(chromium))
    process.arguments =
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--mute-audio",
        "--no-first-run", "--disable-extensions", "--window-size=\(width),900",
        "--user-data-dir=\(profile.path)",
      ] + arguments + [file.absoluteString]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return String(decoding: data, as: UTF8.self)
  }

  /// The start and end tags of `html` outside `<style>`, checked as a stack: every element
  /// closed in order, void elements never closed; the problems found.
  static func nestingProblems(_ html: String) -> [String] {
    let void: Set<String> = ["meta", "br", "hr", "img", "input", "link"]
    var stack: [String] = []
    var problems: [String] = []
    var body = html
    if let start = body.range(of: "<style>"), let end = body.range(of: "</style>") {
      body.removeSubrange(start.upperBound..<end.lowerBound)
    }
    let pattern = try! NSRegularExpression(pattern: "<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
    let text = body as NSString
    for match in pattern.matches(in: body, range: NSRange(location: 0, length: text.length)) {
      let closing = text.substring(with: match.range(at: 1)) == "/"
      let tag = text.substring(with: match.range(at: 2)).lowercased()
      if void.contains(tag) {
        if closing { problems.append("</\(tag)> closes a void element") }
      } else if !closing {
        stack.append(tag)
      } else if stack.last == tag {
        stack.removeLast()
      } else {
        problems.append("</\(tag)> while <\(stack.last ?? "nothing")> is open")
        if problems.count > 5 { break }
      }
    }
    if !stack.isEmpty { problems.append("unclosed: \(stack.suffix(5))") }
    return problems
  }

  /// How many start tags of each element `html` holds outside `<style>` (with `!DOCTYPE`).
  static func startTagCounts(_ html: String) -> [String: Int] {
    var counts: [String: Int] = [:]
    var body = html
    if let start = body.range(of: "<style>"), let end = body.range(of: "</style>") {
      body.removeSubrange(start.upperBound..<end.lowerBound)
    }
    let pattern = try! NSRegularExpression(pattern: "<([a-zA-Z][a-zA-Z0-9]*)[\\s>]")
    let text = body as NSString
    for match in pattern.matches(in: body, range: NSRange(location: 0, length: text.length)) {
      counts[text.substring(with: match.range(at: 1)).lowercased(), default: 0] += 1
    }
    return counts
  }

  @Test func thePageIsWellFormed() throws {
    let html = try Self.exportedPage()
    #expect(Self.nestingProblems(html) == [])
  }

  @Test(
    .enabled(if: chromium != nil, skipReason),
    arguments: [1280, 390])
  func chromiumShowsThePageWithinTheViewportWithEveryLinkTarget(width: Int) throws {
    let html = try Self.exportedPage()
    try FileManager.default.createDirectory(
      at: Self.outputFolder, withIntermediateDirectories: true)
    let page = Self.outputFolder.appendingPathComponent("guide.html")
    try html.write(to: page, atomically: true, encoding: .utf8)
    let probed = Self.outputFolder.appendingPathComponent("guide-probe-\(width).html")
    try html.replacingOccurrences(of: "</body>", with: Self.probe + "\n</body>")
      .write(to: probed, atomically: true, encoding: .utf8)

    let probeFrame = Self.outputFolder.appendingPathComponent("frame-probe-\(width).html")
    try Self.frame(probed, width: width, height: 900)
      .write(to: probeFrame, atomically: true, encoding: .utf8)
    let dom = try Self.chromium(
      ["--virtual-time-budget=5000", "--dump-dom"], file: probeFrame, width: max(width, 500))
    let parts = dom.components(separatedBy: "@@REPORT@@")
    try #require(parts.count >= 3, "Chromium printed no report: \(dom.prefix(300))")
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(parts[1].utf8)) as? [String: Any])
    let viewport = try #require(report["viewport"] as? Int)
    #expect(viewport == width)
    #expect((report["documentWidth"] as? Int ?? .max) <= viewport, "the page scrolls sideways")
    #expect((report["bodyWidth"] as? Int ?? .max) <= viewport, "the page scrolls sideways")
    #expect((report["links"] as? Int ?? 0) > 100)
    #expect((report["missing"] as? [String]) == [], "links without a target")
    // The parser built exactly the elements the page writes: nothing implied, nothing dropped.
    let counts = try #require(report["counts"] as? [String: Int])
    #expect(counts == Self.startTagCounts(html))

    let shot = Self.outputFolder.appendingPathComponent("guide-\(width).png")
    try? FileManager.default.removeItem(at: shot)
    let shotFrame = Self.outputFolder.appendingPathComponent("frame-\(width).html")
    try Self.frame(page, width: width, height: 2400)
      .write(to: shotFrame, atomically: true, encoding: .utf8)
    _ = try Self.chromium(
      ["--virtual-time-budget=5000", "--screenshot=\(shot.path)", "--window-size=\(width),2400"],
      file: shotFrame, width: width)
    #expect(FileManager.default.fileExists(atPath: shot.path), "no screenshot at \(shot.path)")
  }
}
