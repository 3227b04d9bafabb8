import Foundation
import ZhizaoPostgres

/// `records`: the reading every page's snapshot makes (`programmeRecords`: the programme's records and the registry's
/// counts, in all and by district), timed `count` times in a row on one engine, so that the first reading (which counts
/// the registry) and the later ones (which may find the counts kept since the last write) show apart.
enum RecordsBench {
    static func run(url: String, count: Int) async throws {
        let engine = PostgresEngine(settings: try PostgresSettings(url: url))
        for reading in 1...count {
            let start = clock.now
            let records = try await engine.programmeRecords()
            let elapsed = seconds(clock.now - start) * 1000
            print(String(format: "reading %d: %.1f ms (%d firms, %d districts)", reading, elapsed, records.registry.enterprises, records.districtRegistry.count))
        }
        await engine.shutdown()
    }
}
