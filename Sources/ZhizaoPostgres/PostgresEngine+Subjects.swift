import PostgresNIO
import ZhizaoCore
import ZhizaoStorage

/// A subject as the four nullable columns observations, targets and statements use (placeId, clusterId,
/// enterpriseId, projectId), as the SQLite engine's `SubjectColumns` reads and writes them.
extension PostgresEngine {
    /// The row id of the enterprise with this slug or USCC (a USCC first).
    func enterpriseId(ref: String, _ connection: PostgresConnection) async throws -> Int64? {
        let rows = try await connection.query(
            """
            SELECT id FROM enterprise WHERE uscc = \(ref) UNION ALL SELECT id FROM enterprise WHERE slug = \(ref) LIMIT 1
            """, logger: logger)
        for try await id in rows.decode(Int64.self) { return id }
        return nil
    }

    /// The columns for `subject`, an enterprise's slug or USCC resolved to its row id.
    func subjectColumns(
        _ subject: Subject, _ connection: PostgresConnection
    ) async throws -> (placeId: String?, clusterId: String?, enterpriseId: Int64?, projectId: String?) {
        switch subject {
        case .place(let id): return (id, nil, nil, nil)
        case .cluster(let id): return (nil, id, nil, nil)
        case .project(let id): return (nil, nil, nil, id)
        case .enterprise(let ref):
            guard let id = try await enterpriseId(ref: ref, connection) else {
                throw StoreError(.notFound, "no enterprise with slug or USCC \"\(ref)\"")
            }
            return (nil, nil, id, nil)
        }
    }

    /// Whether the database holds `subject`.
    func exists(_ subject: Subject, _ connection: PostgresConnection) async throws -> Bool {
        let table: String
        switch subject {
        case .place: table = "place"
        case .cluster: table = "cluster"
        case .project: table = "project"
        case .enterprise(let ref): return try await enterpriseId(ref: ref, connection) != nil
        }
        let rows = try await connection.query("SELECT 1 FROM \(unescaped: table) WHERE id = \(subject.id)", logger: logger)
        for try await _ in rows { return true }
        return false
    }
}
