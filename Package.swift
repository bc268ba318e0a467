// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "kaohe",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kaohe", targets: ["kaohe"]),
        // The fuzz target: scripts/fuzz builds it with libFuzzer; the ordinary build replays inputs with it.
        .executable(name: "kaohe-fuzz", targets: ["kaohe-fuzz"]),
        // The web portal (issue 19): its own product, so `swift build --product kaohe` never builds the server.
        .executable(name: "kaohe-web", targets: ["kaohe-web"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        // KaoheDocx (the Word notice, D-59) and KaoheXLSX (.xlsx input, D-64) use it.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // SHA-256 of rule sets and input files (issue 14, D-100): BoringSSL with the CPU's SHA instructions.
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        // The web portal (issue 19, D-115): the HTTP server, bcrypt (a C target the CLI also uses), templates.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", exact: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        // The pure domain: areas, targets, rule sets, scores, grades, consequences. Foundation, and swift-crypto
        // for content hashes only (ContentHash.swift, D-100).
        .target(name: "KaoheCore", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // The municipal departments (R-31, issue 17): their task lists, self-reports and scores. Foundation and KaoheCore only.
        .target(name: "KaoheDepartments", dependencies: ["KaoheCore"]),
        // libcsv, wrapped once; only KaoheCSV imports it.
        .systemLibrary(name: "CCSV", path: "Sources/CCSV", providers: [.apt(["libcsv-dev"])]),
        // Bytes → validated domain values with located diagnostics.
        .target(name: "KaoheCSV", dependencies: ["KaoheCore", "KaoheDepartments", "CCSV"]),
        // Rule-set files (TOML) → validated `RuleSet` values.
        .target(name: "KaoheRules", dependencies: ["KaoheCore", .product(name: "TOMLKit", package: "TOMLKit")]),
        // The only module that knows SQL.
        .target(
            name: "KaoheStore",
            dependencies: [
                "KaoheCore", "KaoheTracking", "KaoheDepartments", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for binding the monitoring import's millions of values without GRDB's boxing.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),
        // In-year tracking and the plan-period trend: pure, Foundation and KaoheCore only.
        .target(name: "KaoheTracking", dependencies: ["KaoheCore"]),
        // Values → text, Markdown, HTML, CSV, JSON.
        .target(name: "KaoheReport", dependencies: ["KaoheCore", "KaoheTracking", "KaoheDepartments"]),
        // The notice as a Word file (WordprocessingML in a ZIP package), kept apart so the other modules stay light.
        .target(name: "KaoheDocx", dependencies: ["KaoheReport", "KaoheCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // .xlsx workbooks → the text rows the CSV validators read (issue 16, D-64); ZIPFoundation and XMLParser.
        // It also writes the summary's tables as a workbook (D-79), so it reads KaoheReport's typed rows.
        .target(name: "KaoheXLSX", dependencies: ["KaoheCore", "KaoheCSV", "KaoheReport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // The flows the CLI and the web portal share (report upload validation, assessment, accounts): one place
        // for what both front ends do, so neither duplicates a check (issue 19). HummingbirdBcrypt is C and one Swift file.
        .target(
            name: "KaoheFlows",
            dependencies: [
                "KaoheCore", "KaoheCSV", "KaoheRules", "KaoheStore", "KaoheXLSX",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ]),
        .executableTarget(
            name: "kaohe",
            dependencies: [
                "KaoheCore", "KaoheCSV", "KaoheRules", "KaoheStore", "KaoheReport", "KaoheTracking", "KaoheDocx", "KaoheXLSX",
                "KaoheDepartments", "KaoheFlows", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The web portal's routes, sessions, CSRF, templates and page models (issue 19); no file system access.
        .target(
            name: "KaoheWeb",
            dependencies: [
                "KaoheCore", "KaoheCSV", "KaoheRules", "KaoheStore", "KaoheReport", "KaoheXLSX", "KaoheFlows",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        // The portal's executable: parses --db/--host/--port, opens the store, runs the server.
        .executableTarget(name: "kaohe-web", dependencies: ["KaoheWeb", "KaoheStore", .product(name: "Hummingbird", package: "hummingbird")]),
        // Arbitrary bytes → the CSV reader, every file importer and the .xlsx reader; see scripts/fuzz and docs/reliability.md.
        .executableTarget(
            name: "kaohe-fuzz", dependencies: ["KaoheCSV", "KaoheCore", "KaoheXLSX", "KaoheDepartments", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Helpers shared by the test targets: golden files compared by line diff, trigger refusals (D-83, D-82).
        .target(name: "KaoheTestSupport", dependencies: ["KaoheCore", .product(name: "GRDB", package: "GRDB.swift")], path: "Tests/Support"),
        .testTarget(name: "KaoheCoreTests", dependencies: ["KaoheCore", "KaoheTestSupport"]),
        .testTarget(name: "KaoheCSVTests", dependencies: ["KaoheCSV", "KaoheCore", "KaoheDepartments", "KaoheTestSupport"], exclude: ["Adversarial"]),
        .testTarget(name: "KaoheRulesTests", dependencies: ["KaoheRules", "KaoheCore", "KaoheTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "KaoheStoreTests", dependencies: ["KaoheStore", "KaoheCore", "KaoheTracking", "KaoheDepartments", "KaoheTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        // Also the Word and .xlsx renderings (KaoheDocx, KaoheXLSX), which share the summary fixture; ZIPFoundation reads the package back.
        .testTarget(
            name: "KaoheReportTests",
            dependencies: ["KaoheReport", "KaoheCore", "KaoheTracking", "KaoheDocx", "KaoheXLSX", "KaoheDepartments", "KaoheTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            // Whole expected documents, read by path (GoldenFile.swift), never written by a test.
            exclude: ["Golden"]),
        .testTarget(
            name: "KaoheXLSXTests",
            dependencies: ["KaoheXLSX", "KaoheCSV", "KaoheCore", "KaoheTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "KaoheTrackingTests", dependencies: ["KaoheTracking", "KaoheCore"]),
        .testTarget(name: "KaoheDepartmentsTests", dependencies: ["KaoheDepartments", "KaoheCore"]),
        // GRDB only so the concurrency test can hold a write lock the way another program would.
        .testTarget(
            name: "KaoheCLITests",
            dependencies: ["kaohe", "KaoheStore", "KaoheCore", "KaoheCSV", "KaoheXLSX", "KaoheFlows", "KaoheTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures", "Golden"]),
        .testTarget(
            name: "KaoheWebTests",
            dependencies: [
                "KaoheWeb", "KaoheFlows", "KaoheStore", "KaoheCore", "KaoheCSV", "KaoheDepartments", "KaoheRules", "KaoheTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"), .product(name: "GRDB", package: "GRDB.swift"),
            ]),
    ]
)
