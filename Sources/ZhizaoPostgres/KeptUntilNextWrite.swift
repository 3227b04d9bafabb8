import PostgresNIO
import Synchronization
import ZhizaoAnalytics
import ZhizaoStorage

/// A value computed from the database and kept until the next write, right however many servers share the database:
/// it is keyed by the version of `databaseInfo`'s one row, whose `xmin` (the id of the transaction that wrote it) every
/// write changes, since each sets `lastWriteAt` in its own transaction (``PostgresEngine/recordWrite(at:_:)``: every
/// audited write through `appendAudit`, and the dataset's load). The stamp is read in the same snapshot as the value,
/// so a value is never kept under a stamp it does not belong to; a write through another server moves the stamp as one
/// through this one does. Two requests that find the stamp moved may both compute the value (no wait for each other,
/// unlike SQLite's).
final class KeptUntilNextWrite<Value: Sendable>: Sendable {
    private let kept = Mutex<(stamp: String, value: Value)?>(nil)

    /// The value as of now: the kept one when no write was committed since it was computed, else `compute`'s, which
    /// reads in the same snapshot as the stamp.
    func value(
        _ engine: PostgresEngine, compute: @escaping @Sendable (PostgresConnection) async throws -> Value
    ) async throws -> Value {
        try await engine.snapshot { connection in try await self.value(engine, on: connection, compute: compute) }
    }

    /// The same inside the caller's snapshot on `connection` (a transaction that sees one state of the database), so
    /// that the value is of the state the caller's other reads see.
    func value(
        _ engine: PostgresEngine, on connection: PostgresConnection,
        compute: @Sendable (PostgresConnection) async throws -> Value
    ) async throws -> Value {
        let stamp = try await PostgresEngine.single(
            String.self, try await connection.query("SELECT xmin::text FROM databaseInfo WHERE id = 1", logger: engine.logger))
        if let kept = kept.withLock({ $0 }), kept.stamp == stamp { return kept.value }
        let value = try await compute(connection)
        kept.withLock { $0 = (stamp, value) }
        return value
    }
}

/// The values a ``PostgresEngine`` keeps until the next write.
final class PostgresKeptValues: Sendable {
    /// The registry counted by district, park and industry class: every region × industry table is summed from it.
    let registryCells = KeptUntilNextWrite<RegistryCells>()
    /// The stored target lists classified to chain links.
    let classifiedLists = KeptUntilNextWrite<[String: [ClassifiedOutsideFirm]]>()
    /// The firms designated specialised or above by district and industry class: each chain's designated firms.
    let designatedFirms = KeptUntilNextWrite<DesignatedFirms>()
    /// The registry's counts in all and by designation, and by district: what every page's snapshot reads.
    let registryCounts = KeptUntilNextWrite<RegistryCounts>()
    let districtRegistry = KeptUntilNextWrite<[String: DistrictRegistry]>()
}
