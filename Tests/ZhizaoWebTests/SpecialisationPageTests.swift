import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZhizaoInterchange
import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoWeb

/// The specialisation page, a district's opportunities, their downloads and API, over a synthetic registry.
@Suite struct SpecialisationPageTests {
    static let database: AppDatabase = {
        let database = try! AppDatabase.builtIn()
        var registry = SyntheticRegistry(seed: 7)
        let csv = SyntheticRegistry.headerLine + (0..<1500).map { _ in registry.nextLine() }.joined()
        _ = try! database.importEnterprises(csv: Array(csv.utf8), file: "firms.csv", by: .test)
        return database
    }()

    static func get(_ uri: String) async throws -> (status: HTTPResponse.Status, type: String?, body: String) {
        try await PageTests.app(database).test(.router) { client in
            try await client.execute(uri: uri, method: .get) { ($0.status, $0.headers[.contentType], String(buffer: $0.body)) }
        }
    }

    @Test func theAPIsQuotientsAreEachCellsShareOverTheCitys() async throws {
        // Given the API's district × division table of firms
        let (status, _, body) = try await Self.get("/api/v1/specialisation")
        #expect(status == .ok)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        let cells = try #require(json["cells"] as? [[String: Any]])
        // Then every LQ is (cell ÷ region total) ÷ (industry total ÷ total), computed here from the cells alone
        var byRegion: [String: Double] = [:], byIndustry: [String: Double] = [:], total = 0.0
        for cell in cells {
            let value = cell["value"] as! Double
            byRegion[cell["region"] as! String, default: 0] += value
            byIndustry[cell["industry"] as! String, default: 0] += value
            total += value
        }
        #expect(total == 1500)
        for cell in cells {
            let value = cell["value"] as! Double
            let lq = value / byRegion[cell["region"] as! String]! / (byIndustry[cell["industry"] as! String]! / total)
            #expect(abs((cell["lq"] as! Double) - lq) < 1e-9)
            #expect((cell["specialised"] as! Bool) == (lq >= 1))
        }
    }

    @Test func thePageSortsByADistrictsQuotientsAndLinksItsOpportunities() async throws {
        let (status, _, html) = try await Self.get("/specialisation?sort=huadu&lang=zh")
        #expect(status == .ok)
        #expect(html.contains("href=\"/places/huadu/opportunities\""))
        #expect(html.contains("区位商＝"))
        // The rows come in Huadu's order: its quotients, read back from the cells' titles, never rise
        let quotients = html.components(separatedBy: "<tr><th scope=\"row\">").dropFirst().compactMap { row -> Double? in
            guard let range = row.range(of: "title=\"花都区 · ") else { return nil }
            let title = row[range.upperBound...].prefix { $0 != "\"" }
            return title.range(of: "区位商 ").flatMap { Double(title[$0.upperBound...].prefix { $0 != " " }) }
        }
        #expect(quotients.count > 10)
        #expect(quotients == quotients.sorted(by: >))
    }

    @Test func badChoicesAreRefusedSayingWhatIsAllowed() async throws {
        #expect(try await Self.get("/specialisation?measure=profit").status == .badRequest)
        let (status, _, body) = try await Self.get("/api/v1/specialisation?measure=profit")
        #expect(status == .badRequest)
        #expect(body.contains("measure must be one of firms, revenue, employees"))
        #expect(try await Self.get("/api/v1/specialisation?regions=county").body.contains("regions must be one of district, park"))
    }

    @Test func opportunitiesAreIndustriesTheDistrictIsNotSpecialisedIn() async throws {
        let (status, _, body) = try await Self.get("/api/v1/places/%E8%8A%B1%E9%83%BD/opportunities?limit=8")
        #expect(status == .ok)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        #expect(json["place"] as? String == "huadu")
        let opportunities = try #require(json["opportunities"] as? [[String: Any]])
        let specialised = Set((json["specialisedIn"] as? [[String: Any]] ?? []).compactMap { $0["industry"] as? String })
        #expect(opportunities.count == 8)
        #expect(opportunities.allSatisfy { ($0["lq"] as! Double) < 1 && !specialised.contains($0["industry"] as! String) })
        // What makes an opportunity near are the district's own specialisations
        #expect(opportunities.allSatisfy { (($0["related"] as? [[String: Any]]) ?? []).allSatisfy { specialised.contains($0["industry"] as! String) } })
        let page = try await Self.get("/places/huadu/opportunities?lang=en").body
        #expect(page.contains("Opportunities for Huadu"))
        #expect(page.contains("economic complexity index (ECI)"))
    }

    @Test func bothTablesDownloadAsCSVAndWorkbooks() async throws {
        let csv = try await Self.get("/specialisation.csv?lang=en")
        #expect(csv.type == "text/csv; charset=utf-8")
        #expect(csv.body.hasPrefix("\u{FEFF}Region id,Region,Industry code"))
        let rows = csv.body.split(separator: "\r\n")
        let api = try await Self.get("/api/v1/specialisation")
        let cells = try #require((try JSONSerialization.jsonObject(with: Data(api.body.utf8)) as? [String: Any])?["cells"] as? [Any])
        #expect(rows.count == cells.count + 1)
        let xlsx = try await Self.get("/places/huadu/opportunities.xlsx")
        #expect(xlsx.status == .ok)
        #expect(xlsx.type == SheetDownload.contentType)
    }
}
