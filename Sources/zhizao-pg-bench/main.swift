// A development tool for docs/PERFORMANCE.md (scripts/bench-postgres.sh), not part of `zhizao`: the storage engines'
// operations timed without the command line around them.
//   zhizao-pg-bench import FILE --db URL [--keep-indexes]
//                                                       migrate, load Guangzhou's places and named firms, import
//                                                       FILE (keeping the indexes during the load); print rows/s
//   zhizao-pg-bench search --db URL|PATH [CLIENTS] [ROUNDS]
//                                                       CLIENTS clients each running the queries ROUNDS times on
//                                                       PostgreSQL (URL) or SQLite (PATH); median, p99, slowest in ms
//   zhizao-pg-bench analyze --db URL|PATH               the registry's part of `zhizao analyze` (chains, pipeline)
//                                                       on either engine, printed alike so that the two can be diffed
//   zhizao-pg-bench lease --db URL [COUNT]              µs a lease of the PostgreSQL engine costs (SELECT 1 leases)
//   zhizao-pg-bench records --db URL [COUNT]            ms of each of COUNT page snapshots (programmeRecords) in a row
import Foundation
import ZhizaoPostgres

let usage = """
    usage: zhizao-pg-bench import FILE --db URL [--keep-indexes] | search --db URL|PATH [CLIENTS] [ROUNDS] | analyze --db URL|PATH | lease --db URL [COUNT] | records --db URL [COUNT]
    """

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let dbFlag = arguments.firstIndex(of: "--db"), dbFlag + 1 < arguments.count else { fail(usage) }
let database = arguments[dbFlag + 1]
arguments.removeSubrange(dbFlag...(dbFlag + 1))

switch arguments.first {
case "import":
    let keepIndexes = arguments.contains("--keep-indexes")
    arguments.removeAll { $0 == "--keep-indexes" }
    guard arguments.count == 2, let bytes = FileManager.default.contents(atPath: arguments[1]).map(Array.init) else { fail("no file to import") }
    try await ImportBench.run(file: arguments[1], bytes: bytes, url: database, keepIndexes: keepIndexes)
case "search":
    let clients = arguments.count > 1 ? Int(arguments[1]) ?? 16 : 16
    let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 20 : 20
    try await SearchBench.run(database: database, clients: clients, rounds: rounds)
case "lease":
    try await LeaseBench.run(url: database, count: arguments.count > 1 ? Int(arguments[1]) ?? 2000 : 2000)
case "analyze":
    try await AnalyzeBench.run(database: database)
case "records":
    try await RecordsBench.run(url: database, count: arguments.count > 1 ? Int(arguments[1]) ?? 3 : 3)
default:
    fail(usage)
}
