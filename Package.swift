// swift-tools-version: 6.0
import PackageDescription

// Dependencies point one way: documents and extraction → graph → analysis → presentation.
let package = Package(
  name: "attribution-graph",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "attribution", targets: ["attribution"]),
    .library(name: "AttributionDocuments", targets: ["AttributionDocuments"]),
    .library(name: "AttributionLexicon", targets: ["AttributionLexicon"]),
    .library(name: "AttributionExtraction", targets: ["AttributionExtraction"]),
    .library(name: "AttributionEvaluation", targets: ["AttributionEvaluation"]),
    .library(name: "AttributionSemantics", targets: ["AttributionSemantics"]),
    .library(name: "AttributionGraph", targets: ["AttributionGraph"]),
    .library(name: "AttributionAnalysis", targets: ["AttributionAnalysis"]),
    .library(name: "AttributionMap", targets: ["AttributionMap"]),
    .library(name: "AttributionExport", targets: ["AttributionExport"]),
    .library(name: "AttributionReport", targets: ["AttributionReport"]),
    .library(name: "Graphviz", targets: ["Graphviz"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    // SHA-256 of the report's inline scripts, which its Content-Security-Policy pins.
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    // `swift package generate-documentation` (Scripts/docs): the DocC catalogs of the libraries.
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
    ),
    .target(name: "Graphviz", dependencies: ["CGraphviz"]),
    // The compiler's cache prefetch hint, which Swift does not expose.
    .systemLibrary(name: "CPrefetch"),
    // libxml2's HTML parser, for articles saved from a browser.
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    // Articles and case files: reading what the user gives, with errors that name file and line.
    .target(name: "AttributionDocuments", dependencies: ["AttributionLexicon", "CLibXML2", "Yams"]),
    // Word lists and the gazetteer as data files, shared by extraction and the graph builder.
    .target(name: "AttributionLexicon", resources: [.copy("Lists")]),
    .target(
      name: "AttributionExtraction",
      dependencies: ["AttributionDocuments", "AttributionLexicon", "AttributionSemantics", "CPrefetch"],
      resources: [.copy("Model/attribution-model.bin"), .copy("Tagger")],
      swiftSettings: optimizedInDebug),
    // Scoring the extractor against a BRAT-annotated corpus, and claim merging against gold claims.
    .target(
      name: "AttributionEvaluation",
      dependencies: ["AttributionDocuments", "AttributionExtraction", "AttributionGraph", "AttributionAnalysis", "Yams"]),
    // OpenBLAS's matrix products, for the sentence encoder.
    .systemLibrary(
      name: "COpenBLAS",
      pkgConfig: "openblas",
      providers: [.apt(["libopenblas-dev"]), .brew(["openblas"])]
    ),
    // Sentence vectors for matching claims: a static table distilled from all-MiniLM-L6-v2 to
    // find candidates, and the encoder itself (int8 weights, run through OpenBLAS) to re-score them.
    // Chooses OpenBLAS's kernels from the CPU's features before OpenBLAS loads, where its own
    // detection does not know the CPU model.
    .target(name: "CBLASCore"),
    // The encoder's products in 8-bit integers (AVX-512 VNNI, AVX2 or plain C, the same bits) and
    // its softmax in vector registers.
    .target(name: "CEncoderKernels", cSettings: [.unsafeFlags(["-O2"], .when(configuration: .debug))]),
    .target(
      name: "AttributionSemantics", dependencies: ["COpenBLAS", "CBLASCore", "CEncoderKernels"], resources: [.copy("Embeddings"), .copy("Encoder")],
      swiftSettings: optimizedInDebug),
    .target(
      name: "AttributionGraph",
      dependencies: ["AttributionDocuments", "AttributionExtraction", "AttributionLexicon", "AttributionSemantics"]),
    .target(name: "AttributionAnalysis", dependencies: ["AttributionGraph", "AttributionLexicon"]),
    .target(name: "AttributionMap", dependencies: ["AttributionGraph", "AttributionAnalysis", "Graphviz"]),
    .target(name: "AttributionExport", dependencies: ["AttributionGraph"]),
    .target(
      name: "AttributionReport",
      dependencies: [
        "AttributionExtraction", "AttributionGraph", "AttributionAnalysis", "AttributionMap",
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      resources: [.copy("Resources")]),
    .executableTarget(
      name: "attribution",
      dependencies: [
        "AttributionDocuments", "AttributionExtraction", "AttributionEvaluation", "AttributionGraph",
        "AttributionAnalysis", "AttributionMap", "AttributionExport", "AttributionReport", "Graphviz", "Yams",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // The JSON Schemas of the JSON outputs, for users; Scripts/check-schemas tests them.
      exclude: ["Schemas"]
    ),
    // Fuzzing: the input surfaces as functions (replayed by the tests), and libFuzzer's driver
    // (Scripts/fuzz builds it with -sanitize=fuzzer,address -DFUZZING; without, it replays files).
    .target(
      name: "AttributionFuzzing",
      dependencies: [
        "AttributionDocuments", "AttributionExtraction", "AttributionEvaluation", "AttributionGraph",
        "AttributionAnalysis", "AttributionMap", "AttributionReport", "AttributionExport", "Graphviz", "CLibXML2",
      ]),
    .executableTarget(name: "fuzz-attribution", dependencies: ["AttributionFuzzing"]),
    .executableTarget(
      name: "extraction-tools",
      dependencies: [
        "AttributionDocuments", "AttributionExtraction", "AttributionEvaluation", "AttributionSemantics",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "GraphvizTests", dependencies: ["Graphviz"]),
    .testTarget(name: "AttributionLexiconTests", dependencies: ["AttributionLexicon"]),
    .testTarget(
      name: "AttributionExtractionTests",
      dependencies: [
        "AttributionDocuments", "AttributionExtraction", .product(name: "Crypto", package: "swift-crypto"),
      ],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "AttributionDocumentsTests", dependencies: ["AttributionDocuments", "AttributionLexicon"]),
    .testTarget(
      name: "AttributionEvaluationTests",
      dependencies: ["AttributionDocuments", "AttributionExtraction", "AttributionEvaluation", "AttributionGraph"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "AttributionSemanticsTests", dependencies: ["AttributionSemantics"], resources: [.copy("Fixtures")]),
    .testTarget(name: "AttributionGraphTests", dependencies: ["AttributionGraph", "AttributionLexicon"]),
    .testTarget(name: "AttributionAnalysisTests", dependencies: ["AttributionAnalysis"]),
    .testTarget(name: "AttributionFuzzingTests", dependencies: ["AttributionFuzzing"]),
    .target(name: "GoldenFiles", path: "Tests/GoldenFiles"),
    .testTarget(
      name: "AttributionMapTests", dependencies: ["AttributionMap", "GoldenFiles"],
      exclude: ["Golden"]),
    .testTarget(
      name: "AttributionReportTests",
      dependencies: [
        "AttributionReport", "AttributionAnalysis", "AttributionDocuments", "AttributionGraph",
        "AttributionExtraction", "AttributionMap", .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .testTarget(
      name: "AttributionExportTests",
      dependencies: ["AttributionExport", "AttributionGraph", "AttributionExtraction", "GoldenFiles"],
      exclude: ["Golden"]),
    .testTarget(
      name: "AttributionEndToEndTests",
      dependencies: ["attribution", "AttributionGraph", "AttributionMap"],
      exclude: ["Fixtures"]),
  ]
)

// The transformer's loops (layer norms, GELU, the tagger's heads) run 30–50× slower unoptimised:
// debug builds, which the tests and check scripts use, optimise these two modules too (and the
// C kernels under them).
var optimizedInDebug: [SwiftSetting] { [.unsafeFlags(["-O"], .when(configuration: .debug))] }
