import Foundation
import Testing
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoInterchange
@testable import ZhizaoStore
import ZhizaoRegistryTesting
import ZhizaoStorage

/// Business scope through import and export, and investment targets read from the registry.
@Suite struct TargetsTests {
    static func database() throws -> AppDatabase {
        let database = try AppDatabase.builtIn()
        _ = try database.importEnterprises(csv: Array(RegistryFixtures.autoFirms.utf8), file: "firms.csv", by: .test)
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
        _ = try database.importEnterprises(csv: Array(RegistryFixtures.autoFirms.utf8), file: "firms.csv", by: .test)
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
        let ref = RegistryFixtures.uscc("440113", "MA0000001")
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
        let ref = RegistryFixtures.uscc("440113", "MA0000002")
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

    @Test func aTargetsFitNamesTheKeywordOfItsBusinessScope() throws {
        // (The ranking runs on both engines in Tests/ZhizaoPostgresTests/Contract/ChainContractTests.swift; PostgreSQL's
        // enterprise import does not store the business scope yet, so its evidence is checked here.)
        let database = try Self.database()
        let targets = try #require(try database.chainTargets(clusterId: "huadu-auto", placeId: "huadu", gap: "parts", limit: 5))
        let first = try #require(targets.gaps.first?.targets.first)
        #expect(first.enterprise.name.zh == "广州甲汽车零部件有限公司")
        #expect(first.match.evidence.contains(.scopeKeyword("汽车零部件")))
    }
}
