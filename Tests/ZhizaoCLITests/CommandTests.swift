import ArgumentParser
import Foundation
import Testing
import ReportReader
import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoCLI

@Suite struct CommandTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-cli-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) }

    private func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    private func run(_ arguments: [String]) async throws {
        var command = try Zhizao.parseAsRoot(arguments)
        try await Zhizao.run(&command)
    }

    @Test func initRefusesToOverwriteWithoutForce() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = path("z.sqlite")
        try await run(["init", "--db", db])
        await #expect(throws: Refusal.self) { try await run(["init", "--db", db]) }
        try await run(["init", "--db", db, "--force"])
    }

    @Test func aBadImportExitsWithDataErrorAndWritesNothing() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = path("z.sqlite"), csv = path("bad.csv")
        try Data(
            ("uscc,name,district,park,industry_code,founded,employees,revenue_cny,revenue_year,designations\n"
                + "91110000600037341L,甲,花都区,,3670,,,,,\n" + "91350100M000100Y4Z,乙,花都区,,3670,,,,,\n").utf8
        ).write(to: URL(fileURLWithPath: csv))
        await #expect(throws: ExitCode(65)) { try await run(["import", "enterprises", csv, "--db", db]) }
        #expect(try AppDatabase.open(path: db).enterpriseCount() == 5)  // the built-in firms only
    }

    @Test func backupAndRestoreRefuseToLoseDataWithoutForce() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        // Given a database and its backup,
        let db = path("z.sqlite"), backup = path("backup.sqlite")
        try await run(["init", "--db", db])
        try await run(["backup", backup, "--db", db])
        // an existing backup is replaced only with --force,
        await #expect(throws: StoreError.self) { try await run(["backup", backup, "--db", db]) }
        try await run(["backup", backup, "--db", db, "--force"])
        // a database written after the backup is restored over only with --force,
        try await run(["init", "--db", db, "--force"])
        await #expect(throws: StoreError.self) { try await run(["restore", backup, "--db", db]) }
        try await run(["restore", backup, "--db", db, "--force"])
        // and a backup restores where no database is.
        try await run(["restore", backup, "--db", path("new.sqlite")])
        #expect(try AppDatabase.open(path: path("new.sqlite")).enterpriseCount() == 5)
        await #expect(throws: (any Error).self) { try await run(["backup", backup, "--db", path("missing.sqlite"), "--force"]) }
    }

    @Test func aFolderGivenForAFileIsNamedAsOne() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            try await run(["extract", directory.path, "--lang", "en"])
            Issue.record("a folder was read")
        } catch let refusal as Refusal {
            #expect(refusal.description == "\(directory.path) is a folder, not a file: give one of the files in it." && refusal.exitCode == 66)
        }
    }

    @Test func refusesUnknownOptionValues() {
        #expect(throws: (any Error).self) { try Zhizao.parseAsRoot(["report", "--lang", "fr"]) }
        #expect(throws: (any Error).self) { try Zhizao.parseAsRoot(["generate", "enterprises", "--count", "-1"]) }
        #expect(throws: (any Error).self) { try Zhizao.parseAsRoot(["export", "firms"]) }
    }
}

@Suite struct ExtractOutputTests {
    func object(_ line: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test func writesOneJSONObjectAFactWithTheDocumentedFields() async throws {
        let fact = try #require(ReportReader.FactExtractor.extract("2020年全市规上工业增加值增长2.5%。").first)
        let line = fact.jsonLine
        #expect(!line.contains("\n"))
        let object = try object(line)
        #expect(Set(object.keys) == ["value", "unit", "qualifier", "direction", "holder", "measure", "kind", "period", "quote", "span", "occurrences"])
        #expect(object["value"] as? Double == 2.5)
        #expect(object["holder"] as? String == "全市" && object["measure"] as? String == "规上工业增加值" && object["kind"] as? String == "change")
        #expect(object["direction"] as? String == "up")
        #expect((object["span"] as? [Int])?.count == 2)
        #expect((object["period"] as? [String: String]) == ["start": "2020-01-01", "end": "2020-12-31"])
    }

    @Test func givesARangeItsUpperEnd() async throws {
        let fact = try #require(ReportReader.FactExtractor.extract("项目总投资3至5亿元。").first)
        let object = try object(fact.jsonLine)
        #expect(object["value"] as? Int == 300_000_000 && object["upTo"] as? Int == 500_000_000)
        #expect(Zhizao.Extract.row(fact, file: "-").contains("3亿元至5亿元"))
    }

    @Test func aTablesRowSpeaksTheLanguageAsked() async throws {
        let fact = try #require(ReportReader.FactExtractor.extract("2020年全市规上工业增加值增长2.5%。").first)
        let zh = Zhizao.Extract.row(fact, file: "-", language: .zh).split(separator: "\t", omittingEmptySubsequences: false)
        let en = Zhizao.Extract.row(fact, file: "-", language: .en).split(separator: "\t", omittingEmptySubsequences: false)
        #expect(zh[3] == "变化" && en[3] == "change")
        #expect(zh[6] == "2020年" && en[6] != zh[6])
    }

    @Test func listsEverySpanOfARepeatedFactAndEscapesQuotes() async throws {
        let text = "全市“A\\B”企业达5829家。\n全市“A\\B”企业达5829家。"
        let fact = try #require(ReportReader.FactExtractor.extract(text).first)
        let object = try object(fact.jsonLine)
        #expect(object["occurrences"] as? Int == 2)
        #expect((object["spans"] as? [[Int]])?.count == 2)
        #expect((object["quote"] as? String)?.contains("A\\B") == true)
        #expect(object["value"] as? Int == 5829)
    }
}

@Suite struct IngestTitleTests {
    @Test func aShortFirstLineIsTheTitleAndASentenceIsNot() {
        #expect(FactExtractor.title(of: "\n  花都区工业和信息化局2023年工作总结\n2023年，全区…") == "花都区工业和信息化局2023年工作总结")
        #expect(FactExtractor.title(of: "2023年，全区规上工业总产值2156.3亿元。") == nil)
        #expect(FactExtractor.title(of: "   \n") == nil)
    }

    @Test func aPagesSiteNameAndPathAreNoTitle() {
        let page = "鄢陵县人民政府\n首页 > 乡镇动态\n鄢陵县三季度项目集中开工 开工项目19个\n发布时间：2026-08-07\n　　8月6日，…举行。"
        #expect(FactExtractor.title(of: page) == "鄢陵县三季度项目集中开工 开工项目19个")
        #expect(FactExtractor.title(of: "首页 | 时政 | 县域\n当前位置：首页 > 本地要闻\n某县召开经济运行调度会\n　　7月2日，…。") == "某县召开经济运行调度会")
    }

    /// The title is read from the text's head: a long text's first line still is, and a first line that runs past the
    /// head (no title, however it is cut) is not.
    @Test func theTitleIsReadFromTheHead() {
        let body = String(repeating: "全区规上工业总产值2156.3亿元，同比增长8.2%。\n", count: 20000)
        #expect(FactExtractor.title(of: "2024年从化区政府工作报告\n" + body) == "2024年从化区政府工作报告")
        #expect(FactExtractor.reportYear("2024年从化区政府工作报告\n" + body) == 2024)
        #expect(FactExtractor.title(of: String(repeating: "工", count: 390) + "\n短标题\n" + body) == nil)
        #expect(FactExtractor.title(of: String(repeating: " ", count: 395) + "花都区工业和信息化局2023年工作总结\n" + body) == nil)
    }
}
