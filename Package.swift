// swift-tools-version:6.0
import PackageDescription

// Layers, bottom to top: Model → Extraction/Compare → Output → Browser → Render → Terminal → storyline.
// Each layer is a module so it can be tested without the ones above it.
let package = Package(
    name: "Storyline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "storyline", targets: ["storyline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // 1. Core model: value types only, no I/O, no UI.
        .target(name: "StorylineModel"),
        // 2. Extraction: text → model (rule based).
        // Cache prefetch hints for the merge's random reads (Swift has none).
        .target(name: "CCacheHints"),
        // Its word tables that a user may edit (the world table of countries) are bundled data.
        .target(name: "StorylineExtraction", dependencies: [
            "StorylineModel", "CCacheHints",
            .product(name: "Yams", package: "Yams"),
        ], resources: [.copy("Data/countries.txt")]),
        // 2b. Cross-article sentence alignment and differences.
        .target(name: "StorylineCompare", dependencies: ["StorylineModel"]),
        // Text and JSON renderings of the model for the command line.
        .target(name: "StorylineOutput", dependencies: ["StorylineModel", "StorylineCompare"]),
        // 3. Interface state: browser state, actions, pure reducer.
        .target(name: "StorylineBrowser", dependencies: ["StorylineModel", "StorylineCompare"]),
        // 4. Rendering: layout and widgets drawing into an in-memory cell grid.
        .target(name: "StorylineRender", dependencies: ["StorylineModel", "StorylineBrowser", "StorylineCompare"]),
        // 5. Terminal backend: the only code that imports ncurses.
        // The headers come from Debian's libncurses-dev; `make` installs it when missing.
        .systemLibrary(name: "CNcursesw"),
        .target(name: "CTerminalGuard"),
        .target(name: "StorylineTerminal", dependencies: [
            "StorylineRender", "StorylineBrowser", "CNcursesw", "CTerminalGuard",
        ]),
        // The allocation policy both executables set at start (glibc's mmap threshold).
        .target(name: "CMallocPolicy"),
        // Seed articles bundled so a bare `storyline` works wherever it is installed.
        .target(name: "StorylineSeeds", resources: [.copy("seeds")]),
        // 6. Executable: thin argument-parser commands.
        .executableTarget(name: "storyline", dependencies: [
            "StorylineModel", "StorylineExtraction", "StorylineCompare", "StorylineOutput",
            "StorylineBrowser", "StorylineRender", "StorylineTerminal", "StorylineSeeds", "CMallocPolicy",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Benchmarks: a deterministic corpus generator and the timing harness (`make bench`).
        .target(name: "StorylineCorpus", dependencies: ["StorylineModel"]),
        .target(name: "CHeapStats"),
        .executableTarget(name: "storyline-bench", dependencies: [
            "StorylineModel", "StorylineExtraction", "StorylineCompare", "StorylineBrowser",
            "StorylineRender", "StorylineCorpus", "CHeapStats", "CMallocPolicy",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Test helpers shared by the test targets.
        .target(name: "StorylineTestSupport", dependencies: ["StorylineModel", "StorylineRender"], path: "Tests/StorylineTestSupport"),
        .testTarget(name: "StorylineModelTests", dependencies: ["StorylineModel", "StorylineTestSupport"]),
        .testTarget(name: "StorylineExtractionTests", dependencies: ["StorylineExtraction", "StorylineModel", "StorylineCorpus", "StorylineTestSupport"]),
        .testTarget(name: "StorylineCompareTests", dependencies: ["StorylineCompare", "StorylineExtraction", "StorylineModel", "StorylineTestSupport"]),
        .testTarget(name: "StorylineOutputTests", dependencies: ["StorylineOutput", "StorylineExtraction", "StorylineModel", "StorylineTestSupport"]),
        .testTarget(name: "StorylineBrowserTests", dependencies: ["StorylineBrowser", "StorylineModel", "StorylineTestSupport"]),
        .testTarget(
            name: "StorylineRenderTests",
            dependencies: ["StorylineRender", "StorylineBrowser", "StorylineModel", "StorylineTestSupport"],
            exclude: ["Golden"]  // golden screens are read through #filePath, not bundled
        ),
        .testTarget(name: "StorylineTerminalTests", dependencies: ["StorylineTerminal", "StorylineRender", "StorylineBrowser"]),
        .testTarget(name: "StorylineEndToEndTests", dependencies: ["storyline", "StorylineTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
