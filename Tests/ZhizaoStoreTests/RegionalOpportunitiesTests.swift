import Foundation
import Testing
import ZhizaoAnalytics
import ZhizaoCore
@testable import ZhizaoStore
import ZhizaoRegistryTesting
import ZhizaoStorage

/// Opportunities on an imported regional table: the words for its regions. (The rest runs on both engines in
/// Tests/ZhizaoPostgresTests/Contract/RegionalTableContractTests.swift.)
@Suite struct RegionalOpportunitiesTests {
    @Test(arguments: [
        ("区", "districts", ["花都区", "番禺区", "黄埔区", "南沙区", "增城区", "白云区"]),
        ("市", "cities", ["广州市", "深圳市", "佛山市", "东莞市", "珠海市", "中山市"]),
        ("地区", "regions", ["广州市", "深圳市", "佛山市", "东莞市", "珠海市", "台山县"]),
    ])
    func theComplexitySentenceNamesTheRegionsByTheirKind(zh: String, en: String, regions: [String]) throws {
        // Given the table with its regions renamed, say to a province's cities
        var table = RegistryFixtures.districtTable
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
}
