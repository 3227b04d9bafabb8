import Foundation
import PostgresNIO
import Testing
import ZhizaoCore
import ZhizaoDataset
@testable import ZhizaoPostgres

/// The suites that need the server, one test at a time (several at once have hung the pool on two cores), and
/// skipped with a message when there is none.
@Suite(.serialized, .timeLimit(.minutes(1)), .enabled(if: TestPostgres.available, TestPostgres.skipped))
enum PostgresServerTests {}

/// The throwaway cluster of scripts/with-postgres.sh, named by `ZHIZAO_TEST_POSTGRES`. Without it the suites that
/// need a server are skipped with the message below, so a plain `swift test` still runs everything else.
enum TestPostgres {
    static let url = ProcessInfo.processInfo.environment["ZHIZAO_TEST_POSTGRES"]
    static let available = url != nil
    static let skipped = Comment(rawValue: "ZHIZAO_TEST_POSTGRES is not set: run under scripts/with-postgres.sh to test PostgreSQL")

    /// Settings for database `name` of the test cluster, with `change` applied.
    static func settings(database name: String, _ change: (inout PostgresSettings) -> Void = { _ in }) throws -> PostgresSettings {
        var settings = try PostgresSettings(url: try #require(url))
        settings.database = name
        change(&settings)
        return settings
    }

    /// A new empty database (`CREATE DATABASE` with the cluster's C.UTF-8 locale, or `options`), its name.
    static func createDatabase(options: String = "") async throws -> String {
        let name = "zt_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let admin = PostgresEngine(settings: try settings(database: "postgres"))
        defer { Task { await admin.shutdown() } }
        _ = try await admin.withConnection { connection in
            try await connection.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name) \(options)"), logger: admin.logger)
        }
        return name
    }

    /// Runs `body` with an engine on a new database; migrated and given Guangzhou's places unless `migrated` is false.
    static func withEngine<Result: Sendable>(
        migrated: Bool = true, _ change: (inout PostgresSettings) -> Void = { _ in },
        _ body: (PostgresEngine) async throws -> Result
    ) async throws -> Result {
        let engine = PostgresEngine(settings: try settings(database: try await createDatabase(), change))
        do {
            if migrated {
                try await engine.migrate()
                try await engine.loadPlaces(try BuiltInDataset.guangzhou2020().places)
            }
            let result = try await body(engine)
            await engine.shutdown()
            return result
        } catch {
            await engine.shutdown()
            throw error
        }
    }

    /// The first column of `sql`'s rows as text.
    static func column(_ engine: PostgresEngine, _ sql: String) async throws -> [String?] {
        try await engine.withConnection { connection in
            var values: [String?] = []
            for try await value in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: engine.logger).decode(String?.self) {
                values.append(value)
            }
            return values
        }
    }

    static func count(_ engine: PostgresEngine, _ table: String) async throws -> Int {
        Int(try await column(engine, "SELECT count(*)::text FROM \(table)").first.flatMap { $0 } ?? "") ?? -1
    }
}
