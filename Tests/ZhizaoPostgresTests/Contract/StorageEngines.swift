import Foundation
import PostgresNIO
import Testing
@testable import ZhizaoCLI
import ZhizaoCopy
import ZhizaoCore
import ZhizaoStorage
import ZhizaoStore
@testable import ZhizaoPostgres

/// The contract suites: each test runs on every engine (`@Test(arguments: StorageEngine.available)`), one at a time,
/// each time on a new database holding the built-in dataset. What one engine does, the other must do the same way.
@Suite(.serialized, .timeLimit(.minutes(2)))
enum StorageContract {}

/// An engine of the ``Storage`` interface, as the contract suites make it.
enum StorageEngine: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    /// SQLite always; PostgreSQL when the test cluster of scripts/with-postgres.sh is there.
    static var available: [StorageEngine] { TestPostgres.available ? [.sqlite, .postgres] : [.sqlite] }

    var testDescription: String { rawValue }

    /// Runs `body` with this engine as `Store` (one of the storage protocols, e.g. `(any AccountStore).self`) on a
    /// new database holding the built-in dataset. Fails when the engine does not implement `Store`.
    func with<Store, Result: Sendable>(_ store: Store.Type, _ body: (Store) async throws -> Result) async throws -> Result {
        switch self {
        case .sqlite:
            let storage = SQLiteStorage(try AppDatabase.builtIn())
            return try await body(try #require(storage as Any as? Store, "SQLite does not implement \(Store.self)"))
        case .postgres:
            let engine = PostgresEngine(settings: try TestPostgres.settings(database: try await Self.copyOfBuiltIn()))
            do {
                let result = try await body(try #require(engine as Any as? Store, "PostgreSQL does not implement \(Store.self)"))
                await engine.shutdown()
                return result
            } catch {
                await engine.shutdown()
                throw error
            }
        }
    }

    /// A new PostgreSQL database holding the built-in dataset: a copy of a template made once per test run as
    /// `--db postgres://` gives an empty database the dataset (``DatabaseOptions/seedBuiltIn(_:)``).
    static func copyOfBuiltIn() async throws -> String {
        let template = try await builtInTemplate.value
        return try await TestPostgres.createDatabase(options: "TEMPLATE \(template)")
    }

    private static let builtInTemplate = Task<String, any Error> {
        let name = try await TestPostgres.createDatabase()
        let engine = PostgresEngine(settings: try TestPostgres.settings(database: name))
        do {
            try await engine.migrate()
            try await DatabaseOptions.seedBuiltIn(engine)
            await engine.shutdown()
        } catch {
            await engine.shutdown()
            throw error
        }
        return name
    }
}

extension Actor {
    /// Who writes in the contract suites.
    static let contract = Actor.local("test", via: "storage contract tests")
}
