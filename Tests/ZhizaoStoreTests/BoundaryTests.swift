import Foundation
import Testing
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStore
import ZhizaoStorage

/// The registry per district over an imported registry, in SQLite: the contract suite
/// (Tests/ZhizaoPostgresTests/Contract/RecordStoreContractTests.swift) tests the boundaries on every engine.
@Suite struct BoundaryTests {
    @Test func countsTheRegistryPerDistrict() throws {
        // Given a synthetic registry of 300 firms over the districts
        let database = try AppDatabase.builtIn()
        var registry = SyntheticRegistry(seed: 4)
        let csv = SyntheticRegistry.headerLine + (0..<300).map { _ in registry.nextLine() }.joined()
        _ = try database.importEnterprises(csv: Array(csv.utf8), file: "gen.csv", by: .test)
        // When counted per district, then each district agrees with the registry's own filtered pages
        let counts = try database.registryByDistrict()
        #expect(counts.values.reduce(0) { $0 + $1.enterprises } >= 300)
        for (district, figures) in counts {
            let firms = try database.enterprises(EnterpriseQuery(districtId: district, perPage: 200))
            #expect(firms.matching == figures.enterprises)
            let revenue = firms.items.compactMap { $0.latestRevenue?.amount }
            #expect(revenue.count == figures.firmsWithRevenue)
            #expect(abs(revenue.reduce(0, +) - figures.revenueCNY) < 1)
            let aboveScale = try database.enterprises(EnterpriseQuery(districtId: district, designation: .aboveScale, perPage: 200))
            #expect(aboveScale.matching == figures.aboveScale)
        }
    }
}
