// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "kaohe",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kaohe", targets: ["kaohe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    ],
    targets: [
        // The pure domain: areas, targets, rule sets, scores, grades, consequences. Foundation only.
        .target(name: "KaoheCore"),
        // libcsv, wrapped once; only KaoheCSV imports it.
        .systemLibrary(name: "CCSV", path: "Sources/CCSV", providers: [.apt(["libcsv-dev"])]),
        // Bytes → validated domain values with located diagnostics.
        .target(name: "KaoheCSV", dependencies: ["KaoheCore", "CCSV"]),
        // Rule-set files (TOML) → validated `RuleSet` values.
        .target(name: "KaoheRules", dependencies: ["KaoheCore", .product(name: "TOMLKit", package: "TOMLKit")]),
        // The only module that knows SQL.
        .target(
            name: "KaoheStore",
            dependencies: [
                "KaoheCore", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for binding the monitoring import's millions of values without GRDB's boxing.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),
        // Values → text, Markdown, HTML, CSV, JSON.
        .target(name: "KaoheReport", dependencies: ["KaoheCore"]),
        .executableTarget(
            name: "kaohe",
            dependencies: [
                "KaoheCore", "KaoheCSV", "KaoheRules", "KaoheStore", "KaoheReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "KaoheCoreTests", dependencies: ["KaoheCore"]),
        .testTarget(name: "KaoheCSVTests", dependencies: ["KaoheCSV", "KaoheCore"]),
        .testTarget(name: "KaoheRulesTests", dependencies: ["KaoheRules", "KaoheCore"]),
        .testTarget(name: "KaoheStoreTests", dependencies: ["KaoheStore", "KaoheCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "KaoheReportTests", dependencies: ["KaoheReport", "KaoheCore"]),
        .testTarget(name: "KaoheCLITests", dependencies: ["kaohe", "KaoheStore", "KaoheCore"], exclude: ["Fixtures"]),
    ]
)
