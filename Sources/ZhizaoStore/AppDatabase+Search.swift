import GRDB
import ZhizaoCore
import ZhizaoStorage

/// Chinese substring search over enterprise, project and place names.
///
/// Queries of three or more characters use the FTS5 trigram indexes; shorter ones (花都, 汽) cannot be
/// trigrams and fall back to `instr()` over the names.
extension AppDatabase {
    /// Enterprises whose Chinese or English name contains every word of `query`, by id. With a word of three
    /// characters or more the trigram index drives: its matches come in id order, each firm is read to test the
    /// shorter words, and the reading stops at `limit` (an `IN` list of every match, sorted, took up to 9× longer).
    public func searchEnterprises(_ query: String, limit: Int = 20) throws -> [NameMatch] {
        guard let words = Self.nameWords(query) else { return [] }
        return try writer.read { db in
            var arguments: StatementArguments = words.match.map { [$0] } ?? []
            let short = words.short.map { Self.shortWordClause($0, alias: "e", &arguments) }
            let sql =
                words.match == nil
                ? "SELECT e.uscc, e.slug, e.nameZh, e.nameEn FROM enterprise e WHERE \(short.joined(separator: " AND ")) ORDER BY e.id LIMIT ?"
                : """
                SELECT e.uscc, e.slug, e.nameZh, e.nameEn FROM enterpriseSearch s JOIN enterprise e ON e.id = s.rowid
                WHERE \((["enterpriseSearch MATCH ?"] + short).joined(separator: " AND ")) ORDER BY s.rowid LIMIT ?
                """
            return try Row.fetchAll(db, sql: sql, arguments: arguments + [limit]).map { row in
                NameMatch(kind: "enterprise", ref: row["uscc"] ?? row["slug"], name: Rows.text(row, "nameZh", "nameEn"))
            }
        }
    }

    /// The enterprises named exactly `name` (in simplified or traditional script), at most `limit`.
    public func enterprises(named name: String, limit: Int = 10) throws -> [NameMatch] {
        let simplified = TraditionalScript.simplified(name.trimmingWhitespace())
        guard let condition = Self.nameCondition(simplified, alias: "e") else { return [] }
        return try writer.read { db in
            let sql = """
                SELECT e.uscc, e.slug, e.nameZh, e.nameEn FROM enterprise e
                WHERE \(condition.sql) AND (e.nameZh = ? OR lower(e.nameEn) = lower(?)) ORDER BY e.id LIMIT ?
                """
            return try Row.fetchAll(db, sql: sql, arguments: condition.arguments + [simplified, simplified, limit]).map { row in
                NameMatch(kind: "enterprise", ref: row["uscc"] ?? row["slug"], name: Rows.text(row, "nameZh", "nameEn"))
            }
        }
    }

    /// The condition that an enterprise's name (table alias `alias`) contains every word of `query`: words are
    /// separated by spaces (ASCII or ideographic) and read in simplified script. Words of three characters or more
    /// go to the FTS5 trigram index as one query; shorter ones (花都, 汽) cannot be trigrams and use `instr()`.
    /// Nil for a query without words.
    static func nameCondition(_ query: String, alias: String) -> (sql: String, arguments: StatementArguments)? {
        guard let words = nameWords(query) else { return nil }
        var clauses: [String] = []
        var arguments = StatementArguments()
        if let match = words.match {
            clauses.append("\(alias).id IN (SELECT rowid FROM enterpriseSearch WHERE enterpriseSearch MATCH ?)")
            arguments += [match]
        }
        for word in words.short { clauses.append(shortWordClause(word, alias: alias, &arguments)) }
        return (clauses.joined(separator: " AND "), arguments)
    }

    /// The words of `query` (see ``nameCondition(_:alias:)``): those of three characters or more as one FTS5 query,
    /// nil when there are none, and the shorter ones. Nil for a query without words.
    static func nameWords(_ query: String) -> (match: String?, short: [String])? {
        let words = TraditionalScript.simplified(query).items(separatedBy: [" ", "\t", "\u{3000}"])
        guard !words.isEmpty else { return nil }
        let long = words.filter { $0.count >= 3 }
        return (long.isEmpty ? nil : long.map(phrase).joined(separator: " AND "), words.filter { $0.count < 3 })
    }

    /// The test that `word` occurs in the Chinese name or, in any case, the English one of `alias`; its values are
    /// added to `arguments`.
    static func shortWordClause(_ word: String, alias: String, _ arguments: inout StatementArguments) -> String {
        arguments += [word, word]
        return "(instr(\(alias).nameZh, ?) > 0 OR instr(lower(coalesce(\(alias).nameEn, '')), lower(?)) > 0)"
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
