import PostgresNIO
import Synchronization

/// Ends a lease whose connection closes under it. PostgresNIO 1.33 never answers a statement written to a connection
/// that has closed (the write fails and nothing completes the statement's promise), so work whose connection the
/// server ends between two statements would wait forever, and the request with it.
///
/// Each lease's work runs beside a watch on its connection. When the connection closes, the work has
/// `PostgresEngine.closeGrace` to end by itself (a statement in flight fails at once, and work past its last
/// statement returns); if it has not, the lease fails with a lost connection, which the retry policy runs again on a
/// new connection, and the stalled work is left behind (it holds only the closed connection). One `closeFuture`
/// callback is registered per connection, not per lease, since such callbacks cannot be removed.
final class ConnectionWatch: Sendable {
    /// A watched connection (held until its close is heard, so that its identifier is not another's meanwhile) and
    /// what its leases are to do when it closes, by lease number.
    private struct Watched {
        let connection: PostgresConnection
        var leases: [Int: @Sendable () -> Void] = [:]
    }

    private let watchers = Mutex<(next: Int, byConnection: [ObjectIdentifier: Watched])>((0, [:]))
    private let grace: Duration

    init(grace: Duration) { self.grace = grace }

    /// `work`'s result, or a lost connection when `connection` closes and `work` does not end within the grace.
    func run<Result: Sendable>(on connection: PostgresConnection, _ work: @escaping @Sendable () async throws -> Result) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            let outcome = Outcome(continuation)
            let grace = self.grace
            let lease = watch(connection) {
                Task {
                    try? await Task.sleep(for: grace)
                    outcome.resume(.failure(PostgresEngineError(.lostConnection, "the connection to PostgreSQL closed while a statement waited for its answer")))
                }
            }
            Task {
                let result: Swift.Result<Result, any Error>
                do { result = .success(try await work()) } catch { result = .failure(error) }
                self.unwatch(connection, lease)
                outcome.resume(result)
            }
        }
    }

    /// Registers `closed` to run when `connection` closes (at once if it has); returns the lease's number.
    private func watch(_ connection: PostgresConnection, closed: @escaping @Sendable () -> Void) -> Int {
        let key = ObjectIdentifier(connection)
        let (lease, first) = watchers.withLock { state in
            state.next += 1
            let first = state.byConnection[key] == nil
            state.byConnection[key, default: Watched(connection: connection)].leases[state.next] = closed
            return (state.next, first)
        }
        if first {
            connection.closeFuture.whenComplete { [self] _ in
                let watched = watchers.withLock { $0.byConnection.removeValue(forKey: key) }
                for closed in (watched?.leases ?? [:]).values { closed() }
            }
        }
        return lease
    }

    private func unwatch(_ connection: PostgresConnection, _ lease: Int) {
        watchers.withLock { _ = $0.byConnection[ObjectIdentifier(connection)]?.leases.removeValue(forKey: lease) }
    }
}

/// A continuation resumed once, by whichever of the work and the watch ends first (the tests' deadlines use it too).
final class Outcome<Value: Sendable>: Sendable {
    private let continuation: Mutex<CheckedContinuation<Value, any Error>?>

    init(_ continuation: CheckedContinuation<Value, any Error>) { self.continuation = Mutex(continuation) }

    func resume(_ result: Result<Value, any Error>) {
        continuation.withLock { continuation in
            defer { continuation = nil }
            return continuation
        }?.resume(with: result)
    }
}
