import Foundation
import Testing
import ZhizaoAnalytics
import ZhizaoCore
@testable import ZhizaoStore
import ZhizaoStorage

/// Opportunities on an imported regional table instead of the registry: its regions, its year, the gaps of the
/// clusters of the place a region names.
@Suite struct RegionalOpportunitiesTests {
    /// Six districts × six divisions of firms, two years; 2022 has Huadu strong in 36 (autos) only.
    static let table: String = {
        let values: [(String, [Double])] = [
            ("花都区", [90, 10, 5, 30, 2, 8]), ("番禺区", [40, 50, 10, 5, 20, 5]), ("黄埔区", [30, 20, 60, 10, 40, 30]),
            ("南沙区", [50, 5, 20, 40, 5, 10]), ("增城区", [60, 10, 5, 5, 8, 2]), ("白云区", [5, 30, 40, 20, 30, 50]),
        ]
        let divisions = ["36", "38", "39", "27", "35", "34"]
        var lines = ["地区,行业,数值,年份"]
        for (region, row) in values {
            for (division, value) in zip(divisions, row) {
                lines.append("\(region),\(division),\(Int(value)),2023")
                lines.append("\(region),\(division),\(Int(region == "花都区" && division != "36" ? 1 : value)),2022")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    static func database() throws -> AppDatabase {
        let database = try AppDatabase.builtIn()
        try database.importRegionalTable(Array(table.utf8), file: "gz.csv", name: "广州各区", measure: "企业数", by: .test)
        return database
    }

    @Test(arguments: [
        ("区", "districts", ["花都区", "番禺区", "黄埔区", "南沙区", "增城区", "白云区"]),
        ("市", "cities", ["广州市", "深圳市", "佛山市", "东莞市", "珠海市", "中山市"]),
        ("地区", "regions", ["广州市", "深圳市", "佛山市", "东莞市", "珠海市", "台山县"]),
    ])
    func theComplexitySentenceNamesTheRegionsByTheirKind(zh: String, en: String, regions: [String]) throws {
        // Given the table with its regions renamed, say to a province's cities
        var table = Self.table
        for (district, region) in zip(["花都区", "番禺区", "黄埔区", "南沙区", "增城区", "白云区"], regions) {
            table = table.replacingOccurrences(of: district, with: region)
        }
        let database = try AppDatabase.builtIn()
        try database.importRegionalTable(Array(table.utf8), file: "t.csv", name: "t", measure: "企业数", by: .test)
        // When its first region's ECI is put in words
        let found = try database.opportunities(regionalTable: "t", region: regions[0], limit: 3)
        let chinese = found.specialisation.complexitySentence(found.region, name: regions[0], .zh)
        let english = found.specialisation.complexitySentence(found.region, name: regions[0], .en)
        // Then the sentence counts and compares them as what they are
        #expect(chinese.contains("在6个\(zh)中排第"), "\(chinese)")
        #expect(chinese.contains("各\(zh)平均"))
        #expect(english.contains("of 6 \(en),"), "\(english)")
        #expect(zh == "区" || !chinese.contains("个区中"))
        // And the rules under the table compare each region with the table's whole, not with a city
        let lq = found.specialisation.lqRule(.zh), rule = found.specialisation.opportunityRule(.zh)
        #expect(lq.contains("该\(zh)该行业的量") && lq.contains("表中全部\(zh)各行业合计"), "\(lq)")
        #expect(!lq.contains("全市"))
        #expect(rule.contains("同一批\(zh)专业化"), "\(rule)")
        #expect(found.specialisation.lqRule(.en).contains("all the table's \(en)"))
    }

    @Test func theRegistrysRulesCompareDistrictsWithTheCity() throws {
        let database = try Self.database()
        let districts = try database.specialisation(regions: .district, level: .division, measure: .firms)
        #expect(districts.lqRule(.zh).contains("该区该行业的量") && districts.lqRule(.zh).contains("全市各行业合计"))
        let parks = try database.specialisation(regions: .park, level: .division, measure: .firms)
        #expect(parks.lqRule(.zh).contains("该园区") && parks.lqRule(.zh).contains("全部园区各行业合计"))
    }

    @Test(arguments: ["花都区", "花都", "huadu"])
    func aRegionIsFoundAsWrittenOrByThePlaceItNames(written: String) throws {
        let found = try Self.database().opportunities(regionalTable: "广州各区", region: written, limit: 3)
        #expect(found.specialisation.table.regions[found.region] == "花都区")
        #expect(found.specialisation.regional?.name == "广州各区" && found.specialisation.regionalYear == 2023)
    }

    @Test func specialisationsAndOpportunitiesFollowTheTablesLocationQuotients() throws {
        // Given the table's 2023 values
        let found = try Self.database().opportunities(regionalTable: "广州各区", region: "huadu", limit: 10)
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
        #expect(!found.opportunities.isEmpty)
        #expect(found.opportunities.allSatisfy { quotient($0.industry) < 1 })
        // and the gaps are those of Huadu's clusters, their industries the table's divisions of the links' classes
        #expect(!found.gaps.isEmpty)
        for gap in found.gaps {
            let codes = gap.industries.map { s.table.industries[$0] }
            #expect(codes.allSatisfy { code in gap.link.classes.contains { $0.hasPrefix(code) } })
        }
    }

    @Test func anEarlierYearIsChosenByNumber() throws {
        let database = try Self.database()
        let earlier = try database.opportunities(regionalTable: "广州各区", year: 2022, region: "花都区", limit: 5)
        // In 2022 Huadu had one firm in each division but autos: it is specialised in autos alone
        #expect(earlier.specialisation.regionalYear == 2022)
        #expect(earlier.specialisedIn.map { earlier.specialisation.table.industries[$0] } == ["36"])
        #expect(throws: StoreError.self) { try database.specialisation(regionalTable: "广州各区", year: 2019) }
    }

    @Test func anUnknownTableOrRegionIsRefusedNamingWhatThereIs() throws {
        let database = try Self.database()
        let table = try #require(throws: StoreError.self) {
            try database.opportunities(regionalTable: "无此表", region: "花都区", limit: 5)
        }
        #expect(table.code == .notFound && table.message.contains("the stored ones are 广州各区"))
        let region = try #require(throws: StoreError.self) {
            try database.opportunities(regionalTable: "广州各区", region: "从化", limit: 5)
        }
        #expect(region.code == .notFound && region.message.contains("花都区, 番禺区"))
    }
}
