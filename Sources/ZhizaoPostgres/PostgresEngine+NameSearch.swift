import PostgresNIO
import ZhizaoCore
import ZhizaoStorage

/// Names found by search beside ``searchEnterprises(_:limit:)`` (PostgresEngine+Search), with the SQLite engine's
/// results (AppDatabase+Search, +Candidates): a firm by its exact name, projects and places by part of theirs, and
/// the firms a reference may mean (``EnterpriseCandidates``' rules).
extension PostgresEngine {
    /// The enterprises named exactly `name` (in simplified or traditional script), at most `limit`, by id.
    public func enterprises(named name: String, limit: Int) async throws -> [NameMatch] {
        let simplified = TraditionalScript.simplified(name.trimmingWhitespace())
        guard let name = Self.nameCondition(simplified) else { return [] }
        var binds = name.binds
        binds.append(simplified)
        let exact = binds.count
        binds.append(limit)
        return try await enterpriseMatches(
            """
            SELECT e.uscc, e.slug, e.nameZh, e.nameEn FROM enterprise e
            WHERE \(name.sql) AND (e.nameZh = $\(exact) OR lower(e.nameEn) = lower($\(exact))) ORDER BY e.id LIMIT $\(binds.count)
            """, binds)
    }

    /// Projects and places whose Chinese or English name contains `query` (English in any case), by kind and id:
    /// a query of three characters or more through the trigram indexes on both names, a shorter one by `strpos`.
    public func searchProjectsAndPlaces(_ query: String, limit: Int) async throws -> [NameMatch] {
        let text = query.trimmingWhitespace()
        guard !text.isEmpty else { return [] }
        var binds = PostgresBindings()
        let condition: String
        if text.count >= 3 {
            binds.append("%" + Self.likeEscaped(text) + "%")
            // The first test is the indexed expression; the second keeps a match inside one name, as SQLite's columns do.
            condition = "(nameZh || ' ' || coalesce(nameEn, '')) ILIKE $1 AND (nameZh ILIKE $1 OR nameEn ILIKE $1)"
        } else {
            binds.append(text)
            condition = "(strpos(nameZh, $1) > 0 OR strpos(lower(coalesce(nameEn, '')), lower($1)) > 0)"
        }
        binds.append(limit)
        let query = PostgresQuery(unsafeSQL: """
            SELECT kind, ref, nameZh, nameEn FROM (
                SELECT 'project' AS kind, id AS ref, nameZh, nameEn FROM project WHERE \(condition)
                UNION ALL SELECT 'place', id, nameZh, nameEn FROM place WHERE \(condition)) found
            ORDER BY kind COLLATE "C", ref COLLATE "C" LIMIT $2
            """, binds: binds)
        return try await withConnection { connection in
            var matches: [NameMatch] = []
            let rows = try await connection.query(query, logger: self.logger)
            for try await (kind, ref, nameZh, nameEn) in rows.decode((String, String, String, String?).self) {
                matches.append(NameMatch(kind: kind, ref: ref, name: LocalizedText(zh: nameZh, en: nameEn)))
            }
            return matches
        }
    }

    /// Enterprises `text` may mean: the codes ``EnterpriseCandidates/codes(for:)`` gives, else firms whose name
    /// contains it, else firms whose name contains one of its halves, ranked by ``EnterpriseCandidates``.
    public func enterpriseCandidates(for text: String, limit: Int) async throws -> [NameMatch] {
        let query = text.trimmingWhitespace()
        guard !query.isEmpty else { return [] }
        if let codes = EnterpriseCandidates.codes(for: query) {
            var binds = PostgresBindings()
            binds.append(codes)
            binds.append(limit)
            let byCode = try await enterpriseMatches(
                "SELECT e.uscc, e.slug, e.nameZh, e.nameEn FROM enterprise e WHERE e.uscc = ANY($1) ORDER BY e.id LIMIT $2", binds)
            if !byCode.isEmpty { return byCode }
        }
        let byName = try await searchEnterprises(query, limit: limit)
        guard byName.isEmpty, let halves = EnterpriseCandidates.halves(of: query) else { return byName }
        var found: [NameMatch] = []
        for half in halves { found += try await searchEnterprises(half, limit: EnterpriseCandidates.perHalf) }
        return EnterpriseCandidates.ranked(found, query: query, limit: limit)
    }

    /// The enterprises `sql` selects as names found (its columns: uscc, slug, nameZh, nameEn).
    func enterpriseMatches(_ sql: String, _ binds: PostgresBindings) async throws -> [NameMatch] {
        try await withConnection { connection in try await self.enterpriseMatches(sql, binds, on: connection) }
    }

    func enterpriseMatches(_ sql: String, _ binds: PostgresBindings, on connection: PostgresConnection) async throws -> [NameMatch] {
        var matches: [NameMatch] = []
        let rows = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
        for try await (uscc, slug, nameZh, nameEn) in rows.decode((String?, String?, String, String?).self) {
            matches.append(NameMatch(kind: "enterprise", ref: uscc ?? slug ?? "", name: LocalizedText(zh: nameZh, en: nameEn)))
        }
        return matches
    }
}
