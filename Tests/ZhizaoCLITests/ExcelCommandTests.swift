import Foundation
import Testing
import ZhizaoSheetsTesting
import ZhizaoStore
import ZhizaoStorage

@testable import ZhizaoCLI

/// `zhizao export --format xlsx`, `--excel` CSV and `zhizao template`: files Excel opens, with Chinese headings.
@Suite struct ExcelCommandTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-excel-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) }

    private func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    private func run(_ arguments: [String]) async throws {
        var command = try Zhizao.parseAsRoot(arguments)
        try await Zhizao.run(&command)
    }

    /// The XML parts of the workbook at `path`, by part name.
    private func parts(_ path: String) throws -> [String: String] {
        try workbookParts(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test func exportsProjectsAsAWorkbookWithChineseHeadingsChosenByTheFileName() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = path("z.sqlite"), file = path("项目.xlsx")
        try await run(["init", "--db", db])
        // When projects are exported to a file named .xlsx
        try await run(["export", "projects", "--db", db, "--output", file])
        // Then it is a workbook whose sheet has the Chinese headings and the projects, investment as a number
        let sheet = try #require(try parts(file)["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains(">项目编号</t>") && sheet.contains(">总投资（元）</t>"))
        let projects = try AppDatabase.open(path: db).projects()
        #expect((sheet.components(separatedBy: "<row ").count - 1) == projects.count + 1)
        for project in projects { #expect(sheet.contains(">\(project.id)</t>")) }
        let invested = try #require(projects.first { $0.investment != nil }?.investment?.value)
        #expect(sheet.contains("<v>\(Int64(invested))</v>"))
        #expect(try #require(try parts(file)["xl/workbook.xml"]).contains(#"name="重点项目""#))
    }

    @Test func exportsObservationPeriodsAsDates() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = path("z.sqlite"), file = path("o.xlsx")
        try await run(["export", "observations", "--db", db, "--format", "xlsx", "--output", file])
        let sheet = try #require(try parts(file)["xl/worksheets/sheet1.xml"])
        // 2020-01-01 is Excel day 43831, in the date style
        #expect(sheet.contains(#"s="2"><v>43831</v>"#))
        #expect(sheet.contains(">起始日期</t>"))
    }

    @Test func excelCSVHasAByteOrderMarkAndCRLF() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = path("z.sqlite"), file = path("p.csv")
        try await run(["export", "projects", "--db", db, "--excel", "--output", file])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("id,name,"))
        let lineFeeds = text.utf8.count { $0 == 0x0A }
        #expect(lineFeeds > 1 && text.components(separatedBy: "\r\n").count == lineFeeds + 1)
        #expect(throws: (any Error).self) { try Zhizao.parseAsRoot(["export", "projects", "--excel", "--format", "json"]) }
    }

    @Test(arguments: [ImportKind.enterprises, .projects, .observations])
    func templatesHaveChineseHeadingsAnExampleAndNotes(kind: ImportKind) async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = path("\(kind.rawValue).xlsx")
        try await run(["template", kind.rawValue, "--output", file])
        let parts = try parts(file)
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        let notes = try #require(parts["xl/worksheets/sheet2.xml"])
        #expect(try #require(parts["xl/workbook.xml"]).contains(#"name="说明""#))
        // the header and one example row
        #expect((sheet.components(separatedBy: "<row ").count - 1) == 2)
        // a note for every column, Chinese and English, saying whether it is required
        #expect(notes.contains(">是 yes</t>") && notes.contains(">否 no</t>"))
        switch kind {
        case .enterprises:
            #expect(sheet.contains(">统一社会信用代码</t>") && sheet.contains("【示例】"))
            #expect(notes.contains("18位统一社会信用代码") && notes.contains("the 18-character unified social credit code"))
        case .projects:
            #expect(sheet.contains(">项目编号</t>"))
            #expect(notes.contains("内置数据集"))
        case .observations:
            #expect(sheet.contains(">指标</t>") && sheet.contains(">cluster:auto</t>"))
        }
        // and it is not written over without --force
        await #expect(throws: (any Error).self) { try await run(["template", kind.rawValue, "--output", file]) }
        try await run(["template", kind.rawValue, "--output", file, "--force"])
    }
}
