import Foundation
import Testing
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoRegistryTesting
import ZhizaoStorage

extension StorageContract {
    /// Outside target lists (``AnalysisStore``): checked and imported whole and audited, kept out of the registry's
    /// figures, their firms ranked beside the registry's for a chain's gaps — the same on every engine.
    struct TargetListContractTests {
        static let header = "统一社会信用代码,企业名称,省份,城市,行业代码,营业收入（元）,营业收入年份,历年营业收入,认定称号,经营范围\n"

        /// Two parts makers of other provinces (one a little giant larger than any of the registry's), a parts
        /// dealer, and a firm the registry holds (`RegistryFixtures.autoFirms`).
        static let list = header + [
            "\(RegistryFixtures.uscc("320500", "MA0000011")),苏州甲汽车零部件有限公司,江苏省,苏州市,3670,8000000000,2020,2018=5000000000,little-giant:2021:national,汽车零部件制造",
            "\(RegistryFixtures.uscc("330200", "MA0000012")),宁波乙汽车零部件有限公司,浙江省,宁波市,3670,5000000,2020,,,",
            "\(RegistryFixtures.uscc("330200", "MA0000013")),宁波丙汽车零部件销售有限公司,浙江省,,5263,900000000,2020,,,汽车零部件销售",
            "\(RegistryFixtures.uscc("440113", "MA0000001")),广州甲汽车零部件有限公司,广东省,广州市,3670,500000000,2020,,,",
        ].joined(separator: "\n") + "\n"

        static func importList(_ store: any AnalysisStore, name: String = "全国小巨人", replace: Bool = false) async throws -> TargetListInfo {
            try await store.importTargetList(
                Array(list.utf8), file: "national.csv", sheet: nil, name: name, source: "工信部公告", replace: replace, by: .contract)
        }

        /// The names of the listed firms among the targets of Huadu's parts gap.
        static func listedTargets(_ store: any AnalysisStore) async throws -> [String]? {
            try await store.chainTargets(clusterId: "huadu-auto", placeId: "huadu", gap: "parts", limit: 9, list: "全国小巨人")?
                .gaps.first?.targets.filter { $0.origin != nil }.map(\.enterprise.name.zh)
        }

        @Test(arguments: StorageEngine.available)
        func aListIsStoredApartAndAuditedAndCountsInNoRegistryFigure(_ engine: StorageEngine) async throws {
            try await engine.with((any AnalysisStore).self) { store in
                // Given the registry with the five auto firms
                try await ContractRegistry.importEnterprises(store, csv: RegistryFixtures.autoFirms)
                let records = try #require(store as? any RecordStore)
                let registry = try await records.registryByDistrict()
                let firms = try await records.enterpriseCount()
                // When a list of four firms is imported
                let info = try await Self.importList(store)
                // Then it is listed with its rows, the write is audited, and the registry's figures are unchanged
                #expect(info.rows == 4 && info.sha256 == SHA256.hex(Array(Self.list.utf8)) && info.file == "national.csv")
                #expect(try await store.targetLists() == [info])
                let entry = try #require(try await StoredRecords.audit(store).last)
                #expect(entry.action == "import" && entry.recordType == "targetList" && entry.recordId == "全国小巨人")
                let note = Dictionary(uniqueKeysWithValues: entry.noteValues.map { ($0.key, $0.value) })
                #expect(note["source"] == "工信部公告" && note["sha256"] == info.sha256 && note["rows"] == "4" && note["file"] == "national.csv")
                #expect(try await records.registryByDistrict() == registry)
                #expect(try await records.enterpriseCount() == firms)
                #expect(try await records.enterprise(ref: RegistryFixtures.uscc("320500", "MA0000011")) == nil)
            }
        }

        @Test(arguments: StorageEngine.available)
        func aFileWithProblemsStoresNothingAndSaysWhere(_ engine: StorageEngine) async throws {
            try await engine.with((any AnalysisStore).self) { store in
                let bad = Array((Self.header + "\(RegistryFixtures.uscc("320500", "MA0000011")),苏州甲,,,9999,,,,,\n").utf8)
                let auditBefore = try await StoredRecords.audit(store).count
                // The missing place and the unknown class, each at its cell, on a check and on an import alike
                let checked = try await #require(throws: ImportError.self) {
                    try await store.checkTargetList(bad, file: "bad.csv", sheet: nil, name: "坏名单", replace: false, by: .contract)
                }
                let error = try await #require(throws: ImportError.self) {
                    try await store.importTargetList(bad, file: "bad.csv", sheet: nil, name: "坏名单", source: nil, replace: false, by: .contract)
                }
                #expect(error.problems.map { "\($0.line):\($0.column)" } == checked.problems.map { "\($0.line):\($0.column)" })
                #expect(error.problems.count == 2)
                #expect(error.problems.contains { $0.message.contains("province or city") })
                #expect(error.problems.contains { $0.message.contains("is not a class of GB/T 4754-2017") })
                #expect(try await store.targetLists().isEmpty)
                #expect(try await StoredRecords.audit(store).count == auditBefore)
            }
        }

        @Test(arguments: StorageEngine.available)
        func aStoredNameNeedsReplaceAndAnEditorOrAnEmptyNameIsRefused(_ engine: StorageEngine) async throws {
            try await engine.with((any AnalysisStore).self) { store in
                let bytes = Array(Self.list.utf8)
                // A check of a new name reads the rows and stores nothing
                let reading = try await store.checkTargetList(bytes, file: "a.csv", sheet: nil, name: "名单", replace: false, by: .contract)
                #expect(reading.rows == 4)
                #expect(try await store.targetLists().isEmpty)
                _ = try await Self.importList(store, name: " 名单 ")
                #expect(try await store.targetLists().map(\.name) == ["名单"])
                // A stored name without replace is refused, by a check and by an import
                let onCheck = try await #require(throws: StoreError.self) {
                    try await store.checkTargetList(bytes, file: "a.csv", sheet: nil, name: "名单", replace: false, by: .contract)
                }
                #expect(onCheck.code == .exists && onCheck.message == "a target list named 名单 exists; replace it, or choose another name")
                let onImport = try await #require(throws: StoreError.self) { try await Self.importList(store, name: "名单") }
                #expect(onImport.code == .exists && onImport.message.contains("add --replace"))
                // With replace it is checked and replaced, and the audit log says so
                #expect(try await store.checkTargetList(bytes, file: "a.csv", sheet: nil, name: "名单", replace: true, by: .contract).rows == 4)
                _ = try await Self.importList(store, name: "名单", replace: true)
                #expect(try await store.targetLists().map(\.name) == ["名单"])
                #expect(try await StoredRecords.audit(store).last?.action == "replace")
                // An editor may not store one, and a list needs a name
                let editor = try await #require(throws: StoreError.self) {
                    try await store.importTargetList(bytes, file: "a.csv", sheet: nil, name: "又一个", source: nil, replace: false, by: .huaduEditor)
                }
                #expect(editor.code == .invalid && editor.message.contains("needs an analyst or admin"))
                let unnamed = try await #require(throws: StoreError.self) {
                    try await store.checkTargetList(bytes, file: "a.csv", sheet: nil, name: "  ", replace: false, by: .contract)
                }
                #expect(unnamed.code == .invalid && unnamed.message.contains("needs a name"))
            }
        }

        @Test(arguments: StorageEngine.available)
        func aListsFirmsCompeteWithTheRegistrysForAGap(_ engine: StorageEngine) async throws {
            try await engine.with((any AnalysisStore).self) { store in
                try await ContractRegistry.importEnterprises(store, csv: RegistryFixtures.autoFirms)
                // An unknown list is refused, saying how to import one, then naming the stored ones
                let none = try await #require(throws: StoreError.self) {
                    try await store.chainTargets(clusterId: "huadu-auto", placeId: "huadu", gap: nil, limit: 5, list: "全国小巨人")
                }
                #expect(none.code == .notFound && none.message.contains("zhizao import target-list FILE --name 全国小巨人"))
                _ = try await Self.importList(store)
                // When Huadu's parts gap is asked for with the list
                let targets = try #require(
                    try await store.chainTargets(clusterId: "huadu-auto", placeId: "huadu", gap: "parts", limit: 5, list: "全国小巨人"))
                let gap = try #require(targets.gaps.first)
                // Then the Suzhou little giant outranks the registry's firms, marked with its list; the dealer is on no
                // link, and the firm the registry holds is the registry's
                #expect(gap.targets.map(\.enterprise.name.zh) == [
                    "苏州甲汽车零部件有限公司", "广州甲汽车零部件有限公司", "广州乙汽车零部件有限公司", "宁波乙汽车零部件有限公司",
                ])
                #expect(gap.candidates == 4)
                #expect(gap.targets[0].origin?.list == "全国小巨人" && gap.targets[0].origin?.location == "江苏省苏州市")
                #expect(gap.targets[1].origin == nil)
                #expect(gap.targets[0].score > gap.targets[1].score)
                #expect(gap.targets[0].enterprise.revenue == [2018: 5e9, 2020: 8e9])
                #expect(gap.targets[0].enterprise.designations.map(\.token) == ["little-giant:2021:national"])
                // Without the list, only the registry's
                let registry = try #require(
                    try await store.chainTargets(clusterId: "huadu-auto", placeId: "huadu", gap: "parts", limit: 5, list: nil))
                #expect(registry.gaps.first?.targets.allSatisfy { $0.origin == nil } == true)
                let unknown = try await #require(throws: StoreError.self) {
                    try await store.chainTargets(clusterId: "huadu-auto", placeId: "huadu", gap: nil, limit: 5, list: "无此名单")
                }
                #expect(unknown.code == .notFound && unknown.message.contains("the stored ones are 全国小巨人"))
            }
        }

        @Test(arguments: StorageEngine.available)
        func aListReplacedOrFirmsImportedShowAtOnceThoughListsAreClassifiedOnce(_ engine: StorageEngine) async throws {
            try await engine.with((any AnalysisStore).self) { store in
                try await ContractRegistry.importEnterprises(store, csv: RegistryFixtures.autoFirms)
                _ = try await Self.importList(store)
                #expect(try await Self.listedTargets(store) == ["苏州甲汽车零部件有限公司", "宁波乙汽车零部件有限公司"])
                // When the list is replaced by one without the Suzhou firm, the next ranking reads the new list
                let lines = Self.list.split(separator: "\n").filter { !$0.contains("苏州甲") }.joined(separator: "\n") + "\n"
                _ = try await store.importTargetList(
                    Array(lines.utf8), file: "national.csv", sheet: nil, name: "全国小巨人", source: nil, replace: true, by: .contract)
                #expect(try await Self.listedTargets(store) == ["宁波乙汽车零部件有限公司"])
                // And a listed firm the registry comes to hold is the registry's, not the list's
                let ningbo = RegistryFixtures.uscc("330200", "MA0000012")
                try await ContractRegistry.importEnterprises(
                    store,
                    csv: "uscc,name,district,park,industry_code,founded,employees,revenue_cny,revenue_year,designations\n\(ningbo),宁波乙汽车零部件有限公司,haizhu,,3670,,,,,\n")
                #expect(try await Self.listedTargets(store) == [])
            }
        }
    }
}
