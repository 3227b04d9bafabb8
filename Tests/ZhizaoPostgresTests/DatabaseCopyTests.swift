import Foundation
import Testing
@testable import ZhizaoCopy
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage

/// copy-db between SQLite files (no server needed), its plan and its checksums.
@Suite struct DatabaseCopyTests {
    /// The built-in dataset's file, a copy of it, and the copy's checksums by table.
    static func copiedTarget() async throws -> (source: String, target: String, checksums: [String: (rows: Int, checksum: String)]) {
        let source = try CopyFixtures.builtInFile()
        let target = try CopyFixtures.path("copy.sqlite")
        _ = try await DatabaseCopy.run(
            from: try AppDatabase.copySource(path: source), to: AppDatabase.copyTarget(path: target), force: false,
            by: CopyFixtures.actor)
        return (source, target, try await DatabaseCopy.checksums(of: try AppDatabase.copySource(path: target)))
    }

    @Test func aCopyOfTheBuiltInDatasetReadsTheSameAndIsAudited() async throws {
        // Given the built-in dataset in a file
        let source = try CopyFixtures.builtInFile()
        let target = try CopyFixtures.path("copy.sqlite")
        // When it is copied into a new file
        let report = try await DatabaseCopy.run(
            from: try AppDatabase.copySource(path: source), to: AppDatabase.copyTarget(path: target), force: false,
            by: CopyFixtures.actor)
        // Then every table checks out, the enterprises among them, and the copy reads as the source does
        #expect(report.tables.allSatisfy { $0.ok })
        #expect(report.tables.first { $0.name == "enterprise" }.map { $0.rows > 0 } == true)
        let (original, copy) = (try AppDatabase.open(path: source), try AppDatabase.open(path: target))
        for (copied, read) in zip(try CopyFixtures.reads(copy), try CopyFixtures.reads(original)) { #expect(copied == read) }
        // And the copy's audit log ends with where it came from
        let last = try #require(try copy.auditEntries(.init(limit: 1)).first)
        #expect(last.action == "copy" && last.recordId == source && last.note?.contains(#""from":"\#(source)""#) == true)
        // And its name search index was rebuilt, not copied
        #expect(try copy.searchEnterprises("阿尔特汽车", limit: 5).count == 1)
    }

    @Test func aTargetHoldingDataIsRefusedWithoutForceAndReplacedWithIt() async throws {
        // Given a target that already holds a copy
        let (source, target, before) = try await Self.copiedTarget()
        // When it is copied into again without --force
        let refusal = await #expect(throws: CopyError.self) {
            try await DatabaseCopy.run(
                from: try AppDatabase.copySource(path: source), to: AppDatabase.copyTarget(path: target), force: false,
                by: CopyFixtures.actor)
        }
        // Then it is refused, saying what to do, and left as it was
        #expect(refusal?.code == .notEmpty && refusal?.message.contains("--force") == true)
        let after = try await DatabaseCopy.checksums(of: try AppDatabase.copySource(path: target))
        #expect(after.mapValues { $0.checksum } == before.mapValues { $0.checksum })
        // And with --force its data is replaced: one copy entry more in the audit log, not the old log twice
        let forced = try await DatabaseCopy.run(
            from: try AppDatabase.copySource(path: source), to: AppDatabase.copyTarget(path: target), force: true,
            by: CopyFixtures.actor)
        #expect(forced.tables.allSatisfy { $0.ok })
        let audit = try await DatabaseCopy.checksums(of: try AppDatabase.copySource(path: target))["audit"]?.rows
        #expect(audit == (forced.tables.first { $0.name == "audit" }?.rows).map { $0 + 1 })
    }

    @Test func aFailureMidCopyLeavesTheTargetAsItWas() async throws {
        // Given a target holding a copy, and a source that fails after the first batch of enterprises
        let (source, target, before) = try await Self.copiedTarget()
        let failing = FailingSource(base: try AppDatabase.copySource(path: source), table: "enterprise", failAfter: 0)
        // When a forced copy fails part-way
        await #expect(throws: FailingSource<SQLiteCopySource>.Failure.self) {
            try await DatabaseCopy.run(from: failing, to: AppDatabase.copyTarget(path: target), force: true, by: CopyFixtures.actor)
        }
        // Then the target is unchanged, table by table, and no scratch file is left beside it
        let after = try await DatabaseCopy.checksums(of: try AppDatabase.copySource(path: target))
        #expect(after.mapValues { $0.checksum } == before.mapValues { $0.checksum })
        let folder = (target as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("partial") } == [])
    }

    @Test func aMissingSourceIsRefusedWithItsPath() throws {
        #expect(throws: StoreError.self) { try AppDatabase.copySource(path: "/nonexistent/zhizao.sqlite") }
    }

    @Test func tablesComeAfterTheTablesTheyReferTo() throws {
        // Given tables listed children first, one referring to itself
        func table(_ name: String, _ references: Set<String>) -> CopyTable {
            CopyTable(name: name, columns: [CopyColumn(name: "id", kind: .integer)], primaryKey: ["id"], references: references, identity: nil)
        }
        let tables = [table("designation", ["enterprise"]), table("enterprise", ["place"]), table("place", ["place"])]
        // When they are ordered, parents come first
        #expect(try DatabaseCopy.ordered(tables).map(\.name) == ["place", "enterprise", "designation"])
        // And a cycle is refused, naming its tables
        let cycle = [table("a", ["b"]), table("b", ["a"])]
        #expect(throws: CopyError.self) { try DatabaseCopy.ordered(cycle) }
    }

    @Test func differentColumnsAreRefusedNamingThem() throws {
        let source = [CopyTable(name: "enterprise", columns: [.init(name: "id", kind: .integer)], primaryKey: ["id"], references: [], identity: "id")]
        let target = [CopyTable(
            name: "enterprise", columns: [.init(name: "id", kind: .integer), .init(name: "businessscope", kind: .text)],
            primaryKey: ["id"], references: [], identity: "id")]
        let error = #expect(throws: CopyError.self) { try DatabaseCopy.plan(source: source, target: target) }
        #expect(error?.code == .schema && error?.message.contains("businessscope") == true)
    }

    @Test func checksumsReadRowsAsBothEnginesHoldThem() {
        // Given the same row as SQLite gives it (a whole real stored as an integer, a flag 1) and as PostgreSQL does
        let columns = [CopyColumn(name: "revenueCNY", kind: .real), CopyColumn(name: "synthetic", kind: .integer),
                       CopyColumn(name: "nameZh", kind: .text), CopyColumn(name: "nameEn", kind: .text)]
        var sqlite = TableChecksum()
        var postgres = TableChecksum()
        let text = sqlite.add([[.integer(2156), .integer(1), .text("广州\t汽车"), .null]], columns: columns).text
        _ = postgres.add([[.real(2156.0), .integer(1), .text("广州\t汽车"), .null]], columns: columns)
        // Then both hash the same COPY text
        #expect(String(decoding: text, as: UTF8.self) == "2156.0\t1\t广州\\t汽车\t\\N\n")
        #expect(sqlite.hex() == postgres.hex())
        // And a different value gives a different checksum
        var other = TableChecksum()
        _ = other.add([[.real(2156.3), .integer(1), .text("广州\t汽车"), .null]], columns: columns)
        #expect(other.hex() != postgres.hex())
    }
}
