import Foundation
import Testing
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoRegistryTesting
import ZhizaoStorage

extension StorageContract {
    /// The registry's region × industry tables, its specialisation and a district's opportunities (``AnalysisStore``),
    /// the same on every engine, and kept only until the next write.
    struct RegionIndustryContractTests {
        static func counts(_ store: any AnalysisStore, _ regions: RegionKind, _ level: IndustryClassification.Level) async throws
            -> RegionIndustryCounts
        {
            try await store.regionIndustryCounts(regions: regions, level: level, classification: .gbt4754_2017)
        }

        @Test(arguments: StorageEngine.available)
        func districtsByClassCountFirmsRevenueOfTheLatestYearAndEmployees(_ engine: StorageEngine) async throws {
            try await engine.with((any AnalysisStore).self) { store in
                // Given five firms
                try await ContractRegistry.importEnterprises(store, csv: RegistryFixtures.fiveFirms)
                // When the district × class table is read
                let counts = try await Self.counts(store, .district, .class)
                // Then each district and class has its firms, the 2020 revenue only and its employees
                #expect(counts.year == 2020)
                let huadu = counts.cells.filter { $0.region == "huadu" }
                #expect(huadu.map(\.industry) == ["3611", "3612", "3670"])
                #expect(huadu[2] == .init(region: "huadu", industry: "3670", firms: 1, revenueCNY: 0, employees: 40))
                #expect(counts.cells.first { $0.region == "panyu" && $0.industry == "3611" }?.revenueCNY == 1_000_000)
                #expect(counts.cells.map(\.region) == counts.cells.map(\.region).sorted())
                // And the long table of a measure leaves out zero values
                #expect(counts.entries(.revenue).contains { $0.industry == "3670" } == false)
                #expect(counts.entries(.firms).count == counts.cells.count)
            }
        }

        @Test(arguments: StorageEngine.available)
        func higherLevelsSumTheirClassesAndParksHoldOnlyTheirFirms(_ engine: StorageEngine) async throws {
            try await engine.with((any AnalysisStore).self) { store in
                try await ContractRegistry.importEnterprises(store, csv: RegistryFixtures.fiveFirms)
                // When Huadu's cells are read at a higher level, its classes are summed under their group or division
                let groups = try await Self.counts(store, .district, .group)
                #expect(groups.cells.first { $0.region == "huadu" && $0.industry == "361" } == .init(
                    region: "huadu", industry: "361", firms: 2, revenueCNY: 120_000_000, employees: 400))
                #expect(groups.cells.allSatisfy { $0.industry.count == 3 })
                let divisions = try await Self.counts(store, .district, .division)
                #expect(divisions.cells.first { $0.region == "huadu" && $0.industry == "36" } == .init(
                    region: "huadu", industry: "36", firms: 3, revenueCNY: 120_000_000, employees: 440))
                // And a park's table holds the one firm registered in a park
                #expect(try await Self.counts(store, .park, .division).cells == [
                    .init(region: "huadu-high-tech-zone", industry: "36", firms: 1, revenueCNY: 50_000_000, employees: 100)
                ])
            }
        }

        @Test(arguments: StorageEngine.available)
        func theTablesFollowEveryWrite(_ engine: StorageEngine) async throws {
            try await engine.with((any AnalysisStore).self) { store in
                // Given the five firms' district × division table, read twice (the second from what was kept)
                try await ContractRegistry.importEnterprises(store, csv: RegistryFixtures.fiveFirms)
                let before = try await Self.counts(store, .district, .division)
                #expect(try await Self.counts(store, .district, .division) == before)
                #expect(before.cells.first { $0.region == "huadu" && $0.industry == "36" }?.firms == 3)
                // When a sixth car maker is imported into Huadu
                try await ContractRegistry.importEnterprises(store, csv: RegistryFixtures.sixthFirm, file: "one.csv")
                // Then every level and region kind counts it at once, and so do the specialisation and the chains
                #expect(try await Self.counts(store, .district, .division).cells.first { $0.region == "huadu" && $0.industry == "36" }?.firms == 4)
                #expect(try await Self.counts(store, .district, .class).cells.first { $0.region == "huadu" && $0.industry == "3611" }?.firms == 2)
                let firms = try await store.specialisation(regions: .district, level: .class, measure: .firms)
                let huadu = try #require(firms.region("huadu")), cars = try #require(firms.industry("3611"))
                #expect(firms.table[huadu, cars] == 2)
            }
        }

        @Test(arguments: StorageEngine.available)
        func aDistrictsOpportunitiesNeedItsClassifiedFirms(_ engine: StorageEngine) async throws {
            try await engine.with((any AnalysisStore).self) { store in
                // Given the built-in dataset, whose firms have no class: no district can be specialised
                #expect(try await store.hasClassifiedFirms(inDistrict: "huadu") == false)
                #expect(try await store.opportunities(district: "huadu", level: .division, measure: .firms, limit: 5, nearest: 3) == nil)
                // When a synthetic registry is imported
                try await ContractRegistry.importEnterprises(store, csv: RegistryFixtures.synthetic(3_000))
                #expect(try await store.hasClassifiedFirms(inDistrict: "huadu"))
                #expect(try await store.hasClassifiedFirms(inDistrict: "atlantis") == false)
                // Then Huadu's opportunities are industries it is not specialised in, and its clusters' gaps name classes
                let found = try #require(
                    try await store.opportunities(district: "huadu", level: .division, measure: .firms, limit: 5, nearest: 2))
                let s = found.specialisation
                #expect(s.table.regions[found.region] == "huadu")
                #expect(found.opportunities.count <= 5 && found.opportunities.allSatisfy { s.lq(found.region, $0.industry) < 1 })
                #expect(!found.gaps.isEmpty && found.gaps.allSatisfy { $0.nearest.count <= 2 })
                for gap in found.gaps {
                    #expect(gap.industries.map { s.table.industries[$0] }.allSatisfy { code in gap.link.classes.contains { $0.hasPrefix(code) } })
                }
                // and the rules say what the districts are compared with
                #expect(s.lqRule(.zh).contains("该区该行业的量") && s.lqRule(.zh).contains("全市各行业合计"))
                let parks = try await store.specialisation(regions: .park, level: .division, measure: .firms)
                #expect(parks.lqRule(.zh).contains("该园区") && parks.lqRule(.zh).contains("全部园区各行业合计"))
            }
        }
    }
}
