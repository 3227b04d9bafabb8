import GRDB
import ZhizaoCore
import ZhizaoStorage

/// A subject as the four nullable columns observations, targets and statements use
/// (placeId, clusterId, enterpriseId, projectId), exactly one of them set.
struct SubjectColumns {
    var placeId: String?
    var clusterId: String?
    var enterpriseId: Int64?
    var projectId: String?

    /// The columns for `subject`, resolving an enterprise slug or USCC to its row id.
    init(_ subject: Subject, _ db: Database) throws {
        switch subject {
        case .place(let id): placeId = id
        case .cluster(let id): clusterId = id
        case .project(let id): projectId = id
        case .enterprise(let ref):
            guard let id = try AppDatabase.enterpriseId(ref: ref, db) else {
                throw StoreError(.notFound, "no enterprise with slug or USCC \"\(ref)\"")
            }
            enterpriseId = id
        }
    }

    var arguments: [(any DatabaseValueConvertible)?] { [placeId, clusterId, enterpriseId, projectId] }

    /// SQL selecting the subject columns of table alias `t`, with the enterprise's slug or USCC as `enterpriseRef`.
    static func select(_ t: String) -> String {
        "\(t).placeId, \(t).clusterId, \(t).projectId, "
            + "(SELECT coalesce(slug, uscc) FROM enterprise WHERE id = \(t).enterpriseId) AS enterpriseRef"
    }

    /// The subject of a row selected with ``select(_:)``.
    static func subject(_ row: Row) -> Subject {
        StoredColumns.subject(
            placeId: row["placeId"], clusterId: row["clusterId"], projectId: row["projectId"], enterpriseRef: row["enterpriseRef"])
    }

    /// Whether the database holds `subject`.
    static func exists(_ subject: Subject, _ db: Database) throws -> Bool {
        switch subject {
        case .place(let id): try Int.fetchOne(db, sql: "SELECT 1 FROM place WHERE id = ?", arguments: [id]) != nil
        case .cluster(let id): try Int.fetchOne(db, sql: "SELECT 1 FROM cluster WHERE id = ?", arguments: [id]) != nil
        case .project(let id): try Int.fetchOne(db, sql: "SELECT 1 FROM project WHERE id = ?", arguments: [id]) != nil
        case .enterprise(let ref): try AppDatabase.enterpriseId(ref: ref, db) != nil
        }
    }

    /// A WHERE clause matching `subject` in table alias `t`.
    static func condition(_ subject: Subject, _ t: String) -> (sql: String, arguments: StatementArguments) {
        switch subject {
        case .place(let id): ("\(t).placeId = ?", [id])
        case .cluster(let id): ("\(t).clusterId = ?", [id])
        case .project(let id): ("\(t).projectId = ?", [id])
        case .enterprise(let ref):
            ("\(t).enterpriseId = (SELECT id FROM enterprise WHERE slug = ? OR uscc = ?)", [ref, ref])
        }
    }
}
