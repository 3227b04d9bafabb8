import Foundation
import GRDB
import Synchronization
import ZhizaoCore
import ZhizaoStorage

/// When a database was last written and, for a backup, when it was taken (`databaseInfo`, migration
/// v7-backup-meta). Times are UTC ISO 8601 with milliseconds, so they compare as text.
public struct DatabaseInfo: Sendable, Equatable {
    public var lastWriteAt: String?
    public var backupTakenAt: String?
}

/// A backup written or restored: where, its size, when it was taken and the rows of the key tables.
public struct BackupSummary: Sendable {
    public var path: String
    public var bytes: Int
    public var info: DatabaseInfo
    /// Rows of each of `AppDatabase.keyTables`, in that order.
    public var counts: [(table: String, rows: Int)]
}

// MARK: - Backup and restore

extension AppDatabase {
    /// The tables a backup summary counts.
    public static let keyTables = ["enterprise", "project", "observation", "target", "document", "pendingFact"]

    /// Writes a consistent copy of the database to `path` while the server reads and writes it: SQLite's online
    /// backup from one read transaction into a temporary file next to `path`, which is moved into place, so a
    /// failure leaves no half file. The copy records when it was taken and is one file (rollback journal, no WAL).
    /// An existing file is replaced only with `force`.
    public func backup(to path: String, force: Bool) throws -> BackupSummary {
        if FileManager.default.fileExists(atPath: path), !force {
            throw StoreError(.exists, "\(path) already exists; use --force to replace it, or give another file name")
        }
        let (info, counts) = try Self.scratch(next: path, moveInto: true) { copy in
            try writer.backup(to: copy)
            return try copy.writeWithoutTransaction { db in
                try db.execute(sql: "UPDATE databaseInfo SET backupTakenAt = \(Self.sqlNow) WHERE id = 1")
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
                return (try Self.info(db), try Self.keyCounts(db))
            }
        }
        return BackupSummary(path: path, bytes: Self.size(path), info: info, counts: counts)
    }

    /// Restores the backup at `file` into the database at `path`, which a server may be reading and writing.
    ///
    /// `file` must be a Zhizao database of this binary's schema or an older one (checked first). It is copied
    /// next to `path` and migrated there, then copied into the live database with SQLite's backup API in one
    /// write transaction: readers see the old data or the restored data, never a mix or an old schema. When
    /// `path` does not exist, the migrated copy is moved there.
    ///
    /// A database written after the backup's last write (its `lastWriteAt` is later) holds changes the backup
    /// lacks; it is replaced only with `force`. A database never written since v7-backup-meta counts as older.
    /// The restore is logged in the restored database, after the backup's own log, as `actor`'s.
    public static func restore(from file: String, to path: String, force: Bool, by actor: Actor) throws -> BackupSummary {
        let source = try openBackup(file)
        let backupInfo = try source.read(Self.info)
        let live = FileManager.default.fileExists(atPath: path) ? try open(path: path) : nil
        // Checked before the copy, to refuse at once, and again just before it replaces the live data, as the
        // server may have written meanwhile.
        let refuseIfNewer = { if let live, !force { try live.refuseIfNewer(than: backupInfo, backup: file) } }
        try refuseIfNewer()
        try scratch(next: path, configuration: configuration, moveInto: live == nil) { copy in
            try source.backup(to: copy)
            _ = try AppDatabase(copy)  // a backup from an older schema is migrated before anyone sees it
            try copy.write { db in
                try audit(
                    actor, "restore",
                    note: note(["file": file, "takenAt": backupInfo.backupTakenAt ?? "", "force": force ? "true" : "false"]), db)
            }
            try refuseIfNewer()
            if let live { try copy.backup(to: live.writer) }
        }
        let restored = try live ?? open(path: path)
        let (info, counts) = try restored.writer.read { db in (try Self.info(db), try keyCounts(db)) }
        return BackupSummary(path: path, bytes: size(path), info: info, counts: counts)
    }

    /// When this database was last written and when the backup it was restored from was taken.
    public func info() throws -> DatabaseInfo {
        try writer.read(Self.info)
    }

    /// Throws when this database was written after the backup's last write: restoring would lose that change.
    func refuseIfNewer(than backup: DatabaseInfo, backup file: String) throws {
        guard let written = try info().lastWriteAt else { return }
        if let backupWritten = backup.lastWriteAt, backupWritten >= written { return }
        let taken = backup.backupTakenAt.map { "taken at \($0)" } ?? "of unknown date"
        throw StoreError(
            .newer,
            "the database was written at \(written), after the backup \(file) (\(taken), last written at "
                + "\(backup.lastWriteAt ?? "an unknown time")): restoring would lose those changes. Back it up first "
                + "(zhizao backup FILE), then restore with --force to replace it")
    }

    /// Opens `file` read-only and checks that it is a sound Zhizao database of this schema or an older one.
    static func openBackup(_ file: String) throws -> DatabaseQueue {
        guard FileManager.default.fileExists(atPath: file) else {
            throw StoreError(.notFound, "\(file) does not exist; give a file written by zhizao backup")
        }
        var readOnly = Configuration()
        readOnly.readonly = true
        let queue: DatabaseQueue
        let applied: Set<String>
        do {
            queue = try DatabaseQueue(path: file, configuration: readOnly)
            applied = try queue.read { db in
                guard try String.fetchOne(db, sql: "PRAGMA quick_check") == "ok" else {
                    throw StoreError(.invalid, "\(file) is damaged (PRAGMA quick_check fails); restore another backup")
                }
                return try Migrations.migrator.appliedIdentifiers(db)
            }
        } catch let error as DatabaseError {
            throw StoreError(.invalid, "\(file) is not a SQLite database (\(error.message ?? "\(error)")); give a file written by zhizao backup")
        }
        guard applied.contains("v1") else {
            throw StoreError(.invalid, "\(file) is a SQLite database but not a Zhizao one (it has no Zhizao migrations)")
        }
        let unknown = applied.subtracting(Migrations.migrator.migrations)
        guard unknown.isEmpty else {
            throw StoreError(
                .invalid,
                "\(file) comes from a newer Zhizao: its schema has migrations this zhizao does not know "
                    + "(\(unknown.sorted().joined(separator: ", "))); restore it with that version of zhizao or a later one")
        }
        return queue
    }

    // MARK: - Helpers

    /// The current time in SQL, as `databaseInfo` keeps it.
    static let sqlNow = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

    static func info(_ db: Database) throws -> DatabaseInfo {
        guard try db.tableExists("databaseInfo") else { return DatabaseInfo() }  // before v7-backup-meta
        let row = try Row.fetchOne(db, sql: "SELECT lastWriteAt, backupTakenAt FROM databaseInfo WHERE id = 1")
        return DatabaseInfo(lastWriteAt: row?["lastWriteAt"], backupTakenAt: row?["backupTakenAt"])
    }

    static func keyCounts(_ db: Database) throws -> [(table: String, rows: Int)] {
        try keyTables.map { ($0, try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? 0) }
    }

    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Runs `fill` on a new database file next to `path`, then moves the file to `path` (`moveInto`, replacing
    /// what is there atomically) or removes it. A failure removes it, so no half file is ever left at `path`.
    @discardableResult
    static func scratch<T>(
        next path: String, configuration: Configuration = Configuration(), moveInto: Bool, _ fill: (DatabaseQueue) throws -> T
    ) throws -> T {
        let temporary = scratchPath(next: path)
        defer { removeScratch(temporary) }
        let queue = try DatabaseQueue(path: temporary, configuration: configuration)
        let result = try fill(queue)
        try queue.close()
        if moveInto { try moveScratch(temporary, to: path) }
        return result
    }

    /// Where a new database file for `path` is built: next to it, so that moving it there is one rename.
    static func scratchPath(next path: String) -> String { "\(path).partial-\(ProcessInfo.processInfo.processIdentifier)" }

    /// Removes a scratch file and its journals.
    static func removeScratch(_ temporary: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
    }

    /// Moves a closed scratch file to `path`, replacing what is there atomically (and the old file's WAL files).
    static func moveScratch(_ temporary: String, to path: String) throws {
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        guard rename(temporary, path) == 0 else {
            throw StoreError(.invalid, "cannot move \(temporary) to \(path): \(String(cString: strerror(errno)))")
        }
    }
}

// MARK: - The time of the last write

/// Keeps `databaseInfo.lastWriteAt`: after each commit on a connection that changed rows, the time is written in
/// a transaction of its own. Every write counts, whichever method (or future method) made it, raw statements
/// included: `sqlite3_total_changes` counts the connection's changed rows, so no call site has to remember, and
/// no trigger fires per row of a million-row import. Read-only connections are never told of commits. It also counts
/// the writes it records in this process (``localWrites``), for values kept until the next write (``UntilNextWrite``).
final class WriteClock: TransactionObserver {
    private static let recorded = Atomic<Int>(0)
    private var changesSeen = 0
    private var writing = false

    /// How many writes the clocks of this process's connections have recorded.
    static var localWrites: Int { recorded.load(ordering: .acquiring) }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { false }
    func databaseDidChange(with event: DatabaseEvent) {}
    func databaseDidRollback(_ db: Database) {}

    func databaseDidCommit(_ db: Database) {
        guard !writing, db.totalChangesCount != changesSeen else { return }
        writing = true  // the update below commits too
        defer {
            writing = false
            changesSeen = db.totalChangesCount
        }
        Self.recorded.add(1, ordering: .releasing)
        // Fails only while the migrations before v7-backup-meta run: there is no table to write to yet.
        try? db.execute(sql: "UPDATE databaseInfo SET lastWriteAt = \(AppDatabase.sqlNow) WHERE id = 1")
    }
}
