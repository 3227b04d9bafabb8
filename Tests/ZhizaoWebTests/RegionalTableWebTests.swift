import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZhizaoStore
import ZhizaoStorage
import ZhizaoWeb

/// The specialisation page, the opportunities page and their API on an imported regional table (`?table=NAME`).
@Suite struct RegionalTableWebTests {
    static let table = """
        地区,行业,数值,年份
        花都区,36,90,2023
        花都区,38,10,2023
        番禺区,36,20,2023
        番禺区,38,60,2023
        黄埔区,39,50,2023
        黄埔区,36,10,2023
        佛山市,39,70,2023
        佛山市,38,30,2023
        """

    static func database() throws -> AppDatabase {
        let database = try AppDatabase.builtIn()
        try database.importRegionalTable(Array((table + "\n").utf8), file: "gz.csv", name: "gz", measure: "企业数", by: .test)
        return database
    }

    @Test func theSpecialisationPageOffersTheTableAndLinksEachRegionsOpportunities() async throws {
        try await PageTests.app(Self.database()).test(.router) { client in
            // Given the registry's page, which has no data on the built-in dataset
            let (_, registry) = try await BuiltInIndustryDataTests.get(client, "/specialisation?lang=zh")
            // Then it offers the stored table
            #expect(registry.contains("href=\"/specialisation?table=gz\""))
            // And the table's page shows its regions, each linked to opportunities on the same table, and every link works
            let (status, html) = try await BuiltInIndustryDataTests.get(client, "/specialisation?table=gz&lang=zh")
            #expect(status == .ok)
            #expect(html.contains("按地区表\u{201C}gz\u{201D}计（2023年，企业数）"))
            let links = html.matches(of: /href="(\/places\/[^"]*\/opportunities\?table=gz)"/).map { String($0.output.1) }
            #expect(links.count == 4)
            for link in links {
                let (linked, page) = try await BuiltInIndustryDataTests.get(client, link)
                #expect(linked == .ok, "\(link)")
                #expect(page.contains("按地区表\u{201C}gz\u{201D}计"))
            }
        }
    }

    @Test func theAPIGivesADistrictsOpportunitiesOnTheTable() async throws {
        try await PageTests.app(Self.database()).test(.router) { client in
            let (status, body) = try await BuiltInIndustryDataTests.get(client, "/api/v1/places/huadu/opportunities?table=gz")
            #expect(status == .ok)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
            #expect(json["table"] as? String == "gz" && json["year"] as? Int == 2023 && json["regions"] as? Int == 4)
            #expect(json["level"] == nil && json["measure"] == nil)
            let specialised = try #require(json["specialisedIn"] as? [[String: Any]])
            #expect(specialised.map { $0["industry"] as? String } == ["36"])
            // A region that is no place of the database is named as the table writes it
            let (foshan, _) = try await BuiltInIndustryDataTests.get(client, "/api/v1/places/%E4%BD%9B%E5%B1%B1%E5%B8%82/opportunities?table=gz")
            #expect(foshan == .ok)
            // and an unknown table, year or region is a 404 that says what there is
            let (unknown, message) = try await BuiltInIndustryDataTests.get(client, "/api/v1/places/huadu/opportunities?table=nope")
            #expect(unknown == .notFound && message.contains("the stored ones are gz"))
            let (year, _) = try await BuiltInIndustryDataTests.get(client, "/api/v1/specialisation?table=gz&year=2019")
            #expect(year == .notFound)
            let (region, regions) = try await BuiltInIndustryDataTests.get(client, "/api/v1/places/conghua/opportunities?table=gz")
            #expect(region == .notFound && regions.contains("花都区"))
        }
    }
}
