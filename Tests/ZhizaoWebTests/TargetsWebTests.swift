import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZhizaoCore
import ZhizaoSheetsTesting
import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoWeb

/// Investment targets on the cluster page, in its downloads and the API; a firm's chain links on its page and in
/// the API.
@Suite struct TargetsWebTests {
    static func uscc(_ division: String, _ serial: String) -> String {
        let first17 = Array("91\(division)\(serial)".utf8)
        return String(decoding: first17, as: UTF8.self) + String(UnicodeScalar(USCC.checkCharacter(forFirst17: first17)!))
    }

    static let partsMaker = uscc("440113", "MA0000001")

    /// The built-in dataset with two parts makers in Panyu (one a little giant), a parts shop and a Huadu parts maker.
    static func database() throws -> AppDatabase {
        let database = try AppDatabase.builtIn()
        let csv = "统一社会信用代码,企业名称,所属区,所在园区,行业代码,成立年份,从业人数,营业收入（元）,营业收入年份,历年营业收入,认定称号,经营范围\n"
            + "\(partsMaker),广州甲汽车零部件有限公司,番禺区,,3670,2010,300,500000000,2020,2018=400000000,little-giant:2021:national,汽车零部件制造\n"
            + "\(uscc("440113", "MA0000002")),广州乙汽车零部件有限公司,番禺区,,3670,2015,40,20000000,2020,,,\n"
            + "\(uscc("440113", "MA0000003")),广州丙汽车零部件销售有限公司,番禺区,,5263,2015,10,900000000,2020,,,汽车零部件销售\n"
            + "\(uscc("440114", "MA0000004")),广州丁汽车零部件有限公司,花都区,,3670,2012,200,300000000,2020,,,汽车零部件制造\n"
        _ = try database.importEnterprises(csv: Array(csv.utf8), file: "firms.csv", by: .test)
        return database
    }

    private func get(_ uri: String, _ database: AppDatabase) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, body: ByteBuffer) {
        try await PageTests.app(database).test(.router) { client in
            try await client.execute(uri: uri, method: .get) { ($0.status, $0.headers, $0.body) }
        }
    }

    @Test func theClusterPageListsAGapsTargetsWithTheirScoresParts() async throws {
        let database = try Self.database()
        let answer = try await get("/clusters/huadu-auto?gap=parts&lang=zh", database)
        let page = String(buffer: answer.body)
        #expect(answer.status == .ok)
        let start = try #require(page.range(of: "<h2 id=\"targets\">招商目标"))
        let html = String(page[start.lowerBound...])
        let first = try #require(html.range(of: "广州甲汽车零部件有限公司"))
        let second = try #require(html.range(of: "广州乙汽车零部件有限公司"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(!html.contains("广州丙汽车零部件销售有限公司") && !html.contains("广州丁汽车零部件有限公司"))
        #expect(html.contains("称号 20.0（专精特新“小巨人”）"))
        #expect(html.contains("href=\"/clusters/huadu-auto/targets.xlsx?gap=parts&amp;lang=zh\""))
    }

    @Test func theAPIGivesTheRankingAndRefusesAnUnknownGapWithSuggestions() async throws {
        let database = try Self.database()
        let answer = try await get("/api/v1/clusters/%E8%8A%B1%E9%83%BD%E6%B1%BD%E8%BD%A6/targets?gap=%E9%9B%B6%E9%83%A8%E4%BB%B6", database)
        #expect(answer.status == .ok)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: answer.body)) as? [String: Any])
        let gap = try #require((json["gaps"] as? [[String: Any]])?.first)
        #expect(gap["link"] as? String == "parts")
        let targets = try #require(gap["targets"] as? [[String: Any]])
        #expect(targets.map { $0["enterprise"] as? String } == [Self.partsMaker, Self.uscc("440113", "MA0000002")])
        let parts = try #require(targets.first?["parts"] as? [[String: Any]])
        let sum = parts.compactMap { $0["points"] as? Double }.reduce(0, +)
        #expect(abs(sum - (targets.first?["score"] as? Double ?? 0)) < 1e-9)

        let wrong = try await get("/api/v1/clusters/huadu-auto/targets?gap=wings", database)
        #expect(wrong.status == .badRequest)
        let error = try #require((try JSONSerialization.jsonObject(with: Data(buffer: wrong.body)) as? [String: Any])?["error"] as? [String: Any])
        #expect(error["parameter"] as? String == "gap")
        #expect(error["suggestions"] is [Any])
        #expect(try await get("/api/v1/clusters/huadu-auto/targets?limit=0", database).status == .badRequest)
    }

    @Test func theDownloadsHoldThePagesList() async throws {
        let database = try Self.database()
        let workbook = try await get("/clusters/huadu-auto/targets.xlsx?gap=parts&lang=zh", database)
        #expect(workbook.status == .ok)
        let rows = try SheetRows.rows(of: Data(buffer: workbook.body))
        #expect(rows.first?["A"] == "名单" && rows.first?["E"] == "企业名称")
        #expect(rows.dropFirst().map { $0["E"] } == ["广州甲汽车零部件有限公司", "广州乙汽车零部件有限公司"])
        #expect(rows.dropFirst().first?["I"].flatMap(Double.init) == 500_000_000)
        let csv = try await get("/clusters/huadu-auto/targets.csv?gap=parts&lang=en", database)
        #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
        let text = String(buffer: csv.body)
        #expect(text.hasPrefix("\u{FEFF}list,link code,link,rank,firm,"))
        #expect(text.contains("广州甲汽车零部件有限公司"))
    }

    @Test func aFirmsPageAndAPIShowItsChainLinks() async throws {
        let database = try Self.database()
        let page = String(buffer: try await get("/enterprises/\(Self.partsMaker)?lang=zh", database).body)
        #expect(page.contains("所属产业链环节"))
        #expect(page.contains("汽车零部件及配件"))
        #expect(page.contains("经营范围"))
        let api = try await get("/api/v1/enterprises/\(Self.partsMaker)", database)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: api.body)) as? [String: Any])
        let links = try #require(json["chainLinks"] as? [[String: Any]])
        #expect(links.contains { $0["chain"] as? String == "auto" && $0["link"] as? String == "parts" })
        #expect((json["enterprise"] as? [String: Any])?["businessScope"] as? String == "汽车零部件制造")
    }
}
