// A development tool for docs/PERFORMANCE.md (scripts/bench-postgres.sh), not part of `zhizao`: the PostgreSQL
// engine is not wired to the command line yet (issue 13).
//   zhizao-pg-bench import FILE --db URL                 migrate, load Guangzhou's places, import FILE; print rows/s
//   zhizao-pg-bench search --db URL [CLIENTS] [ROUNDS]   CLIENTS tasks each running the queries ROUNDS times; print
//                                                        median, p99 and slowest in ms
import Foundation
import ZhizaoCore
import ZhizaoDataset
import ZhizaoPostgres

/// The search benchmark's queries: scripts/bench-search.sh's, for the same mix of paths.
let queries = ["汽车零部件", "汽車零部件", "汽车", "广州 汽车", "汽车 零部件", "广州 汽车零部件", "科技 汽车零部件 广州"]

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let dbFlag = arguments.firstIndex(of: "--db"), dbFlag + 1 < arguments.count else {
    fail("usage: zhizao-pg-bench import FILE --db URL | search --db URL [CLIENTS] [ROUNDS]")
}
let url = arguments[dbFlag + 1]
arguments.removeSubrange(dbFlag...(dbFlag + 1))
let clock = ContinuousClock()

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

switch arguments.first {
case "import":
    guard arguments.count == 2, let data = FileManager.default.contents(atPath: arguments[1]) else { fail("no file to import") }
    var settings = try PostgresSettings(url: url)
    settings.statementTimeoutMilliseconds = 0
    let engine = PostgresEngine(settings: settings)
    try await engine.migrate()
    try await engine.loadPlaces(try BuiltInDataset.guangzhou2020().places)
    let start = clock.now
    let summary = try await engine.importEnterprises(
        csv: Array(data), file: arguments[1], by: .local("bench", via: "zhizao-pg-bench import"))
    let elapsed = seconds(clock.now - start)
    print(String(format: "rows %d inserted %d seconds %.2f rows/s %.0f", summary.rows, summary.inserted, elapsed, Double(summary.rows) / elapsed))
    await engine.shutdown()
case "search":
    let clients = arguments.count > 1 ? Int(arguments[1]) ?? 16 : 16
    let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 20 : 20
    var settings = try PostgresSettings(url: url)
    settings.poolSize = clients
    let engine = PostgresEngine(settings: settings)
    _ = try await engine.searchEnterprises("汽车")  // opens a connection before timing
    let times = try await withThrowingTaskGroup(of: [Double].self) { group in
        for client in 0..<clients {
            group.addTask {
                var times: [Double] = []
                for round in 0..<rounds {
                    let query = queries[(client + round) % queries.count]
                    let start = clock.now
                    _ = try await engine.searchEnterprises(query)
                    times.append(seconds(clock.now - start) * 1000)
                }
                return times
            }
        }
        var all: [Double] = []
        for try await times in group { all += times }
        return all.sorted()
    }
    let p99 = times[min(times.count - 1, Int((Double(times.count) * 0.99).rounded(.up)) - 1)]
    print(String(format: "searches %d clients %d median %.1f ms p99 %.1f ms slowest %.1f ms", times.count, clients, times[times.count / 2], p99, times.last!))
    await engine.shutdown()
default:
    fail("usage: zhizao-pg-bench import FILE --db URL | search --db URL [CLIENTS] [ROUNDS]")
}
