import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZhizaoInterchange
import ZhizaoSheetsTesting
import ZhizaoStore
import ZhizaoStorage
import ZhizaoWeb

/// The pages' lists as workbooks: the rows the page shows, with its filters, in its language.
@Suite struct DownloadTests {
    /// The built-in dataset with a synthetic registry of 60 firms and one ingested report.
    static func database() async throws -> AppDatabase {
        let database = try AppDatabase.builtIn()
        var registry = SyntheticRegistry(seed: 11)
        let csv = SyntheticRegistry.headerLine + (0..<60).map { _ in registry.nextLine() }.joined()
        _ = try database.importEnterprises(csv: Array(csv.utf8), file: "firms.csv", by: .test)
        _ = try await SQLiteStorage(database).ingest(text: "花都区2023年规上工业总产值2156.3亿元。", title: "公报", date: nil, file: nil, place: nil, by: .test)
        return database
    }

    /// A download's status, headers and the rows of its first sheet (cell texts by column, header first).
    struct Download {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var rows: [[String: String]]
    }

    /// The download at `uri` and the page at `pageURI` (by default the download's address without `.xlsx`).
    static func download(_ uri: String, _ database: AppDatabase, page pageURI: String? = nil) async throws -> (Download, page: String?) {
        try await buildApplication(configuration: ServerConfiguration(logLevel: "error"), database: SQLiteStorage(database)).test(.router) { client in
            let download = try await client.execute(uri: uri, method: .get) { response in
                Download(
                    status: response.status, headers: response.headers,
                    rows: response.status == .ok ? try SheetRows.rows(of: Data(buffer: response.body)) : [])
            }
            let page = try await client.execute(uri: pageURI ?? uri.replacingOccurrences(of: ".xlsx", with: ""), method: .get) {
                String(buffer: $0.body)
            }
            return (download, page)
        }
    }

    @Test func theRegistryDownloadHoldsTheFirmsThePageShowsWithItsFilters() async throws {
        let database = try await Self.database()
        // Given a filtered list of the registry
        let (download, page) = try await Self.download("/enterprises.xlsx?district=huadu&sort=name&lang=zh", database)
        // Then the workbook is an attachment with a Chinese name
        #expect(download.status == .ok)
        #expect(download.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        let disposition = try #require(download.headers[.contentDisposition])
        #expect(disposition.hasPrefix("attachment;"))
        #expect(disposition.contains("filename*=UTF-8''%E4%BC%81%E4%B8%9A%E5%90%8D%E5%8D%95.xlsx"))  // 企业名单.xlsx
        // with Chinese headings
        let header = try #require(download.rows.first)
        #expect(header["A"] == "统一社会信用代码" && header["B"] == "企业名称" && header["H"] == "营业收入（元）")
        // and the firms the page lists, in its order
        let firms = try database.enterprises(matching: EnterpriseQuery(districtId: "huadu", sort: .name), limit: 1000)
        #expect(!firms.isEmpty && firms.count < 50)
        let body = Array(download.rows.dropFirst())
        #expect(body.map { $0["A"] } == firms.map(\.uscc))
        let pageCodes = try #require(page).matches(of: /<div class="meta">([0-9A-Z]{18})<\/div>/).map { String($0.output.1) }
        #expect(body.map { $0["A"] ?? "" } == pageCodes)
        // revenue in 元, exact, beside the figure as shown
        for (row, firm) in zip(body, firms) {
            #expect(row["C"] == "花都区")
            #expect(row["H"].flatMap(Double.init) == firm.latestRevenue?.amount)
            if let amount = firm.latestRevenue?.amount { #expect(row["I"]?.hasSuffix("元") == true, "\(amount)") }
        }
    }

    @Test func englishPagesDownloadEnglishHeadings() async throws {
        let database = try await Self.database()
        let (download, _) = try await Self.download("/enterprises.xlsx?lang=en", database)
        #expect(download.rows.first?["A"] == "USCC" && download.rows.first?["B"] == "Name")
        #expect(try #require(download.headers[.contentDisposition]).contains("filename*=UTF-8''enterprises.xlsx"))
        // every firm of the registry, the built-in ones known by name only too, as the page lists them
        #expect(download.rows.count == (try database.enterprises(matching: EnterpriseQuery(), limit: 1000)).count + 1)
        #expect(download.rows.count == 60 + 5 + 1)
    }

    @Test func theCandidatesDownloadListsThePipelinesCandidates() async throws {
        let database = try await Self.database()
        let (download, page) = try await Self.download("/pipeline.xlsx?lang=zh", database)
        let candidates = try database.upgradeCandidates(limit: 50)
        #expect(download.rows.count == candidates.count + 1)
        #expect(download.rows.dropFirst().map { $0["C"] } == candidates.map(\.ref))
        for candidate in candidates { #expect(try #require(page).contains("/enterprises/\(candidate.ref)")) }
        #expect(try #require(page).contains("href=\"/pipeline.xlsx?lang=zh\""))
    }

    @Test func theChainDownloadListsEveryLinkWithItsGaps() async throws {
        let database = try await Self.database()
        let (download, page) = try await Self.download("/clusters/auto/chain.xlsx?lang=zh", database, page: "/clusters/auto?lang=zh")
        let chain = try #require(try database.chainAnalysis(clusterId: "auto"))
        #expect(download.rows.dropFirst().map { $0["A"] } == chain.nodes.map(\.node.name.zh))
        let gaps = download.rows.dropFirst().filter { $0["E"] == "是" }.map { $0["A"] ?? "" }
        #expect(Set(gaps) == Set(chain.gaps.map(\.name.zh)))
        #expect(try #require(page).contains("href=\"/clusters/auto/chain.xlsx?lang=zh\""))
    }

    @Test func theFactsDownloadListsADocumentsFactsWithValuesInBaseUnits() async throws {
        let (download, page) = try await Self.download("/documents/1/facts.xlsx?lang=zh", try await Self.database(), page: "/documents/1?lang=zh")
        let fact = try #require(download.rows.dropFirst().first)
        #expect(fact["G"].flatMap(Double.init) == 215_630_000_000)
        #expect(fact["H"] == "元" && fact["I"] == "2156.3亿元" && fact["L"] == "待审核")
        #expect(try #require(page).contains("href=\"/documents/1/facts.xlsx?lang=zh\""))
    }

    @Test func theTargetsDownloadHoldsEveryTarget() async throws {
        let database = try await Self.database()
        let (download, _) = try await Self.download("/targets.xlsx?lang=en", database)
        let targets = try database.targets()
        #expect(download.rows.count == targets.count + 1)
        #expect(download.rows.first?["A"] == "Target")
        #expect(download.rows.dropFirst().map { $0["A"] } == targets.map { $0.description.text(.en) })
    }

    @Test func anUnknownClusterOrDocumentIsNotFound() async throws {
        let database = try await Self.database()
        #expect(try await Self.download("/clusters/nothing/chain.xlsx", database).0.status == .notFound)
        #expect(try await Self.download("/documents/99/facts.xlsx", database).0.status == .notFound)
    }
}

/// Reads the cells of a workbook's first sheet as the writer stores them (inline strings and numbers).
enum SheetRows {
    static func rows(of data: Data) throws -> [[String: String]] {
        let xml = try #require(try workbookParts(data)["xl/worksheets/sheet1.xml"])
        return xml.matches(of: /<row r="\d+">(.*?)<\/row>/).map { row in
            var cells: [String: String] = [:]
            for cell in String(row.output.1).matches(of: /<c r="([A-Z]+)\d+"[^>]*>(?:<is><t[^>]*>(.*?)<\/t><\/is>|<v>(.*?)<\/v>)<\/c>/) {
                let text = String(cell.output.2 ?? cell.output.3 ?? "")
                cells[String(cell.output.1)] = text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            }
            return cells
        }
    }
}
