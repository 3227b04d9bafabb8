import Foundation
import GRDB
import Testing
import ZhizaoCore
import ZhizaoInterchange
@testable import ZhizaoStore
import ZhizaoStorage

/// Imports are all-or-nothing, update by key, and round-trip with exports.
@Suite struct ImportTests {
    static let header = "uscc,name,district,park,industry_code,founded,employees,revenue_cny,revenue_year,designations\n"

    /// Every row of every table, as sorted text: the database's content, whatever its file layout.
    static func content(_ database: AppDatabase) throws -> [String] {
        try database.writer.read { db in
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            return try tables.flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"").map { "\(table) \($0)" }.sorted()
            }
        }
    }

    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-test-\(UUID().uuidString).sqlite").path
    }

    static func generated(_ count: Int, seed: UInt64 = 11) -> [UInt8] {
        var registry = SyntheticRegistry(seed: seed)
        return Array((SyntheticRegistry.headerLine + (0..<count).map { _ in registry.nextLine() }.joined()).utf8)
    }

    @Test func aFileWithOneBadRowChangesNothing() throws {
        // Given a database on disk with the built-in dataset and some enterprises
        let path = Self.temporaryPath()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let database = try AppDatabase.open(path: path)
        _ = try database.importEnterprises(csv: Self.generated(100), file: "first.csv", by: .test)
        let before = try Self.content(database)

        // When a file of 300 rows whose last row has a bad industry code is imported
        var lines = String(decoding: Self.generated(300, seed: 12), as: UTF8.self).split(separator: "\n").map(String.init)
        var fields = lines[300].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[5] = "9999"
        lines[300] = fields.joined(separator: ",")
        #expect {
            try database.importEnterprises(csv: Array(lines.joined(separator: "\n").utf8), file: "bad.csv", by: .test)
        } throws: { error in
            // Then it is refused with the row and column located
            let problems = (error as? ImportError)?.problems ?? []
            return problems.count == 1 && problems[0].line == 301 && problems[0].message.hasPrefix("industry_code \"9999\"")
        }
        // And the content of the database is exactly as before, also after reopening the file
        #expect(try Self.content(database) == before)
        #expect(try Self.content(AppDatabase.open(path: path)) == before)
    }

    @Test func aBulkImportRebuildsItsIndexesOrLeavesThemAsTheyWere() throws {
        // 50,000 rows into a small registry take the bulk path: indexes dropped, rebuilt in the transaction.
        let database = try AppDatabase.builtIn()
        let indexes = {
            try database.writer.read { db in
                try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
            }
        }
        let before = try indexes()
        var bad = Self.generated(50_000, seed: 5)
        bad.append(contentsOf: Array("bad-uscc,x,花都区,,3670,,,,,,,,true\n".utf8))
        #expect(throws: ImportError.self) { try database.importEnterprises(csv: bad, file: "bad.csv", by: .test) }
        #expect(try indexes() == before)
        #expect(try database.enterpriseCount() == 5)

        let summary = try database.importEnterprises(csv: Self.generated(50_000, seed: 5), file: "bulk.csv", by: .test)
        #expect(summary.inserted == 50_000)
        #expect(try indexes() == before)
        let plan = try database.writer.read { db in
            try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN SELECT id FROM enterprise WHERE districtId = 'huadu' ORDER BY revenueCNY DESC LIMIT 20"
            ).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("enterprise_district_revenue") })
        #expect(try database.searchEnterprises("有限公司", limit: 1000).count == 1000)
    }

    @Test func exportThenImportRoundTrips() throws {
        let first = try AppDatabase.builtIn()
        _ = try first.importEnterprises(csv: Self.generated(500), file: "gen.csv", by: .test)
        var csv = ""
        try first.exportEnterprises(.csv) { csv += $0 }

        let second = try AppDatabase.builtIn()
        let summary = try second.importEnterprises(csv: Array(csv.utf8), file: "export.csv", by: .test)
        #expect(summary == ImportSummary(rows: 500, inserted: 500, updated: 0))
        var again = ""
        try second.exportEnterprises(.csv) { again += $0 }
        #expect(again == csv)
    }

    @Test func projectsAndObservationsRoundTrip() throws {
        let database = try AppDatabase.builtIn()
        var projects = "", observations = ""
        try database.exportProjects(.csv) { projects += $0 }
        try database.exportObservations(.csv) { observations += $0 }
        let before = try database.dataset()

        let p = try database.importProjects(csv: Array(projects.utf8), file: "projects.csv", by: .test)
        let o = try database.importObservations(csv: Array(observations.utf8), file: "observations.csv", by: .test)
        #expect(p == ImportSummary(rows: before.projects.count, inserted: 0, updated: before.projects.count))
        #expect(o == ImportSummary(rows: before.observations.count, inserted: 0, updated: before.observations.count))
        let after = try database.dataset()
        #expect(after.projects == before.projects)
        #expect(after.observations == before.observations)
        #expect(after == before)
    }

    @Test func jsonExportHasTheCSVFieldsAndTypedNumbers() throws {
        let database = try AppDatabase.builtIn()
        var json = ""
        try database.exportObservations(.json) { json += $0 }
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(objects.count == (try database.observations().count))
        let stations = try #require(objects.first { $0["id"] as? String == "gz-2020-5g-base-stations" })
        #expect(stations["value"] as? Double == 48000)
        #expect(stations["subject"] as? String == "place:guangzhou")
        #expect(stations["as_of"] as? String == "2020-12-31")
    }

    @Test func jsonExportImportsBackAndBadRecordsAreNamed() throws {
        let first = try AppDatabase.builtIn()
        _ = try first.importEnterprises(csv: Self.generated(200), file: "gen.csv", by: .test)
        var csv = "", json = ""
        try first.exportEnterprises(.csv) { csv += $0 }
        try first.exportEnterprises(.json) { json += $0 }

        let second = try AppDatabase.builtIn()
        #expect(try second.importEnterprises(csv: Array(json.utf8), file: "e.json", by: .test).inserted == 200)
        var again = ""
        try second.exportEnterprises(.csv) { again += $0 }
        #expect(again == csv)

        let bad = json.replacingOccurrences(of: "\"founded\":", with: "\"founded\":-", options: [], range: nil)
        #expect {
            try second.importEnterprises(csv: Array(bad.utf8), file: "bad.json", by: .test)
        } throws: { error in
            let problems = (error as? ImportError)?.problems ?? []
            return problems.first?.description.hasPrefix("bad.json: record 1: founded \"-") == true
        }
    }

    @Test func aKnownUSCCUpdatesTheEnterpriseAndKeepsItsHistory() throws {
        let database = try AppDatabase.builtIn()
        let code = "91110000600037341L"
        _ = try database.importEnterprises(
            csv: Array((Self.header + "\(code),甲公司,花都区,,3670,2010,10,15000000,2019,specialised:2019\n").utf8),
            file: "a.csv", by: .test)
        let summary = try database.importEnterprises(
            csv: Array((Self.header + "\(code),甲公司（更名）,黄埔区,广州开发区,3670,2010,30,25000000,2020,above-scale:2020\n").utf8),
            file: "b.csv", by: .test)
        #expect(summary == ImportSummary(rows: 1, inserted: 0, updated: 1))
        let e = try #require(try database.enterprise(ref: code))
        #expect(e.name.zh == "甲公司（更名）")
        #expect(e.districtId == "huangpu" && e.parkId == "gz-development-zone")
        #expect(e.revenue == [2019: 15_000_000, 2020: 25_000_000])
        #expect(Set(e.designations.map(\.kind)) == [.specialised, .aboveScale])
        #expect(try database.enterpriseCount() == 6)
    }

    @Test func readsAGBKFileAsExcelWritesIt() throws {
        let database = try AppDatabase.builtIn()
        let text = Self.header + "91110000600037341L,广州花都测试有限公司,花都区,,3670,,,,,\n"
        let gbk = try #require(TextDecodingProbe.gb18030(text))
        _ = try database.importEnterprises(csv: gbk, file: "gbk.csv", by: .test)
        #expect(try database.enterprise(ref: "91110000600037341L")?.name.zh == "广州花都测试有限公司")
    }

    @Test func createRefusesToOverwriteWithoutForce() throws {
        let path = Self.temporaryPath()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try AppDatabase.create(path: path, force: false)
        #expect(throws: StoreError.self) { try AppDatabase.create(path: path, force: false) }
        let database = try AppDatabase.open(path: path)
        _ = try database.importEnterprises(csv: Self.generated(3), file: "gen.csv", by: .test)
        try AppDatabase.create(path: path, force: true)
        #expect(try AppDatabase.open(path: path).enterpriseCount() == 5)
    }
}

/// Encodes text as GB18030 with the system's iconv command, the way a Chinese Excel saves CSV.
enum TextDecodingProbe {
    static func gb18030(_ text: String) -> [UInt8]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", "GB18030"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        guard (try? process.run()) != nil else { return nil }
        input.fileHandleForWriting.write(Data(text.utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? Array(data) : nil
    }
}
