import Foundation
import Testing
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoRegistryTesting
import ZhizaoStorage

extension StorageContract {
    /// Named regional tables (``AnalysisStore``): imported whole and audited, listed, read back as tables, and their
    /// specialisation and opportunities — the same on every engine.
    struct RegionalTableContractTests {
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

        static func importTable(
            _ store: any AnalysisStore, _ text: String, name: String, measure: String? = nil, source: String? = nil, replace: Bool = false,
            by actor: Actor = .contract
        ) async throws -> RegionalTableInfo {
            try await store.importRegionalTable(
                Array(text.utf8), file: "table.csv", sheet: nil, name: name, measure: measure, source: source, replace: replace, by: actor)
        }

        @Test(arguments: StorageEngine.available)
        func aTableIsStoredWholeAndReadBackYearByYear(_ engine: StorageEngine) async throws {
            try await engine.with((any AnalysisStore).self) { store in
                // Given a yearbook table with a title row and Chinese headings, imported under a name
                let info = try await Self.importTable(store, Self.yearbook, name: "广东各市", measure: "企业数", source: "广东统计年鉴2023")
                // Then it is listed with its years and rows, and the write is in the audit log
                #expect(info.rows == 6 && info.years == [2022, 2023] && info.measure == "企业数")
                #expect(try await store.regionalTables() == [info])
                #expect(try await store.hasRegionalTable(named: "广东各市"))
                #expect(try await store.hasRegionalTable(named: "无此表") == false)
                let entry = try #require(try await StoredRecords.audit(store).last)
                #expect(entry.action == "import" && entry.recordType == "regionalTable" && entry.recordId == "广东各市")
                #expect(entry.noteValues.first { $0.key == "measure" }?.value == "企业数")
                // and it reads back as one table a year, in the file's order
                let tables = try #require(try await store.regionalTable(named: "广东各市"))
                #expect(tables.map(\.year) == [2022, 2023])
                #expect(tables[0].table == RegionIndustryTable(regions: ["广州", "深圳"], industries: ["36", "39"], values: [2100, 800, 0, 5400]))
                #expect(tables[1].table.regions == ["广州", "深圳", "佛山"])
                #expect(try await store.regionalTable(named: "无此表") == nil)
                // and a second table is listed by name
                _ = try await Self.importTable(store, "地区,行业,数值\n广州,36,1\n", name: "A表")
                #expect(try await store.regionalTables().map(\.name) == ["A表", "广东各市"])
            }
        }

        @Test(arguments: StorageEngine.available)
        func aSecondImportOfTheSameNameNeedsReplace(_ engine: StorageEngine) async throws {
            try await engine.with((any AnalysisStore).self) { store in
                _ = try await Self.importTable(store, Self.yearbook, name: "广东各市")
                // When the same name comes again without replace, it is refused and the table is unchanged
                let smaller = "地区,行业,数值\n广州,36,1\n"
                let error = try await #require(throws: StoreError.self) { try await Self.importTable(store, smaller, name: "广东各市") }
                #expect(error.code == .exists && error.message.contains("regional table named 广东各市 exists"))
                #expect(try await store.regionalTables().first?.rows == 6)
                // and with replace it takes the new rows only
                _ = try await Self.importTable(store, smaller, name: "广东各市", replace: true)
                #expect(try await store.regionalTables().map(\.rows) == [1])
                #expect(try await store.regionalTable(named: "广东各市")?.map(\.year) == [nil])
                #expect(try await StoredRecords.audit(store).last?.action == "replace")
                // An editor may not import one
                let editor = try await #require(throws: StoreError.self) {
                    try await Self.importTable(store, smaller, name: "又一个", by: .huaduEditor)
                }
                #expect(editor.code == .invalid && editor.message.contains("a regional table needs an analyst or admin"))
            }
        }

        @Test(arguments: StorageEngine.available)
        func aFileWithAProblemStoresNothing(_ engine: StorageEngine) async throws {
            try await engine.with((any AnalysisStore).self) { store in
                let auditBefore = try await StoredRecords.audit(store).count
                let error = try await #require(throws: ImportError.self) {
                    try await Self.importTable(store, "地区,行业,数值\n广州,36,12\n深圳,39,十二\n", name: "坏表")
                }
                #expect(error.problems.map { "\($0.line):\($0.column)" } == ["3:7"])
                #expect(try await store.regionalTables().isEmpty)
                #expect(try await StoredRecords.audit(store).count == auditBefore)
            }
        }

        @Test(arguments: StorageEngine.available)
        func opportunitiesFollowTheTablesLocationQuotientsAndTheRegionsPlace(_ engine: StorageEngine) async throws {
            try await engine.with((any AnalysisStore).self) { store in
                _ = try await Self.importTable(store, RegistryFixtures.districtTable, name: "广州各区", measure: "企业数")
                // The region is found as written or by the place it names, in the latest year
                for written in ["花都区", "花都", "huadu"] {
                    let found = try await store.opportunities(regionalTable: "广州各区", year: nil, region: written, limit: 3)
                    #expect(found.specialisation.table.regions[found.region] == "花都区")
                    #expect(found.specialisation.regional?.name == "广州各区" && found.specialisation.regionalYear == 2023)
                }
                let found = try await store.opportunities(regionalTable: "广州各区", year: nil, region: "huadu", limit: 10)
                let s = found.specialisation
                let r = found.region
                // Then the district's specialisations are the industries whose LQ, computed here from the cells, is ≥ 1
                let total = s.table.values.reduce(0, +)
                let regionTotal = s.table.industries.indices.reduce(0) { $0 + s.table[r, $1] }
                let quotient = { (i: Int) in
                    s.table[r, i] / regionTotal / (s.table.regions.indices.reduce(0) { $0 + s.table[$1, i] } / total)
                }
                let expected = s.table.industries.indices.filter { quotient($0) >= 1 }.map { s.table.industries[$0] }
                #expect(Set(found.specialisedIn.map { s.table.industries[$0] }) == Set(expected))
                #expect(expected.contains("36") && expected.contains("27"))
                // and every opportunity is an industry it is not specialised in
                #expect(!found.opportunities.isEmpty && found.opportunities.allSatisfy { quotient($0.industry) < 1 })
                // and the gaps are those of Huadu's clusters, their industries the table's divisions of the links' classes
                #expect(!found.gaps.isEmpty)
                for gap in found.gaps {
                    #expect(gap.industries.map { s.table.industries[$0] }.allSatisfy { code in gap.link.classes.contains { $0.hasPrefix(code) } })
                    #expect(gap.nearest.count <= DistrictOpportunities.defaultNearest)
                }
                // The table's own specialisation is the same table
                let latest = try await store.specialisation(regionalTable: "广州各区", year: nil)
                #expect(latest.table == s.table && latest.regionalYear == 2023)
            }
        }

        @Test(arguments: StorageEngine.available)
        func anEarlierYearIsChosenByNumberAndWhatIsNotThereIsRefusedNamingWhatIs(_ engine: StorageEngine) async throws {
            try await engine.with((any AnalysisStore).self) { store in
                let missing = try await #require(throws: StoreError.self) {
                    try await store.specialisation(regionalTable: "广州各区", year: nil)
                }
                #expect(missing.code == .notFound && missing.message.contains("zhizao import regional FILE --name 广州各区"))
                _ = try await Self.importTable(store, RegistryFixtures.districtTable, name: "广州各区")
                let earlier = try await store.opportunities(regionalTable: "广州各区", year: 2022, region: "花都区", limit: 5)
                // In 2022 Huadu had one firm in each division but autos: it is specialised in autos alone
                #expect(earlier.specialisation.regionalYear == 2022)
                #expect(earlier.specialisedIn.map { earlier.specialisation.table.industries[$0] } == ["36"])
                let year = try await #require(throws: StoreError.self) {
                    try await store.specialisation(regionalTable: "广州各区", year: 2019)
                }
                #expect(year.code == .notFound && year.message.contains("its years are 2022, 2023"))
                let table = try await #require(throws: StoreError.self) {
                    try await store.opportunities(regionalTable: "无此表", year: nil, region: "花都区", limit: 5)
                }
                #expect(table.code == .notFound && table.message.contains("the stored ones are 广州各区"))
                let region = try await #require(throws: StoreError.self) {
                    try await store.opportunities(regionalTable: "广州各区", year: nil, region: "从化", limit: 5)
                }
                #expect(region.code == .notFound && region.message.contains("花都区, 番禺区"))
            }
        }
    }
}
