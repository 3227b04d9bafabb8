import Foundation
import GRDB
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoDataset
import ZhizaoStorage

/// The Zhizao database: migrated on open, written through intent-named methods, never raw SQL from callers.
public final class AppDatabase: Sendable {
    let writer: any DatabaseWriter
    /// The registry counted by district, park and industry class, kept until the next write: every region ×
    /// industry table (specialisation, opportunities) is summed from it.
    let registryCells = UntilNextWrite<RegistryCells>()
    /// The stored target lists classified to chain links, kept until the next write (``classifiedLists(_:)``).
    let classifiedLists = UntilNextWrite<[String: [ClassifiedOutsideFirm]]>()

    /// Wraps and migrates `writer` (a `DatabasePool` for files, a `DatabaseQueue` in memory).
    public init(_ writer: any DatabaseWriter) throws {
        self.writer = writer
        try Migrations.migrator.migrate(writer)
    }

    /// Runs `body` in the read transaction of an enclosing ``inOneRead(_:)`` on this task, or in a new one.
    /// The reads a consistent snapshot combines go through here rather than `writer.read`.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        if let open = Self.openRead { return try body(open.db) }
        return try writer.read(body)
    }

    /// Runs `body`'s reads (those made with ``read(_:)``) in one read transaction, so that they see one state
    /// of the database even while another connection writes.
    func inOneRead<T>(_ body: () throws -> T) throws -> T {
        try writer.read { db in try Self.$openRead.withValue(OpenRead(db: db)) { try body() } }
    }

    /// The connection of the read transaction ``inOneRead(_:)`` holds open; only ever read on the thread that
    /// bound it, inside that transaction.
    struct OpenRead: @unchecked Sendable { let db: Database }
    @TaskLocal static var openRead: OpenRead?

    /// How many reads can run at once: a pool's readers (GRDB's default, 5), one for an in-memory queue.
    public var concurrentReads: Int {
        (writer as? DatabasePool)?.configuration.maximumReaderCount ?? 1
    }

    /// The default path when no `--db` is given: `zhizao.sqlite` in the working directory.
    public static let defaultPath = "zhizao.sqlite"

    /// Opens the database at `path` in WAL mode; creates it with the built-in dataset when it does not exist.
    public static func open(path: String) throws -> AppDatabase {
        if !FileManager.default.fileExists(atPath: path) { try create(path: path, force: false) }
        return try AppDatabase(DatabasePool(path: path, configuration: configuration))
    }

    /// Creates the database at `path` with the built-in Guangzhou 2020 dataset. It is built in a temporary file
    /// and moved into place, so a failure leaves no half-made database; an existing file is replaced only with
    /// `force`.
    public static func create(path: String, force: Bool) throws {
        let files = FileManager.default
        if files.fileExists(atPath: path), !force {
            throw StoreError(.exists, "\(path) already exists; use --force to replace it with the built-in dataset")
        }
        let temporary = path + ".creating-\(ProcessInfo.processInfo.processIdentifier)"
        defer { try? files.removeItem(atPath: temporary) }
        do {
            let queue = try DatabaseQueue(path: temporary, configuration: configuration)
            let database = try AppDatabase(queue)
            try database.load(try BuiltInDataset.guangzhou2020())
            try queue.write { try audit(.local("zhizao", via: "built-in dataset"), "create", note: note(["dataset": "guangzhou-2020"]), $0) }
            try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
            try queue.close()
        }
        for suffix in ["-wal", "-shm"] { try? files.removeItem(atPath: path + suffix) }
        if files.fileExists(atPath: path) { try files.removeItem(atPath: path) }
        try files.moveItem(atPath: temporary, toPath: path)
    }

    /// An empty in-memory database, for tests.
    public static func inMemory() throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: configuration))
    }

    /// An in-memory database holding the built-in dataset, for tests and demos.
    public static func builtIn() throws -> AppDatabase {
        let database = try inMemory()
        try database.load(try BuiltInDataset.guangzhou2020())
        return database
    }

    /// A connection's page cache in SQLite's units (negative: KiB).
    static let pageCacheKiB = -16384

    static var configuration: Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Commands (import, backup, restore) write while `zhizao serve` reads and writes the same file: a writer
        // waits for another's commit instead of failing at once with SQLITE_BUSY.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            db.add(transactionObserver: WriteClock(), extent: .databaseLifetime)
            // WAL's NORMAL sync keeps every commit atomic; a power cut may lose only the last commits.
            // A 16 MB page cache a connection keeps a server with its pool of readers small. (Memory-mapped
            // reads were 50 % faster on uncached searches but each reader's map counted in the resident
            // memory again: 875 MB against 180 MB; see docs/PERFORMANCE.md.)
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = \(pageCacheKiB); PRAGMA temp_store = MEMORY")
        }
        return configuration
    }
}
