import PostgresNIO
import Testing
import ZhizaoCore
import ZhizaoStorage
@testable import ZhizaoPostgres

/// Chinese substring search: the index of the names' pairs of characters for words of two characters or more, the
/// firms in id order for a query of single characters.
extension PostgresServerTests {
@Suite struct PostgresSearchTests {
    static let names = [
        ("广州智能装备制造有限公司", "Guangzhou Smart Equipment"),
        ("花都汽车零部件有限公司", "Huadu Auto Parts Co."),
        ("番禺100%纯净水厂", ""),
        ("南沙汽车整车制造有限公司", "Nansha Vehicles"),
        ("番禺TCL电子厂", ""),
    ]

    /// An engine whose registry holds ``names``, in that order.
    static func withRegistry(_ body: (PostgresEngine) async throws -> Void) async throws {
        try await TestPostgres.withEngine { engine in
            var csv = PostgresImportTests.header
            for (index, (zh, en)) in names.enumerated() {
                csv += "\(PostgresImportTests.uscc(seed: UInt64(100 + index))),\(zh),\(en),花都区,,3670,2015,120,,,,\n"
            }
            _ = try await engine.importEnterprises(csv: Array(csv.utf8), file: "names.csv", by: PostgresImportTests.actor)
            try await body(engine)
        }
    }

    @Test(arguments: [
        ("汽车零部件", ["花都汽车零部件有限公司"]),  // ILIKE, through the index
        ("汽车", ["花都汽车零部件有限公司", "南沙汽车整车制造有限公司"]),  // two characters, through the index
        ("沙汽", ["南沙汽车整车制造有限公司"]),
        ("co", ["花都汽车零部件有限公司"]),  // two letters of the English name, in any case
        ("PA", ["花都汽车零部件有限公司"]),
        ("智", ["广州智能装备制造有限公司"]),  // one character
        ("汽車零部件", ["花都汽车零部件有限公司"]),  // traditional script read as simplified
        ("南沙 制造有限", ["南沙汽车整车制造有限公司"]),  // every word, of either length
        ("auto PARTS", ["花都汽车零部件有限公司"]),  // English, any case
        (".", ["花都汽车零部件有限公司"]),  // a word without case, in the English name only
        ("100%纯", ["番禺100%纯净水厂"]),
        ("tcl电子", ["番禺TCL电子厂"]),  // a long word with letters: the Chinese name in any case too
        ("电子厂", ["番禺TCL电子厂"]),
        ("1%纯", []),  // % is a character, not a wildcard
        ("   ", []),
    ])
    func aQueryFindsTheNamesContainingEveryWord(query: String, expected: [String]) async throws {
        try await Self.withRegistry { engine in
            let found = try await engine.searchEnterprises(query).map(\.name.zh)
            #expect(found == expected)
        }
    }

    /// An indexed search reads the first firms by id first (a few, then more when the few hold some matches) and the
    /// index only when those hold too few matches: the answer is the same whichever step gives it, for words of two
    /// characters as for longer ones.
    @Test func anIndexedSearchGivesTheFirstMatchesByIdWhereverTheyAre() async throws {
        try await Self.withRegistry { engine in
            let queries = [
                ("有限公司", 3), ("制造有限公司", 2), ("汽车零部件", 20), ("有限公司 汽车", 2), ("不存在的企业", 20), ("公司", 2), ("汽车 制造", 20),
                ("南沙 汽车", 1), ("科技", 20), ("auto 花都", 20),
            ]
            for (query, limit) in queries {
                let all = try await engine.searchEnterprises(query, limit: limit, probeFirms: 1_000_000, earlyFirms: 1_000_000)
                // The first matches by id, found here without the database.
                let words = query.split(separator: " ").map { $0.lowercased() }
                let expected = Self.names.filter { zh, en in words.allSatisfy { zh.lowercased().contains($0) || en.lowercased().contains($0) } }
                #expect(all.map(\.name.zh) == Array(expected.prefix(limit).map(\.0)), "\(query)")
                for probeFirms in [0, 1, 2, 5] {
                    for earlyFirms in [0, 1, 2, 5] {
                        let found = try await engine.searchEnterprises(query, limit: limit, probeFirms: probeFirms, earlyFirms: earlyFirms)
                        #expect(found == all, "\(query), \(probeFirms), \(earlyFirms)")
                    }
                }
            }
            #expect(try await engine.searchEnterprises("制造有限公司", limit: 2, probeFirms: 0, earlyFirms: 0).map(\.name.zh) == ["广州智能装备制造有限公司", "南沙汽车整车制造有限公司"])
            #expect(try await engine.searchEnterprises("有限公司", limit: 3, probeFirms: 0, earlyFirms: 0).count == 3)
            #expect(try await engine.searchEnterprises("汽车 制造", limit: 20, probeFirms: 0, earlyFirms: 0).map(\.name.zh) == ["南沙汽车整车制造有限公司"])
        }
    }

    /// The search's own condition, for a word of two characters and for a longer one, is one the index serves.
    @Test(arguments: ["汽车", "汽车零部件", "南沙 汽车零部件 a"])
    func theIndexOfPairsServesTheSearchsCondition(query: String) async throws {
        try await Self.withRegistry { engine in
            let name = try #require(PostgresEngine.nameCondition(query))
            let (condition, binds) = (name.sql, name.binds)
            #expect(name.indexed)
            let plan = try await engine.transaction { connection in
                try await connection.query("SET LOCAL enable_seqscan = off", logger: engine.logger)
                try await connection.query("SET LOCAL enable_indexscan = off", logger: engine.logger)
                var lines: [String] = []
                let rows = try await connection.query(
                    PostgresQuery(unsafeSQL: "EXPLAIN SELECT id FROM enterprise e WHERE \(condition)", binds: binds), logger: engine.logger)
                for try await line in rows.decode(String.self) { lines.append(line) }
                return lines.joined(separator: "\n")
            }
            #expect(plan.contains("enterprise_name_bigrams"), "\(plan)")
        }
    }

    /// The first steps of a search read the first firms by id from the index of migration v7 alone, once a vacuum
    /// has marked the table's pages visible.
    @Test func theFirstFirmsAreReadFromAnIndexAlone() async throws {
        try await Self.withRegistry { engine in
            try await engine.withConnection { connection in
                _ = try await connection.query("VACUUM enterprise", logger: engine.logger)
            }
            let name = try #require(PostgresEngine.nameCondition("汽车零部件 花都"))
            var binds = name.binds
            binds.append(20)
            let sql = PostgresEngine.firstMatches(among: 10_000, name.exact, binds.count)
            let plan = try await engine.transaction { [binds] connection in
                try await connection.query("SET LOCAL enable_seqscan = off", logger: engine.logger)
                var lines: [String] = []
                let rows = try await connection.query(PostgresQuery(unsafeSQL: "EXPLAIN " + sql, binds: binds), logger: engine.logger)
                for try await line in rows.decode(String.self) { lines.append(line) }
                return lines.joined(separator: "\n")
            }
            #expect(plan.contains("Index Only Scan using enterprise_names_by_id"), "\(plan)")
        }
    }

    /// The registry's filter tests pairs only for words that are not common among the first firms, and finds the
    /// same firms either way.
    @Test func theRegistryTestsPairsOnlyForWordsThatAreNotCommon() async throws {
        try await Self.withRegistry { engine in
            for (text, common) in [("有限公司", true), ("汽车", true), ("汽车零部件", false), ("tcl电子", false), ("科技", false)] {
                let query = EnterpriseQuery(text: text, sort: .founded)
                let (conditions, _) = try await engine.withConnection { connection in
                    try await engine.registryFilter(query, on: connection, commonMatches: 2)
                }
                #expect(conditions.joined().contains("zhizao_bigrams") == !common, "\(text)")
                var found: [[String]] = []
                for pairs in [true, false] {
                    let (conditions, binds) = PostgresEngine.registryFilter(query, pairs: pairs)
                    let (sql, rowBinds) = PostgresEngine.registryRows(query, conditions, binds, limit: 50, offset: 0)
                    found.append(try await engine.enterprises(sql, rowBinds).map(\.name.zh))
                }
                #expect(found[0] == found[1], "\(text)")
            }
        }
    }

    /// The index step tests the pairs of the words in at most half of the first firms, or else of the rarest word.
    @Test(arguments: [
        ([1, 3], [0, 9], 10, [1]),  // 广州 in nearly every name: left to the names' test
        ([1, 3], [2, 5], 10, [1, 3]),  // half is not most
        ([1, 3, 5], [8, 7, 9], 10, [3]),  // all common: the rarest
        ([1, 3], [0, 0], 0, [1, 3]),  // no firms read: every word
    ])
    func theIndexTestsThePairsOfWordsThatNarrow(words: [Int], matches: [Int], firms: Int, expected: [Int]) {
        #expect(PostgresEngine.narrowing(words, matches: matches, among: firms) == expected)
    }

    /// With a word in most names of the registry, the index step leaves its pairs out and finds the same firms.
    @Test func aWordInMostNamesIsLeftToTheNamesTest() async throws {
        try await Self.withRegistry { engine in
            let name = try #require(PostgresEngine.nameCondition("汽车 番禺"))  // each in two of the five names
            let common = try #require(PostgresEngine.nameCondition("汽车零部件 有限公司"))
            let paired = try await engine.withConnection { connection in
                (try await engine.narrowingWords(name, among: 5, on: connection), try await engine.narrowingWords(common, among: 5, on: connection))
            }
            #expect(paired.0 == [1, 2])
            #expect(paired.1 == [1])  // 有限公司 is in three of five names
            for query in ["汽车零部件 有限公司", "有限公司 制造", "汽车 番禺"] {
                let all = try await engine.searchEnterprises(query, limit: 20, probeFirms: 1_000_000, earlyFirms: 1_000_000)
                #expect(try await engine.searchEnterprises(query, limit: 20, probeFirms: 5, earlyFirms: 5) == all, "\(query)")
                #expect(try await engine.searchEnterprises(query, limit: 20, probeFirms: 0, earlyFirms: 0) == all, "\(query)")
            }
        }
    }

    @Test(arguments: [("汽车零部件", true), ("100%纯", true), ("番禺 ", true), ("TCL电子", false), ("ｔｃｌ", false), ("é", false)])
    func aWordWithoutCaseIsFoundByStrpos(word: String, noCase: Bool) {
        #expect(PostgresEngine.hasNoCase(word) == noCase)
    }

    @Test func aQueryOfSingleCharactersIsNotIndexed() throws {
        #expect(try #require(PostgresEngine.nameCondition("汽 a")).indexed == false)
    }
}
}
