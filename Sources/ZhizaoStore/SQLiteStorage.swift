import NIOPosix
import ZhizaoStorage

/// The SQLite engine behind the ``Storage`` interface. ``AppDatabase``'s operations block while SQLite works, so
/// each runs on one of a few threads of its own: the calling task is suspended, never a thread of Swift's
/// cooperative executor or NIO's event loops, and a server still answers `/healthz` and cached pages at once while
/// both cores answer registry searches.
public struct SQLiteStorage: Sendable {
    /// The database, for what only SQLite does (backups, restores, the tests' direct reads).
    public let database: AppDatabase
    private let threads: BlockingThreads

    /// As many threads as SQLite can read at once (``AppDatabase/concurrentReads``); more would only wait.
    public init(_ database: AppDatabase) {
        self.database = database
        threads = BlockingThreads(count: database.concurrentReads)
    }

    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await threads.run(work)
    }
}

/// A fixed set of threads for blocking work. The pool stops when the last reference goes.
final class BlockingThreads: Sendable {
    private let pool: NIOThreadPool

    init(count: Int) {
        pool = NIOThreadPool(numberOfThreads: max(1, count))
        pool.start()
    }

    deinit { pool.shutdownGracefully { _ in } }

    /// `work`'s result, computed on one of the threads; the calling task is suspended, not blocked, meanwhile.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await pool.runIfActive(work)
    }
}
