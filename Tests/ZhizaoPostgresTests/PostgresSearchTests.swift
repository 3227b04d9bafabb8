import Testing
import ZhizaoCore
@testable import ZhizaoPostgres

/// Chinese substring search: trigram index for words of three characters or more, another path for shorter ones.
extension PostgresServerTests {
@Suite struct PostgresSearchTests {
    static let names = [
        ("广州智能装备制造有限公司", "Guangzhou Smart Equipment"),
        ("花都汽车零部件有限公司", "Huadu Auto Parts Co."),
        ("番禺100%纯净水厂", ""),
        ("南沙汽车整车制造有限公司", "Nansha Vehicles"),
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
        ("汽车零部件", ["花都汽车零部件有限公司"]),  // trigram path
        ("汽车", ["花都汽车零部件有限公司", "南沙汽车整车制造有限公司"]),  // two characters
        ("智", ["广州智能装备制造有限公司"]),  // one character
        ("汽車零部件", ["花都汽车零部件有限公司"]),  // traditional script read as simplified
        ("南沙 制造有限", ["南沙汽车整车制造有限公司"]),  // every word, of either length
        ("auto PARTS", ["花都汽车零部件有限公司"]),  // English, any case
        ("100%纯", ["番禺100%纯净水厂"]),
        ("1%纯", []),  // % is a character, not a wildcard
        ("   ", []),
    ])
    func aQueryFindsTheNamesContainingEveryWord(query: String, expected: [String]) async throws {
        try await Self.withRegistry { engine in
            let found = try await engine.searchEnterprises(query).map(\.name.zh)
            #expect(found == expected)
        }
    }

    /// A trigram search reads the first firms by id first and the index only when those hold too few matches: the
    /// answer is the same either way.
    @Test func aTrigramSearchGivesTheFirstMatchesByIdWhereverTheyAre() async throws {
        try await Self.withRegistry { engine in
            for (query, limit) in [("有限公司", 3), ("制造有限公司", 2), ("汽车零部件", 20), ("有限公司 汽车", 2), ("不存在的企业", 20)] {
                let all = try await engine.searchEnterprises(query, limit: limit, earlyFirms: 1_000_000)
                for earlyFirms in [0, 1, 2, 5] {
                    #expect(try await engine.searchEnterprises(query, limit: limit, earlyFirms: earlyFirms) == all, "\(query), \(earlyFirms)")
                }
            }
            #expect(try await engine.searchEnterprises("制造有限公司", limit: 2, earlyFirms: 0).map(\.name.zh) == ["广州智能装备制造有限公司", "南沙汽车整车制造有限公司"])
            #expect(try await engine.searchEnterprises("有限公司", limit: 3, earlyFirms: 0).count == 3)
        }
    }

    @Test func theTrigramIndexServesAChineseSubstring() async throws {
        try await Self.withRegistry { engine in
            let plan = try await engine.transaction { connection in
                try await connection.query("SET LOCAL enable_seqscan = off", logger: engine.logger)
                var lines: [String] = []
                let rows = try await connection.query(
                    "EXPLAIN SELECT id FROM enterprise e WHERE e.nameZh ILIKE '%汽车零部件%'", logger: engine.logger)
                for try await line in rows.decode(String.self) { lines.append(line) }
                return lines.joined(separator: "\n")
            }
            #expect(plan.contains("enterprise_namezh_trgm"))
        }
    }
}
}
