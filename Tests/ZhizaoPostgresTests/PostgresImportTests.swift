import Foundation
import Testing
import ZhizaoCore
import ZhizaoInterchange
@testable import ZhizaoPostgres

/// Enterprise imports by COPY and one merge: SQLite's rules, all-or-nothing, audited.
extension PostgresServerTests {
@Suite struct PostgresImportTests {
    static let actor = Actor.local("tester", via: "zhizao import enterprises")
    static let header = "uscc,name,name_en,district,park,industry_code,founded,employees,revenue_cny,revenue_year,revenue_history,designations\n"

    static func generated(_ count: Int, seed: UInt64 = 11) -> [UInt8] {
        var registry = SyntheticRegistry(seed: seed)
        return Array((SyntheticRegistry.headerLine + (0..<count).map { _ in registry.nextLine() }.joined()).utf8)
    }

    /// A valid USCC of a Guangzhou district, from the generator.
    static func uscc(seed: UInt64) -> String {
        var registry = SyntheticRegistry(seed: seed)
        return String(registry.nextLine().prefix { $0 != "," })
    }

    @Test func aFileIsInsertedThenUpdatedByUSCCAndEachImportAudited() async throws {
        try await TestPostgres.withEngine { engine in
            // Given 50 generated firms imported
            let file = Self.generated(50)
            let first = try await engine.importEnterprises(csv: file, file: "e.csv", by: Self.actor)
            #expect(first.rows == 50 && first.inserted == 50 && first.updated == 0)
            // When the same file is imported again
            let second = try await engine.importEnterprises(csv: file, file: "e.csv", by: Self.actor)
            // Then every row updates its firm, and each import is one audit entry with its counts
            #expect(second.rows == 50 && second.inserted == 0 && second.updated == 50)
            let firms = try await TestPostgres.count(engine, "enterprise")
            #expect(firms == 50)
            let notes = try await TestPostgres.column(engine, "SELECT note FROM audit WHERE action = 'import' ORDER BY id")
            #expect(notes.count == 2)
            #expect(notes.last??.contains(#""inserted":"0""#) == true && notes.last??.contains(#""sha256":"\#(SHA256.hex(file))""#) == true)
            let lastWriteIsEmpty = try await TestPostgres.column(engine, "SELECT lastWriteAt FROM databaseInfo").first??.isEmpty
            #expect(lastWriteIsEmpty == false)
        }
    }

    @Test func anUpdateMergesRevenueByYearAndDesignationsByKind() async throws {
        try await TestPostgres.withEngine { engine in
            let uscc = Self.uscc(seed: 3)
            // Given a firm with revenue 2020–2022 and one designation
            let first = Self.header + "\(uscc),花都汽车零部件有限公司,,花都区,,3670,2015,120,30000000,2022,2020=20000000;2021=25000000,小巨人:2021:国家级\n"
            _ = try await engine.importEnterprises(csv: Array(first.utf8), file: "a.csv", by: Self.actor)
            // When a file renames it, gives 2023 and 2021 anew and another designation
            let second = Self.header + "\(uscc),花都汽车部件有限公司,Huadu Auto Parts,花都区,,3670,2015,150,36000000,2023,2021=26000000,规上:2023\n"
            let summary = try await engine.importEnterprises(csv: Array(second.utf8), file: "b.csv", by: Self.actor)
            #expect(summary.updated == 1 && summary.inserted == 0)
            // Then the stored years are kept, the file's win, and the latest year and projection follow
            let row = try await TestPostgres.column(
                engine,
                "SELECT concat_ws('|', nameZh, nameEn, employees, revenueYear, revenueCNY, revenueHistory, round(revenueProjectedCNY)) FROM enterprise")
            let projected = (36_000_000 * pow(36_000_000 / 20_000_000.0, 1.0 / 3)).rounded()
            #expect(row == ["花都汽车部件有限公司|Huadu Auto Parts|150|2023|36000000|2020=20000000;2021=26000000;2022=30000000;2023=36000000|\(Int(projected))"])
            let designations = try await TestPostgres.column(engine, "SELECT concat_ws(':', kind, year, level) FROM designation ORDER BY kind")
            #expect(Set(designations.compactMap { $0 }) == ["little-giant:2021:national", "above-scale:2023"])
        }
    }

    @Test func aFileWithOneBadRowWritesNothingAndSaysWhere() async throws {
        try await TestPostgres.withEngine { engine in
            var lines = String(decoding: Self.generated(30, seed: 12), as: UTF8.self).split(separator: "\n").map(String.init)
            var fields = lines[30].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[5] = "9999"
            lines[30] = fields.joined(separator: ",")
            await #expect {
                try await engine.importEnterprises(csv: Array(lines.joined(separator: "\n").utf8), file: "bad.csv", by: Self.actor)
            } throws: { error in
                let problems = (error as? ImportError)?.problems ?? []
                return problems.count == 1 && problems[0].file == "bad.csv" && problems[0].line == 31
                    && problems[0].message.hasPrefix("industry_code \"9999\"")
            }
            let firms = try await TestPostgres.count(engine, "enterprise")
            #expect(firms == 0)
            let auditEntries = try await TestPostgres.count(engine, "audit")
            #expect(auditEntries == 0)
        }
    }

    @Test func aLargeLoadBuildsTheIndexesItDroppedAgain() async throws {
        try await TestPostgres.withEngine { engine in
            // Given the enterprise table's index definitions after migration
            let indexes = "SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = 'enterprise'::regclass ORDER BY 1"
            let migrated = try await TestPostgres.column(engine, indexes)
            #expect(migrated.count == 9)
            // When a load large enough to drop and rebuild the secondary indexes (2,000 rows here, 50,000 in use) is
            // imported into the empty registry
            let summary = try await engine.importEnterprises(
                csv: Self.generated(2_000, seed: 41), file: "big.csv", by: Self.actor, largeLoad: 1_000)
            // Then every index is there again, the same, and a search finds firms
            #expect(summary.inserted == 2_000)
            let after = try await TestPostgres.column(engine, indexes)
            #expect(after == migrated)
            let found = try await engine.searchEnterprises("有限公司", limit: 5)
            #expect(found.count == 5)
        }
    }

    @Test(arguments: [(49_999, 0, false), (50_000, 0, true), (60_000, 59_999, true), (60_000, 60_000, false)])
    func onlyALoadLargerThanTheRegistryRebuildsIndexes(rows: Int, stored: Int, rebuilds: Bool) {
        #expect(PostgresEngine.rebuildsIndexes(importing: rows, into: stored) == rebuilds)
    }
}
}
