import Foundation
import GRDB
import Testing
import ZhizaoCore
import ZhizaoInterchange
@testable import ZhizaoStore
import ZhizaoStorage

/// What imports do on SQLite alone: all-or-nothing on a file reopened, indexes dropped and rebuilt by a bulk load, a
/// GB18030 file, and creating a database file. What both engines do (updates by key, round trips with exports, JSON,
/// progress) is tested on both by the contract suite (Tests/ZhizaoPostgresTests/Contract/RegistryImportContractTests).
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
