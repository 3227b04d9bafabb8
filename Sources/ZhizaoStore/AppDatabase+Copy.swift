import Foundation
import GRDB
import ZhizaoCopy
import ZhizaoCore
import ZhizaoStorage

// MARK: - copy-db on SQLite

extension AppDatabase {
    /// The database file at `path` as the source of a copy. It must exist; it is migrated when older.
    public static func copySource(path: String) throws -> SQLiteCopySource {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError(.notFound, "\(path) does not exist; give the path of the SQLite database to copy from")
        }
        _ = try open(path: path)
        return SQLiteCopySource(path: path)
    }

    /// The database file at `path` (which may not exist yet) as the target of a copy.
    public static func copyTarget(path: String) -> SQLiteCopyTarget { SQLiteCopyTarget(path: path) }
}

/// A SQLite file read for a copy: one read transaction held open on a connection of its own (`BEGIN`, then every
/// page through it until `ROLLBACK`), so that every table comes from the same moment while a server writes.
public struct SQLiteCopySource: CopySource {
    let path: String
    public var location: String { path }

    public func copyTables() async throws -> [CopyTable] { try SQLiteCopy.tables(at: path) }

    public func withSnapshot<Result: Sendable>(_ body: (any CopyRows) async throws -> Result) async throws -> Result {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.allowsUnsafeTransactions = true
        configuration.busyMode = .timeout(10)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try await queue.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN DEFERRED")
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")  // the snapshot starts at the first read
        }
        defer { try? queue.close() }
        do {
            let result = try await body(SQLiteCopyRows(queue: queue))
            try await queue.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
            return result
        } catch {
            _ = try? await queue.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
            throw error
        }
    }
}

/// A SQLite file written by a copy. The copy is built in a new file next to the target (a migrated, empty Zhizao
/// database, foreign keys checked once at the end), read back there for the checksums, and then either moved into
/// place (no database yet) or copied into the live database with SQLite's backup API in one write transaction, as
/// `restore` does: a server reading it sees the old data or the new, and a failure leaves it as it was.
public struct SQLiteCopyTarget: CopyTarget {
    let path: String
    public var location: String { path }

    public func copyTables() async throws -> [CopyTable] {
        try SQLiteCopy.tables(in: try AppDatabase.inMemory().writer)
    }

    public func replace<Result: Sendable>(_ body: (any CopyWriter) async throws -> Result) async throws -> Result {
        let live = FileManager.default.fileExists(atPath: path) ? try AppDatabase.open(path: path) : nil
        let temporary = AppDatabase.scratchPath(next: path)
        defer { AppDatabase.removeScratch(temporary) }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false  // rows come parents first, but a table may refer to itself
        let scratch = try DatabaseQueue(path: temporary, configuration: configuration)
        defer { try? scratch.close() }
        _ = try AppDatabase(scratch)
        let result = try await body(SQLiteCopyWriter(scratch: scratch, live: live))
        if let live {
            try scratch.backup(to: live.writer)
        } else {
            try await scratch.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            try scratch.close()
            try AppDatabase.moveScratch(temporary, to: path)
        }
        return result
    }
}

/// Pages of a table's rows in key order, each read after the last key of the page before (`WHERE (k…) > (…)`).
struct SQLiteCopyRows: CopyRows {
    let queue: DatabaseQueue
    static let pageSize = 10_000

    func count(_ table: String) async throws -> Int {
        try await queue.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table.quotedDatabaseIdentifier)") ?? 0 }
    }

    func rows(_ read: CopyRead, batch: ([[CopyValue]]) async throws -> Void) async throws {
        let names = read.columns.map(\.name.quotedDatabaseIdentifier).joined(separator: ", ")
        // Text keys compare byte by byte whatever the column's collation, as PostgreSQL's side does with "C".
        let order = read.order.map { $0.name.quotedDatabaseIdentifier + ($0.kind == .text ? " COLLATE BINARY" : "") }
        let keyIndexes = read.order.map { key in read.columns.firstIndex(of: key)! }
        let select = "SELECT \(names) FROM \(read.table.quotedDatabaseIdentifier)"
        let after = " WHERE (\(order.joined(separator: ", "))) > (\(order.map { _ in "?" }.joined(separator: ", ")))"
        let tail = " ORDER BY \(order.joined(separator: ", ")) LIMIT \(Self.pageSize)"
        var lastKey: [DatabaseValue]?
        while true {
            let key = lastKey
            let page = try await queue.writeWithoutTransaction { db in
                let sql = select + (key == nil ? "" : after) + tail
                return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(key ?? [])).map { row in
                    (0..<row.count).map { SQLiteCopy.value(row[$0] as DatabaseValue) }
                }
            }
            guard let last = page.last else { return }
            try await batch(page)
            guard page.count == Self.pageSize else { return }
            lastKey = keyIndexes.map { SQLiteCopy.databaseValue(last[$0]) }
        }
    }
}

/// The target's side of a copy into SQLite: writes go into the scratch file, the existing data is counted in the
/// live database.
struct SQLiteCopyWriter: CopyWriter {
    let scratch: DatabaseQueue
    let live: AppDatabase?

    private var rows: SQLiteCopyRows { SQLiteCopyRows(queue: scratch) }

    func count(_ table: String) async throws -> Int { try await rows.count(table) }

    func rows(_ read: CopyRead, batch: ([[CopyValue]]) async throws -> Void) async throws {
        try await rows.rows(read, batch: batch)
    }

    func existingRows(_ table: String) async throws -> Int {
        guard let live else { return 0 }
        return try await live.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table.quotedDatabaseIdentifier)") ?? 0 }
    }

    /// The scratch file is new: only the rows its migrations made (`databaseInfo`'s) are there to remove.
    func clear(_ tables: [CopyTable]) async throws {
        try await scratch.write { db in
            for table in tables { try db.execute(sql: "DELETE FROM \(table.name.quotedDatabaseIdentifier)") }
        }
    }

    func load(_ read: CopyRead, _ feed: (_ send: (CopyBatch) async throws -> Void) async throws -> Void) async throws {
        let sql = "INSERT INTO \(read.table.quotedDatabaseIdentifier) (\(read.columns.map(\.name.quotedDatabaseIdentifier).joined(separator: ", "))) "
            + "VALUES (\(read.columns.map { _ in "?" }.joined(separator: ", ")))"
        try await feed { batch in
            try await scratch.write { db in
                let statement = try db.cachedStatement(sql: sql)
                for row in batch.rows {
                    statement.setUncheckedArguments(StatementArguments(row.map(SQLiteCopy.databaseValue)))
                    try statement.execute()
                }
            }
        }
    }

    /// Foreign keys checked (they were off while tables filled), and the enterprise name index rebuilt (the place
    /// and project index is kept by triggers as rows arrive).
    func finish(_ tables: [CopyTable]) async throws {
        try await scratch.write { db in
            if let broken = try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") {
                let table: String = broken[0]
                let parent: String = broken[2]
                throw CopyError(
                    .verification,
                    "a row of \(table) (rowid \(broken[1] as DatabaseValue)) refers to a row of \(parent) that the source "
                        + "lacks: repair the source (PRAGMA foreign_key_check), then copy again")
            }
            try db.execute(sql: "INSERT INTO enterpriseSearch(enterpriseSearch) VALUES ('rebuild')")
        }
    }

    func recordCopy(from source: String, tables: Int, rows: Int, by actor: Actor) async throws {
        try await scratch.write { db in
            try AppDatabase.audit(
                actor, "copy", record: ("database", source),
                note: AppDatabase.note(["from": source, "tables": "\(tables)", "rows": "\(rows)"]), db)
            try db.execute(sql: "UPDATE databaseInfo SET lastWriteAt = \(AppDatabase.sqlNow) WHERE id = 1")
        }
    }
}

/// SQLite's tables and values as a copy sees them.
enum SQLiteCopy {
    static func tables(at path: String) throws -> [CopyTable] {
        var configuration = Configuration()
        configuration.readonly = true
        return try tables(in: try DatabaseQueue(path: path, configuration: configuration))
    }

    /// The data tables of `reader`'s database: not SQLite's own, GRDB's migration record, FTS5 tables or their
    /// shadow tables (`PRAGMA table_list` types those `virtual` and `shadow`). A table with a rowid that no
    /// column aliases (a text primary key) has it as a column `rowid`, as PostgreSQL's v4 has.
    static func tables(in reader: some DatabaseReader) throws -> [CopyTable] {
        try reader.read { db in
            let listed = try Row.fetchAll(
                db,
                sql: """
                    SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
                    AND name NOT LIKE 'sqlite%' AND name <> 'grdb_migrations' ORDER BY name
                    """)
            return try listed.map { listing in
                let name: String = listing["name"]
                let withoutRowid: Bool = listing["wr"]
                let columns = try Row.fetchAll(db, sql: "SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid", arguments: [name])
                let key = columns.filter { ($0["pk"] as Int) > 0 }.sorted { ($0["pk"] as Int) < ($1["pk"] as Int) }.map { $0["name"] as String }
                let references = try String.fetchAll(db, sql: "SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)", arguments: [name])
                let aliasesRowid = key.count == 1
                    && columns.contains { ($0["name"] as String) == key[0] && ($0["type"] as String).uppercased() == "INTEGER" }
                // A rowid that no column names orders the store's lists: it is copied as a column `rowid`.
                let hiddenRowid = !withoutRowid && !aliasesRowid
                return CopyTable(
                    name: name,
                    columns: columns.map { CopyColumn(name: $0["name"], kind: kind($0["type"])) }
                        + (hiddenRowid ? [CopyColumn(name: "rowid", kind: .integer)] : []),
                    primaryKey: key, references: Set(references.map { $0.lowercased() }).subtracting([name.lowercased()]),
                    identity: aliasesRowid ? key[0] : hiddenRowid ? "rowid" : nil)
            }
        }
    }

    /// The kind of a declared column type, by SQLite's affinity rules.
    static func kind(_ declared: String) -> CopyColumn.Kind {
        let type = declared.uppercased()
        if type.contains("INT") { return .integer }
        if type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB") { return .real }
        return .text
    }

    static func value(_ value: DatabaseValue) -> CopyValue {
        switch value.storage {
        case .null: .null
        case .int64(let number): .integer(Int(number))
        case .double(let number): .real(number)
        case .string(let text): .text(text)
        case .blob(let data): .text(String(decoding: data, as: UTF8.self))
        }
    }

    static func databaseValue(_ value: CopyValue) -> DatabaseValue {
        switch value {
        case .null: .null
        case .integer(let number): number.databaseValue
        case .real(let number): number.databaseValue
        case .text(let text): text.databaseValue
        }
    }
}
