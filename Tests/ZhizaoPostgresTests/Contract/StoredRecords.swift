import PostgresNIO
import Testing
import ZhizaoCore
import ZhizaoStorage
import ZhizaoStore
@testable import ZhizaoPostgres

/// What a contract test checks of the records a store wrote but its protocol does not read back (observations,
/// targets, the audit log): from SQLite through its `RecordStore` and `AccountStore`, from PostgreSQL by reading the
/// rows, until that engine implements those protocols too.
enum StoredRecords {
    /// The observations of `metricId`, in the order they were recorded.
    static func observations(_ store: some Sendable, metricId: String) async throws -> [Observation] {
        if let records = store as? any RecordStore { return try await records.observations(subject: nil, metricId: metricId) }
        let engine = try #require(store as? PostgresEngine)
        return try await engine.withConnection { connection in
            var observations: [Observation] = []
            let rows = try await connection.query(
                """
                SELECT id, \(unescaped: subjectText), metricId, value, qualifier, periodStart, periodEnd, asOf, kind, rankPosition,
                    rankScope, quote, note, sourceId
                FROM observation o WHERE metricId = \(metricId) ORDER BY rowid
                """, logger: engine.logger)
            for try await (id, subject, metricId, value, qualifier, start, end, asOf, kind, position, scope, quote, note, sourceId)
                in rows.decode(
                    (String, String, String, Double?, String?, String?, String?, String?, String, Int?, String?, String?, String?, String)
                        .self)
            {
                observations.append(
                    Observation(
                        id: id, subject: try #require(Subject(subject)), metricId: metricId, quantity: quantity(value, qualifier),
                        period: Period(start: start, end: end, asOf: asOf), kind: ObservationKind(rawValue: kind) ?? .actual,
                        rank: position.map { Rank($0, in: scope ?? "national") }, sourceId: sourceId, quote: quote, note: note))
            }
            return observations
        }
    }

    static func targets(_ store: some Sendable) async throws -> [Target] {
        if let records = store as? any RecordStore { return try await records.targets() }
        let engine = try #require(store as? PostgresEngine)
        return try await engine.withConnection { connection in
            var targets: [Target] = []
            let rows = try await connection.query(
                """
                SELECT id, \(unescaped: subjectText), metricId, value, qualifier, deadline, descriptionZh, sourceId
                FROM target o ORDER BY rowid
                """, logger: engine.logger)
            for try await (id, subject, metricId, value, qualifier, deadline, description, sourceId) in rows.decode(
                (String, String, String, Double?, String?, Int?, String, String).self)
            {
                targets.append(
                    Target(
                        id: id, subject: try #require(Subject(subject)), metricId: metricId, quantity: quantity(value, qualifier),
                        deadline: deadline, description: LocalizedText(zh: description), sourceId: sourceId))
            }
            return targets
        }
    }

    static func observationCount(_ store: some Sendable) async throws -> Int {
        if let records = store as? any RecordStore { return try await records.observations(subject: nil, metricId: nil).count }
        return try await TestPostgres.count(try #require(store as? PostgresEngine), "observation")
    }

    /// The audit entries, oldest first.
    static func audit(_ store: some Sendable) async throws -> [AuditEntry] {
        if let accounts = store as? any AccountStore { return try await accounts.auditEntries(AuditQuery(limit: 10_000)).reversed() }
        let engine = try #require(store as? PostgresEngine)
        return try await engine.withConnection { connection in
            var entries: [AuditEntry] = []
            let rows = try await connection.query(
                "SELECT id, at, actor, address, via, action, recordType, recordId, before, after, note FROM audit ORDER BY id",
                logger: engine.logger)
            for try await (id, at, actor, address, via, action, recordType, recordId, before, after, note) in rows.decode(
                (Int64, String, String, String?, String, String, String?, String?, String?, String?, String?).self)
            {
                entries.append(
                    AuditEntry(
                        id: id, at: at, actor: actor, address: address, via: via, action: action, recordType: recordType,
                        recordId: recordId, before: before, after: after, note: note))
            }
            return entries
        }
    }

    private static func quantity(_ value: Double?, _ qualifier: String?) -> Quantity? {
        value.map { Quantity($0, qualifier.flatMap(Qualifier.init) ?? .exact) }
    }

    /// The subject columns of table alias `o` as `kind:id`.
    private static let subjectText = """
        coalesce('place:' || o.placeId, 'cluster:' || o.clusterId, 'project:' || o.projectId,
            'enterprise:' || (SELECT coalesce(slug, uscc) FROM enterprise WHERE id = o.enterpriseId))
        """
}
