import Foundation
import Testing
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoInterchange
@testable import ZhizaoStore
import ZhizaoStorage

/// Business scope through import and export, and investment targets read from the registry.
@Suite struct TargetsTests {
    /// A valid USCC of Guangzhou district `division` ending in `serial` (nine characters of the alphabet).
    static func uscc(_ division: String, _ serial: String) -> String {
        let first17 = Array("91\(division)\(serial)".utf8)
        return String(decoding: first17, as: UTF8.self) + String(UnicodeScalar(USCC.checkCharacter(forFirst17: first17)!))
    }

    static let header = "统一社会信用代码,企业名称,所属区,所在园区,行业代码,成立年份,从业人数,营业收入（元）,营业收入年份,历年营业收入,认定称号,经营范围\n"

    static func firms() -> String {
        [
            "\(uscc("440113", "MA0000001")),广州甲汽车零部件有限公司,番禺区,,3670,2010,300,500000000,2020,2018=400000000,little-giant:2021:national,汽车零部件制造",
            "\(uscc("440113", "MA0000002")),广州乙汽车零部件有限公司,番禺区,,3670,2015,40,20000000,2020,,,",
            "\(uscc("440113", "MA0000003")),广州丙汽车零部件销售有限公司,番禺区,,5263,2015,10,900000000,2020,,,汽车零部件销售",
            "\(uscc("440114", "MA0000004")),广州丁汽车零部件有限公司,花都区,,3670,2012,200,300000000,2020,,,汽车零部件制造",
            "\(uscc("440114", "MA0000005")),广州戊汽车制造有限公司,花都区,,3611,2000,5000,90000000000,2020,,chain-leader:2020,汽车整车制造",
        ].joined(separator: "\n") + "\n"
    }

    static func database() throws -> AppDatabase {
        let database = try AppDatabase.builtIn()
        _ = try database.importEnterprises(csv: Array((header + firms()).utf8), file: "firms.csv", by: .test)
        return database
    }

    @Test func theRegistryScanHandsOverEveryFirmsNameClassAndScope() throws {
        // Given the five firms and the built-in dataset's
        let database = try Self.database()
        // When the whole registry is read as classifying it reads it
        var firms: [(name: String, code: String?, scope: String?)] = []
        try database.forEachFirmToClassify { name, code, scope in
            firms.append((String(decoding: name, as: UTF8.self), code, scope.map { String(decoding: $0, as: UTF8.self) }))
        }
        // Then each firm comes once, with its stored scope or none
        #expect(firms.count == (try database.registryCounts().enterprises))
        let parts = try #require(firms.first { $0.name == "广州甲汽车零部件有限公司" })
        #expect(parts.code == "3670" && parts.scope == "汽车零部件制造")
        #expect(firms.first { $0.name == "广州乙汽车零部件有限公司" }.map { ($0.scope ?? "").isEmpty } == true)
    }

    @Test func theRegistryFoldedInPartsReadsEachFirmOnceAsOneScanDoes() async throws {
        // Given the five firms and the built-in dataset's in a file, whose pool lets the parts read at once
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-fold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try AppDatabase.open(path: directory.appendingPathComponent("fold.sqlite").path)
        _ = try database.importEnterprises(csv: Array((Self.header + Self.firms()).utf8), file: "firms.csv", by: .test)
        let line: @Sendable (UnsafeBufferPointer<UInt8>, String?, UnsafeBufferPointer<UInt8>?) -> String = { name, code, scope in
            String(decoding: name, as: UTF8.self) + "|" + (code ?? "-") + "|" + (scope.map { String(decoding: $0, as: UTF8.self) } ?? "-")
        }
        var oneScan: [String] = []
        try database.forEachFirmToClassify { oneScan.append(line($0, $1, $2)) }
        #expect(oneScan.count == (try database.registryCounts().enterprises))
        for parts in [1, 2, 3, 7] {
            // When the registry is folded in that many parts
            let tallies = try await SQLiteStorage(database).foldFirmsToClassify(parts: parts, into: [String]()) {
                $0.append(line($1, $2, $3))
            }
            // Then there is a tally a part, none empty, and together they hold every firm once, in id order
            #expect(tallies.count == parts)
            #expect(tallies.allSatisfy { !$0.isEmpty })
            #expect(tallies.flatMap { $0 } == oneScan)
        }
    }

    @Test(arguments: [
        (1...10 as ClosedRange<Int64>, 3, [1...4, 5...7, 8...10] as [ClosedRange<Int64>]),
        (5...5, 2, [5...5]),
        (7...9, 5, [7...7, 8...8, 9...9]),
        (1...1_000_005, 2, [1...500_003, 500_004...1_000_005]),
        (3...8, 1, [3...8]),
    ])
    func idRangesAreSplitIntoContiguousNearlyEqualParts(range: ClosedRange<Int64>, parts: Int, expected: [ClosedRange<Int64>]) {
        #expect(range.split(into: parts) == expected)
    }

    @Test func businessScopeIsStoredExportedAndKeptWhenARowLeavesItOut() throws {
        // Given firms imported with 经营范围
        let database = try Self.database()
        let ref = Self.uscc("440113", "MA0000001")
        #expect(try database.enterprise(ref: ref)?.businessScope == "汽车零部件制造")
        // When the export is read
        var csv = ""
        try database.exportEnterprises(.csv) { csv += $0 }
        // Then the column is there with the scope
        #expect(csv.hasPrefix(EnterpriseTable.header.joined(separator: ",")))
        #expect(csv.contains("business_scope"))
        #expect(csv.contains("汽车零部件制造"))
        // And an update from a file without the column keeps the scope
        let update = "uscc,name,district,park,industry_code,founded,employees,revenue_cny,revenue_year,designations\n"
            + "\(ref),广州甲汽车零部件有限公司,番禺区,,3670,2010,320,510000000,2020,\n"
        _ = try database.importEnterprises(csv: Array(update.utf8), file: "update.csv", by: .test)
        #expect(try database.enterprise(ref: ref)?.businessScope == "汽车零部件制造")
        #expect(try database.enterprise(ref: ref)?.employees == 320)
    }

    @Test func anEditSetsOrClearsTheScopeAndIsAudited() throws {
        let database = try Self.database()
        let ref = Self.uscc("440113", "MA0000002")
        let version = try #require(try database.enterpriseVersion(ref: ref))
        // Given a firm without a scope, an edit that gives one sets it, and the audit log says what changed
        let edited = try database.editEnterprise(
            ref: ref, version: version, districtId: "panyu", parkId: nil, designations: [], businessScope: " 汽车零部件制造 ", by: .test)
        #expect(edited.businessScope == "汽车零部件制造")
        #expect(try database.auditEntries(.init(limit: 1)).first?.after?.contains("汽车零部件制造") == true)
        // An edit without a scope keeps it; an empty one clears it
        try database.editEnterprise(ref: ref, version: version + 1, districtId: "panyu", parkId: nil, designations: [], by: .test)
        #expect(try database.enterprise(ref: ref)?.businessScope == "汽车零部件制造")
        try database.editEnterprise(ref: ref, version: version + 2, districtId: "panyu", parkId: nil, designations: [], businessScope: "", by: .test)
        #expect(try database.enterprise(ref: ref)?.businessScope == nil)
    }

    @Test func aGapsTargetsAreFirmsElsewhereOnTheLinkRankedAndExplained() throws {
        let database = try Self.database()
        // When the parts link of Huadu's auto chain is asked for
        let targets = try #require(try database.chainTargets(clusterId: "huadu-auto", placeId: "huadu", gap: "parts", limit: 5))
        let gap = try #require(targets.gaps.first)
        // Then the parts makers of other districts are listed, the larger little giant first; not Huadu's own, not the shop
        #expect(gap.targets.map(\.enterprise.name.zh) == ["广州甲汽车零部件有限公司", "广州乙汽车零部件有限公司"])
        #expect(gap.candidates == 2)
        let first = gap.targets[0]
        #expect(first.parts.map(\.kind) == [.size, .growth, .designation, .fit])
        #expect(first.parts.first { $0.kind == .designation }?.points == 20)
        #expect(first.match.evidence.contains(.scopeKeyword("汽车零部件")))
    }

    @Test func aChainLeaderGetsItsUpstreamSuppliersTheDistrictsFirst() throws {
        let database = try Self.database()
        let targets = try #require(try database.chainTargets(clusterId: "huadu-auto", placeId: "huadu", gap: "vehicles", limit: 3))
        let leader = try #require(targets.leaders.first)
        #expect(leader.leader.name.zh == "广州戊汽车制造有限公司")
        #expect(leader.link.code == "auto/vehicles")
        // Huadu's parts maker first although the Panyu little giant scores higher
        #expect(leader.suppliers.map(\.enterprise.name.zh).prefix(2) == ["广州丁汽车零部件有限公司", "广州甲汽车零部件有限公司"])
    }

    @Test func everyGapIsListedWhenNoneIsNamed() throws {
        let database = try Self.database()
        let targets = try #require(try database.chainTargets(clusterId: "huadu-auto", placeId: "huadu"))
        let analysis = targets.analysis
        #expect(targets.gaps.map(\.link.nodeId) == InvestmentTargets.gaps(of: analysis).map(\.node.id))
        #expect(targets.gaps.allSatisfy { $0.presence.strength != .strong })
    }
}
