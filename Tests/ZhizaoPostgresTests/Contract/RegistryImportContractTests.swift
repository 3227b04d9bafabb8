import Foundation
import Testing
import ZhizaoCore
import ZhizaoDataset
import ZhizaoInterchange
import ZhizaoStorage

extension StorageContract {
    /// Checks, imports (all rows or none, located problems, one audit entry) and exports in the import formats
    /// (``RegistryStore``), the same on every engine.
    struct RegistryImportContractTests {
        static let header = "uscc,name,district,park,industry_code,founded,employees,revenue_cny,revenue_year,designations\n"

        static func generated(_ count: Int, seed: UInt64 = 11) -> [UInt8] { RegistryStoreContractTests.generated(count, seed: seed) }

        /// What `export` writes, as one string.
        static func exported(_ export: (@escaping @Sendable (String) -> Void) async throws -> Void) async throws -> String {
            let text = Collected()
            try await export { text.append($0) }
            return text.value
        }

        final class Collected: @unchecked Sendable {
            private let lock = NSLock()
            private var parts: [String] = []
            func append(_ part: String) { lock.withLock { parts.append(part) } }
            var value: String { lock.withLock { parts.joined() } }
        }

        @Test(arguments: StorageEngine.available)
        func aFileWithOneBadRowChangesNothing(_ engine: StorageEngine) async throws {
            try await engine.with((any RegistryStore).self) { store in
                // Given the built-in dataset and some enterprises
                _ = try await store.importEnterprises(csv: Self.generated(100), file: "first.csv", sheet: nil, by: .contract, progress: nil)
                let before = try await Self.exported { try await store.exportEnterprises(.csv, excel: false, to: $0) }
                let entries = try await StoredRecords.audit(store).count
                // When a file of 300 rows whose last row has a bad industry code is imported
                var lines = String(decoding: Self.generated(300, seed: 12), as: UTF8.self).split(separator: "\n").map(String.init)
                var fields = lines[300].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                fields[5] = "9999"
                lines[300] = fields.joined(separator: ",")
                let bad = Array(lines.joined(separator: "\n").utf8)
                for kind in ["check", "import"] {
                    do {
                        if kind == "check" {
                            _ = try await store.check(.enterprises, csv: bad, file: "bad.csv", sheet: nil, as: nil, progress: nil)
                        } else {
                            _ = try await store.importEnterprises(csv: bad, file: "bad.csv", sheet: nil, by: .contract, progress: nil)
                        }
                        Issue.record("\(kind) accepted a bad file")
                    } catch let error as ImportError {
                        // Then it is refused with the row and column located
                        #expect(error.problems.count == 1 && error.problems[0].line == 301, "\(kind)")
                        #expect(error.problems[0].message.hasPrefix("industry_code \"9999\""), "\(kind)")
                    }
                }
                // And nothing is written, not even an audit entry
                #expect(try await Self.exported { try await store.exportEnterprises(.csv, excel: false, to: $0) } == before)
                #expect(try await StoredRecords.audit(store).count == entries)
            }
        }

        @Test(arguments: StorageEngine.available)
        func exportThenImportRoundTripsAndBothEnginesWriteTheSame(_ engine: StorageEngine) async throws {
            let reference = try await StorageEngine.sqlite.with((any RegistryStore).self) { store in
                _ = try await store.importEnterprises(csv: Self.generated(500), file: "gen.csv", sheet: nil, by: .contract, progress: nil)
                return try await Self.exported { try await store.exportEnterprises(.csv, excel: false, to: $0) }
            }
            let csv = try await engine.with((any RegistryStore).self) { store in
                _ = try await store.importEnterprises(csv: Self.generated(500), file: "gen.csv", sheet: nil, by: .contract, progress: nil)
                return try await Self.exported { try await store.exportEnterprises(.csv, excel: false, to: $0) }
            }
            #expect(csv == reference)
            #expect(csv.contains("business_scope") && csv.split(separator: "\n").count == 501)
            try await engine.with((any RegistryStore).self) { store in
                let summary = try await store.importEnterprises(csv: Array(csv.utf8), file: "export.csv", sheet: nil, by: .contract, progress: nil)
                #expect(summary == ImportSummary(rows: 500, inserted: 500, updated: 0))
                #expect(try await Self.exported { try await store.exportEnterprises(.csv, excel: false, to: $0) } == csv)
            }
        }

        @Test(arguments: StorageEngine.available)
        func projectsAndObservationsRoundTrip(_ engine: StorageEngine) async throws {
            let dataset = try BuiltInDataset.guangzhou2020()
            try await engine.with((any RegistryStore).self) { store in
                let projects = try await Self.exported { try await store.exportProjects(.csv, excel: false, to: $0) }
                let observations = try await Self.exported { try await store.exportObservations(.csv, excel: false, to: $0) }
                let p = try await store.importProjects(csv: Array(projects.utf8), file: "projects.csv", sheet: nil, by: .contract, progress: nil)
                let o = try await store.importObservations(csv: Array(observations.utf8), file: "observations.csv", sheet: nil, by: .contract, progress: nil)
                #expect(p == ImportSummary(rows: dataset.projects.count, inserted: 0, updated: dataset.projects.count))
                #expect(o == ImportSummary(rows: dataset.observations.count, inserted: 0, updated: dataset.observations.count))
                #expect(try await StoredRecords.projects(store) == dataset.projects)
                #expect(try await StoredRecords.observations(store) == dataset.observations)
                let entries = try await StoredRecords.audit(store, AuditQuery(action: "import"))
                #expect(entries.map(\.recordType) == ["observations", "projects"] && entries.map(\.recordId) == ["observations.csv", "projects.csv"])
                #expect(entries[1].note == AuditText.note(p.auditNote(file: Array(projects.utf8))))
            }
        }

        @Test(arguments: StorageEngine.available)
        func importedRecordsMustReferToStoredOnes(_ engine: StorageEngine) async throws {
            try await engine.with((any RegistryStore).self) { store in
                let observations = try await Self.exported { try await store.exportObservations(.csv, excel: false, to: $0) }
                let lines = observations.split(separator: "\n").map(String.init)
                let row = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                func file(_ id: String, _ subject: String) -> [UInt8] {
                    Array((lines[0] + "\n" + ([id, subject] + row.dropFirst(2)).joined(separator: ",") + "\n").utf8)
                }
                let count = try await StoredRecords.observations(store).count
                let summary = try await store.importObservations(
                    csv: file("new-observation", "enterprise:hongli"), file: "o.csv", sheet: nil, by: .contract, progress: nil)
                #expect(summary == ImportSummary(rows: 1, inserted: 1, updated: 0))
                let stored = try await StoredRecords.observations(store)
                #expect(stored.count == count + 1 && stored.last?.subject == .enterprise("hongli") && stored.last?.id == "new-observation")
                do {
                    _ = try await store.importObservations(csv: file("other", "enterprise:nobody"), file: "o.csv", sheet: nil, by: .contract, progress: nil)
                    Issue.record("an observation of no enterprise was imported")
                } catch let error as ImportError {
                    #expect(error.problems.map(\.line) == [2] && error.problems[0].message.contains("no enterprise \"nobody\" in the database"))
                }
                #expect(try await store.check(.observations, csv: file("other", "place:huadu"), file: "o.csv", sheet: nil, as: nil, progress: nil) == 1)
                #expect(try await StoredRecords.observations(store).count == count + 1)
            }
        }

        @Test(arguments: StorageEngine.available)
        func anEditorImportsRowsOfTheirDistrictsOnly(_ engine: StorageEngine) async throws {
            let editor = Actor.account(
                Account(id: 9, name: "huadu-editor", role: .editor, districts: ["huadu"], createdAt: "2026-01-01T00:00:00Z"),
                address: nil, via: "test")
            let file = Array((Self.header + "91110000600037341L,甲公司,黄埔区,,3670,,,,,\n").utf8)
            try await engine.with((any RegistryStore).self) { store in
                do {
                    _ = try await store.checkReading(.enterprises, csv: file, file: "e.csv", sheet: nil, as: editor, progress: nil)
                    Issue.record("an editor's row outside their districts passed")
                } catch let error as ImportError {
                    #expect(error.problems.count == 1 && error.problems[0].message.contains("lies outside your districts (花都区)"))
                }
                await #expect(throws: ImportError.self) {
                    try await store.import(.enterprises, csv: file, file: "e.csv", sheet: nil, by: editor, progress: nil)
                }
                #expect(try await StoredRecords.enterprise(store, ref: "91110000600037341L") == nil)
                #expect(try await store.check(.enterprises, csv: file, file: "e.csv", sheet: nil, as: nil, progress: nil) == 1)
            }
        }

        @Test(arguments: StorageEngine.available)
        func aKnownUSCCUpdatesTheEnterpriseAndKeepsItsHistoryAndScope(_ engine: StorageEngine) async throws {
            try await engine.with((any RegistryStore).self) { store in
                let code = "91110000600037341L"
                let first = String(Self.header.dropLast()) + ",business_scope\n" + "\(code),甲公司,花都区,,3670,2010,10,15000000,2019,specialised:2019,汽车零部件制造\n"
                _ = try await store.importEnterprises(csv: Array(first.utf8), file: "a.csv", sheet: nil, by: .contract, progress: nil)
                let summary = try await store.import(
                    .enterprises, csv: Array((Self.header + "\(code),甲公司（更名）,黄埔区,广州开发区,3670,2010,30,25000000,2020,above-scale:2020\n").utf8),
                    file: "b.csv", sheet: nil, by: .contract, progress: nil)
                #expect(summary == ImportSummary(rows: 1, inserted: 0, updated: 1))
                let e = try #require(try await StoredRecords.enterprise(store, ref: code))
                #expect(e.name.zh == "甲公司（更名）" && e.districtId == "huangpu" && e.parkId == "gz-development-zone")
                #expect(e.revenue == [2019: 15_000_000, 2020: 25_000_000])
                #expect(Set(e.designations.map(\.kind)) == [.specialised, .aboveScale])
                #expect(e.businessScope == "汽车零部件制造")  // a row without a scope keeps the stored one
                #expect(try await StoredRecords.enterpriseCount(store) == 6)
                let entry = try #require(try await StoredRecords.audit(store, AuditQuery(action: "import")).first)
                #expect(entry.recordType == "enterprises" && entry.recordId == "b.csv")
                #expect(entry.noteValues.first { $0.key == "updated" }?.value == "1")
            }
        }

        @Test(arguments: StorageEngine.available)
        func checksAndImportsTellTheirProgressEvery1024Rows(_ engine: StorageEngine) async throws {
            final class Seen: @unchecked Sendable {
                var rows: [Int] = []
            }
            let file = Self.generated(3000)
            try await engine.with((any RegistryStore).self) { store in
                let checked = Seen(), written = Seen()
                #expect(try await store.check(.enterprises, csv: file, file: "p.csv", sheet: nil, as: nil, progress: { checked.rows.append($0) }) == 3000)
                #expect(checked.rows == [1024, 2048])
                _ = try await store.import(.enterprises, csv: file, file: "p.csv", sheet: nil, by: .contract, progress: { written.rows.append($0) })
                #expect(written.rows == [1024, 2048])
            }
        }

        @Test(arguments: StorageEngine.available)
        func jsonExportsHaveTheCSVFieldsAndImportBack(_ engine: StorageEngine) async throws {
            try await engine.with((any RegistryStore).self) { store in
                let json = try await Self.exported { try await store.exportObservations(.json, excel: false, to: $0) }
                let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
                #expect(objects.count == (try await StoredRecords.observations(store).count))
                let stations = try #require(objects.first { $0["id"] as? String == "gz-2020-5g-base-stations" })
                #expect(stations["value"] as? Double == 48000 && stations["subject"] as? String == "place:guangzhou")
                #expect(stations["as_of"] as? String == "2020-12-31")

                _ = try await store.importEnterprises(csv: Self.generated(200), file: "gen.csv", sheet: nil, by: .contract, progress: nil)
                let enterprises = try await Self.exported { try await store.exportEnterprises(.json, excel: false, to: $0) }
                #expect(try await store.importEnterprises(csv: Array(enterprises.utf8), file: "e.json", sheet: nil, by: .contract, progress: nil).updated == 200)
                let bad = enterprises.replacingOccurrences(of: "\"founded\":", with: "\"founded\":-")
                do {
                    _ = try await store.importEnterprises(csv: Array(bad.utf8), file: "bad.json", sheet: nil, by: .contract, progress: nil)
                    Issue.record("a negative founding year was imported")
                } catch let error as ImportError {
                    #expect(error.problems.first?.description.hasPrefix("bad.json: record 1: founded \"-") == true)
                }
            }
        }

        @Test(arguments: StorageEngine.available)
        func excelCSVAndWorkbooksAreWrittenAsTheSQLiteEngineWritesThem(_ engine: StorageEngine) async throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-contract-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let reference = try await StorageEngine.sqlite.with((any RegistryStore).self) { store in
                try await Self.exported { try await store.exportProjects(.csv, excel: true, to: $0) }
            }
            try await engine.with((any RegistryStore).self) { store in
                let excel = try await Self.exported { try await store.exportProjects(.csv, excel: true, to: $0) }
                #expect(excel == reference && excel.hasPrefix("\u{FEFF}") && excel.contains("\r\n"))
                _ = try await store.importEnterprises(csv: Self.generated(50), file: "gen.csv", sheet: nil, by: .contract, progress: nil)
                let csv = try await Self.exported { try await store.exportEnterprises(.csv, excel: false, to: $0) }
                for kind in ImportKind.allCases {
                    let url = folder.appendingPathComponent("\(engine)-\(kind).xlsx")
                    try await store.exportWorkbook(kind, to: url)
                    let workbook = Array(try Data(contentsOf: url))
                    #expect(workbook.starts(with: Array("PK".utf8)), "\(kind)")
                    let rows = try await store.check(kind, csv: workbook, file: url.lastPathComponent, sheet: nil, as: nil, progress: nil)
                    let expected: Int
                    switch kind {
                    case .enterprises: expected = 50
                    case .projects: expected = try await StoredRecords.projects(store).count
                    case .observations: expected = try await StoredRecords.observations(store).count
                    }
                    #expect(rows == expected, "\(kind)")
                }
                // A workbook imports back to the same registry
                let url = folder.appendingPathComponent("\(engine)-enterprises.xlsx")
                let summary = try await store.importEnterprises(csv: Array(try Data(contentsOf: url)), file: "e.xlsx", sheet: nil, by: .contract, progress: nil)
                #expect(summary.updated == 50 && summary.inserted == 0)
                #expect(try await Self.exported { try await store.exportEnterprises(.csv, excel: false, to: $0) } == csv)
            }
        }
    }
}
