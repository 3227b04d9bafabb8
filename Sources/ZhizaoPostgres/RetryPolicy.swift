import PostgresNIO

/// When a failed transaction is run again: on a serialization failure (SQLSTATE 40001), a deadlock (40P01) or a
/// lost connection (the socket closed, SQLSTATE class 08, the server ending the session: 57P01–57P03, or the pool
/// giving a connection that had closed), at most `retries` more times, waiting a little longer each time. Any other error, and the
/// last attempt's error, go to the caller.
public struct RetryPolicy: Sendable {
    public var retries: Int
    /// The wait before the first retry; each later one doubles it.
    public var firstDelay: Duration

    public init(retries: Int, firstDelay: Duration = .milliseconds(20)) {
        self.retries = retries
        self.firstDelay = firstDelay
    }

    /// Runs `attempt` until it succeeds, fails for a reason not worth retrying, or has been retried `retries` times.
    public func run<Result: Sendable>(
        isRetryable: (any Error) -> Bool = RetryPolicy.isTransient, _ attempt: () async throws -> Result
    ) async throws -> Result {
        var delay = firstDelay
        for _ in 0..<retries {
            do {
                return try await attempt()
            } catch where isRetryable(error) {
                try await Task.sleep(for: delay)
                delay *= 2
            }
        }
        return try await attempt()
    }

    /// SQLSTATEs whose transaction may succeed when run again (besides class 08, connection exceptions).
    static let transientStates: Set<String> = ["40001", "40P01", "57P01", "57P02", "57P03"]

    /// Whether `error` is a serialization failure, a deadlock or a lost connection.
    public static func isTransient(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError else { return isLostConnection(error) }
        if let state = error.serverInfo?[.sqlState] { return transientStates.contains(state) || state.hasPrefix("08") }
        return isLostConnection(error)
    }

    /// Whether `error` says the connection is gone: the server ended the session (57P01–57P03), a connection
    /// exception (class 08), the socket closed, or the pool gave a closed connection.
    public static func isLostConnection(_ error: any Error) -> Bool {
        if (error as? PostgresEngineError)?.code == .lostConnection { return true }
        guard let error = error as? PSQLError else { return false }
        if let state = error.serverInfo?[.sqlState] { return state.hasPrefix("57P0") || state.hasPrefix("08") }
        return [.serverClosedConnection, .connectionError, .uncleanShutdown].contains(error.code)
    }
}
