import Foundation
import ZhizaoCore
import ZhizaoDataset
import ZhizaoPostgres

/// `import`: a new database migrated and given Guangzhou's places and named firms, then the timed import.
enum ImportBench {
    /// `keepIndexes`: no index rebuild after the load, whatever its size (to measure what the rebuild saves).
    static func run(file: String, bytes: [UInt8], url: String, keepIndexes: Bool) async throws {
        var settings = try PostgresSettings(url: url)
        settings.statementTimeoutMilliseconds = 0
        let engine = PostgresEngine(settings: settings)
        let dataset = try BuiltInDataset.guangzhou2020()
        try await engine.migrate()
        try await engine.loadPlaces(dataset.places)
        try await engine.loadNamedEnterprises(dataset.enterprises)
        let start = clock.now
        let summary = try await engine.importEnterprises(csv: bytes, file: file, by: .local("bench", via: "zhizao-pg-bench import"),
            largeLoad: keepIndexes ? .max : PostgresEngine.largeLoad)
        let elapsed = seconds(clock.now - start)
        print(
            "rows \(summary.rows) inserted \(summary.inserted) seconds \(String(format: "%.2f", elapsed))"
                + " rows/s \(Int(Double(summary.rows) / elapsed))")
        await engine.shutdown()
    }
}
