import GRDB
import ZhizaoCore
import ZhizaoStorage

extension AppDatabase {
    /// The enterprises matching `query`, sorted and paged. Fast on a million rows for the indexed paths:
    /// name search (FTS5 trigram), a district's firms by revenue, an industry, a designation.
    public func enterprises(_ query: EnterpriseQuery) throws -> RegistryPage {
        let (filter, arguments, order) = Self.registrySQL(query)
        let offset = min(query.offset, EnterpriseQuery.maximumOffset)
        return try writer.read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT e.* FROM enterprise e \(filter) ORDER BY \(order) LIMIT ? OFFSET ?",
                arguments: arguments + [query.perPage + 1, offset])
            let reader = try EnterpriseReader(db)
            let items = try rows.prefix(query.perPage).map { try reader.complete(Rows.enterprise($0), id: $0["id"]) }
            let matching = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM (SELECT 1 FROM enterprise e \(filter) LIMIT ?)",
                arguments: arguments + [RegistryPage.countLimit + 1]) ?? 0
            return RegistryPage(
                items: items, query: query, matching: min(matching, RegistryPage.countLimit),
                isCountCapped: matching > RegistryPage.countLimit,
                hasMore: rows.count > query.perPage && offset + query.perPage < EnterpriseQuery.maximumOffset)
        }
    }

    /// Every enterprise matching `query`'s search and filters in its order, up to `limit`, ignoring its page: the
    /// list a page shows, for a download.
    public func enterprises(matching query: EnterpriseQuery, limit: Int) throws -> [Enterprise] {
        let (filter, arguments, order) = Self.registrySQL(query)
        return try writer.read { db in
            let reader = try EnterpriseReader(db)
            return try Row.fetchAll(
                db, sql: "SELECT e.* FROM enterprise e \(filter) ORDER BY \(order) LIMIT ?", arguments: arguments + [limit]
            ).map { try reader.complete(Rows.enterprise($0), id: $0["id"]) }
        }
    }

    /// The `WHERE` clause with its arguments and the `ORDER BY` terms of a registry query over `enterprise e`.
    private static func registrySQL(_ query: EnterpriseQuery) -> (filter: String, arguments: StatementArguments, order: String) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let text = query.text, let name = Self.nameCondition(text, alias: "e") {
            conditions.append(name.sql)
            arguments += name.arguments
        }
        if let district = query.districtId {
            conditions.append("e.districtId = ?")
            arguments += [district]
        }
        if let park = query.parkId {
            conditions.append("e.parkId = ?")
            arguments += [park]
        }
        if let code = query.industryCode, !code.isEmpty {
            // Codes nest by prefix: "36" holds "361" and "3612".
            conditions.append("e.industryCode >= ? AND e.industryCode < ?")
            arguments += [code, code + "\u{FFFF}"]
        }
        if let designation = query.designation {
            conditions.append("e.id IN (SELECT enterpriseId FROM designation WHERE kind = ?)")
            arguments += [designation.rawValue]
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        // SQLite puts NULL first in ascending order and last in descending order, and compares text byte by byte.
        let key = query.sort.key
        let nulls = key.isOptional && !key.descending ? "e.\(key.column) IS NULL, " : ""
        let order = "\(nulls)e.\(key.column)\(key.descending ? " DESC" : ""), e.id\(key.idDescending ? " DESC" : "")"
        return (filter, arguments, order)
    }

    /// Projects that list the enterprise (by slug or USCC) among their investors.
    public func projects(investor ref: String) throws -> [Project] {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT p.* FROM project p JOIN projectInvestor i ON i.projectId = p.id
                    WHERE i.enterpriseId = (SELECT id FROM enterprise WHERE uscc = ?1 UNION ALL
                        SELECT id FROM enterprise WHERE slug = ?1 LIMIT 1)
                    ORDER BY p.rowid
                    """, arguments: [ref]
            ).map { try Self.project($0, db) }
        }
    }
}
