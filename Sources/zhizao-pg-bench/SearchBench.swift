import Foundation
import ZhizaoPostgres
import ZhizaoStore
import ZhizaoStorage

/// `search`: CLIENTS clients at once, each asking the queries in turn ROUNDS times (no cache anywhere), on
/// PostgreSQL (a URL: one pooled connection per client) or SQLite (a path: one thread per client over the
/// server's `DatabasePool`, whose readers bound how many run at once, as in `zhizao serve`).
enum SearchBench {
    /// scripts/bench-search.sh's queries, for the same mix of paths: one word (trigram index, or the short-word
    /// scan under three characters), traditional script, several words.
    static let queries = ["汽车零部件", "汽車零部件", "汽车", "广州 汽车", "汽车 零部件", "广州 汽车零部件", "科技 汽车零部件 广州"]

    static func run(database: String, clients: Int, rounds: Int) async throws {
        let times =
            PostgresSettings.isURL(database)
            ? try await postgres(url: database, clients: clients, rounds: rounds)
            : try sqlite(path: database, clients: clients, rounds: rounds)
        let sorted = times.sorted()
        let p99 = sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
        print(
            String(
                format: "searches %d clients %d median %.1f ms p99 %.1f ms slowest %.1f ms", sorted.count, clients,
                sorted[sorted.count / 2], p99, sorted.last!))
    }

    static func query(client: Int, round: Int) -> String { queries[(client + round) % queries.count] }

    private static func postgres(url: String, clients: Int, rounds: Int) async throws -> [Double] {
        var settings = try PostgresSettings(url: url)
        settings.poolSize = clients
        let engine = PostgresEngine(settings: settings)
        _ = try await engine.searchEnterprises("汽车")  // opens a connection before timing
        let times = try await withThrowingTaskGroup(of: [Double].self) { group in
            for client in 0..<clients {
                group.addTask {
                    var times: [Double] = []
                    for round in 0..<rounds {
                        let start = clock.now
                        _ = try await engine.searchEnterprises(query(client: client, round: round))
                        times.append(seconds(clock.now - start) * 1000)
                    }
                    return times
                }
            }
            var all: [Double] = []
            for try await times in group { all += times }
            return all
        }
        await engine.shutdown()
        return times
    }

    private static func sqlite(path: String, clients: Int, rounds: Int) throws -> [Double] {
        let store = try AppDatabase.open(path: path)
        _ = try store.searchEnterprises("汽车")
        let results = ThreadResults()
        let done = DispatchGroup()
        for client in 0..<clients {
            done.enter()
            Thread {
                defer { done.leave() }
                do {
                    var times: [Double] = []
                    for round in 0..<rounds {
                        let start = clock.now
                        _ = try store.searchEnterprises(query(client: client, round: round))
                        times.append(seconds(clock.now - start) * 1000)
                    }
                    results.add(times)
                } catch {
                    results.fail(error)
                }
            }.start()
        }
        done.wait()
        return try results.times()
    }
}

/// What the SQLite clients' threads measured, or the first error one of them met.
private final class ThreadResults: @unchecked Sendable {
    private let lock = NSLock()
    private var all: [Double] = []
    private var error: (any Error)?

    func add(_ times: [Double]) { lock.withLock { all += times } }
    func fail(_ error: any Error) { lock.withLock { self.error = self.error ?? error } }

    func times() throws -> [Double] {
        try lock.withLock {
            if let error { throw error }
            return all
        }
    }
}
