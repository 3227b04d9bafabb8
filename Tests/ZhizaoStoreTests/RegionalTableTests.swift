import Foundation
import Testing
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoInterchange
@testable import ZhizaoStore
import ZhizaoStorage

/// Named regional tables (v9-regional-values): imported whole and audited, listed, read back as tables.
@Suite struct RegionalTableTests {
    static let yearbook = """
        广东省统计年鉴 表 13-5
        地区,行业,数值,年份
        广州,36,2100,2022
        深圳,39,5400,2022
        广州,39,800,2022
        广州,36,2300,2023
        深圳,39,5600,2023
        佛山,38,1900,2023
        """

    @Test func aTableIsStoredWholeAndReadBackYearByYear() throws {
        // Given a yearbook table with a title row and Chinese headings
        let database = try AppDatabase.inMemory()
        // When it is imported under a name
        let info = try database.importRegionalTable(
            Array(Self.yearbook.utf8), file: "gd.csv", name: "广东各市", measure: "企业数", source: "广东统计年鉴2023", by: .test)
        // Then it is listed with its years and rows, and the write is in the audit log
        #expect(info.rows == 6 && info.years == [2022, 2023])
        #expect(try database.regionalTables() == [info])
        let entry = try #require(try database.auditEntries(.init(recordType: "regionalTable")).first)
        #expect(entry.action == "import" && entry.recordId == "广东各市")
        // and it reads back as one table a year, in the file's order
        let tables = try #require(try database.regionalTable(named: "广东各市"))
        #expect(tables.map(\.year) == [2022, 2023])
        #expect(tables[0].table == RegionIndustryTable(regions: ["广州", "深圳"], industries: ["36", "39"], values: [2100, 800, 0, 5400]))
        #expect(tables[1].table.regions == ["广州", "深圳", "佛山"])
        #expect(try database.regionalTable(named: "无此表") == nil)
    }

    @Test func aSecondImportOfTheSameNameNeedsReplace() throws {
        let database = try AppDatabase.inMemory()
        try database.importRegionalTable(Array(Self.yearbook.utf8), file: "gd.csv", name: "广东各市", by: .test)
        // When the same name comes again without replace, it is refused and the table is unchanged
        let smaller = "地区,行业,数值\n广州,36,1\n"
        #expect(throws: StoreError.self) {
            try database.importRegionalTable(Array(smaller.utf8), file: "b.csv", name: "广东各市", by: .test)
        }
        #expect(try database.regionalTables().first?.rows == 6)
        // and with replace it takes the new rows only
        try database.importRegionalTable(Array(smaller.utf8), file: "b.csv", name: "广东各市", replace: true, by: .test)
        #expect(try database.regionalTables().map(\.rows) == [1])
        #expect(try database.regionalTable(named: "广东各市")?.map(\.year) == [nil])
        #expect(try database.auditEntries(.init(recordType: "regionalTable")).first?.action == "replace")
    }

    @Test func aFileWithAProblemStoresNothing() throws {
        let database = try AppDatabase.inMemory()
        let bad = "地区,行业,数值\n广州,36,12\n深圳,39,十二\n"
        let error = try #require(throws: ImportError.self) {
            try database.importRegionalTable(Array(bad.utf8), file: "bad.csv", name: "坏表", by: .test)
        }
        #expect(error.problems.map { "\($0.line):\($0.column)" } == ["3:7"])
        #expect(try database.regionalTables().isEmpty)
    }
}
