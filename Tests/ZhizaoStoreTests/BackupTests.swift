import Foundation
import GRDB
import Synchronization
import Testing
@testable import ZhizaoStore
import ZhizaoStorage

/// Backups taken while the database is written, and restores into a database others read.
@Suite struct BackupTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-backup-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) }

    private func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Writes a source and a document citing it in one transaction: a consistent copy holds as many of each.
    private static func writePair(_ database: AppDatabase, _ n: Int) throws {
        try database.writer.write { db in
            try db.execute(sql: "INSERT INTO source (id, titleZh) VALUES (?, '测试')", arguments: ["bk-\(n)"])
            try db.execute(
                sql: "INSERT INTO document (sourceId, title, text) VALUES (?, '测试', ?)", arguments: ["bk-\(n)", "第\(n)篇"])
        }
    }

    private static func pairs(_ reader: some DatabaseReader) throws -> (sources: Int, documents: Int) {
        try reader.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM source WHERE id LIKE 'bk-%'") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM document WHERE sourceId LIKE 'bk-%'") ?? 0
            )
        }
    }

    @Test func aBackupTakenWhileAnotherTaskWritesIsSoundAndConsistent() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        // Given a database file that a task writes in a loop,
        let database = try AppDatabase.open(path: path("live.sqlite"))
        let stop = Atomic(false), written = Atomic(0)
        let writer = Task.detached {
            var n = 0
            while !stop.load(ordering: .relaxed) {
                try Self.writePair(database, n)
                n += 1
                written.store(n, ordering: .relaxed)
            }
        }
        while written.load(ordering: .relaxed) < 20 { try await Task.sleep(for: .milliseconds(5)) }
        // When backups are taken meanwhile,
        let summaries = try (1...3).map { try database.backup(to: path("backup-\($0).sqlite"), force: false) }
        stop.store(true, ordering: .relaxed)
        try await writer.value
        // Then each opens, passes the integrity check, holds whole transactions only, and says when it was taken.
        let builtInDocuments = try await database.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM document WHERE sourceId NOT LIKE 'bk-%'") ?? 0
        }
        for summary in summaries {
            let copy = try DatabaseQueue(path: summary.path)
            #expect(try await copy.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
            let (sources, documents) = try Self.pairs(copy)
            #expect(sources == documents && sources >= 20)
            #expect(summary.info.backupTakenAt != nil && summary.info.lastWriteAt != nil)
            #expect(summary.counts.first { $0.table == "document" }?.rows == builtInDocuments + documents)
        }
        let firstCopy = try Self.pairs(DatabaseQueue(path: summaries[0].path)).documents
        #expect(written.load(ordering: .relaxed) > firstCopy)  // writes went on after it
        // and an existing file is replaced only with force.
        #expect(throws: StoreError.self) { try database.backup(to: summaries[0].path, force: false) }
        _ = try database.backup(to: summaries[0].path, force: true)
    }

    @Test func restoreBringsBackTheDataForReadersAlreadyOpenAndRefusesToLoseLaterWrites() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        // Given a database a server holds open, backed up after one write,
        let live = path("live.sqlite"), backup = path("backup.sqlite")
        let server = try AppDatabase.open(path: live)
        try Self.writePair(server, 1)
        _ = try server.backup(to: backup, force: false)
        // (restoring it at once loses nothing)
        _ = try AppDatabase.restore(from: backup, to: live, force: false, by: .test)
        // When the database is written again,
        try Self.writePair(server, 2)
        // Then the backup is restored only with force, saying what to do,
        let error = try #require(throws: StoreError.self) { try AppDatabase.restore(from: backup, to: live, force: false, by: .test) }
        #expect(error.code == .newer && error.message.contains("--force") && error.message.contains("zhizao backup"))
        #expect(try Self.pairs(server.writer) == (2, 2))
        let summary = try AppDatabase.restore(from: backup, to: live, force: true, by: .test)
        // and the server's open connections read the restored data.
        #expect(try Self.pairs(server.writer) == (1, 1))
        #expect(summary.info.backupTakenAt != nil)
        // and the restore is in the restored log (the backup's own log, then the restore)
        #expect(try server.auditEntries(.init(action: "restore")).map { $0.noteValues.first { $0.key == "force" }?.value } == ["true"])
        #expect(try DatabaseQueue(path: live).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    }

    @Test func restoreMigratesABackupFromAnOlderSchemaIntoANewFile() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        // Given a database of schema v5 (before v7-backup-meta),
        let old = path("old.sqlite")
        let queue = try DatabaseQueue(path: old)
        try Migrations.migrator.migrate(queue, upTo: "v5")
        try queue.write { try $0.execute(sql: "INSERT INTO source (id, titleZh) VALUES ('bk-old', '旧')") }
        try queue.close()
        // When it is restored where no database is,
        let restored = path("restored.sqlite")
        _ = try AppDatabase.restore(from: old, to: restored, force: false, by: .test)
        // Then the new database has the data and the latest schema.
        let database = try AppDatabase.open(path: restored)
        #expect(try database.sources().map(\.id) == ["bk-old"])
        #expect(try database.writer.read { try Migrations.migrator.hasCompletedMigrations($0) })
        #expect(!FileManager.default.fileExists(atPath: restored + ".partial-\(ProcessInfo.processInfo.processIdentifier)"))
    }

    @Test(arguments: ["not a database", "sqlite but not Zhizao", "newer schema", "missing"])
    func restoreRefusesWhatItCannotRestore(kind: String) throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        // Given a file that is not a backup this binary can restore,
        let file = path("file.sqlite"), live = path("live.sqlite")
        let expected: String
        switch kind {
        case "not a database":
            try Data("智造 is not SQLite\n".utf8).write(to: URL(fileURLWithPath: file))
            expected = "is not a SQLite database"
        case "sqlite but not Zhizao":
            try DatabaseQueue(path: file).write { try $0.execute(sql: "CREATE TABLE t (x)") }
            expected = "not a Zhizao one"
        case "newer schema":
            _ = try AppDatabase.open(path: live).backup(to: file, force: false)
            try DatabaseQueue(path: file).write {
                try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')")
            }
            expected = "newer Zhizao"
        default:
            expected = "does not exist"
        }
        let before = try AppDatabase.open(path: live).info()
        // When it is restored, then it is refused with a message saying why, and the database is untouched.
        let error = try #require(throws: StoreError.self) { try AppDatabase.restore(from: file, to: live, force: true, by: .test) }
        #expect(error.message.contains(expected), "\(error.message)")
        #expect(try AppDatabase.open(path: live).info() == before)
    }
}
