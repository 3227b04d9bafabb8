import GRDB
import ZhizaoCore
import ZhizaoStorage

/// Firms a reference may have meant when it names none: for "did you mean" lists on the pipeline page and in
/// `zhizao pipeline`.
extension AppDatabase {
    /// Enterprises `text` may mean: the code itself in capitals and the codes one typo away
    /// (``USCC/nearCodes(_:)``) for an 18-character text; else firms whose name contains it; else, for a name
    /// with a typo, firms whose name contains its first or its second half, those sharing most of its characters
    /// first.
    public func enterpriseCandidates(for text: String, limit: Int = 8) throws -> [NameMatch] {
        let query = text.trimmingWhitespace()
        guard !query.isEmpty else { return [] }
        if query.utf8.count == 18, query.utf8.allSatisfy({ $0 < 0x80 }) {
            let codes = [query.uppercased()] + USCC.nearCodes(query)
            var arguments = StatementArguments(codes)
            arguments += [limit]
            let placeholders = codes.map { _ in "?" }.joined(separator: ",")
            let byCode = try writer.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT uscc, slug, nameZh, nameEn FROM enterprise WHERE uscc IN (\(placeholders)) ORDER BY id LIMIT ?",
                    arguments: arguments
                ).map { NameMatch(kind: "enterprise", ref: $0["uscc"] ?? $0["slug"], name: Rows.text($0, "nameZh", "nameEn")) }
            }
            if !byCode.isEmpty { return byCode }
        }
        let byName = try searchEnterprises(query, limit: limit)
        guard byName.isEmpty, query.count >= 4 else { return byName }
        let characters = Set(query)
        let half = query.count / 2
        var pool: [NameMatch] = []
        for part in [String(query.prefix(half)), String(query.suffix(query.count - half))] {
            for match in try searchEnterprises(part, limit: 50) where !pool.contains(match) { pool.append(match) }
        }
        func shared(_ match: NameMatch) -> Int { Set(match.name.zh).intersection(characters).count }
        return Array(pool.enumerated().sorted { a, b in
            let (x, y) = (shared(a.element), shared(b.element))
            return x != y ? x > y : a.offset < b.offset
        }.prefix(limit).map(\.element))
    }
}
