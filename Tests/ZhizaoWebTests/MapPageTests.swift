import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStore
import ZhizaoStorage
import ZhizaoWeb

/// The map page and the district pages: what they draw from the store, and what they refuse.
@Suite struct MapPageTests {
    static func html(_ database: AppDatabase, _ uri: String) async throws -> (HTTPResponse.Status, String) {
        try await PageTests.app(database).test(.router) { client in
            try await client.execute(uri: uri, method: .get) { ($0.status, String(buffer: $0.body)) }
        }
    }

    @Test func theMapLinksEveryDistrictAndSaysWhereThereIsNoData() async throws {
        let database = try AppDatabase.builtIn()
        let (status, html) = try await Self.html(database, "/layout?measure=clusters")
        #expect(status == .ok)
        let linked = Set(html.matches(of: /<a href="\/places\/([a-z]+)"><path/).map { String($0.output.1) })
        #expect(linked == Set(try database.places().filter { $0.kind == .district }.map(\.id)))
        // The dataset places its district clusters in Huadu only: Huadu is shaded, Conghua has no data
        #expect(html.contains("<title>花都区：产业集群 4个"))
        #expect(html.contains("<title>从化区：无数据</title>"))
        #expect(html.contains("class=\"map-area map-nodata\""))
        #expect(html.contains("<title>一核：广州人工智能与数字经济试验区</title>"))
    }

    @Test func shadesByTheRegistryOnceItHasFirms() async throws {
        let database = try AppDatabase.builtIn()
        var registry = SyntheticRegistry(seed: 2)
        let csv = SyntheticRegistry.headerLine + (0..<200).map { _ in registry.nextLine() }.joined()
        _ = try database.importEnterprises(csv: Array(csv.utf8), file: "gen.csv", by: .test)
        let huadu = try #require(try database.registryByDistrict()["huadu"])
        let (_, html) = try await Self.html(database, "/layout")
        // The default measure is now the registry's firms, with Huadu's count on hover and five shades
        #expect(html.contains("<title>花都区：企业数 \(huadu.enterprises)家"))
        #expect((0..<5).allSatisfy { html.contains("map-class-\($0)") })
    }

    @Test func drawsImportedBoundariesInsteadOfTheShippedOnes() async throws {
        let database = try AppDatabase.builtIn()
        let file = """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"花都区"},
             "geometry":{"type":"Polygon","coordinates":[[[113.0,23.2],[113.3,23.2],[113.3,23.5],[113.0,23.5],[113.0,23.2]]]}}]}
            """
        try database.importBoundaries(geoJSON: Data(file.utf8), file: "one.geojson", level: .district, by: .test)
        let (_, html) = try await Self.html(database, "/layout")
        #expect(html.matches(of: /<path d=/).count == 1)
        #expect(html.contains("<a href=\"/places/huadu\"><path"))
    }

    @Test(arguments: ["/layout?measure=bogus", "/layout?scope=country"])
    func refusesAnUnknownChoice(uri: String) async throws {
        let (status, _) = try await Self.html(try AppDatabase.builtIn(), uri + "&lang=en")
        #expect(status == .badRequest)
    }

    @Test func aDistrictPageShowsItsRecordsAndOnlyDistrictsHaveOne() async throws {
        let database = try AppDatabase.builtIn()
        let (status, html) = try await Self.html(database, "/places/huadu")
        #expect(status == .ok)
        #expect(html.contains("<h1>花都区</h1>"))
        #expect(html.contains("href=\"/clusters/huadu-auto\""))
        #expect(html.contains("中国电科华南电子信息产业园"))
        #expect(html.contains("map-area map-nodata map-highlight"))  // the locator marks the district
        #expect(html.contains("<a href=\"/layout\" aria-current=\"page\">"))  // in the map's section of the navigation
        for uri in ["/places/guangzhou", "/places/cetc-south-china-park", "/places/nowhere"] {
            #expect(try await Self.html(database, uri).0 == .notFound)
        }
    }
}
