import Foundation
import Testing
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoInterchange
@testable import ZhizaoStore
import ZhizaoStorage

/// Outside target lists (v11-target-lists): imported whole and audited, kept out of the registry's figures, their
/// firms ranked beside the registry's for a chain's gaps.
@Suite struct TargetListTests {
    static let header = "统一社会信用代码,企业名称,省份,城市,行业代码,营业收入（元）,营业收入年份,历年营业收入,认定称号,经营范围\n"

    /// Two parts makers of other provinces (one a little giant larger than any of the registry's), a parts dealer,
    /// and a firm the registry already holds.
    static func list() -> String {
        header + [
            "\(TargetsTests.uscc("320500", "MA0000011")),苏州甲汽车零部件有限公司,江苏省,苏州市,3670,8000000000,2020,2018=5000000000,little-giant:2021:national,汽车零部件制造",
            "\(TargetsTests.uscc("330200", "MA0000012")),宁波乙汽车零部件有限公司,浙江省,宁波市,3670,5000000,2020,,,",
            "\(TargetsTests.uscc("330200", "MA0000013")),宁波丙汽车零部件销售有限公司,浙江省,,5263,900000000,2020,,,汽车零部件销售",
            "\(TargetsTests.uscc("440113", "MA0000001")),广州甲汽车零部件有限公司,广东省,广州市,3670,500000000,2020,,,",
        ].joined(separator: "\n") + "\n"
    }

    static func database() throws -> AppDatabase {
        let database = try TargetsTests.database()
        try database.importTargetList(Array(list().utf8), file: "national.csv", name: "全国小巨人", source: "工信部公告", by: .test)
        return database
    }

    @Test func aListIsStoredApartAndAuditedAndCountsInNoRegistryFigure() throws {
        // Given the registry of five firms
        let before = try TargetsTests.database()
        let registry = try before.registryByDistrict()
        // When a list of four firms is imported
        try before.importTargetList(Array(Self.list().utf8), file: "national.csv", name: "全国小巨人", source: "工信部公告", by: .test)
        // Then it is listed with its rows, the write is audited, and the registry's figures are unchanged
        #expect(try before.targetLists().map { "\($0.name) \($0.rows) \($0.source ?? "")" } == ["全国小巨人 4 工信部公告"])
        let entry = try #require(try before.auditEntries(.init(recordType: "targetList")).first)
        #expect(entry.action == "import" && entry.recordId == "全国小巨人")
        #expect(try before.registryByDistrict() == registry)
        #expect(try before.enterprise(ref: TargetsTests.uscc("320500", "MA0000011")) == nil)
        // and its firms read back with their place, revenue and designations; the one the registry holds is left out
        let firms = try #require(try before.outsideFirms(list: "全国小巨人"))
        #expect(firms.map(\.enterprise.name.zh) == ["苏州甲汽车零部件有限公司", "宁波乙汽车零部件有限公司", "宁波丙汽车零部件销售有限公司"])
        #expect(firms[0].origin.location == "江苏省苏州市" && firms[2].origin.location == "浙江省")
        #expect(firms[0].enterprise.revenue == [2018: 5e9, 2020: 8e9])
        #expect(firms[0].enterprise.designations.map(\.token) == ["little-giant:2021:national"])
        #expect(try before.outsideFirms(list: "无此名单") == nil)
    }

    @Test func aFileWithProblemsStoresNothingAndSaysWhere() throws {
        let database = try TargetsTests.database()
        let bad = Self.header + "\(TargetsTests.uscc("320500", "MA0000011")),苏州甲,,,9999,,,,,\n"
        let error = try #require(throws: ImportError.self) {
            try database.importTargetList(Array(bad.utf8), file: "bad.csv", name: "坏名单", by: .test)
        }
        // The missing place and the unknown class, each at its cell
        let located = error.problems.map { "\($0.line):\($0.column)" }
        #expect(located.count == 2)
        #expect(error.problems.contains { $0.message.contains("province or city") })
        #expect(error.problems.contains { $0.message.contains("is not a class of GB/T 4754-2017") })
        #expect(try database.targetLists().isEmpty)
        // and a second import of a stored name needs replace
        try database.importTargetList(Array(Self.list().utf8), file: "a.csv", name: "名单", by: .test)
        #expect(throws: StoreError.self) { try database.importTargetList(Array(Self.list().utf8), file: "a.csv", name: "名单", by: .test) }
        try database.importTargetList(Array(Self.list().utf8), file: "a.csv", name: "名单", replace: true, by: .test)
        #expect(try database.auditEntries(.init(recordType: "targetList")).first?.action == "replace")
    }

    @Test func aListsFirmsCompeteWithTheRegistrysForAGap() throws {
        let database = try Self.database()
        // When Huadu's parts gap is asked for with the list
        let targets = try #require(
            try database.chainTargets(clusterId: "huadu-auto", placeId: "huadu", gap: "parts", limit: 5, list: "全国小巨人"))
        let gap = try #require(targets.gaps.first)
        // Then the Suzhou little giant outranks the registry's firms, marked with its list; the dealer is on no link
        #expect(gap.targets.map(\.enterprise.name.zh) == [
            "苏州甲汽车零部件有限公司", "广州甲汽车零部件有限公司", "广州乙汽车零部件有限公司", "宁波乙汽车零部件有限公司",
        ])
        #expect(gap.candidates == 4)
        #expect(gap.targets[0].origin?.list == "全国小巨人" && gap.targets[1].origin == nil)
        #expect(gap.targets[0].score > gap.targets[1].score)
        // Without the list, only the registry's
        let registry = try #require(try database.chainTargets(clusterId: "huadu-auto", placeId: "huadu", gap: "parts", limit: 5))
        #expect(registry.gaps.first?.targets.allSatisfy { $0.origin == nil } == true)
        // An unknown list is refused, naming the stored ones
        let error = try #require(throws: StoreError.self) {
            try database.chainTargets(clusterId: "huadu-auto", placeId: "huadu", list: "无此名单")
        }
        #expect(error.code == .notFound && error.message.contains("全国小巨人"))
    }

    @Test func aListReplacedOrFirmsImportedShowAtOnceThoughListsAreClassifiedOnce() throws {
        let database = try Self.database()
        let names = { try database.chainTargets(clusterId: "huadu-auto", placeId: "huadu", gap: "parts", limit: 9, list: "全国小巨人")?
            .gaps.first?.targets.filter { $0.origin != nil }.map(\.enterprise.name.zh) }
        #expect(try names() == ["苏州甲汽车零部件有限公司", "宁波乙汽车零部件有限公司"])
        // When the list is replaced by one without the Suzhou firm, the next ranking reads the new list
        let lines = Self.list().split(separator: "\n").filter { !$0.contains("苏州甲") }.joined(separator: "\n") + "\n"
        try database.importTargetList(Array(lines.utf8), file: "national.csv", name: "全国小巨人", replace: true, by: .test)
        #expect(try names() == ["宁波乙汽车零部件有限公司"])
        // And a listed firm the registry comes to hold is the registry's, not the list's
        let ningbo = TargetsTests.uscc("330200", "MA0000012")
        try database.importEnterprises(
            csv: Array("uscc,name,district,park,industry_code,founded,employees,revenue_cny,revenue_year,designations\n\(ningbo),宁波乙汽车零部件有限公司,haizhu,,3670,,,,,\n".utf8), file: "e.csv", by: .test)
        #expect(try names() == [])
    }
}
