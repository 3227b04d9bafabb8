import Foundation
import Testing
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoDataset
import ZhizaoInterchange
import ZhizaoRegistryTesting
import ZhizaoStorage

extension StorageContract {
    /// The programme's records, the registry's counts and the boundaries (``RecordStore``), the same on every engine.
    struct RecordStoreContractTests {
        @Test(arguments: StorageEngine.available)
        func theRecordsAreTheBuiltInDatasetsInItsOrder(_ engine: StorageEngine) async throws {
            let dataset = try BuiltInDataset.guangzhou2020()
            try await engine.with((any RecordStore).self) { store in
                let places = try await store.places()
                #expect(places == dataset.places)
                // Clusters are stored parents first, not in the file's order
                let clusters = try await store.clusters()
                #expect(Set(clusters) == Set(dataset.clusters) && clusters.count == dataset.clusters.count)
                #expect(clusters.allSatisfy { cluster in
                    cluster.parentId.map { parent in clusters.firstIndex { $0.id == parent }! < clusters.firstIndex(of: cluster)! } ?? true
                })
                #expect(try await store.metrics() == dataset.metrics)
                #expect(try await store.sources() == dataset.sources.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) })
                #expect(try await store.observations(subject: nil, metricId: nil) == dataset.observations)
                #expect(try await store.targets() == dataset.targets)
                #expect(try await store.statements() == dataset.statements)
                #expect(try await store.programmes() == dataset.programmes)
                #expect(try await store.futureIndustries() == dataset.futureIndustries)
                #expect(try await store.projects() == dataset.projects)
                #expect(try await store.enterpriseCount() == dataset.enterprises.count)
            }
        }

        @Test(arguments: StorageEngine.available)
        func observationsAreFilteredBySubjectAndMetric(_ engine: StorageEngine) async throws {
            let dataset = try BuiltInDataset.guangzhou2020()
            try await engine.with((any RecordStore).self) { store in
                #expect(try await store.observations(subject: nil, metricId: nil) == dataset.observations)
                let auto = try await store.observations(subject: .cluster("auto"), metricId: nil)
                #expect(!auto.isEmpty)
                #expect(auto == dataset.observations.filter { $0.subject == .cluster("auto") })
                #expect(try await store.observations(subject: .cluster("auto"), metricId: "output") == auto.filter { $0.metricId == "output" })
                #expect(try await store.observations(subject: nil, metricId: "5g-users") == dataset.observations.filter { $0.metricId == "5g-users" })
                #expect(try await store.observations(subject: .place("guangzhou"), metricId: "output").isEmpty)
                #expect(try await store.observations(subject: .enterprise("nobody"), metricId: nil).isEmpty)
            }
        }

        @Test(arguments: StorageEngine.available)
        func anEnterpriseIsFoundBySlugWithItsFigures(_ engine: StorageEngine) async throws {
            let dataset = try BuiltInDataset.guangzhou2020()
            try await engine.with((any RecordStore).self) { store in
                let expected = try #require(dataset.enterprises.first { $0.slug == "dongfeng-nissan" })
                let found = try #require(try await store.enterprise(ref: "dongfeng-nissan"))
                #expect(found.name == expected.name && found.districtId == expected.districtId && found.uscc == nil)
                #expect(found.designations.map(\.kind) == expected.designations.map(\.kind).sorted { $0.rawValue < $1.rawValue })
                #expect(try await store.enterprise(ref: "nobody") == nil)
                let counts = try await store.registryCounts()
                #expect(counts.enterprises == dataset.enterprises.count && counts.synthetic == 0)
                #expect(counts.designations.values.reduce(0, +) == dataset.enterprises.map(\.designations.count).reduce(0, +))
                let byDistrict = try await store.registryByDistrict()
                #expect(byDistrict.values.map(\.enterprises).reduce(0, +) == dataset.enterprises.filter { $0.districtId != nil }.count)
                #expect(byDistrict.values.allSatisfy { $0.revenueCNY == 0 && $0.firmsWithRevenue == 0 })
            }
        }

        @Test(arguments: StorageEngine.available)
        func theRegistrysCountsFollowAnImport(_ engine: StorageEngine) async throws {
            try await engine.with((any RecordStore).self) { store in
                // Given the counts read once (an engine may keep them until the next write)
                let counts = try await store.registryCounts(), byDistrict = try await store.registryByDistrict()
                let records = try await store.programmeRecords()
                // When five firms are imported, three in Huadu, a little giant among them
                try await ContractRegistry.importEnterprises(store, csv: RegistryFixtures.autoFirms)
                // Then every count includes them, read alone or in the programme's snapshot
                let after = try await store.registryCounts(), afterByDistrict = try await store.registryByDistrict()
                #expect(after.enterprises == counts.enterprises + 5)
                #expect(after.designations[.littleGiant, default: 0] == counts.designations[.littleGiant, default: 0] + 1)
                #expect(afterByDistrict["huadu"]?.enterprises == (byDistrict["huadu"]?.enterprises ?? 0) + 2)
                #expect(afterByDistrict["panyu"]?.firmsWithRevenue == (byDistrict["panyu"]?.firmsWithRevenue ?? 0) + 3)
                let recordsAfter = try await store.programmeRecords()
                #expect(recordsAfter.registry == after && recordsAfter.districtRegistry == afterByDistrict)
                #expect(records.registry == counts)
            }
        }

        @Test(arguments: StorageEngine.available)
        func theProgrammeRecordsAreTheSeparateReadsInOneSnapshot(_ engine: StorageEngine) async throws {
            try await engine.with((any RecordStore).self) { store in
                let records = try await store.programmeRecords()
                #expect(records.places == (try await store.places()))
                #expect(records.clusters == (try await store.clusters()))
                #expect(records.metrics == (try await store.metrics()))
                #expect(records.sources == (try await store.sources()))
                #expect(records.observations == (try await store.observations(subject: nil, metricId: nil)))
                #expect(records.targets == (try await store.targets()))
                #expect(records.statements == (try await store.statements()))
                #expect(records.projects == (try await store.projects()))
                #expect(records.programmes == (try await store.programmes()))
                #expect(records.futureIndustries == (try await store.futureIndustries()))
                #expect(records.registry == (try await store.registryCounts()))
                #expect(records.districtRegistry == (try await store.registryByDistrict()))
                #expect(records.districtBoundaries == (try await store.boundaries(.district)))
                #expect(records.cityBoundaries == (try await store.boundaries(.city)))
                let overview = try await store.overview()
                #expect(records.overview.clusters.map(\.cluster.id) == overview.clusters.map(\.cluster.id))
                #expect(records.overview.clusters.map(\.headline?.id) == overview.clusters.map(\.headline?.id))
            }
        }

        // MARK: - Boundaries

        static let area = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"adcode":"330106","name":"西湖区"},"geometry":{"type":"Polygon",
               "coordinates":[[[120.0,30.2],[120.2,30.2],[120.2,30.3],[120.0,30.3],[120.0,30.2]]]}}]}
            """

        @Test(arguments: StorageEngine.available)
        func theShippedBoundariesAreGuangzhousDistrictsAndGuangdongsCities(_ engine: StorageEngine) async throws {
            try await engine.with((any RecordStore).self) { store in
                let places = PlaceDirectory(places: try await store.places())
                let districts = try await store.boundaries(.district)
                let matched = districts.compactMap { $0.place(in: places)?.id }.sorted()
                #expect(matched == places.places.filter { $0.kind == .district }.map(\.id).sorted())
                #expect(districts.first { $0.code == "440114" }?.place(in: places)?.id == "huadu")
                let cities = try await store.boundaries(.city)
                #expect(cities.count == 21 && cities.compactMap { $0.place(in: places)?.id } == ["guangzhou"])
                // Simplified, yet each outline keeps a shape (Haizhu, the smallest, keeps 18 points)
                #expect(districts.allSatisfy { $0.pointCount >= 12 })
                #expect(try await !store.hasImportedBoundaries(.district))
            }
        }

        @Test(arguments: StorageEngine.available)
        func anImportReplacesTheLevelAllOrNothingAndIsAudited(_ engine: StorageEngine) async throws {
            try await engine.with((any RecordStore & AccountStore).self) { store in
                let count = try await store.importBoundaries(geoJSON: Data(Self.area.utf8), file: "hz.geojson", level: .district, by: .contract)
                #expect(count == 1)
                let stored = try await store.boundaries(.district)
                #expect(stored.map(\.code) == ["330106"] && stored[0].name == "西湖区")
                #expect(stored[0].polygons[0][0][2] == GeoPoint(longitude: 120.2, latitude: 30.3))
                #expect(try await store.hasImportedBoundaries(.district))
                #expect(try await !store.hasImportedBoundaries(.city))
                #expect(try await store.boundaries(.city).count == 21)
                // A second import replaces the first, and says how many it replaced
                _ = try await store.importBoundaries(geoJSON: Data(Self.area.utf8), file: "hz2.geojson", level: .district, by: .contract)
                let entries = try await store.auditEntries(AuditQuery(action: "import", recordType: "boundaries"))
                #expect(entries.map(\.recordId) == ["hz2.geojson", "hz.geojson"])
                let note = Dictionary(uniqueKeysWithValues: entries[0].noteValues.map { ($0.key, $0.value) })
                #expect(note == ["rows": "1", "inserted": "1", "updated": "1", "level": "district", "sha256": SHA256.hex(Array(Self.area.utf8))])
                // A broken file changes nothing, naming where it is broken
                let broken = Self.area.replacingOccurrences(of: "[120.2,30.3]", with: "[120.2]")
                await #expect(throws: ImportError.self) {
                    try await store.importBoundaries(geoJSON: Data(broken.utf8), file: "bad.geojson", level: .district, by: .contract)
                }
                #expect(try await store.boundaries(.district).map(\.code) == ["330106"])
                #expect(try await store.auditEntries(AuditQuery(action: "import", recordType: "boundaries")).count == 2)
            }
        }

        @Test(arguments: StorageEngine.available)
        func anEditorMayNotReplaceBoundaries(_ engine: StorageEngine) async throws {
            try await engine.with((any RecordStore).self) { store in
                let editor = Account(id: 1, name: "li", role: .editor, districts: ["huadu"], createdAt: "2026-01-01")
                try await expectStoreError(.invalid, "li is an editor of some districts; boundaries are city-wide") {
                    try await store.importBoundaries(
                        geoJSON: Data(Self.area.utf8), file: "hz.geojson", level: .district, by: .account(editor, address: nil, via: "test"))
                }
                #expect(try await !store.hasImportedBoundaries(.district))
            }
        }
    }
}
