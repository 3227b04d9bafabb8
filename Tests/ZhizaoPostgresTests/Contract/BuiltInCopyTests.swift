import Testing
import ZhizaoCore
import ZhizaoDataset
@testable import ZhizaoPostgres

extension StorageContract {
    /// The PostgreSQL databases the contract suites start from hold the built-in dataset, as a new SQLite one does.
    @Suite(.enabled(if: TestPostgres.available, TestPostgres.skipped))
    struct BuiltInCopyTests {
        @Test func aCopyOfTheTemplateHoldsTheBuiltInDataset() async throws {
            let dataset = try BuiltInDataset.guangzhou2020()
            let engine = PostgresEngine(settings: try TestPostgres.settings(database: try await StorageEngine.copyOfBuiltIn()))
            defer { Task { await engine.shutdown() } }
            #expect(try await TestPostgres.count(engine, "place") == dataset.places.count)
            #expect(try await TestPostgres.count(engine, "cluster") == dataset.clusters.count)
            #expect(try await TestPostgres.count(engine, "observation") == dataset.observations.count)
        }
    }
}
