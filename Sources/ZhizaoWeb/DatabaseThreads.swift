import NIOPosix

/// The threads on which request handlers do their synchronous database work (and the rendering that goes with
/// it), so that no query ever blocks a thread of Swift's cooperative executor or NIO's event loops: with both
/// cores busy answering registry searches, `/healthz` and cached pages are still answered at once.
///
/// As many threads as SQLite can read at once (`AppDatabase.concurrentReads`); more would only wait for a reader.
/// The pool is stopped when the last reference goes (the router's end).
final class DatabaseThreads: Sendable {
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

    /// Starts `work` on one of the threads and returns at once.
    func start(_ work: @escaping @Sendable () -> Void) {
        pool.submit { state in
            if case .active = state { work() }
        }
    }
}
