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
///
/// A query with a trigram word is answered in two steps, so that its cost does not hang on the planner's guess of
/// how common the word is (a guess from a sample, which once sent a word that matched nothing through every row
/// in id order, for seconds): first among the first ``earlyFirms`` firms by id, which serves any word found in at
/// least one name in 500 (`汽车零部件`: 6 ms at 1M firms); then, when those hold fewer than `limit` matches, through
/// the trigram index over all firms, sorted by id afterwards (`e.id + 0` keeps the planner from the id-order scan),
/// which costs in proportion to the word's matches.
extension PostgresEngine {
    /// How many firms, by id, the first step of a trigram search reads.
    static let earlyFirms = 10_000

    public func searchEnterprises(_ query: String, limit: Int = 20) async throws -> [NameMatch] {
        try await searchEnterprises(query, limit: limit, earlyFirms: Self.earlyFirms)
    }

    func searchEnterprises(_ query: String, limit: Int, earlyFirms: Int) async throws -> [NameMatch] {
        guard let (condition, nameBinds, trigrams) = Self.nameCondition(query) else { return [] }
        var binds = nameBinds
        binds.append(limit)
        let limitParameter = binds.count
        /// The first matches among `firms` (a table or subquery named `e`) in the order of `key`.
        func matches(in firms: String, by key: String) -> String {
            "SELECT e.uscc, e.slug, e.nameZh, e.nameEn FROM \(firms) WHERE \(condition) ORDER BY \(key) LIMIT $\(limitParameter)"
        }
        guard trigrams else { return try await enterpriseMatches(matches(in: "enterprise e", by: "e.id"), binds) }
        let early = matches(in: "(SELECT * FROM enterprise ORDER BY id LIMIT \(earlyFirms)) e", by: "e.id")
        let indexed = matches(in: "enterprise e", by: "e.id + 0")
        return try await withConnection { [binds] connection in
            let found = try await self.enterpriseMatches(early, binds, on: connection)
            guard found.count < limit else { return found }
            return try await self.enterpriseMatches(indexed, binds, on: connection)
        }
    }

    /// The condition that `e`'s names contain every word of `query`, with its bound values and whether a word is
    /// long enough for the trigram indexes; nil for no words.
    static func nameCondition(_ query: String) -> (sql: String, binds: PostgresBindings, trigrams: Bool)? {
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
        return (clauses.joined(separator: " AND "), binds, words.contains { $0.count >= 3 })
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
