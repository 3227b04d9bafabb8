import Foundation
import Testing
import ZhizaoCopy
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoPostgres

/// copy-db to and from PostgreSQL, and the two engines' schemas kept alike.
extension PostgresServerTests {
@Suite struct PostgresCopyTests {
    /// A new, migrated, empty PostgreSQL database.
    static func emptyEngine(_ body: (PostgresEngine) async throws -> Void) async throws {
        try await TestPostgres.withEngine(migrated: false) { engine in
            try await engine.migrate()
            try await body(engine)
        }
    }

    @Test func theBuiltInDatasetGoesToPostgreSQLAndBackUnchanged() async throws {
        try await Self.emptyEngine { engine in
            // Given the built-in dataset in a SQLite file
            let source = try CopyFixtures.builtInFile()
            let back = try CopyFixtures.path("back.sqlite")
            // When it is copied to PostgreSQL and from there to a new SQLite file
            let there = try await DatabaseCopy.run(
                from: try AppDatabase.copySource(path: source), to: engine, force: false, by: CopyFixtures.actor)
            let returned = try await DatabaseCopy.run(
                from: engine, to: AppDatabase.copyTarget(path: back), force: false, by: CopyFixtures.actor)
            // Then both copies check out, and every table has the source's rows and checksum, but for the audit log
            // and the time of the last write, which the first copy added to
            #expect(there.tables.allSatisfy { $0.ok } && returned.tables.allSatisfy { $0.ok })
            let sums = { (report: DatabaseCopy.Report) in
                Dictionary(uniqueKeysWithValues: report.tables.map { ($0.name.lowercased(), $0.checksum) }.filter { name, _ in
                    !["audit", "databaseinfo"].contains(name)
                })
            }
            #expect(sums(there).count == there.tables.count - 2)
            #expect(sums(there) == sums(returned))
            #expect(returned.tables.first { $0.name == "audit" }?.rows == (there.tables.first { $0.name == "audit" }?.rows).map { $0 + 1 })
            // And the store reads the same from the round trip as from the source
            #expect(try CopyFixtures.reads(AppDatabase.open(path: back)) == CopyFixtures.reads(AppDatabase.open(path: source)))
            // And PostgreSQL numbers new rows after the copied ones, and searches the copied names
            let copied = try await TestPostgres.column(engine, "SELECT max(id)::text FROM audit WHERE action = 'copy'")
            #expect(copied.count == 1 && Int(copied[0] ?? "") == there.tables.first { $0.name == "audit" }.map { $0.rows + 1 })
            let found = try await engine.searchEnterprises("阿尔特汽车", limit: 5)
            #expect(!found.isEmpty)
        }
    }

    @Test func aPostgreSQLTargetHoldingDataIsRefusedWithoutForce() async throws {
        try await Self.emptyEngine { engine in
            // Given a PostgreSQL database holding a copy
            let source = try CopyFixtures.builtInFile()
            _ = try await DatabaseCopy.run(from: try AppDatabase.copySource(path: source), to: engine, force: false, by: CopyFixtures.actor)
            let before = try await DatabaseCopy.checksums(of: engine)
            // When it is copied into again without --force, it is refused and left as it was
            let refusal = await #expect(throws: CopyError.self) {
                try await DatabaseCopy.run(from: try AppDatabase.copySource(path: source), to: engine, force: false, by: CopyFixtures.actor)
            }
            #expect(refusal?.code == .notEmpty && refusal?.message.contains(engine.location) == true)
            #expect(try await DatabaseCopy.checksums(of: engine).mapValues { $0.checksum } == before.mapValues { $0.checksum })
            // And with --force the data is replaced, the append-only audit log's included
            let forced = try await DatabaseCopy.run(from: try AppDatabase.copySource(path: source), to: engine, force: true, by: CopyFixtures.actor)
            #expect(forced.tables.allSatisfy { $0.ok })
            #expect(try await TestPostgres.count(engine, "audit") == (forced.tables.first { $0.name == "audit" }?.rows ?? -1) + 1)
        }
    }

    @Test func aFailureMidCopyLeavesPostgreSQLAsItWas() async throws {
        try await Self.emptyEngine { engine in
            // Given a PostgreSQL database holding a copy, and a source failing after its first batch of enterprises
            let source = try CopyFixtures.builtInFile()
            _ = try await DatabaseCopy.run(from: try AppDatabase.copySource(path: source), to: engine, force: false, by: CopyFixtures.actor)
            let before = try await DatabaseCopy.checksums(of: engine)
            let failing = FailingSource(base: try AppDatabase.copySource(path: source), table: "enterprise", failAfter: 0)
            // When a forced copy fails part-way (after the target's tables were emptied)
            await #expect(throws: FailingSource<SQLiteCopySource>.Failure.self) {
                try await DatabaseCopy.run(from: failing, to: engine, force: true, by: CopyFixtures.actor)
            }
            // Then every table is as it was
            #expect(try await DatabaseCopy.checksums(of: engine).mapValues { $0.checksum } == before.mapValues { $0.checksum })
        }
    }

    /// Fails when a SQLite migration adds a table or column that no PostgreSQL migration adds, saying what to add.
    @Test func postgreSQLHasEveryTableAndColumnOfSQLite() async throws {
        try await Self.emptyEngine { engine in
            let sqlite = try await AppDatabase.copyTarget(path: "unused").copyTables()
            let postgres = Dictionary(uniqueKeysWithValues: try await engine.copyTables().map { ($0.key, $0) })
            for table in sqlite {
                guard let counterpart = postgres[table.key] else {
                    let message = "SQLite table \(table.name) has no PostgreSQL counterpart: append a migration to "
                        + "PostgresMigrations.all (Sources/ZhizaoPostgres/Migrations) that creates it"
                    Issue.record(Comment(rawValue: message))
                    continue
                }
                let missing = Set(table.columns.map(\.key)).subtracting(counterpart.columns.map(\.key)).sorted()
                let extra = Set(counterpart.columns.map(\.key)).subtracting(table.columns.map(\.key)).sorted()
                #expect(
                    missing.isEmpty,
                    "PostgreSQL's \(table.name) lacks \(missing.joined(separator: ", ")): append a migration to PostgresMigrations.all that adds them")
                #expect(extra.isEmpty, "PostgreSQL's \(table.name) has \(extra.joined(separator: ", ")), which SQLite's lacks")
                #expect(counterpart.primaryKey.map { $0.lowercased() } == table.primaryKey.map { $0.lowercased() }, "primary key of \(table.name)")
            }
            let extraTables = Set(postgres.keys).subtracting(sqlite.map(\.key)).sorted()
            #expect(extraTables.isEmpty, "PostgreSQL has tables SQLite lacks: \(extraTables.joined(separator: ", "))")
        }
    }
}
}
