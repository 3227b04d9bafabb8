import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage
import ZhizaoWeb

/// A stored target list on the cluster page (a choice beside the registry), in the API and the downloads.
@Suite struct TargetListWebTests {
    static let outsider = TargetsWebTests.uscc("320500", "MA0000011")

    static func database() throws -> AppDatabase {
        let database = try TargetsWebTests.database()
        let list = "统一社会信用代码,企业名称,省份,城市,行业代码,营业收入（元）,营业收入年份,历年营业收入,认定称号,经营范围\n"
            + "\(outsider),苏州甲汽车零部件有限公司,江苏省,苏州市,3670,8000000000,2020,2018=5000000000,little-giant:2021:national,汽车零部件制造\n"
        try database.importTargetList(Array(list.utf8), file: "national.csv", name: "national", by: .test)
        return database
    }

    @Test func theClusterPageOffersTheListAndShowsItsFirmsUnlinkedWithTheirPlace() async throws {
        try await PageTests.app(Self.database()).test(.router) { client in
            // Given the page without the list: the choice is offered, the list's firm is not shown
            let (_, plain) = try await BuiltInIndustryDataTests.get(client, "/clusters/huadu-auto?gap=parts&lang=zh")
            #expect(plain.contains("href=\"/clusters/huadu-auto?gap=parts&amp;list=national#targets\""))
            #expect(!plain.contains("苏州甲汽车零部件有限公司"))
            // When the list is chosen
            let (status, page) = try await BuiltInIndustryDataTests.get(client, "/clusters/huadu-auto?gap=parts&list=national&lang=zh")
            #expect(status == .ok)
            let start = try #require(page.range(of: "<h2 id=\"targets\">"))
            let html = String(page[start.lowerBound...])
            // Then its firm ranks first, with its province and city and the list named, and its name links nowhere
            let outsider = try #require(html.range(of: "苏州甲汽车零部件有限公司"))
            let registry = try #require(html.range(of: "广州甲汽车零部件有限公司"))
            #expect(outsider.lowerBound < registry.lowerBound)
            #expect(html.contains("江苏省苏州市 <span class=\"badge\">名单：national</span>"))
            #expect(!html.contains("/enterprises/\(Self.outsider)"))
            #expect(html.contains("本地以外及名单\u{201C}national\u{201D}中归入该环节的企业3家"))
            // and the downloads keep the list
            #expect(html.contains("targets.xlsx?gap=parts&amp;list=national&amp;lang=zh"))
            let (csvStatus, csv) = try await BuiltInIndustryDataTests.get(client, "/clusters/huadu-auto/targets.csv?gap=parts&list=national&lang=zh")
            #expect(csvStatus == .ok && csv.contains("江苏省苏州市") && csv.contains("名单：national"))
        }
    }

    @Test func theAPIMarksTheListsFirmsAndRefusesAnUnknownList() async throws {
        try await PageTests.app(Self.database()).test(.router) { client in
            let (status, body) = try await BuiltInIndustryDataTests.get(client, "/api/v1/clusters/huadu-auto/targets?gap=parts&list=national")
            #expect(status == .ok)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
            let targets = try #require((json["gaps"] as? [[String: Any]])?.first?["targets"] as? [[String: Any]])
            #expect(targets.first?["enterprise"] as? String == Self.outsider)
            #expect(targets.first?["list"] as? String == "national" && targets.first?["province"] as? String == "江苏省")
            #expect(targets.dropFirst().allSatisfy { $0["list"] == nil })
            let (unknown, message) = try await BuiltInIndustryDataTests.get(client, "/api/v1/clusters/huadu-auto/targets?list=nope")
            #expect(unknown == .notFound && message.contains("the stored ones are national"))
        }
    }
}
