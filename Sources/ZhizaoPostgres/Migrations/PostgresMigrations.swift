import Foundation
import Logging
import PostgresNIO

/// The PostgreSQL schema's history, apart from SQLite's (Sources/ZhizaoStore/Migrations) since the two engines'
/// SQL differs. Shipped migrations are never edited; a change is a new one appended to ``all``. Applied ones are
/// recorded in `zhizao_migration`.
public enum PostgresMigrations {
    /// Every migration in order: its id and its statements, each ending with a semicolon at the end of a line.
    static let all: [(id: String, sql: String)] = [
        ("v1", v1), ("v2-trigram-search", v2), ("v3-regional-values-business-scope", v3), ("v4-rowid-order", v4), ("v5-target-lists", v5),
        ("v6-name-bigrams", v6), ("v7-names-by-id", v7),
    ]

    public static var ids: [String] { all.map(\.id) }

    /// The advisory-lock key that servers starting together wait on, so that one of them migrates.
    static let lockKey: Int64 = 0x7A68_697A_616F  // "zhizao"

    /// Applies the migrations `connection`'s database lacks, each in its own transaction, holding the advisory lock
    /// throughout; returns the ids applied (none when another server got there first).
    public static func migrate(_ connection: PostgresConnection, logger: Logger) async throws -> [String] {
        try await connection.query("SELECT pg_advisory_lock(\(lockKey))", logger: logger)
        do {
            let applied = try await apply(connection, logger: logger)
            try await connection.query("SELECT pg_advisory_unlock(\(lockKey))", logger: logger)
            return applied
        } catch {
            _ = try? await connection.query("SELECT pg_advisory_unlock(\(lockKey))", logger: logger)
            throw error
        }
    }

    private static func apply(_ connection: PostgresConnection, logger: Logger) async throws -> [String] {
        try await connection.query(
            """
            CREATE TABLE IF NOT EXISTS zhizao_migration (
                id TEXT PRIMARY KEY, appliedAt TIMESTAMPTZ NOT NULL DEFAULT now())
            """, logger: logger)
        var done: Set<String> = []
        for try await id in try await connection.query("SELECT id FROM zhizao_migration", logger: logger).decode(String.self) {
            done.insert(id)
        }
        var applied: [String] = []
        for migration in all where !done.contains(migration.id) {
            try await PostgresEngine.inTransaction(connection, logger: logger) { connection in
                for (number, statement) in statements(migration.sql).enumerated() {
                    do {
                        try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                    } catch {
                        throw PostgresEngineError(
                            .migration, "migration \(migration.id), statement \(number + 1) failed: \(String(reflecting: error))")
                    }
                }
                try await connection.query("INSERT INTO zhizao_migration (id) VALUES (\(migration.id))", logger: logger)
            }
            applied.append(migration.id)
        }
        return applied
    }

    /// `sql` cut into statements at each semicolon that ends a line (the extended protocol takes one at a time).
    static func statements(_ sql: String) -> [String] {
        var statements: [String] = []
        var current: [Substring] = []
        for line in sql.split(separator: "\n", omittingEmptySubsequences: false) {
            current.append(line)
            if line.trimmingCharacters(in: .whitespaces).hasSuffix(";") {
                statements.append(current.joined(separator: "\n"))
                current = []
            }
        }
        let rest = current.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty { statements.append(rest) }
        return statements.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }
}
