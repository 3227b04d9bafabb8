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
        if let codes = EnterpriseCandidates.codes(for: query) {
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
        guard byName.isEmpty, let halves = EnterpriseCandidates.halves(of: query) else { return byName }
        let found = try halves.flatMap { try searchEnterprises($0, limit: EnterpriseCandidates.perHalf) }
        return EnterpriseCandidates.ranked(found, query: query, limit: limit)
    }
}
