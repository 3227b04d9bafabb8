import Foundation
import ZhizaoPostgres
import ZhizaoStore
import ZhizaoStorage

/// `search`: CLIENTS clients at once, each asking the queries in turn ROUNDS times after one untimed round (no cache of
/// results anywhere), on PostgreSQL (a URL: one pooled connection per client) or SQLite (a path: the engine's reading
/// threads, one per reader of the server's `DatabasePool`, as in `zhizao serve`).
enum SearchBench {
    /// scripts/bench-search.sh's queries, for the same mix of paths: one word (trigram index, or the short-word
    /// scan under three characters), traditional script, several words.
    static let queries = ["汽车零部件", "汽車零部件", "汽车", "广州 汽车", "汽车 零部件", "广州 汽车零部件", "科技 汽车零部件 广州"]

    /// Prints the median, p99 and slowest time of all the searches, then of each query.
    static func run(database: String, clients: Int, rounds: Int) async throws {
        let byClient =
            PostgresSettings.isURL(database)
            ? try await postgres(url: database, clients: clients, rounds: rounds)
            : try await sqlite(path: database, clients: clients, rounds: rounds)
        print(summary(byClient.values.flatMap { $0 }, "searches \(byClient.values.map(\.count).reduce(0, +)) clients \(clients)"))
        for (index, text) in queries.enumerated() {
            let times = byClient.flatMap { client, times in times.indices.filter { (client + $0) % queries.count == index }.map { times[$0] } }
            print(summary(times, "  \(text)"))
        }
    }

    /// `label`, then the median, p99 and slowest of `times`.
    static func summary(_ times: [Double], _ label: String) -> String {
        let sorted = times.sorted()
        let p99 = sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
        return String(format: "%@ median %.1f ms p99 %.1f ms slowest %.1f ms", label, sorted[sorted.count / 2], p99, sorted.last!)
    }

    static func query(client: Int, round: Int) -> String { queries[(client + round) % queries.count] }

    /// Each client's times, in the order of its rounds, through the `Storage` interface the server calls: on
    /// PostgreSQL one pooled connection per client, on SQLite the engine's reading threads (a queue in order).
    private static func measure(_ storage: any Storage, clients: Int, rounds: Int) async throws -> [Int: [Double]] {
        // Untimed, every client asks every query once first, so that each connection's (each SQLite reader's) page
        // cache holds what the queries read, as in a server that has been answering for a while.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<clients {
                group.addTask { for text in queries { _ = try await storage.searchEnterprises(text, limit: 20) } }
            }
            try await group.waitForAll()
        }
        return try await withThrowingTaskGroup(of: (Int, [Double]).self) { group in
            for client in 0..<clients {
                group.addTask {
                    var times: [Double] = []
                    for round in 0..<rounds {
                        let start = clock.now
                        _ = try await storage.searchEnterprises(query(client: client, round: round), limit: 20)
                        times.append(seconds(clock.now - start) * 1000)
                    }
                    return (client, times)
                }
            }
            var all: [Int: [Double]] = [:]
            for try await (client, times) in group { all[client] = times }
            return all
        }
    }

    private static func postgres(url: String, clients: Int, rounds: Int) async throws -> [Int: [Double]] {
        var settings = try PostgresSettings(url: url)
        settings.poolSize = clients
        let engine = PostgresEngine(settings: settings)
        let times = try await measure(engine, clients: clients, rounds: rounds)
        await engine.shutdown()
        return times
    }

    private static func sqlite(path: String, clients: Int, rounds: Int) async throws -> [Int: [Double]] {
        try await measure(SQLiteStorage(try AppDatabase.open(path: path)), clients: clients, rounds: rounds)
    }
}
