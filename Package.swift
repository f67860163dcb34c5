// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "mlcareer",
  products: [
    .executable(name: "mlcareer", targets: ["mlcareer"])
  ],
  targets: [
    // Build tool: turns every file under Data/ into Swift string literals.
    .executableTarget(name: "EmbedData", path: "Sources/EmbedData"),
    .plugin(
      name: "EmbedDataPlugin",
      capability: .buildTool(),
      dependencies: ["EmbedData"],
      path: "Sources/EmbedDataPlugin"
    ),
    .target(
      name: "MLCareerCore",
      plugins: ["EmbedDataPlugin"]
    ),
    .executableTarget(
      name: "mlcareer",
      dependencies: ["MLCareerCore"]
    ),
    .executableTarget(
      name: "MLCareerBenchmark",
      dependencies: ["MLCareerCore"],
      path: "Sources/MLCareerBenchmark"
    ),
    .testTarget(
      name: "MLCareerCoreTests",
      dependencies: ["MLCareerCore"],
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "mlcareerTests",
      dependencies: ["mlcareer"],
      exclude: ["Snapshots"]
    ),
  ]
)
