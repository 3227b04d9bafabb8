import Foundation
import Testing
@testable import ZhizaoCLI
import ZhizaoStorage
@testable import ZhizaoPostgres

/// `--db postgres://…` from the command line (issue 13, item 2): a new database gets its tables and the built-in
/// dataset on first use, once; the commands run on it as on a SQLite file.
extension PostgresServerTests {
@Suite struct PostgresCommandTests {
    /// The test cluster's URL for database `name`.
    static func url(_ name: String) throws -> String {
        let base = try #require(TestPostgres.url)
        return String(base[..<base.index(after: try #require(base.lastIndex(of: "/")))]) + name
    }

    @Test func anEmptyDatabaseGetsTheBuiltInDatasetOnceAndTheCommandsRunOnIt() async throws {
        // Given an empty PostgreSQL database
        let name = try await TestPostgres.createDatabase()
        let url = try Self.url(name)
        // When two commands run on it, one after the other
        for arguments in [["analyze", "--db", url, "--lang", "en"], ["targets", "花都汽车", "--place", "花都区", "--db", url, "--lang", "en"]] {
            var command = try Zhizao.parseAsRoot(arguments)
            try await Zhizao.run(&command)
        }
        // Then it holds the built-in dataset, copied in once (one audit entry), and the commands' reads came from it
        let engine = PostgresEngine(settings: try TestPostgres.settings(database: name))
        defer { Task { await engine.shutdown() } }
        #expect(try await engine.places().count == 19)
        #expect(try await engine.clusters().isEmpty == false)
        #expect(try await engine.auditEntries(.init()).filter { $0.action == "copy" }.count == 1)
    }

    @Test func commandsForSQLiteFilesSaySoForAURL() async throws {
        for arguments in [["init"], ["backup", "b.sqlite"], ["restore", "b.sqlite"]] {
            var command = try Zhizao.parseAsRoot(arguments + ["--db", "postgres://zhizao@127.0.0.1:1/none"])
            await #expect(throws: Refusal.self) { try await Zhizao.run(&command) }
        }
    }
}
}
