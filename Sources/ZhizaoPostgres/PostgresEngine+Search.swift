import PostgresNIO
import ZhizaoCore
import ZhizaoStorage

/// Chinese substring search over enterprise names, with the SQLite engine's rules (AppDatabase+Search): every
/// word of the query (split at ASCII or ideographic spaces, read in simplified script) must occur in the Chinese
/// or English name, case-insensitively for English; results by id.
///
/// Words of three characters or more are `ILIKE '%word%'` patterns that the `pg_trgm` GIN indexes serve. Words of
/// one or two characters make no trigram (an index scan would read the whole index), so they are `strpos` tests
/// on rows read in id order, which stop at the limit: common short words (公司, 汽) find their rows at once.
extension PostgresEngine {
    public func searchEnterprises(_ query: String, limit: Int = 20) async throws -> [NameMatch] {
        guard let (condition, nameBinds) = Self.nameCondition(query) else { return [] }
        var binds = nameBinds
        binds.append(limit)
        return try await enterpriseMatches(
            "SELECT e.uscc, e.slug, e.nameZh, e.nameEn FROM enterprise e WHERE \(condition) ORDER BY e.id LIMIT $\(binds.count)", binds)
    }

    /// The condition that `e`'s names contain every word of `query`, with its bound values; nil for no words.
    static func nameCondition(_ query: String) -> (sql: String, binds: PostgresBindings)? {
        let words = TraditionalScript.simplified(query).items(separatedBy: [" ", "\t", "\u{3000}"])
        guard !words.isEmpty else { return nil }
        var binds = PostgresBindings()
        var clauses: [String] = []
        for word in words {
            if word.count >= 3 {
                binds.append("%" + likeEscaped(word) + "%")
                clauses.append("(e.nameZh ILIKE $\(binds.count) OR e.nameEn ILIKE $\(binds.count))")
            } else {
                binds.append(word)
                clauses.append(
                    "(strpos(e.nameZh, $\(binds.count)) > 0 OR strpos(lower(coalesce(e.nameEn, '')), lower($\(binds.count))) > 0)")
            }
        }
        return (clauses.joined(separator: " AND "), binds)
    }

    /// `word` with the `LIKE` wildcards `%` and `_` and the escape character `\` taken literally.
    static func likeEscaped(_ word: String) -> String {
        var escaped = ""
        for character in word {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
