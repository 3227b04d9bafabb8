import PostgresNIO
import ZhizaoCore
import ZhizaoStorage

/// Chinese substring search over enterprise names, with the SQLite engine's rules (AppDatabase+Search): every
/// word of the query (split at ASCII or ideographic spaces, read in simplified script) must occur in the Chinese
/// or English name, case-insensitively for English; results by id.
///
/// Words of three characters or more with a letter that has a case are `ILIKE '%word%'` tests; other words (all
/// Chinese ones) are `strpos` tests (of the Chinese name as written, of the English one in any case; of both as
/// written for a word without case, which finds the same firms). When a search reaches the index of the names'
/// pairs of characters (migration v6), its words of two characters or more narrow the firms through it: the name
/// holds each of the word's pairs. A query of one-character words only reads the firms in id order, which stops
/// at the limit (公, 汽 find their rows at once).
///
/// A query with an indexed word is answered in steps, so that its cost does not hang on the planner's guess of
/// how common the words are (a guess from a sample, which once sent a word that matched nothing through every row
/// in id order, for seconds). First the first ``probeFirms`` firms by id: they serve a query found in one name in
/// a hundred, and a query none of them holds goes straight to the index. A query some of them hold reads on to the
/// first ``earlyFirms``, which serve one found in one name in 500 (`汽车零部件`: 3 ms at 1M firms). Last, the index
/// over all firms, sorted by id afterwards (`e.id + 0` keeps the planner from the id-order scan), which costs in
/// proportion to the firms that hold every pair of the query's words; a word in most of the first firms is left
/// out of that test (``narrowingWords(_:among:on:)``).
extension PostgresEngine {
    /// How many firms, by id, an indexed search reads first: when none of them holds the query, the index answers.
    static let probeFirms = 2_000

    /// How many firms, by id, an indexed search reads before the index when the first ``probeFirms`` hold some
    /// matches but not enough.
    static let earlyFirms = 10_000

    /// How many firms, by id, tell which of a query's words are in most names: enough to tell a word in nine names
    /// in ten from one in two, few enough to cost a fraction of a millisecond.
    static let wordSample = 200

    /// The indexed expression of migration v6: the pairs of characters of both names, lower-cased.
    static let nameBigrams = "zhizao_bigrams(lower(e.nameZh || ' ' || coalesce(e.nameEn, '')))"

    public func searchEnterprises(_ query: String, limit: Int = 20) async throws -> [NameMatch] {
        try await searchEnterprises(query, limit: limit, probeFirms: Self.probeFirms, earlyFirms: Self.earlyFirms)
    }

    func searchEnterprises(_ query: String, limit: Int, probeFirms: Int, earlyFirms: Int) async throws -> [NameMatch] {
        guard let name = Self.nameCondition(query) else { return [] }
        var binds = name.binds
        binds.append(limit)
        let limitParameter = binds.count
        guard name.indexed else {
            return try await enterpriseMatches(Self.matches(in: "enterprise e", name.exact, by: "e.id", limitParameter), binds)
        }
        let (probe, early) = (
            Self.firstMatches(among: min(probeFirms, earlyFirms), name.exact, limitParameter),
            Self.firstMatches(among: earlyFirms, name.exact, limitParameter)
        )
        return try await withConnection { [binds] connection in
            let probed = try await self.enterpriseMatches(probe, binds, on: connection)
            guard probed.count < limit else { return probed }
            if !probed.isEmpty, earlyFirms > probeFirms {
                let found = try await self.enterpriseMatches(early, binds, on: connection)
                guard found.count < limit else { return found }
            }
            let paired = try await self.narrowingWords(name, among: min(probeFirms, Self.wordSample), on: connection)
            return try await self.enterpriseMatches(
                Self.matches(in: "enterprise e", name.sql(pairing: paired), by: "e.id + 0", limitParameter), binds, on: connection)
        }
    }

    /// The words (where their values are bound) whose pairs the index step tests: of a query of several such words,
    /// those in at most half of the first `firms` firms by id (``wordSample``), or else the rarest. A word in nearly every name
    /// (广州 in the generated registry) narrows little, and its pairs' lists in the index hold nearly every firm:
    /// with it, the query that matches nothing read 1,360 pages of the index at 10M firms in 15 ms, without it 232 in
    /// 3 ms. Such a word is still tested in the names.
    func narrowingWords(_ name: NameCondition, among firms: Int, on connection: PostgresConnection) async throws -> [Int] {
        let paired = name.words.compactMap { word in word.pairs.map { (word.test, $0) } }
        guard paired.count > 1 else { return paired.map(\.1) }
        let counts = paired.map { "count(*) FILTER (WHERE \($0.0))" }.joined(separator: ", ")
        let sql = "SELECT ARRAY[count(*), \(counts)] FROM \(Self.firstFirms(firms))"
        let found = try await Self.single([Int].self, try await connection.query(PostgresQuery(unsafeSQL: sql, binds: name.binds), logger: logger))
        return Self.narrowing(paired.map(\.1), matches: Array(found.dropFirst()), among: found.first ?? 0)
    }

    /// Of the words bound at `words`, found in `matches` (in order) of `firms` firms: those in at most half of them,
    /// or else the rarest; all of them when no firm was read.
    static func narrowing(_ words: [Int], matches: [Int], among firms: Int) -> [Int] {
        guard firms > 0, words.count == matches.count else { return words }
        let rare = zip(words, matches).filter { $0.1 * 2 <= firms }.map(\.0)
        if !rare.isEmpty { return rare }
        return zip(words, matches).min(by: { $0.1 < $1.1 }).map { [$0.0] } ?? words
    }

    /// The first firms among `firms` (a table or subquery named `e`) that meet `condition`, in the order of `key`,
    /// as many as the value bound at `limitParameter`.
    static func matches(in firms: String, _ condition: String, by key: String, _ limitParameter: Int) -> String {
        "SELECT e.uscc, e.slug, e.nameZh, e.nameEn FROM \(firms) WHERE \(condition) ORDER BY \(key) LIMIT $\(limitParameter)"
    }

    /// The first firms by id among the first `firms` that meet `condition`. It reads only the columns it tests and
    /// returns, which the index of migration v7 holds (the registry's rows are wide), and tests the words alone: as
    /// a filter, the test of pairs would cut every name it reads into pairs.
    static func firstMatches(among firms: Int, _ condition: String, _ limitParameter: Int) -> String {
        matches(in: firstFirms(firms), condition, by: "e.id", limitParameter)
    }

    /// The first `count` firms by id as a subquery named `e`, with the columns that the index of migration v7 holds.
    static func firstFirms(_ count: Int) -> String {
        "(SELECT id, uscc, slug, nameZh, nameEn FROM enterprise ORDER BY id LIMIT \(count)) e"
    }

    /// The condition that `e`'s names contain every word of `query`: `sql` with the test of pairs the index serves
    /// when a word has two characters or more (`indexed`), `exact` without it; both take `binds`.
    struct NameCondition {
        /// Each word's test, and where its value is bound when its pairs are tested (two characters or more).
        var words: [(test: String, pairs: Int?)]
        var binds: PostgresBindings

        /// Every word's test.
        var exact: String { words.map(\.test).joined(separator: " AND ") }
        /// Where the values of the words whose pairs can be tested are bound.
        var paired: [Int] { words.compactMap(\.pairs) }
        /// Whether the index of pairs serves the condition.
        var indexed: Bool { !paired.isEmpty }
        /// `exact` with the test of every word's pairs.
        var sql: String { sql(pairing: paired) }

        /// `exact` with the test of pairs of the words bound at `paired` only.
        func sql(pairing paired: [Int]) -> String {
            paired.isEmpty ? exact : PostgresEngine.holdsPairs(ofWordsAt: paired) + " AND " + exact
        }
    }

    /// The condition that `e`'s names contain every word of `query`; nil for no words.
    static func nameCondition(_ query: String) -> NameCondition? {
        let words = TraditionalScript.simplified(query).items(separatedBy: [" ", "\t", "\u{3000}"])
        guard !words.isEmpty else { return nil }
        var condition = NameCondition(words: [], binds: PostgresBindings())
        for word in words {
            let noCase = hasNoCase(word)
            let test: String
            if word.count >= 3 && !noCase {
                condition.binds.append("%" + likeEscaped(word) + "%")
                test = "(e.nameZh ILIKE $\(condition.binds.count) OR e.nameEn ILIKE $\(condition.binds.count))"
                condition.binds.append(word)
            } else {
                condition.binds.append(word)
                // The English name in any case; a word without case needs no name lower-cased.
                let at = condition.binds.count
                let (english, value) = noCase ? ("e.nameEn", "$\(at)") : ("lower(coalesce(e.nameEn, ''))", "lower($\(at))")
                test = "(strpos(e.nameZh, $\(at)) > 0 OR strpos(\(english), \(value)) > 0)"
            }
            condition.words.append((test, word.count >= 2 ? condition.binds.count : nil))
        }
        return condition
    }

    /// Whether `word` holds no letter that has a case (Chinese, digits, punctuation): it then occurs in a name in any
    /// case exactly where it occurs in the name as written, so `strpos` finds what `ILIKE` finds at about a third of
    /// the cost, with no name lower-cased (which took half the time of reading the first 10,000 firms).
    static func hasNoCase(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0..<0x80: !(scalar.properties.isAlphabetic)
            case 0x3000...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: true
            default: false
            }
        }
    }

    /// The test, served by the index of migration v6, that `e`'s names hold every pair of characters of the words
    /// bound at `parameters` (each of two characters or more; pairs are cut by the same function as the index's,
    /// so the two always agree).
    static func holdsPairs(ofWordsAt parameters: [Int]) -> String {
        "\(nameBigrams) @> (" + parameters.map { "zhizao_bigrams(lower($\($0)))" }.joined(separator: " || ") + ")"
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
