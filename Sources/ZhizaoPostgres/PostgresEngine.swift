import Logging
import PostgresNIO

/// One PostgreSQL database: a pool of connections from ``PostgresSettings``, transactions retried by its
/// ``RetryPolicy``, and every statement limited by the settings' statement timeout (set for each connection at
/// start-up, so a slow query cannot hold a request forever).
///
/// The pool runs in a task of its own from ``init(settings:logger:)`` until ``shutdown()``.
public final class PostgresEngine: Sendable {
    public let settings: PostgresSettings
    let client: PostgresClient
    /// The logger statements are given (`connection.query(…, logger:)`).
    public let logger: Logger
    let retry: RetryPolicy
    /// Ends a lease whose connection closes under it (``ConnectionWatch``).
    let watch = ConnectionWatch(grace: PostgresEngine.closeGrace)
    /// How long a lease's work may still run after its connection closed before the lease fails as lost.
    static let closeGrace: Duration = .seconds(2)
    /// Values kept until the next write (the region × industry cells, the classified target lists).
    let kept = PostgresKeptValues()
    private let running: Task<Void, Never>

    public init(settings: PostgresSettings, logger: Logger = Logger(label: "zhizao.postgres")) {
        self.settings = settings
        self.logger = logger
        retry = RetryPolicy(retries: settings.retries)
        client = PostgresClient(configuration: Self.configuration(settings), backgroundLogger: logger)
        let client = client
        // Started at once (not scheduled), so the pool counts as running before the first query asks for a connection.
        running = Task.immediate { await client.run() }
    }

    /// Stops the pool; the engine serves nothing afterwards.
    public func shutdown() async {
        running.cancel()
        _ = await running.value
    }

    /// The client configuration for `settings`: endpoint, pool size, timeouts.
    static func configuration(_ settings: PostgresSettings) -> PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        switch settings.endpoint {
        case .tcp(let host, let port):
            configuration = .init(
                host: host, port: port, username: settings.user, password: settings.password, database: settings.database,
                tls: .disable)
        case .socket(let directory, let port):
            configuration = .init(
                unixSocketPath: "\(directory)/.s.PGSQL.\(port)", username: settings.user, password: settings.password,
                database: settings.database)
        }
        configuration.options.maximumConnections = settings.poolSize
        configuration.options.connectTimeout = .seconds(settings.connectTimeoutSeconds)
        configuration.options.additionalStartupParameters = [
            ("statement_timeout", String(settings.statementTimeoutMilliseconds)),
            ("application_name", "zhizao"),
        ]
        return configuration
    }

    /// Runs `body` in a transaction, again from the start on a serialization failure or lost connection. The
    /// error `body` throws reaches the caller as it is (an ``ImportError`` stays one); the transaction is rolled back.
    public func transaction<Result: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> Result) async throws -> Result {
        try await retry.run {
            try await leased { connection in try await Self.inTransaction(connection, logger: self.logger, body) }
        }
    }

    /// Runs `body` in a ``transaction(_:)`` without the statement timeout, for an import: its statements (the `COPY`,
    /// the merge, the index builds) take as long as its file needs, minutes at millions of rows, while the timeout is
    /// there to bound a request's reads. copy-db lifts it the same way.
    func importTransaction<Result: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> Result) async throws -> Result {
        try await transaction { connection in
            try await connection.query("SET LOCAL statement_timeout = 0", logger: self.logger)
            return try await body(connection)
        }
    }

    /// Runs `body` on a connection of the pool, once, refused first when it has closed (``open(_:)``) and ended as
    /// lost when it closes under `body` (``ConnectionWatch``). Every lease of the engine goes through here but
    /// copy-db's (``leasedInPlace(_:)``).
    func leased<Result: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> Result) async throws -> Result {
        try await leasedInPlace { [watch] connection in try await watch.run(on: connection) { try await body(connection) } }
    }

    /// Runs `body` on a connection of the pool, once, refused first when it has closed, without the watch: for copy-db's
    /// snapshot and replace, whose bodies (the copy's protocols) can run only in their caller's task. A connection the
    /// server ends between two of their statements is not caught (docs/ARCHITECTURE.md).
    func leasedInPlace<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        try await client.withConnection { connection in try await body(try Self.open(connection)) }
    }

    /// `connection`, unless it has closed: PostgresNIO 1.33 never answers a statement written to a closed
    /// connection, so one the pool hands out just as the server ends it is refused here, to be retried on another.
    static func open(_ connection: PostgresConnection) throws -> PostgresConnection {
        guard connection.isClosed else { return connection }
        throw PostgresEngineError(.lostConnection, "the connection to PostgreSQL closed before its first statement")
    }

    /// `BEGIN`, `body`, then `COMMIT`, or `ROLLBACK` when `body` throws.
    nonisolated(nonsending) static func inTransaction<Result: Sendable>(
        _ connection: PostgresConnection, logger: Logger, _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await connection.query("BEGIN", logger: logger)
        let result: Result
        do {
            result = try await body(connection)
        } catch {
            // A connection the server has ended takes no more statements: PostgresNIO may never answer one, and the
            // server has rolled the transaction back already.
            if !connection.isClosed, !RetryPolicy.isLostConnection(error) { _ = try? await connection.query("ROLLBACK", logger: logger) }
            throw error
        }
        try await connection.query("COMMIT", logger: logger)
        return result
    }

    /// Runs `body` on one connection outside any transaction (one-statement reads and writes, advisory locks,
    /// `CREATE DATABASE`).
    public func withConnection<Result: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> Result) async throws -> Result {
        try await retry.run { try await leased(body) }
    }

    /// The one value of a query that returns one row of one column.
    static func single<Value: PostgresDecodable & Sendable>(_ type: Value.Type, _ rows: PostgresRowSequence) async throws -> Value {
        for try await value in rows.decode(Value.self) { return value }
        throw PostgresEngineError(.server, "the server returned no row where one was expected")
    }
}
