import ArgumentParser
import Foundation
import Testing
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoCLI

/// `zhizao review` and `zhizao metric`: what the reviewer reads and types.
@Suite struct ReviewCommandTests {
    @Test func theListingSaysWhyEachSuggestionWasMade() async throws {
        let database = try AppDatabase.builtIn()
        let text = "截至2020年底，全市累计建成5G基站4.8万座。2023年1-9月，花都区规上工业总产值1320亿元。2023年，广州市共签约项目15个。"
        _ = try await SQLiteStorage(database).ingest(text: text, title: "新闻", date: "2023-10-15", file: nil, place: nil, by: .test)
        let listing = ReviewText(facts: try database.pendingFacts(), proposals: try database.metricProposals()).text
        for line in [
            "subject place:guangzhou ← holder \"全市\" (the document names no place: taken as the city, to be checked)",
            "metric 5g-base-stations ← measure \"5G基站数\" (name match)",
            "duplicate of observation gz-2020-5g-base-stations: reject it",
            "subject place:huadu ← holder \"花都区\" (name match)",
            "metric output ← measure \"规上工业总产值\" (synonym)",
            "subject place:guangzhou ← holder \"广州市\" (name match)",
            "metric none ← measure \"签约项目数\"; proposed metric 1: 签约项目数 (个, projects) → zhizao metric accept 1 --id ID --name-en NAME",
            "3 pending, proposed metrics: 1",
        ] {
            #expect(listing.contains(line), "\(line)\n\(listing)")
        }
        let chinese = ReviewText(facts: try database.pendingFacts(), proposals: try database.metricProposals(), language: .zh).text
        for line in ["对象 place:guangzhou ← 主体“全市” (文档未写地区，按本市计，请核对)", "与观测数据 gz-2020-5g-base-stations 重复：请驳回", "待审核 3 条，建议新增指标 1 个"] {
            #expect(chinese.contains(line), "\(line)\n\(chinese)")
        }
    }

    @Test(arguments: [
        ["review", "accept", "1", "--period", "2023-13"],
        ["review", "edit", "1", "--period", "2023", "--as-of", "2023-09-30"],
        ["review", "edit", "1", "--kind", "guess"],
        ["review", "edit", "1", "--new-metric", "x"],
        ["review", "accept", "1", "--name-en", "Signed projects"],
        ["metric", "accept"],
    ])
    func badEditsAreRefusedBeforeAnythingHappens(arguments: [String]) {
        #expect(throws: (any Error).self) { try Zhizao.parseAsRoot(arguments) }
    }

    @Test func theSubjectIsTypedAsANameAndAnUnknownOneIsRefusedWithTheNearest() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("z.sqlite").path, file = directory.appendingPathComponent("a.txt").path
        try "2023年1-9月，规上工业总产值1320亿元。".write(toFile: file, atomically: true, encoding: .utf8)
        func run(_ arguments: [String]) async throws {
            var command = try Zhizao.parseAsRoot(arguments + ["--db", db])
            try await Zhizao.run(&command)
        }
        try await run(["ingest", file])
        #expect(try AppDatabase.open(path: db).pendingFacts().first?.subject == nil)  // the text names no holder
        do {
            try await run(["review", "accept", "1", "--subject", "花度区", "--lang", "zh"])
            Issue.record("花度区 was accepted")
        } catch let refusal as Refusal {
            #expect(refusal.description.contains("\u{201C}花都区\u{201D}（place:huadu）"), "\(refusal.description)")
        }
        try await run(["review", "accept", "1", "--subject", "广州市花都区"])
        let database = try AppDatabase.open(path: db)
        let accepted = try #require(try database.pendingFact(id: 1))
        #expect(accepted.status == .accepted && accepted.subject == .place("huadu"))
    }

    @Test func ingestTwiceSaysSoAndReviewAcceptsWithEdits() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("z.sqlite").path, file = directory.appendingPathComponent("a.txt").path
        try "2023年，广州市共签约项目15个。".write(toFile: file, atomically: true, encoding: .utf8)
        for arguments in [
            ["ingest", file, "--db", db], ["ingest", file, "--db", db, "--title", "again"],
            ["review", "accept", "1", "--db", db, "--new-metric", "signed-projects", "--name-en", "Signed projects", "--period", "2023-01..2023-06"],
        ] {
            var command = try Zhizao.parseAsRoot(arguments)
            try await Zhizao.run(&command)
        }
        let database = try AppDatabase.open(path: db)
        #expect(try database.documents().count == 1)
        let observation = try #require(try database.observations(metricId: "signed-projects").first)
        #expect(observation.period == Period(start: "2023-01-01", end: "2023-06-30"))
        #expect(observation.quantity?.stated == "15个")  // the figure as the document writes it
        #expect(try database.metrics().first { $0.id == "signed-projects" }?.name.en == "Signed projects")
    }

    @Test func whatTheStoreRefusesIsSaidInTheUsersLanguage() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("z.sqlite").path
        func refusal(_ arguments: [String]) async throws -> String? {
            var command = try Zhizao.parseAsRoot(arguments + ["--db", db])
            do {
                try await Zhizao.run(&command)
            } catch let refusal as Refusal {
                return refusal.description
            }
            return nil
        }
        #expect(try await refusal(["review", "accept", "999", "--lang", "zh"]) == "没有待审事实 #999：zhizao review 列出待审事实")
        #expect(try await refusal(["review", "reject", "999", "--lang", "en"]) == "no pending fact 999; zhizao review lists them")
        #expect(try await refusal(["metric", "accept", "7", "--lang", "zh"]) == "没有拟议指标 #7：zhizao metric proposals 列出拟议指标")
    }
}
