import Foundation
import Testing
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoCLI

/// Commands take names as people write them: 汽车, 花都区, 广州市花都区, 汽車.
@Suite struct NameArgumentTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-names-\(UUID().uuidString)")

    private func run(_ arguments: [String]) async throws {
        var command = try Zhizao.parseAsRoot(arguments + ["--db", directory.appendingPathComponent("z.sqlite").path])
        try await Zhizao.run(&command)
    }

    @Test func chainTakesAClusterNameAndAPlaceName() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try await run(["chain", "汽车", "--place", "花都区"])
        try await run(["chain", "花都汽車產業集群"])
        try await run(["chain", "auto", "--place", "huadu"])
    }

    @Test func anUnknownNameIsRefusedWithSuggestionsInTheCommandsLanguage() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        func refusal(_ arguments: [String]) async -> String? {
            do {
                try await run(arguments)
                return nil
            } catch {
                return (error as? Refusal)?.description
            }
        }
        #expect(await refusal(["chain", "气车", "--lang", "zh"]) == "没有名为\u{201C}气车\u{201D}的产业集群。是否要找：\u{201C}汽车\u{201D}、\u{201C}花都汽车产业集群\u{201D}？")
        #expect(await refusal(["chain", "汽车", "--place", "花度区", "--lang", "en"])?.hasPrefix("No place is named \"花度区\". Did you mean \"Huadu\" (huadu)") == true)
        #expect(await refusal(["chain", "花都", "--lang", "zh"])?.contains("可指多个产业集群") == true)
    }

    @Test func namesResolveAgainstTheDatabase() async throws {
        let names = CommandNames(database: SQLiteStorage(try AppDatabase.builtIn()), language: .zh)
        #expect(try await names.cluster("智能网联与新能源汽车") == "auto")
        #expect(try await names.place("广州市花都区", as: .district) == "huadu")
        #expect(try await names.place("花都高新区", as: .park) == "huadu-high-tech-zone")
    }
}
