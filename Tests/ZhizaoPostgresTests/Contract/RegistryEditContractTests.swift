import Testing
import ZhizaoCore
import ZhizaoDataset
import ZhizaoStorage

extension StorageContract {
    /// Edits by hand (``RegistryStore``): versions, merges and deletions, their refusals and their audit entries,
    /// the same on every engine.
    struct RegistryEditContractTests {
        /// The built-in 鸿利光电 again, as an import names it.
        static let imported = Array(
            """
            uscc,name,name_en,district,park,industry_code,founded,employees,revenue_cny,revenue_year,revenue_history,designations,synthetic
            914401017083429628,广州鸿利光电股份有限公司,,花都区,,3976,2004,3000,3800000000,2020,2019=3600000000,specialised:2021,true

            """.utf8)

        @Test(arguments: StorageEngine.available)
        func anEditOnAnOldVersionIsRefusedWithWhatChanged(_ engine: StorageEngine) async throws {
            try await engine.with((any RegistryStore).self) { store in
                let id = "hongli-mini-micro-led-1"
                let version = try #require(try await store.projectVersion(id: id))
                // Given one editor moves the project into production
                let phases = [ProjectPhase(number: 1, status: .inProduction, since: "2021-06-30")]
                let edited = try await store.editProject(id: id, version: version, phases: phases, by: .local("wang", via: "test"))
                #expect(edited.phases == phases && edited.id == id)
                #expect(try await store.projectVersion(id: id) == version + 1)
                #expect(try await StoredRecords.projects(store).first { $0.id == id }?.status == .inProduction)
                // When another saves the form they opened before
                let error = await thrownError(StaleEditError.self) {
                    try await store.editProject(id: id, version: version, phases: [], by: .local("li", via: "test"))
                }
                // Then nothing is written and they see who changed what
                #expect(error?.current == version + 1 && error?.expected == version && error?.changes.map(\.actor) == ["wang"])
                #expect(try await StoredRecords.projects(store).first { $0.id == id }?.phases == phases)
                let entry = try #require(try await StoredRecords.audit(store, AuditQuery(recordType: "project", recordId: id)).first)
                #expect(entry.action == "edit" && entry.actor == "wang" && entry.note == AuditText.note(["version": "\(version + 1)"]))
                #expect(entry.before.map { $0.contains("\"phases\"") } == true && entry.after != entry.before)
                #expect(await thrownError(StoreError.self) { try await store.editProject(id: "nothing", version: 1, phases: [], by: .contract) }?.code == .notFound)
                #expect(try await store.projectVersion(id: "nothing") == nil)
            }
        }

        @Test(arguments: StorageEngine.available)
        func designationsDistrictAndScopeAreSetByHand(_ engine: StorageEngine) async throws {
            try await engine.with((any RegistryStore).self) { store in
                let version = try #require(try await store.enterpriseVersion(ref: "hongli"))
                let enterprise = try await store.editEnterprise(
                    ref: "hongli", version: version, districtId: "huadu", parkId: nil,
                    designations: [Designation(.littleGiant, year: 2021)], businessScope: "  发光二极管制造  ", by: .contract)
                #expect(enterprise.districtId == "huadu" && enterprise.designations.map(\.kind) == [.littleGiant])
                #expect(enterprise.businessScope == "发光二极管制造" && enterprise.slug == "hongli")
                #expect(try await StoredRecords.enterprise(store, ref: "hongli") == enterprise)
                // Places are checked
                let notADistrict = await thrownError(StoreError.self) {
                    try await store.editEnterprise(ref: "hongli", version: version + 1, districtId: "atlantis", parkId: nil, designations: [], businessScope: nil, by: .contract)
                }
                #expect(notADistrict?.code == .invalid && notADistrict?.message == "atlantis is not a district")
                let outside = await thrownError(StoreError.self) {
                    try await store.editEnterprise(
                        ref: "hongli", version: version + 1, districtId: "huangpu", parkId: "cetc-south-china-park", designations: [], businessScope: nil, by: .contract)
                }
                #expect(outside?.message == "park cetc-south-china-park is not in district huangpu")
                #expect(await thrownError(StoreError.self) {
                    try await store.editEnterprise(ref: "nobody", version: 1, districtId: nil, parkId: nil, designations: [], businessScope: nil, by: .contract)
                }?.message == "no enterprise with USCC or slug nobody")
                // No scope keeps the stored one; an empty one clears it
                let kept = try await store.editEnterprise(ref: "hongli", version: version + 1, districtId: "huadu", parkId: nil, designations: [], businessScope: nil, by: .contract)
                #expect(kept.businessScope == "发光二极管制造" && kept.designations.isEmpty)
                let cleared = try await store.editEnterprise(ref: "hongli", version: version + 2, districtId: "huadu", parkId: nil, designations: [], businessScope: "", by: .contract)
                #expect(cleared.businessScope == nil)
                // Each edit is logged with the row before and after
                let entries = try await StoredRecords.audit(store, AuditQuery(recordType: "enterprise", recordId: "hongli"))
                #expect(entries.map(\.action) == ["edit", "edit", "edit"])
                let first = try #require(entries.last)
                #expect(first.before?.hasPrefix("{\"id\":") == true && first.before?.contains("\"version\":\(version),") == true)
                #expect(first.after?.contains("\"version\":\(version + 1),") == true && first.after?.contains("\"businessScope\":\"发光二极管制造\"") == true)
                #expect(first.note == AuditText.note(["version": "\(version + 1)", "designations": "little-giant:2021"]))
            }
        }

        @Test(arguments: StorageEngine.available)
        func twoRecordsOfOneFirmBecomeOne(_ engine: StorageEngine) async throws {
            try await engine.with((any RegistryStore).self) { store in
                // Given the built-in 鸿利光电 and an imported record of the same firm
                _ = try await store.importEnterprises(csv: Self.imported, file: "e.csv", sheet: nil, by: .contract, progress: nil)
                let count = try await StoredRecords.enterpriseCount(store)
                let from = try #require(try await store.enterpriseVersion(ref: "914401017083429628"))
                let into = try #require(try await store.enterpriseVersion(ref: "hongli"))
                #expect(await thrownError(StoreError.self) {
                    try await store.mergeEnterprise("hongli", into: "hongli", versions: (into, into), by: .contract)
                }?.message == "hongli and hongli are the same record")
                #expect(await thrownError(StaleEditError.self) {
                    try await store.mergeEnterprise("914401017083429628", into: "hongli", versions: (from, into + 1), by: .contract)
                }?.recordId == "hongli")
                // When the imported one is merged into the built-in one
                let merged = try await store.mergeEnterprise("914401017083429628", into: "hongli", versions: (from, into), by: .contract)
                // Then one record holds the USCC, the revenue and the designation, and the projects still name it
                #expect(merged.uscc == "914401017083429628" && merged.slug == "hongli" && merged.revenue[2020] == 3.8e9)
                #expect(merged.designations.contains { $0.kind == .specialised })
                let stored = try #require(try await StoredRecords.enterprise(store, ref: "914401017083429628"))
                #expect(stored.slug == "hongli" && stored.revenue == merged.revenue && Set(stored.designations) == Set(merged.designations))
                #expect(try await StoredRecords.enterpriseCount(store) == count - 1)
                #expect(try await store.projects(investor: "hongli").count >= 1)
                #expect(try await store.enterpriseVersion(ref: "hongli") == into + 1)
                let entries = try await StoredRecords.audit(store, AuditQuery(action: "merge"))
                #expect(entries.count == 1 && entries[0].recordType == "enterprise" && entries[0].recordId == "hongli")
                #expect(entries[0].note == AuditText.note(["merged": "914401017083429628", "version": "\(into + 1)"]))
                #expect(entries[0].before?.hasPrefix("[{\"id\":") == true && entries[0].after?.contains("\"uscc\":\"914401017083429628\"") == true)
            }
        }

        @Test(arguments: StorageEngine.available)
        func aDeletionNeedsAReasonAndSparesInvestors(_ engine: StorageEngine) async throws {
            try await engine.with((any RegistryStore).self) { store in
                _ = try await store.importEnterprises(csv: Self.imported, file: "e.csv", sheet: nil, by: .contract, progress: nil)
                let version = try #require(try await store.enterpriseVersion(ref: "914401017083429628"))
                #expect(await thrownError(StoreError.self) {
                    try await store.deleteEnterprise(ref: "914401017083429628", version: version, reason: " ", by: .contract)
                }?.message == "say why the record is deleted (the reason is kept in the audit log)")
                let investor = await thrownError(StoreError.self) {
                    try await store.deleteEnterprise(ref: "hongli", version: try await store.enterpriseVersion(ref: "hongli")!, reason: "重复", by: .contract)
                }
                #expect(investor?.code == .invalid && investor?.message.hasPrefix("hongli invests in ") == true)
                #expect(try await StoredRecords.enterprise(store, ref: "hongli") != nil)
                #expect(await thrownError(StaleEditError.self) {
                    try await store.deleteEnterprise(ref: "914401017083429628", version: version + 1, reason: "重复导入", by: .contract)
                } != nil)
                try await store.deleteEnterprise(ref: "914401017083429628", version: version, reason: "重复导入", by: .contract)
                #expect(try await StoredRecords.enterprise(store, ref: "914401017083429628") == nil)
                let entry = try #require(try await StoredRecords.audit(store, AuditQuery(action: "delete")).first)
                #expect(entry.recordId == "914401017083429628" && entry.noteValues.first { $0.key == "reason" }?.value == "重复导入")
                #expect(entry.before?.contains("\"nameZh\":\"广州鸿利光电股份有限公司\"") == true && entry.after == nil)
            }
        }

        @Test(arguments: StorageEngine.available)
        func aProjectIsDeletedWithItsPartsAndAReason(_ engine: StorageEngine) async throws {
            try await engine.with((any RegistryStore).self) { store in
                let id = "hongli-mini-micro-led-1"
                let version = try #require(try await store.projectVersion(id: id))
                let observations = try await StoredRecords.observations(store)
                #expect(await thrownError(StoreError.self) { try await store.deleteProject(id: id, version: version, reason: "", by: .contract) }?.code == .invalid)
                #expect(await thrownError(StoreError.self) { try await store.deleteProject(id: "nothing", version: 1, reason: "重复", by: .contract) }?.message == "no project nothing")
                try await store.deleteProject(id: id, version: version, reason: "项目取消", by: .contract)
                #expect(try await StoredRecords.projects(store).allSatisfy { $0.id != id })
                #expect(try await store.projectVersion(id: id) == nil)
                #expect(try await StoredRecords.observations(store) == observations.filter { $0.subject != .project(id) })
                let entry = try #require(try await StoredRecords.audit(store, AuditQuery(action: "delete")).first)
                #expect(entry.recordType == "project" && entry.recordId == id && entry.note == AuditText.note(["reason": "项目取消"]))
                #expect(entry.before?.contains("\"id\":\"\(id)\"") == true)
            }
        }
    }
}
