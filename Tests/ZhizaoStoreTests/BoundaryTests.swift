import Foundation
import Testing
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStore
import ZhizaoStorage

/// The maps' boundaries: shipped ones matched to the dataset's places, imported ones replacing them all or nothing.
@Suite struct BoundaryTests {
    static let area = """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"adcode":"330106","name":"西湖区"},"geometry":{"type":"Polygon",
           "coordinates":[[[120.0,30.2],[120.2,30.2],[120.2,30.3],[120.0,30.3],[120.0,30.2]]]}}]}
        """

    @Test func shippedBoundariesAreGuangzhousDistrictsAndGuangdongsCities() throws {
        let database = try AppDatabase.builtIn()
        let places = PlaceDirectory(places: try database.places())
        let districts = try database.boundaries(.district)
        // Every district of places.json has exactly one outline, found by its Chinese name
        let matched = districts.compactMap { $0.place(in: places)?.id }.sorted()
        #expect(matched == places.places.filter { $0.kind == .district }.map(\.id).sorted())
        #expect(districts.first { $0.code == "440114" }?.place(in: places)?.id == "huadu")
        let cities = try database.boundaries(.city)
        #expect(cities.count == 21)
        #expect(cities.compactMap { $0.place(in: places)?.id } == ["guangzhou"])
        // Simplified, yet each outline keeps a shape (Haizhu, the smallest, keeps 18 points)
        #expect(districts.allSatisfy { $0.pointCount >= 12 })
        #expect(try !database.hasImportedBoundaries(.district))
    }

    @Test func anImportReplacesTheLevelAndIsAudited() throws {
        let database = try AppDatabase.builtIn()
        let count = try database.importBoundaries(geoJSON: Data(Self.area.utf8), file: "hz.geojson", level: .district, by: .test)
        #expect(count == 1)
        let stored = try database.boundaries(.district)
        #expect(stored.map(\.code) == ["330106"] && stored[0].name == "西湖区")
        #expect(stored[0].polygons[0][0][2] == GeoPoint(longitude: 120.2, latitude: 30.3))
        // The other level keeps the shipped outlines
        #expect(try database.boundaries(.city).count == 21)
        let entry = try #require(try database.auditEntries(.init(action: "import")).first)
        #expect(entry.recordType == "boundaries" && entry.recordId == "hz.geojson")
        #expect(entry.noteValues.contains { $0.key == "level" && $0.value == "district" })
    }

    @Test func aBadFileChangesNothing() throws {
        let database = try AppDatabase.builtIn()
        try database.importBoundaries(geoJSON: Data(Self.area.utf8), file: "hz.geojson", level: .district, by: .test)
        let broken = Self.area.replacingOccurrences(of: "[120.2,30.3]", with: "[120.2]")
        #expect(throws: ImportError.self) {
            try database.importBoundaries(geoJSON: Data(broken.utf8), file: "bad.geojson", level: .district, by: .test)
        }
        #expect(try database.boundaries(.district).map(\.code) == ["330106"])
        #expect(try database.auditEntries(.init(action: "import")).count == 1)
    }

    @Test func anEditorMayNotReplaceBoundaries() throws {
        let database = try AppDatabase.builtIn()
        let editor = Account(id: 1, name: "li", role: .editor, districts: ["huadu"], createdAt: "2026-01-01")
        #expect(throws: StoreError.self) {
            try database.importBoundaries(
                geoJSON: Data(Self.area.utf8), file: "hz.geojson", level: .district, by: .account(editor, address: nil, via: "test"))
        }
        #expect(try !database.hasImportedBoundaries(.district))
    }

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
