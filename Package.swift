// swift-tools-version: 6.0
import PackageDescription

// Targets by layer. The generic ones (Markdown, JSON, CommandLineKit) know nothing of careers;
// MLCareerCore is the domain; mlcareer is the executable. See README.md, "Development".
let package = Package(
  name: "mlcareer",
  products: [
    .executable(name: "mlcareer", targets: ["mlcareer"])
  ],
  targets: [
    // Generic: "did you mean" suggestions and number formatting, shared by the targets below.
    .target(name: "TextSupport"),
    // Generic: a CommonMark + GFM parser with its typed tree and HTML rendering.
    .target(name: "Markdown"),
    // Generic: a JSON parser, values, writer and decoding helpers with source locations.
    .target(name: "JSON", dependencies: ["TextSupport"]),
    // Generic: typed command-line descriptions, parsing, help, man page, completion scripts,
    // and the terminal text toolkit (display width, wrapping, styles).
    .target(name: "CommandLineKit", dependencies: ["TextSupport"]),

    // Build tool: turns every file under Data/ into Swift string literals, and the built-in
    // guide's JSON files and topic headers into Swift values (read with our own parsers).
    .executableTarget(
      name: "EmbedData", dependencies: ["JSON", "Markdown"], path: "Sources/EmbedData"),
    .plugin(
      name: "EmbedDataPlugin",
      capability: .buildTool(),
      dependencies: ["EmbedData"],
      path: "Sources/EmbedDataPlugin"
    ),

    // The domain: content, salaries, skills and progress, search, export, topic rendering.
    .target(
      name: "MLCareerCore",
      dependencies: ["TextSupport", "Markdown", "JSON", "CommandLineKit"],
      plugins: ["EmbedDataPlugin"]
    ),
    // The executable: one type per command, each holding its description and its run.
    .executableTarget(
      name: "mlcareer",
      dependencies: ["MLCareerCore", "TextSupport", "CommandLineKit", "JSON"]
    ),
    // The benchmark's C helper: pins it and the peers it starts to one CPU.
    .target(name: "CPUAffinity", path: "Sources/CPUAffinity"),
    .executableTarget(
      name: "MLCareerBenchmark",
      dependencies: ["Markdown", "JSON", "CPUAffinity"],
      path: "Sources/MLCareerBenchmark"
    ),

    // Golden-file helpers shared by the test targets.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "TextSupportTests", dependencies: ["TextSupport"]),
    .testTarget(name: "CPUAffinityTests", dependencies: ["CPUAffinity"]),
    .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "TestSupport"]),
    .testTarget(name: "JSONTests", dependencies: ["JSON"]),
    .testTarget(name: "CommandLineKitTests", dependencies: ["CommandLineKit"]),
    .testTarget(
      name: "MLCareerCoreTests",
      dependencies: [
        "MLCareerCore", "TextSupport", "Markdown", "JSON", "CommandLineKit", "TestSupport",
      ],
      exclude: ["Snapshots", "Fixtures"]
    ),
    .testTarget(
      name: "mlcareerTests",
      dependencies: [
        "mlcareer", "MLCareerCore", "TextSupport", "CommandLineKit", "JSON", "TestSupport",
      ],
      exclude: ["Snapshots"]
    ),
  ]
)
