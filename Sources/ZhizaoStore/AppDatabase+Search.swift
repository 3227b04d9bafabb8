import GRDB
import ZhizaoCore

/// A name found by search: what it is, its key, and its names.
public struct NameMatch: Sendable, Hashable {
    /// "enterprise", "project" or "place".
    public var kind: String
    /// The enterprise's USCC or slug, the project's or place's id.
    public var ref: String
    public var name: LocalizedText
}

/// Chinese substring search over enterprise, project and place names.
///
/// Queries of three or more characters use the FTS5 trigram indexes; shorter ones (花都, 汽) cannot be
/// trigrams and fall back to `instr()` over the names.
extension AppDatabase {
    /// Enterprises whose Chinese or English name contains `query`, by id.
    public func searchEnterprises(_ query: String, limit: Int = 20) throws -> [NameMatch] {
        let q = query.trimmingWhitespace()
        guard !q.isEmpty else { return [] }
        return try writer.read { db in
            let sql =
                q.count >= 3
                ? """
                SELECT e.uscc, e.slug, e.nameZh, e.nameEn FROM enterprise e
                WHERE e.id IN (SELECT rowid FROM enterpriseSearch WHERE enterpriseSearch MATCH ?)
                ORDER BY e.id LIMIT ?
                """
                : """
                SELECT uscc, slug, nameZh, nameEn FROM enterprise
                WHERE instr(nameZh, ?1) > 0 OR instr(lower(coalesce(nameEn, '')), lower(?1)) > 0 ORDER BY id LIMIT ?2
                """
            let argument = q.count >= 3 ? Self.phrase(q) : q
            return try Row.fetchAll(db, sql: sql, arguments: [argument, limit]).map { row in
                NameMatch(kind: "enterprise", ref: row["uscc"] ?? row["slug"], name: Rows.text(row, "nameZh", "nameEn"))
            }
        }
    }

    /// Projects and places whose name contains `query`.
    public func searchProjectsAndPlaces(_ query: String, limit: Int = 20) throws -> [NameMatch] {
        let q = query.trimmingWhitespace()
        guard !q.isEmpty else { return [] }
        return try writer.read { db in
            let sql =
                q.count >= 3
                ? "SELECT kind, ref, nameZh, nameEn FROM nameSearch WHERE nameSearch MATCH ? ORDER BY kind, ref LIMIT ?"
                : """
                SELECT kind, ref, nameZh, nameEn FROM nameSearch
                WHERE instr(nameZh, ?1) > 0 OR instr(lower(coalesce(nameEn, '')), lower(?1)) > 0
                ORDER BY kind, ref LIMIT ?2
                """
            return try Row.fetchAll(db, sql: sql, arguments: [q.count >= 3 ? Self.phrase(q) : q, limit]).map { row in
                NameMatch(kind: row["kind"], ref: row["ref"], name: Rows.text(row, "nameZh", "nameEn"))
            }
        }
    }

    /// `text` as one FTS5 phrase, so that its characters are matched literally.
    static func phrase(_ text: String) -> String {
        "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
