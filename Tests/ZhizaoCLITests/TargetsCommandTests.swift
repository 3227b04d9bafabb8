import ArgumentParser
import Foundation
import Testing
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoCLI

/// `zhizao targets` and `zhizao classifier-eval`: arguments, refusals and the text they print.
@Suite struct TargetsCommandTests {
    @Test func anUnknownGapIsRefusedWithTheChainsLinks() async throws {
        let database = try AppDatabase.builtIn()
        let chain = try #require(ChainTemplates.shipped.chain(forCluster: "huadu-auto"))
        let names = CommandNames(database: SQLiteStorage(database), language: .zh)
        #expect(try names.link("零部件", in: chain) == "parts")
        #expect(try names.link("Engines and powertrains", in: chain) == "powertrain")
        #expect { try names.link("机翼", in: chain) } throws: { error in
            (error as? Refusal)?.description.contains("产业链环节") == true
        }
    }

    @Test func theLimitIsChecked() {
        #expect(throws: (any Error).self) { try Zhizao.parseAsRoot(["targets", "汽车", "--limit", "0"]) }
        #expect(throws: (any Error).self) { try Zhizao.parseAsRoot(["targets", "汽车", "--format", "xml"]) }
    }

    @Test func theTextExplainsEachRankInTheCommandsLanguage() async throws {
        // Given a parts maker in Panyu and Huadu's auto chain
        let database = try AppDatabase.builtIn()
        let first17 = Array("91440113MA0000001".utf8)
        let uscc = String(decoding: first17, as: UTF8.self) + String(UnicodeScalar(USCC.checkCharacter(forFirst17: first17)!))
        let csv = "uscc,name,district,park,industry_code,founded,employees,revenue_cny,revenue_year,designations\n"
            + "\(uscc),广州甲汽车零部件有限公司,番禺区,,3670,2010,300,500000000,2020,little-giant:2021\n"
        _ = try database.importEnterprises(csv: Array(csv.utf8), file: "firms.csv", by: .test)
        let targets = try #require(try database.chainTargets(clusterId: "huadu-auto", placeId: "huadu", gap: "parts"))
        let places = PlaceDirectory(places: try database.places())
        // When printed in Chinese and in English
        let zh = TargetsText(targets: targets, places: places, language: .zh).text
        let en = TargetsText(targets: targets, places: places, language: .en).text
        // Then the firm is listed with its district, score and each part's reason
        #expect(zh.contains("1. 广州甲汽车零部件有限公司 · 番禺区 · 3670 · 得分 "))
        #expect(zh.contains("称号 20.0（专精特新“小巨人”）"))
        #expect(en.contains("Panyu"))
        #expect(en.contains("designations 20.0 (little giant)"))
    }

    @Test func classifierEvalRefusesAFileThatIsNotALabelledSet() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("labels-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("{\"name\": \"甲\"}\n".utf8).write(to: file)
        var command = try Zhizao.parseAsRoot(["classifier-eval", file.path, "--lang", "en"])
        await #expect { try await Zhizao.run(&command) } throws: { error in
            (error as? Refusal)?.exitCode == 65 && (error as? Refusal)?.description.contains(":1:") == true
        }
    }

    @Test func aTargetListIsImportedApartAndItsFirmsListedWithTheirPlace() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-list-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let db = directory.appendingPathComponent("z.sqlite").path
        let first17 = Array("91320500MA0000011".utf8)
        let uscc = String(decoding: first17, as: UTF8.self) + String(UnicodeScalar(USCC.checkCharacter(forFirst17: first17)!))
        let file = directory.appendingPathComponent("national.csv")
        try Data(("uscc,name,province,city,industry_code,revenue_cny,revenue_year,designations\n"
            + "\(uscc),苏州甲汽车零部件有限公司,江苏省,苏州市,3670,8000000000,2020,little-giant:2021\n").utf8).write(to: file)
        // Given a list imported with the command, checked first
        var check = try Zhizao.parseAsRoot(["import", "target-list", file.path, "--check", "--db", db, "--quiet"])
        try await Zhizao.run(&check)
        let database = try AppDatabase.open(path: db)
        #expect(try database.targetLists().isEmpty)
        var command = try Zhizao.parseAsRoot(["import", "target-list", file.path, "--name", "全国", "--db", db, "--quiet"])
        try await Zhizao.run(&command)
        #expect(try database.targetLists().map(\.rows) == [1])
        #expect(try database.enterprise(ref: uscc) == nil)
        // When the targets are asked for with it, its firm is listed with its province, city and list
        var targets = try Zhizao.parseAsRoot(["targets", "花都汽车", "--gap", "零部件", "--from-list", "全国", "--db", db])
        try await Zhizao.run(&targets)
        let found = try #require(try database.chainTargets(clusterId: "huadu-auto", placeId: "huadu", gap: "parts", list: "全国"))
        let places = PlaceDirectory(places: try database.places())
        let text = TargetsText(targets: found, places: places, language: .zh, list: "全国").text
        #expect(text.contains("1. 苏州甲汽车零部件有限公司 · 江苏省苏州市（名单：全国） · 3670 · 得分 "))
        #expect(text.contains("本地以外及名单中归入该环节的企业1家"))
        // and an unknown list is refused
        var unknown = try Zhizao.parseAsRoot(["targets", "花都汽车", "--from-list", "无此名单", "--db", db])
        await #expect { try await Zhizao.run(&unknown) } throws: { ($0 as? StoreError)?.message.contains("the stored ones are 全国") == true }
    }
}
