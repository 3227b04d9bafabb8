import Testing
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage

@Suite("Edits by hand: versions, merges, deletions")
struct EditTests {
    let database: AppDatabase

    init() throws {
        database = try AppDatabase.builtIn()
    }

    static let imported = """
        uscc,name,name_en,district,park,industry_code,founded,employees,revenue_cny,revenue_year,revenue_history,designations,synthetic
        914401017083429628,广州鸿利光电股份有限公司,,花都区,,3976,2004,3000,3800000000,2020,2019=3600000000,specialised:2021,true

        """

    @Test func anEditOnAnOldVersionIsRefusedWithWhatChanged() throws {
        let version = try #require(try database.projectVersion(id: "hongli-mini-micro-led-1"))
        // Given one editor moves the project into production
        let phases = [ProjectPhase(number: 1, status: .inProduction, since: "2021-06-30")]
        _ = try database.editProject(id: "hongli-mini-micro-led-1", version: version, phases: phases, by: .local("wang", via: "test"))
        #expect(try database.projects().first { $0.id == "hongli-mini-micro-led-1" }?.status == .inProduction)
        // When another saves the form they opened before
        let error = #expect(throws: StaleEditError.self) {
            try database.editProject(id: "hongli-mini-micro-led-1", version: version, phases: [], by: .local("li", via: "test"))
        }
        // Then nothing is written and they see who changed what
        #expect(error?.current == version + 1 && error?.changes.first?.actor == "wang")
        #expect(try database.projects().first { $0.id == "hongli-mini-micro-led-1" }?.phases == phases)
    }

    @Test func designationsAndDistrictAreSetByHand() throws {
        let version = try #require(try database.enterpriseVersion(ref: "hongli"))
        let enterprise = try database.editEnterprise(
            ref: "hongli", version: version, districtId: "huadu", parkId: nil,
            designations: [Designation(.littleGiant, year: 2021)], by: .test)
        #expect(enterprise.districtId == "huadu" && enterprise.designations.map(\.kind) == [.littleGiant])
        #expect(throws: StoreError.self) {
            try database.editEnterprise(ref: "hongli", version: version + 1, districtId: "atlantis", parkId: nil, designations: [], by: .test)
        }
        let entry = try #require(try database.auditEntries(.init(recordType: "enterprise", recordId: "hongli")).first)
        #expect(entry.action == "edit" && entry.before != nil && entry.after?.contains("\"version\":\(version + 1)") == true)
    }

    @Test func twoRecordsOfOneFirmBecomeOne() throws {
        // Given the built-in 鸿利光电 and an imported record of the same firm
        _ = try database.importEnterprises(csv: Array(Self.imported.utf8), file: "e.csv", by: .test)
        let from = try #require(try database.enterpriseVersion(ref: "914401017083429628"))
        let into = try #require(try database.enterpriseVersion(ref: "hongli"))
        // When the imported one is merged into the built-in one
        let merged = try database.mergeEnterprise("914401017083429628", into: "hongli", versions: (from, into), by: .test)
        // Then one record holds the USCC, the revenue and the designation, and the projects still name it
        #expect(merged.uscc == "914401017083429628" && merged.slug == "hongli" && merged.revenue[2020] == 3.8e9)
        #expect(try database.enterprise(ref: "914401017083429628")?.slug == "hongli")
        #expect(try database.projects(investor: "hongli").count >= 1)
        #expect(try database.auditEntries(.init(action: "merge")).count == 1)
    }

    @Test func aDeletionNeedsAReasonAndSparesInvestors() throws {
        _ = try database.importEnterprises(csv: Array(Self.imported.utf8), file: "e.csv", by: .test)
        let version = try #require(try database.enterpriseVersion(ref: "914401017083429628"))
        #expect(throws: StoreError.self) { try database.deleteEnterprise(ref: "914401017083429628", version: version, reason: "", by: .test) }
        #expect(throws: StoreError.self) {
            try database.deleteEnterprise(ref: "hongli", version: try database.enterpriseVersion(ref: "hongli")!, reason: "重复", by: .test)
        }
        try database.deleteEnterprise(ref: "914401017083429628", version: version, reason: "重复导入", by: .test)
        #expect(try database.enterprise(ref: "914401017083429628") == nil)
        #expect(try database.auditEntries(.init(action: "delete")).first?.noteValues.first { $0.key == "reason" }?.value == "重复导入")
    }
}
