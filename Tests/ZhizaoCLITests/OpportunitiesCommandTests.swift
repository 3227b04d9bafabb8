import Foundation
import Testing
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoCLI

/// `zhizao opportunities DISTRICT`: a district by any of its names, its opportunities as text, CSV or JSON lines.
@Suite struct OpportunitiesCommandTests {
    static func database() throws -> AppDatabase {
        let database = try AppDatabase.builtIn()
        var registry = SyntheticRegistry(seed: 7)
        let csv = SyntheticRegistry.headerLine + (0..<2000).map { _ in registry.nextLine() }.joined()
        _ = try database.importEnterprises(csv: Array(csv.utf8), file: "firms.csv", by: .test)
        return database
    }

    @Test func csvListsIndustriesTheDistrictIsNotSpecialisedIn() async throws {
        // Given a registry of 2,000 synthetic firms
        let found = try #require(try Self.database().opportunities(district: "huadu", level: .division, measure: .firms, limit: 5))
        // When the opportunities are written as CSV
        let lines = OpportunitiesText(found: found, name: "花都区", language: .zh).csv.split(separator: "\n").map(String.init)
        // Then there is a heading and five ranked industries, none the district is specialised in
        #expect(lines.count == 6)
        #expect(lines[0].hasPrefix("排名,行业代码,行业,密度"))
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.map { $0[0] } == ["1", "2", "3", "4", "5"])
        #expect(rows.allSatisfy { (Double($0[6]) ?? 9) < 1 })
        #expect(rows.allSatisfy { (0...1).contains(Double($0[3]) ?? -1) })
    }

    @Test func textSpeaksTheCommandsLanguageAndJSONLinesParse() async throws {
        let found = try #require(try Self.database().opportunities(district: "huadu", level: .group, measure: .employees, limit: 3))
        let english = OpportunitiesText(found: found, name: "Huadu", language: .en).text
        #expect(english.contains("Opportunities (not yet specialised"))
        #expect(english.contains("economic complexity index (ECI)"))
        #expect(!OpportunitiesText(found: found, name: "花都区", language: .zh).text.contains("Opportunities"))
        let objects = OpportunitiesText(found: found, name: "Huadu", language: .en).jsonl.split(separator: "\n").map {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(objects.count >= 3 && objects.allSatisfy { $0 != nil })
        #expect(objects.prefix(3).allSatisfy { $0?["kind"] as? String == "opportunity" && ($0?["industry"] as? String)?.count == 3 })
    }

    @Test func theCommandTakesAChineseNameAndRefusesASection() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-opp-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let db = directory.appendingPathComponent("z.sqlite").path
        // The built-in dataset has no firm with a class: the district is refused, saying why
        var command = try Zhizao.parseAsRoot(["opportunities", "花都", "--db", db, "--lang", "en"])
        await #expect { try await Zhizao.run(&command) } throws: { ($0 as? Refusal)?.description.contains("holds no firm in Huadu") == true }
        #expect(throws: (any Error).self) { try Zhizao.parseAsRoot(["opportunities", "花都", "--level", "section"]) }
        #expect(throws: (any Error).self) { try Zhizao.parseAsRoot(["opportunities", "花都", "--limit", "0"]) }
    }

    @Test func aRegionalTableStandsInForTheRegistry() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-opp-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let db = directory.appendingPathComponent("z.sqlite").path
        // Given the built-in dataset (no classified firm) and a table of districts × divisions from outside
        let database = try AppDatabase.open(path: db)
        let table = "地区,行业,数值\n花都区,36,90\n花都区,38,10\n番禺区,36,20\n番禺区,38,60\n黄埔区,39,50\n黄埔区,36,10\n"
        try database.importRegionalTable(Array(table.utf8), file: "gz.csv", name: "广州各区", measure: "企业数", by: .test)
        // When the command is given the table, the district is found among its regions and the text names the table
        var command = try Zhizao.parseAsRoot(["opportunities", "花都", "--table", "广州各区", "--db", db, "--lang", "zh"])
        try await Zhizao.run(&command)
        let found = try database.opportunities(regionalTable: "广州各区", region: "花都", limit: 5)
        let text = OpportunitiesText(found: found, name: "花都区", language: .zh).text
        #expect(text.hasPrefix("花都区 · 按地区表\u{201C}广州各区\u{201D}计（企业数）"))
        #expect(text.contains("已专业化（区位商≥1）：36 汽车制造业"))
        // and a region the table lacks is refused, naming the regions it has
        var missing = try Zhizao.parseAsRoot(["opportunities", "从化", "--table", "广州各区", "--db", db])
        await #expect { try await Zhizao.run(&missing) } throws: { ($0 as? StoreError)?.message.contains("花都区, 番禺区, 黄埔区") == true }
        #expect(throws: (any Error).self) { try Zhizao.parseAsRoot(["opportunities", "花都", "--year", "2020"]) }
    }
}
