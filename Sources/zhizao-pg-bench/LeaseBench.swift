import PostgresNIO
import ZhizaoPostgres

/// `lease`: what one lease of the engine costs, the statement aside: COUNT leases in a row, each running `SELECT 1`
/// (by `withConnection`, then in a `transaction`, which adds `BEGIN` and `COMMIT`), in five batches; the median
/// batch's microseconds a lease.
enum LeaseBench {
    static func run(url: String, count: Int) async throws {
        let engine = PostgresEngine(settings: try PostgresSettings(url: url))
        _ = try await engine.withConnection { connection in try await connection.query("SELECT 1", logger: engine.logger).collect() }
        for (label, lease) in [("withConnection", false), ("transaction", true)] {
            var batches: [Double] = []
            for _ in 0..<5 {
                let start = clock.now
                for _ in 0..<count {
                    let body: @Sendable (PostgresConnection) async throws -> Void = { connection in
                        _ = try await connection.query("SELECT 1", logger: engine.logger).collect()
                    }
                    if lease { try await engine.transaction(body) } else { try await engine.withConnection(body) }
                }
                batches.append(seconds(clock.now - start) * 1e6 / Double(count))
            }
            print(label, "µs a lease, median of 5 batches of \(count):", String(format: "%.1f", batches.sorted()[2]), "(batches:", batches.map { String(format: "%.1f", $0) }.joined(separator: " ") + ")")
        }
        await engine.shutdown()
    }
}
