import Foundation
import Testing

@testable import GuideModel
@testable import MLCareerCore

@Suite struct GuideExporterHTMLTests {
  static let embedded = GuideDocument(library: ContentLibrary())

  /// A topic (as a pack could bring) full of markup that must not reach the page as markup.
  static let hostile = """
    # Tricks <script>alert(1)</script>

    Lead with <b>bold</b> & "quotes" and <img src=x onerror=alert(2)>.

    ## Links & <i>tags</i>

    - [a script](javascript:alert(3)) and [a site](https://example.com/?a=1&b="2")
    - ![remote](https://example.com/pixel.png) and `<code>` and `mlcareer show tricks`

    <div onclick="alert(4)">raw block</div>

    | Cell | <u>Head</u> |
    | --- | ---: |
    | <em>x</em> | 1 |

    """

  static func page(progress: ProgressState = ProgressState()) throws -> String {
    let topic = try TopicLoader.load(id: "tricks", file: "topics/tricks.md", source: hostile)
    let document = GuideDocument(
      edition: "test <1>", sources: embedded.sources, topics: [topic],
      marketFigures: embedded.marketFigures, salaries: embedded.salaries,
      skills: embedded.skills)
    return GuideExporter.html(document, progress: progress)
  }

  @Test func contentMarkupIsEscapedAndUnsafeLinksAreText() throws {
    let html = try Self.page()
    for markup in [
      "<script", "<b>", "<img", "<i>", "<div onclick", "<u>", "<em>x", "javascript:",
    ] {
      #expect(!html.contains(markup), "\(markup) reached the page")
    }
    #expect(html.contains("&lt;img src=x onerror=alert(2)&gt;"))
    #expect(html.contains("&amp; &quot;quotes&quot;"))
    #expect(html.contains("<a href=\"https://example.com/?a=1&amp;b=&quot;2&quot;\">a site</a>"))
    #expect(html.contains("a script and"))
    #expect(html.contains("&lt;div onclick=&quot;alert(4)&quot;&gt;raw block&lt;/div&gt;"))
    #expect(html.contains("<code>&lt;code&gt;</code>"))
    // The page loads nothing: no image, no external style or script.
    #expect(!html.contains(" src=\""))
    #expect(!html.contains("<link"))
  }

  @Test func thePageIsSelfContainedWithContentsForEveryPart() throws {
    let html = try Self.page()
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(html.contains("<style>"))
    #expect(html.contains("prefers-color-scheme: dark"))
    #expect(html.contains("@media print"))
    for target in [
      "tricks", "tricks/links-i-tags-i", "salary-figures", "skills-by-group",
      "market-figures", "sources", "salaries-city", "skills-programming",
    ] {
      #expect(html.contains("href=\"#\(target)\""), "no contents link to \(target)")
      #expect(html.contains("id=\"\(target)\""), "no part \(target)")
    }
    // A command naming a part of the page links to it.
    #expect(html.contains("<a href=\"#tricks\"><code>mlcareer show tricks</code></a>"))
    #expect(html.contains("<div class=\"table-box\"><table>"))
  }

  @Test func skillsShowTheReadersMarksAsBoxes() throws {
    var progress = ProgressState()
    progress.set(.done, for: "python")
    progress.set(.learning, for: "pytorch")
    progress.set(.skipped, for: "r")
    let html = try Self.page(progress: progress)
    #expect(
      html.contains(
        "<li class=\"done\"><span class=\"box done\" role=\"img\" aria-label=\"done\">✓</span><span><strong>Python</strong>"
      ))
    #expect(html.contains("<li class=\"learning\"><span class=\"box learning\""))
    #expect(html.contains("<li class=\"skipped\"><span class=\"box skipped\""))
    let skills = Self.embedded.skills.skills.count
    #expect(html.contains("Your progress: 1 of \(skills - 1) done, 1 being learned, 1 skipped."))
    #expect(html.components(separatedBy: "<span class=\"box todo\"").count - 1 == skills - 3)
  }

  @Test func repeatedIDsGetANumber() {
    var ids = PageIDs()
    #expect(ids.unique("sources") == "sources")
    #expect(ids.unique("sources") == "sources-2")
    #expect(ids.unique("contents") == "contents-2")
  }
}
