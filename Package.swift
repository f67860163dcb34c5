// swift-tools-version: 6.0
import PackageDescription

// Targets by layer. The generic ones (TextSupport, Markdown, JSON, TerminalText, CommandLineKit,
// MCP) know nothing of careers; GuideModel is the content model and its loaders; MLCareerCore is the
// domain; mlcareer is the executable. See .github/CONTRIBUTING.md.
let package = Package(
  name: "mlcareer",
  products: [
    .executable(name: "mlcareer", targets: ["mlcareer"])
  ],
  targets: [
    // Generic: names and "did you mean" suggestions, number formatting, source locations, byte
    // scanning and ASCII byte classes, shared by the targets below.
    .target(name: "TextSupport"),
    // Generic: a CommonMark + GFM parser with its typed tree.
    .target(name: "Markdown", dependencies: ["TextSupport"]),
    // Generic: a JSON parser, values, writer and decoding helpers with source locations.
    .target(name: "JSON", dependencies: ["TextSupport"]),
    // Generic: the terminal text toolkit: display width, wrapping, styled text, terminal-safe
    // strings and hyperlinks.
    .target(name: "TerminalText", dependencies: ["TextSupport"]),
    // Generic: typed command-line descriptions, parsing, help, man page, completion scripts.
    .target(name: "CommandLineKit", dependencies: ["TextSupport", "TerminalText"]),
    // Generic: a Model Context Protocol server over stdio, JSON-RPC 2.0 one message a line.
    .target(name: "MCP", dependencies: ["JSON"]),

    // The guide's content model: topics, skills, salaries, market figures and manifests, with
    // the loaders and content rules that read them from the built-in guide and from packs.
    .target(name: "GuideModel", dependencies: ["TextSupport", "Markdown", "JSON"]),

    // Build tool: turns every file under Data/ into Swift string literals, and reads the
    // built-in guide's JSON files and topic headers with GuideModel's loaders into Swift values.
    .executableTarget(
      name: "EmbedData", dependencies: ["GuideModel", "TextSupport", "Markdown", "JSON"],
      path: "Sources/EmbedData"),
    .plugin(
      name: "EmbedDataPlugin",
      capability: .buildTool(),
      dependencies: ["EmbedData"],
      path: "Sources/EmbedDataPlugin"
    ),

    // The domain: the content library of packs, progress, search, export and rendering.
    .target(
      name: "MLCareerCore",
      dependencies: [
        "TextSupport", "Markdown", "JSON", "TerminalText", "CommandLineKit", "GuideModel",
      ],
      plugins: ["EmbedDataPlugin"]
    ),
    // The executable: one type per command, each holding its description and its run.
    .executableTarget(
      name: "mlcareer",
      dependencies: [
        "MLCareerCore", "GuideModel", "TextSupport", "TerminalText", "CommandLineKit", "JSON",
        "MCP",
      ]
    ),
    // The benchmark's C helper: pins it and the peers it starts to one CPU.
    .target(name: "CPUAffinity", path: "Sources/CPUAffinity"),
    .executableTarget(
      name: "MLCareerBenchmark",
      dependencies: [
        "TextSupport", "Markdown", "JSON", "GuideModel", "MLCareerCore", "CPUAffinity",
      ],
      path: "Sources/MLCareerBenchmark",
      exclude: ["README.md"]
    ),

    // Golden-file helpers shared by the test targets.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "TextSupportTests", dependencies: ["TextSupport"]),
    .testTarget(name: "CPUAffinityTests", dependencies: ["CPUAffinity"]),
    .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "TestSupport"]),
    .testTarget(name: "JSONTests", dependencies: ["JSON", "TextSupport"]),
    .testTarget(name: "TerminalTextTests", dependencies: ["TerminalText"]),
    .testTarget(name: "CommandLineKitTests", dependencies: ["CommandLineKit"]),
    .testTarget(name: "MCPTests", dependencies: ["MCP", "JSON", "TestSupport"]),
    .testTarget(name: "GuideModelTests", dependencies: ["GuideModel", "JSON", "TextSupport"]),
    .testTarget(
      name: "MLCareerCoreTests",
      dependencies: [
        "MLCareerCore", "GuideModel", "TextSupport", "Markdown", "JSON", "TerminalText",
        "CommandLineKit", "TestSupport",
      ],
      exclude: ["Snapshots", "Fixtures"]
    ),
    .testTarget(
      name: "mlcareerTests",
      dependencies: [
        "mlcareer", "MLCareerCore", "GuideModel", "TextSupport", "CommandLineKit", "JSON",
        "TestSupport",
      ],
      exclude: ["Snapshots"]
    ),
  ]
)
