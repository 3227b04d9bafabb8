import PostgresNIO
import Synchronization
import Testing
@testable import ZhizaoPostgres

/// Retries, statement timeouts and the locale check, against the test cluster.
extension PostgresServerTests {
@Suite struct PostgresEngineTests {
    /// Raises `state` as the server would, inside a transaction.
    static func raise(_ state: String, _ connection: PostgresConnection) async throws {
        try await connection.query(
            PostgresQuery(unsafeSQL: "DO $$ BEGIN RAISE EXCEPTION 'test' USING ERRCODE = '\(state)'; END $$"), logger: .init(label: "t"))
    }

    @Test func aSerializationFailureIsRetriedUntilTheTransactionSucceeds() async throws {
        try await TestPostgres.withEngine(migrated: false, { $0.retries = 3 }) { engine in
            let attempts = Atomic(0)
            let result = try await engine.transaction { connection in
                if attempts.add(1, ordering: .relaxed).newValue < 3 { try await Self.raise("40001", connection) }
                return "done"
            }
            #expect(result == "done")
            #expect(attempts.load(ordering: .relaxed) == 3)
        }
    }

    @Test func aTransactionWhoseConnectionIsLostIsRunAgainOnANewOne() async throws {
        // Given a transaction whose connection an administrator ends from another session while its first attempt
        // runs a statement (as a restart or a failover would: SQLSTATE 57P01, then the socket closed)
        try await Self.expectRunAgainAfterItsConnectionEnds { engine, connection, pid in
            async let ending: Void = Self.end(pid, engine)
            _ = try await connection.query("SELECT pg_sleep(30)", logger: engine.logger).collect()
            try await ending
        }
    }

    @Test func aTransactionWhoseConnectionIsEndedBetweenTwoStatementsIsRunAgainOnANewOne() async throws {
        // Given a transaction whose connection the server ends after one statement and before the next, once the
        // client has seen the socket close (PostgresNIO never answers a statement written then: without the
        // engine's watch this waits forever)
        try await Self.expectRunAgainAfterItsConnectionEnds { engine, connection, pid in
            _ = try await engine.withConnection { other in
                try await other.query("SELECT pg_terminate_backend(\(pid))", logger: engine.logger).collect()
            }
            for _ in 0..<500 where !connection.isClosed { try await Task.sleep(for: .milliseconds(10)) }
            #expect(connection.isClosed)
        }
    }

    /// Runs a transaction that adds an account and reads the accounts back, whose first attempt calls `ending` with
    /// its connection and that connection's server process after the write; expects the transaction to have run
    /// again on a new connection and written once. Fails, rather than hangs, if it does not end in 30 s.
    static func expectRunAgainAfterItsConnectionEnds(
        _ ending: @escaping @Sendable (PostgresEngine, PostgresConnection, Int32) async throws -> Void
    ) async throws {
        try await TestPostgres.withEngine({ $0.retries = 2 }) { engine in
            let attempts = Atomic(0)
            let names = try await within(.seconds(30)) {
                try await engine.transaction { connection in
                    try await connection.query(
                        "INSERT INTO account (name, role, passwordHash, createdAt) VALUES ('li', 'viewer', 'x', '2026-12-02T00:00:00Z')",
                        logger: engine.logger)
                    if attempts.add(1, ordering: .relaxed).newValue == 1 {
                        let pid = try await PostgresEngine.single(
                            Int32.self, try await connection.query("SELECT pg_backend_pid()", logger: engine.logger))
                        try await ending(engine, connection, pid)
                    }
                    let rows = try await connection.query("SELECT name FROM account", logger: engine.logger)
                    var names: [String] = []
                    for try await name in rows.decode(String.self) { names.append(name) }
                    return names
                }
            }
            // Then it ran again on a new connection and wrote once
            #expect(attempts.load(ordering: .relaxed) == 2)
            #expect(names == ["li"])
            #expect(try await engine.accounts().map(\.name) == ["li"])
        }
    }

    /// `work`'s result, or a failure when it has not ended after `limit`: a test of a hang fails instead of hanging
    /// (the stalled work is left behind).
    static func within<Value: Sendable>(_ limit: Duration, _ work: @escaping @Sendable () async throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            let outcome = Outcome(continuation)
            Task {
                do { outcome.resume(.success(try await work())) } catch { outcome.resume(.failure(error)) }
            }
            Task {
                try? await Task.sleep(for: limit)
                outcome.resume(.failure(PostgresEngineError(.server, "still waiting after \(limit): it hangs")))
            }
        }
    }

    /// Ends the server session `pid` from another connection once it is running a statement.
    static func end(_ pid: Int32, _ engine: PostgresEngine) async throws {
        try await engine.withConnection { other in
            while try await PostgresEngine.single(
                Bool.self,
                try await other.query(
                    "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = \(pid) AND state = 'active')", logger: engine.logger))
                == false
            {
                try await Task.sleep(for: .milliseconds(10))
            }
            _ = try await other.query("SELECT pg_terminate_backend(\(pid))", logger: engine.logger).collect()
        }
    }

    @Test func aConnectionThatHasClosedIsRefusedBeforeItsFirstStatementAndTheNextLeaseWorks() async throws {
        try await TestPostgres.withEngine(migrated: false) { engine in
            // A connection that closed while leased (as one the pool hands out just as the server ends it) takes no
            // statement — PostgresNIO would never answer it — and the refusal is one the retry policy retries
            try await engine.withConnection { connection in
                try await connection.close()
                let error = try #require(throws: PostgresEngineError.self) { try PostgresEngine.open(connection) }
                #expect(error.code == .lostConnection && RetryPolicy.isTransient(error))
            }
            // and the pool's next connection works
            #expect(try await TestPostgres.column(engine, "SELECT 'ok'") == ["ok"])
        }
    }

    @Test func retriesAreBoundedAndOtherErrorsAreNotRetried() async throws {
        try await TestPostgres.withEngine(migrated: false, { $0.retries = 2 }) { engine in
            let deadlocks = Atomic(0)
            await #expect(throws: PSQLError.self) {
                try await engine.transaction { connection in
                    deadlocks.add(1, ordering: .relaxed)
                    try await Self.raise("40P01", connection)
                }
            }
            #expect(deadlocks.load(ordering: .relaxed) == 3)  // the first attempt and two retries

            let divisions = Atomic(0)
            await #expect(throws: PSQLError.self) {
                try await engine.transaction { connection in
                    divisions.add(1, ordering: .relaxed)
                    try await Self.raise("22012", connection)
                }
            }
            #expect(divisions.load(ordering: .relaxed) == 1)
        }
    }

    @Test func aStatementRunningPastTheTimeoutIsCancelled() async throws {
        try await TestPostgres.withEngine(migrated: false, { $0.statementTimeoutMilliseconds = 200 }) { engine in
            let clock = ContinuousClock()
            let start = clock.now
            await #expect {
                try await engine.withConnection { connection in
                    _ = try await connection.query("SELECT pg_sleep(5)", logger: engine.logger).collect()
                }
            } throws: { error in
                (error as? PSQLError)?.serverInfo?[.sqlState] == "57014"  // query_canceled
            }
            #expect(clock.now - start < .seconds(3))
        }
    }

    @Test func anImportsTransactionRunsPastTheTimeoutAndTheTimeoutSaysHowToLiftIt() async throws {
        try await TestPostgres.withEngine(migrated: false, { $0.statementTimeoutMilliseconds = 100 }) { engine in
            // An import's statements take as long as its file needs
            let slept = try await engine.importTransaction { connection in
                try await connection.query("SELECT pg_sleep(0.3)", logger: engine.logger).collect().count
            }
            #expect(slept == 1)
            // while a request's transaction is cancelled, and the message a person reads says what happened and what
            // to do (PostgresNIO's own description of the error hides the server's words)
            let error = await #expect(throws: PSQLError.self) {
                try await engine.transaction { connection in
                    _ = try await connection.query("SELECT pg_sleep(0.3)", logger: engine.logger).collect()
                }
            }
            let cancelled = try #require(error)
            let message = try #require(PostgresEngineError.serverMessage(cancelled))
            #expect(message.contains("statement timeout") && message.contains("57014") && message.contains("?statement_timeout="))
            #expect(PostgresEngineError.serverMessage(CancellationError()) == nil)
        }
    }

    @Test func aDatabaseWithTheCLocaleIsRefusedSayingWhichLocaleWorks() async throws {
        // Under LC_CTYPE C, pg_trgm takes CJK characters for separators: show_trgm('汽车零部件') is empty.
        let name = try await TestPostgres.createDatabase(options: "LC_CTYPE 'C' LC_COLLATE 'C' TEMPLATE template0")
        let engine = PostgresEngine(settings: try TestPostgres.settings(database: name))
        await #expect {
            try await engine.migrate()
        } throws: { error in
            (error as? PostgresEngineError)?.code == .server && "\(error)".contains("C.UTF-8")
        }
        await engine.shutdown()
    }
}
}
