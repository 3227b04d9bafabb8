import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoWeb

/// Names as people write them, in addresses, page filters and API filters; the API's manners.
@Suite struct NameTests {
    /// The answer to a GET: status, Location header and body.
    private func get(_ uri: String, _ database: AppDatabase? = nil) async throws -> (status: HTTPResponse.Status, location: String?, body: String) {
        try await PageTests.app(database).test(.router) { client in
            try await client.execute(uri: uri, method: .get) { ($0.status, $0.headers[.location], String(buffer: $0.body)) }
        }
    }

    private func json(_ body: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
    }

    private static func encoded(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)! }

    @Test(arguments: [("汽车", "/clusters/auto"), ("汽车产业集群", "/clusters/auto"), ("花都汽車", "/clusters/huadu-auto")])
    func aClusterNameRedirectsToItsAddress(name: String, location: String) async throws {
        let answer = try await get("/clusters/" + Self.encoded(name) + "?lang=en")
        #expect(answer.status == .movedPermanently)
        #expect(answer.location == location + "?lang=en")
    }

    @Test(arguments: [("花都", "/places/huadu"), ("广州市花都区", "/places/huadu"), ("從化區", "/places/conghua")])
    func aDistrictNameRedirectsToItsPage(name: String, location: String) async throws {
        let answer = try await get("/places/" + Self.encoded(name))
        #expect(answer.status == .movedPermanently)
        #expect(answer.location == location)
        #expect(try await get("/places/" + Self.encoded("花度区")).status == .notFound)
    }

    @Test func aProjectNameRedirectsToItsAddress() async throws {
        let database = try AppDatabase.builtIn()
        let projects = try database.projects()
        let project = try #require(projects.first { p in !p.name.zh.contains("/") && projects.filter { $0.name.zh == p.name.zh }.count == 1 })
        let answer = try await get("/projects/" + Self.encoded(project.name.zh), database)
        #expect(answer.status == .movedPermanently)
        #expect(answer.location == "/projects/" + project.id)
    }

    @Test func anUnknownClusterNameIsNotFoundWithSuggestions() async throws {
        let answer = try await get("/clusters/" + Self.encoded("气车"))
        #expect(answer.status == .notFound)
        #expect(answer.body.contains("没有名为\u{201C}气车\u{201D}的产业集群。是否要找：\u{201C}汽车\u{201D}"))
    }

    @Test func aDistrictNameFiltersTheRegistryPage() async throws {
        let database = try await OpenAPITests.database()
        let byName = try await get("/enterprises?district=" + Self.encoded("广州市花都区"), database).body
        let byId = try await get("/enterprises?district=huadu", database).body
        #expect(byName.contains("<option value=\"huadu\" selected>"))
        #expect(byName.components(separatedBy: "<tr>").count == byId.components(separatedBy: "<tr>").count)
        #expect(byName.components(separatedBy: "<tr>").count > 2)
    }

    @Test func anUnknownDistrictOnThePageSaysSoWithLinksToTheNearest() async throws {
        let answer = try await get("/enterprises?q=" + Self.encoded("汽车") + "&district=" + Self.encoded("花度区"))
        #expect(answer.status == .ok)
        #expect(answer.body.contains("没有名为\u{201C}花度区\u{201D}的区。是否要找：\u{201C}花都区\u{201D}？"))
        #expect(answer.body.contains("<a href=\"/enterprises?q=%E6%B1%BD%E8%BD%A6&amp;district=huadu\">花都区</a>"))
        #expect(!answer.body.contains("没有符合条件的企业"))
        let english = try await get("/enterprises?district=" + Self.encoded("花度区") + "&lang=en")
        #expect(english.body.contains("No district is named ") && english.body.contains("Did you mean "))
    }

    @Test func theAPIRefusesAnUnknownNameWithSuggestionsAndTakesAKnownOne() async throws {
        let database = try await OpenAPITests.database()
        let unknown = try await get("/api/v1/enterprises?district=" + Self.encoded("花度"), database)
        #expect(unknown.status == .badRequest)
        let error = try #require(try json(unknown.body)["error"] as? [String: Any])
        #expect(error["parameter"] as? String == "district")
        #expect((error["suggestions"] as? [[String: Any]])?.first?["id"] as? String == "huadu")
        let known = try json(try await get("/api/v1/enterprises?district=" + Self.encoded("花都区") + "&designation=" + Self.encoded("规上"), database).body)
        let items = try #require(known["items"] as? [[String: Any]])
        #expect(!items.isEmpty && items.allSatisfy { $0["district"] as? String == "huadu" })
        let projects = try json(try await get("/api/v1/projects?cluster=" + Self.encoded("花都汽车"), database).body)
        #expect((projects["items"] as? [[String: Any]])?.allSatisfy { $0["cluster"] as? String == "huadu-auto" } == true)
        let ambiguous = try await get("/api/v1/projects?cluster=" + Self.encoded("新型显示"), database)
        #expect(ambiguous.status == .badRequest)
        #expect(ambiguous.body.contains("\"huadu-new-display\"") && ambiguous.body.contains("\"uhd-display\""))
    }

    @Test func theClusterListGivesEachLatestFigureAndTier() async throws {
        let clusters = try #require(try json(try await get("/api/v1/clusters").body)["items"] as? [[String: Any]])
        let auto = try #require(clusters.first { $0["id"] as? String == "auto" })
        let latest = try #require(auto["latest"] as? [String: Any])
        #expect(latest["metric"] as? String == "output")
        #expect((latest["figure"] as? [String: Any])?["stated"] as? String != nil)
        #expect(latest["source"] as? String != nil && latest["period"] != nil)
        #expect((auto["tier"] as? [String: Any])?["tier"] as? String == "hundredBillion")
    }

    @Test func eligibilityByUSCCNameOrSlug() async throws {
        let database = try await OpenAPITests.database()
        let firm = try #require(try database.enterprises(.init(perPage: 1)).items.first)
        for ref in [firm.uscc!.lowercased(), "鸿利光电", "hongli"] {
            let answer = try await get("/api/v1/enterprises/" + Self.encoded(ref) + "/eligibility", database)
            #expect(answer.status == .ok, "\(ref)")
            let body = try json(answer.body)
            let designations = try #require(body["designations"] as? [[String: Any]])
            #expect(designations.map { $0["designation"] as? String } == ["little-giant", "single-champion"])
            #expect(designations.allSatisfy { ($0["criteria"] as? [[String: Any]])?.isEmpty == false })
        }
        let unknown = try await get("/api/v1/enterprises/" + Self.encoded("鸿利") + "/eligibility", database)
        #expect(unknown.status == .notFound)
        let error = try #require(try json(unknown.body)["error"] as? [String: Any])
        #expect((error["suggestions"] as? [[String: Any]])?.map { $0["id"] as? String } == ["hongli"])
    }
}
